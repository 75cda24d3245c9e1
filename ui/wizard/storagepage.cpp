// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "wizard/storagepage.h"

#include "api/cloudapi.h"
#include "i18n/sentences.h"
#include "offer/disktypename.h"
#include "spec/specfields.h"
#include "widgets/findinglabel.h"
#include "widgets/loadstatus.h"
#include "wizard/datadiskrow.h"
#include "wizard/diskconfigloader.h"
#include "wizard/diskconfigtext.h"
#include "wizard/launchdraft.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

const QList<SpecField> v2Fields = {SpecField::StorageType, SpecField::StorageSize,
                                   SpecField::RootSize};
const QList<SpecField> v3Fields = {SpecField::SystemDiskType, SpecField::RootSize,
                                   SpecField::DataDisks};

} // namespace

StoragePage::StoragePage(LaunchDraft *draft, QWidget *parent)
    : LaunchPage(draft, v2Fields, parent)
    , m_loader(new DiskConfigLoader(draft, this))
{
    setTitle(tr("Storage"));
    setSubTitle(tr("Choose the data disk and the system disk size."));

    m_v2Panel = buildV2Panel();
    m_v3Panel = buildV3Panel();
    m_v3Panel->hide();
    // Fixes focus what they fixed; on each protocol only its panel's controls are shown.
    setFieldWidget(SpecField::StorageType, m_typeCombo);
    setFieldWidget(SpecField::StorageSize, m_sizeSpin);
    setFieldWidget(SpecField::RootSize, m_rootSpin);
    setFieldWidget(SpecField::SystemDiskType, m_systemTypeCombo);
    setFieldWidget(SpecField::RootSize, m_v3RootSpin);
    setFieldWidget(SpecField::DataDisks, m_addDataDisk);
    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_v2Panel);
    layout->addWidget(m_v3Panel);
    layout->addStretch(1);

    connect(m_loader, &DiskConfigLoader::stateChanged, this, [this] {
        if (!updating())
            refresh();
        Q_EMIT completeChanged();
    });
}

QWidget *StoragePage::buildV2Panel()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("v2StoragePanel"));
    m_typeCombo = new QComboBox(panel);
    m_typeCombo->setObjectName(QStringLiteral("storageTypeCombo"));
    m_typeCombo->setAccessibleName(tr("Disk type"));
    m_sizeSpin = new QSpinBox(panel);
    m_sizeSpin->setObjectName(QStringLiteral("storageSizeSpin"));
    m_sizeSpin->setAccessibleName(tr("Data disk size in GB"));
    m_sizeSpin->setSuffix(tr(" GB"));
    m_sizeSpin->setSpecialValueText(tr("No data disk"));
    m_sizeSpin->setKeyboardTracking(true);
    m_sizeHint = new QLabel(panel);
    m_sizeHint->setWordWrap(true);
    m_rootSpin = new QSpinBox(panel);
    m_rootSpin->setObjectName(QStringLiteral("rootSizeSpin"));
    m_rootSpin->setAccessibleName(tr("System disk size in GB"));
    m_rootSpin->setSuffix(tr(" GB"));
    m_rootHint = new QLabel(panel);
    m_rootHint->setObjectName(QStringLiteral("rootHint"));
    m_rootHint->setWordWrap(true);

    auto *form = new QFormLayout(panel);
    form->addRow(tr("Disk &type:"), m_typeCombo);
    form->addRow(addFindingLabel({SpecField::StorageType}));
    form->addRow(tr("&Data disk size:"), m_sizeSpin);
    form->addRow(m_sizeHint);
    form->addRow(addFindingLabel({SpecField::StorageSize}));
    form->addRow(tr("S&ystem disk size:"), m_rootSpin);
    form->addRow(m_rootHint);
    form->addRow(addFindingLabel({SpecField::RootSize}));

    connect(m_typeCombo, &QComboBox::activated, this, [this] {
        const int type = m_typeCombo->currentData().toInt();
        draft()->edit(SpecField::StorageType,
                      [type](LaunchSpec &spec) { spec.storageType = type; });
    });
    connect(m_sizeSpin, &QSpinBox::valueChanged, this, [this](int value) {
        if (updating())
            return;
        draft()->edit(SpecField::StorageSize,
                      [value](LaunchSpec &spec) { spec.storageSize = value; });
    });
    connect(m_rootSpin, &QSpinBox::valueChanged, this, [this](int value) {
        if (updating())
            return;
        draft()->edit(SpecField::RootSize, [value](LaunchSpec &spec) { spec.rootSize = value; });
    });
    return panel;
}

