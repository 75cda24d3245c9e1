// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "wizard/storagepage.h"

#include "spec/specfields.h"
#include "widgets/findinglabel.h"
#include "wizard/launchdraft.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

StoragePage::StoragePage(LaunchDraft *draft, QWidget *parent)
    : LaunchPage(draft, {SpecField::StorageType, SpecField::StorageSize, SpecField::RootSize},
                 parent)
{
    setTitle(tr("Storage"));
    setSubTitle(tr("Choose the data disk and the system disk size."));

    m_typeCombo = new QComboBox(this);
    m_typeCombo->setObjectName(QStringLiteral("storageTypeCombo"));
    m_typeCombo->setAccessibleName(tr("Disk type"));
    m_sizeSpin = new QSpinBox(this);
    m_sizeSpin->setObjectName(QStringLiteral("storageSizeSpin"));
    m_sizeSpin->setAccessibleName(tr("Data disk size in GB"));
    m_sizeSpin->setSuffix(tr(" GB"));
    m_sizeSpin->setSpecialValueText(tr("No data disk"));
    m_sizeSpin->setKeyboardTracking(true);
    m_sizeHint = new QLabel(this);
    m_sizeHint->setWordWrap(true);
    m_rootSpin = new QSpinBox(this);
    m_rootSpin->setObjectName(QStringLiteral("rootSizeSpin"));
    m_rootSpin->setAccessibleName(tr("System disk size in GB"));
    m_rootSpin->setSuffix(tr(" GB"));
    m_rootHint = new QLabel(this);
    m_rootHint->setObjectName(QStringLiteral("rootHint"));
    m_rootHint->setWordWrap(true);

    auto *form = new QFormLayout(this);
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
        this->draft()->edit(SpecField::StorageType,
                            [type](LaunchSpec &spec) { spec.storageType = type; });
    });
    connect(m_sizeSpin, &QSpinBox::valueChanged, this, [this](int value) {
        if (updating())
            return;
        this->draft()->edit(SpecField::StorageSize,
                            [value](LaunchSpec &spec) { spec.storageSize = value; });
    });
    connect(m_rootSpin, &QSpinBox::valueChanged, this, [this](int value) {
        if (updating())
            return;
        this->draft()->edit(SpecField::RootSize,
                            [value](LaunchSpec &spec) { spec.rootSize = value; });
    });
}

void StoragePage::refresh()
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