QWidget *StoragePage::buildV3Panel()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("v3StoragePanel"));
    m_diskStatus = new LoadStatus(tr("the disk types on sale"), panel);
    m_diskStatus->setObjectName(QStringLiteral("diskConfigStatus"));
    m_queryLabel = new QLabel(panel);
    m_queryLabel->setObjectName(QStringLiteral("diskQueryLabel"));
    m_queryLabel->setWordWrap(true);

    m_systemTypeCombo = new QComboBox(panel);
    m_systemTypeCombo->setObjectName(QStringLiteral("systemDiskTypeCombo"));
    m_systemTypeCombo->setAccessibleName(tr("System disk type"));
    m_systemTypeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_systemTypeCombo->setMinimumContentsLength(DiskConfigText::TypeComboChars);
    m_systemNotice = new QLabel(panel);
    m_systemNotice->setObjectName(QStringLiteral("systemDiskNotice"));
    m_systemNotice->setWordWrap(true);
    m_v3RootSpin = new QSpinBox(panel);
    m_v3RootSpin->setObjectName(QStringLiteral("v3RootSizeSpin"));
    m_v3RootSpin->setAccessibleName(tr("System disk size in GB"));
    m_v3RootSpin->setSuffix(tr(" GB"));
    m_v3RootSpin->setKeyboardTracking(true);
    m_v3RootSpin->setMinimumWidth(m_v3RootSpin->fontMetrics().horizontalAdvance(u'0') * 12);
    m_v3RootHint = new QLabel(panel);
    m_v3RootHint->setObjectName(QStringLiteral("v3RootHint"));
    m_v3RootHint->setWordWrap(true);

    auto *dataTitle = new QLabel(tr("Data disks"), panel);
    QFont bold = dataTitle->font();
    bold.setBold(true);
    dataTitle->setFont(bold);
    m_dataCountLabel = new QLabel(panel);
    m_dataCountLabel->setObjectName(QStringLiteral("dataDiskCount"));
    m_addDataDisk = new QPushButton(tr("&Add data disk"), panel);
    m_addDataDisk->setObjectName(QStringLiteral("addDataDiskButton"));
    m_rowsLayout = new QVBoxLayout;

    auto *systemFindings = addFindingLabel({SpecField::SystemDiskType});
    systemFindings->setObjectName(QStringLiteral("v3findings_systemDiskType"));
    auto *rootFindings = addFindingLabel({SpecField::RootSize});
    rootFindings->setObjectName(QStringLiteral("v3findings_rootSize"));
    auto *dataFindings = addFindingLabel({SpecField::DataDisks});
    dataFindings->setObjectName(QStringLiteral("v3findings_dataDisks"));

    auto *layout = new QVBoxLayout(panel);
    layout->addWidget(m_diskStatus);
    layout->addWidget(m_queryLabel);
    auto *form = new QFormLayout;
    form->addRow(tr("System disk &type:"), m_systemTypeCombo);
    form->addRow(m_systemNotice);
    form->addRow(systemFindings);
    // A size box as wide as the data disks' ones, not the whole row.
    auto *rootRow = new QHBoxLayout;
    rootRow->addWidget(m_v3RootSpin);
    rootRow->addStretch(1);
    // A label given with a layout has no buddy of its own: the mnemonic needs one.
    auto *rootLabel = new QLabel(tr("System disk si&ze:"), panel);
    rootLabel->setBuddy(m_v3RootSpin);
    form->addRow(rootLabel, rootRow);
    form->addRow(m_v3RootHint);
    form->addRow(rootFindings);
    layout->addLayout(form);
    auto *dataHeader = new QHBoxLayout;
    dataHeader->addWidget(dataTitle);
    dataHeader->addWidget(m_dataCountLabel, 1);
    dataHeader->addWidget(m_addDataDisk);
    layout->addLayout(dataHeader);
    layout->addLayout(m_rowsLayout);
    layout->addWidget(dataFindings);

    connect(m_diskStatus, &LoadStatus::retryRequested, m_loader, &DiskConfigLoader::reload);
    connect(m_systemTypeCombo, &QComboBox::activated, this, [this] {
        const QString type = m_systemTypeCombo->currentData().toString();
        draft()->edit(SpecField::SystemDiskType,
                      [type](LaunchSpec &spec) { spec.systemDiskType = type; });
    });
    connect(m_v3RootSpin, &QSpinBox::valueChanged, this, [this](int value) {
        if (updating())
            return;
        draft()->edit(SpecField::RootSize, [value](LaunchSpec &spec) { spec.rootSize = value; });
    });
    connect(m_addDataDisk, &QPushButton::clicked, this, &StoragePage::addDataDisk);
    return panel;
}

void StoragePage::setCloudApi(CloudApi *api)
{
    LaunchPage::setCloudApi(api);
    const bool v3 = isV3();
    m_v2Panel->setVisible(!v3);
    m_v3Panel->setVisible(v3);
    setSubTitle(v3 ? tr("Choose the system disk and the data disks this instance type can have "
                        "in this zone.")
                   : tr("Choose the data disk and the system disk size."));
    setFields(v3 ? v3Fields : v2Fields);
    m_loader->setCloudApi(api);
    refresh();
}

bool StoragePage::isV3() const
{
    return cloudApi() && cloudApi()->version() == ApiConfig::Version::V3;
}

void StoragePage::initializePage()
{
    LaunchPage::initializePage();
    m_loader->activate();
}

void StoragePage::refresh()
{
    if (isV3())
        refreshV3();
    else
        refreshV2();
}

void StoragePage::refreshV2()
{
    const Catalog &catalog = draft()->catalog();
    const LaunchSpec &spec = draft()->spec();

    const QSignalBlocker typeBlocker(m_typeCombo);
    m_typeCombo->clear();
    const QList<DiskType> types = catalog.diskTypesFor(spec.instanceType);
    for (const DiskType &type : types)
        m_typeCombo->addItem(type.name.text(), type.storageType);
    if (m_typeCombo->findData(spec.storageType) < 0) {
        const DiskType *type = catalog.diskType(spec.storageType);
        m_typeCombo->addItem(tr("%1 — not available for %2")
                                 .arg(type ? type->name.text() : QString::number(spec.storageType),
                                      spec.instanceType),
                             spec.storageType);
    }
    m_typeCombo->setCurrentIndex(m_typeCombo->findData(spec.storageType));

    // The spin box lets any number in so that a wrong one meets the validator's explanation;
    // its range only keeps typing within reason.
    const DiskType *type = catalog.diskType(spec.storageType);
    const QSignalBlocker sizeBlocker(m_sizeSpin);
    if (type) {
        m_sizeSpin->setRange(0, type->size.max * 2);
        m_sizeSpin->setSingleStep(type->size.step);
        m_sizeHint->setText(tr("0 for none, or %1 to %2 GB in steps of %3 GB.")
                                .arg(type->size.min)
                                .arg(type->size.max)
                                .arg(type->size.step));
    }
    m_sizeSpin->setValue(spec.storageSize);

    const OsFamily os = draft()->osFamily();
    const SizeRule root = catalog.systemDisk(os);
    const QSignalBlocker rootBlocker(m_rootSpin);
    m_rootSpin->setRange(0, root.max * 2);
    m_rootSpin->setSingleStep(root.step);
    m_rootSpin->setValue(spec.rootSize.value_or(root.defaultValue));
    const bool fixed = root.min == root.max;
    m_rootSpin->setEnabled(!fixed && os != OsFamily::Unknown);
    if (os == OsFamily::Unknown)
        m_rootHint->setText(tr("Choose an image first: the system disk rule depends on its "
                               "operating system."));
    else if (fixed)
        m_rootHint->setText(tr("This image's system disk is fixed at %1 GB.").arg(root.min));
    else
        m_rootHint->setText(tr("%1 to %2 GB in steps of %3 GB; %4 GB is free.")
                                .arg(root.min)
                                .arg(root.max)
                                .arg(root.step)
                                .arg(root.defaultValue));
}

void StoragePage::refreshV3()
{
    const LaunchSpec &spec = draft()->spec();
    const QList<DiskConfig> configs = draft()->diskConfigs().value_or(QList<DiskConfig>{});
    const DiskConfigLoader::State state = m_loader->state();
    const bool loaded = state == DiskConfigLoader::State::Loaded && draft()->diskConfigs();

    const DiskConfigQuery &query = m_loader->query();
    switch (state) {
    case DiskConfigLoader::State::Idle:
        m_diskStatus->setDone();
        m_queryLabel->setText(query.zone.isEmpty() ? tr("Choose a zone with an API 3.0 name "
                                                        "first: the disks on sale depend on it.")
                                                   : QString());
        break;
    case DiskConfigLoader::State::Loading:
        m_diskStatus->setLoading();
        break;
    case DiskConfigLoader::State::Failed:
        m_diskStatus->setFailed(m_loader->error());
        break;
    case DiskConfigLoader::State::Loaded:
        if (DiskConfigLoader::preferredSystemDiskType(configs).isEmpty()) {
            // An empty answer is the service's word: this type takes no disk here (a retired
            // family, or one not sold in the zone).
            m_diskStatus->setEmpty(tr("The service sells no system disk for %1 in %2 today. "
                                      "Choose a current instance type on the Instance step.")
                                       .arg(query.family, query.zone));
        } else {
            m_diskStatus->setDone();
        }
        break;
    }
    if (state != DiskConfigLoader::State::Idle) {
        // Words for the operator; the action that answered (cbs DescribeDiskConfigQuota) is in
        // the tooltip for whoever compares with the API.
        m_queryLabel->setText(
            query.cpu > 0 && query.memory > 0
                ? tr("Disks on sale for %1 with %n core(s) and %2 GB in %3.", nullptr, query.cpu)
                      .arg(query.family)
                      .arg(query.memory)
                      .arg(query.zone)
                : tr("Disks on sale for %1 in %2.").arg(query.family, query.zone));
        m_queryLabel->setToolTip(tr("As listed by cbs DescribeDiskConfigQuota."));
    }

    // System disk (系统盘).
    {
        const QSignalBlocker blocker(m_systemTypeCombo);
        DiskConfigText::fillTypes(m_systemTypeCombo, configs, DiskConfig::Usage::SystemDisk,
                                  spec.systemDiskType);
        m_systemTypeCombo->setEnabled(loaded);
    }
    const QString switchedFrom = m_loader->switchedFrom();
    m_systemNotice->setText(
        loaded && !switchedFrom.isEmpty() && switchedFrom != spec.systemDiskType
            ? tr("%1 is not on sale for this instance type in this zone, so the system disk is "
                 "now %2.")
                  .arg(DiskTypeName::withCode(switchedFrom),
                       DiskTypeName::withCode(spec.systemDiskType))
            : QString());
    m_systemNotice->setVisible(!m_systemNotice->text().isEmpty());

    const int rootGb = spec.rootSize.value_or(LaunchSpec::V3DefaultSystemDiskGb);
    const DiskConfig *system =
        DiskConfigText::find(configs, spec.systemDiskType, DiskConfig::Usage::SystemDisk);
    {
        const QSignalBlocker blocker(m_v3RootSpin);
        m_v3RootSpin->setRange(1, system ? system->maxGiB * 2 : 2048);
        m_v3RootSpin->setSingleStep(system ? std::max(1, system->stepGiB) : 1);
        m_v3RootSpin->setValue(rootGb);
        m_v3RootSpin->setEnabled(loaded);
    }
    QString rootHint = system ? DiskConfigText::sizeHint(*system, rootGb) : QString();
    if (!spec.rootSize) {
        const QString unset =
            tr("%1 GB unless you choose another size.").arg(LaunchSpec::V3DefaultSystemDiskGb);
        rootHint = Sentences::join(rootHint, unset);
    }
    m_v3RootHint->setText(rootHint);

    // Data disks (数据盘): one row per disk of the spec, rows reused.
    const QList<DataDisk> &disks = spec.dataDisks;
    while (m_rows.size() > disks.size()) {
        // Later: the row may be the one whose Remove button is still delivering its click.
        DataDiskRow *row = m_rows.takeLast();
        row->hide();
        row->setObjectName(QString());
        row->setParent(nullptr);
        row->deleteLater();
    }
    while (m_rows.size() < disks.size()) {
        const int index = int(m_rows.size());
        auto *row = new DataDiskRow(m_v3Panel);
        row->setIndex(index);
        connect(row, &DataDiskRow::typeChosen, this, [this, index](const QString &type) {
            editDataDisk(index,
                         [index, type](QList<DataDisk> &list) { list[index].diskType = type; });
        });
        connect(row, &DataDiskRow::sizeChanged, this, [this, index](int size) {
            if (updating())
                return;
            editDataDisk(index,
                         [index, size](QList<DataDisk> &list) { list[index].diskSize = size; });
        });
        connect(row, &DataDiskRow::removeRequested, this, [this, index] {
            editDataDisk(index, [index](QList<DataDisk> &list) { list.removeAt(index); });
            // The button pressed is gone: the focus goes to the disk that took its place, or to
            // the one before it, or to "Add data disk" (not to the wizard's first button).
            QWidget *next = index < m_rows.size() ? m_rows.at(index)->removeButton()
                            : m_rows.isEmpty()    ? static_cast<QWidget *>(m_addDataDisk)
                                                  : m_rows.last()->removeButton();
            next->setFocus(Qt::OtherFocusReason);
        });
        m_rowsLayout->addWidget(row);
        m_rows.append(row);
    }
    for (qsizetype i = 0; i < disks.size(); ++i)
        m_rows.at(i)->setDisk(disks.at(i), configs, loaded);

    m_dataCountLabel->setText(
        disks.isEmpty() ? tr("none: the instance gets only its system disk")
                        : tr("%1 of at most %2").arg(disks.size()).arg(DataDisk::MaxPerInstance));
    m_addDataDisk->setEnabled(loaded && disks.size() < DataDisk::MaxPerInstance &&
                              !DiskConfigLoader::preferredDataDiskType(configs).isEmpty());
}

void StoragePage::focusAfterFix(SpecField field, const LaunchSpec &before)
{
    if (field != SpecField::DataDisks || !isV3()) {
        LaunchPage::focusAfterFix(field, before);
        return;
    }
    const QList<DataDisk> &now = draft()->spec().dataDisks;
    qsizetype changed = 0;
    while (changed < now.size() && changed < before.dataDisks.size() &&
           now.at(changed) == before.dataDisks.at(changed))
        ++changed;
    if (changed < m_rows.size())
        m_rows.at(changed)->sizeBox()->setFocus(Qt::OtherFocusReason);
    else if (!m_rows.isEmpty()) // the fix removed the last disk
        m_rows.last()->sizeBox()->setFocus(Qt::OtherFocusReason);
    else
        m_addDataDisk->setFocus(Qt::OtherFocusReason);
}

void StoragePage::addDataDisk()
{
    const QList<DiskConfig> configs = draft()->diskConfigs().value_or(QList<DiskConfig>{});
    const QString type = DiskConfigLoader::preferredDataDiskType(configs);
    const DiskConfig *config = DiskConfigText::find(configs, type, DiskConfig::Usage::DataDisk);
    if (!config)
        return;
    // The smallest size the service takes for the type: a cheap start the operator grows.
    const int size = DiskConfigText::minimumGb(*config);
    draft()->edit(SpecField::DataDisks, [type, size](LaunchSpec &spec) {
        if (spec.dataDisks.size() < DataDisk::MaxPerInstance)
            spec.dataDisks.append(DataDisk{type, size});
    });
}

void StoragePage::editDataDisk(int index, const std::function<void(QList<DataDisk> &)> &change)
{
    draft()->edit(SpecField::DataDisks, [index, change](LaunchSpec &spec) {
        if (index < spec.dataDisks.size())
            change(spec.dataDisks);
    });
}
