// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "wizard/instanceconfigpage.h"

#include "offer/zoneoffermodel.h"
#include "spec/instancecount.h"
#include "spec/specfields.h"
#include "widgets/findinglabel.h"
#include "widgets/loadstatus.h"
#include "widgets/ratiohint.h"
#include "wizard/launchdraft.h"
#include "wizard/offerloader.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

InstanceConfigPage::InstanceConfigPage(LaunchDraft *draft, OfferLoader *offers, QWidget *parent)
    : LaunchPage(draft,
                 {SpecField::InstanceType, SpecField::Cpu, SpecField::Mem, SpecField::InstanceName,
                  SpecField::GoodsNum},
                 parent)
    , m_offers(offers)
{
    setTitle(tr("Instance"));
    setSubTitle(tr("Choose the instance family, its CPU and memory, a name and how many to "
                   "launch."));

    m_familyLabel = new QLabel(tr("Instance &family:"), this);
    m_familyList = new QListWidget(this);
    m_familyList->setObjectName(QStringLiteral("familyList"));
    m_familyList->setAccessibleName(tr("Instance family"));
    m_familyList->setWordWrap(true);
    m_familyList->setUniformItemSizes(false);
    m_familyLabel->setBuddy(m_familyList);
    fillFamilies();

    // API 3.0: the zone's live offer.
    m_offerBox = new QWidget(this);
    m_offerBox->setObjectName(QStringLiteral("offerBox"));
    auto *typeLabel = new QLabel(tr("Instance &type:"), m_offerBox);
    m_offerAge = new QLabel(m_offerBox);
    m_offerAge->setObjectName(QStringLiteral("offerAge"));
    m_offerAge->setWordWrap(true); // a long zone name must not widen the page
    m_refreshButton = new QPushButton(tr("&Refresh"), m_offerBox);
    m_refreshButton->setObjectName(QStringLiteral("refreshOfferButton"));
    m_refreshButton->setAccessibleName(tr("Refresh the instance types of this zone"));
    m_refreshButton->setAutoDefault(false);
    m_offerStatus = new LoadStatus(tr("the instance types of this zone"), m_offerBox);
    m_offerStatus->setObjectName(QStringLiteral("offerStatus"));
    m_typeModel = new ZoneOfferModel(this);
    m_typeView = new QTreeView(m_offerBox);
    m_typeView->setObjectName(QStringLiteral("typeView"));
    m_typeView->setAccessibleName(tr("Instance types sold in this zone"));
    m_typeView->setAccessibleDescription(
        tr("Grouped by family. Sold-out types are listed with the reason but cannot be chosen."));
    m_typeView->setModel(m_typeModel);
    m_typeView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_typeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_typeView->setAllColumnsShowFocus(true);
    m_typeView->setUniformRowHeights(true);
    m_typeView->setAlternatingRowColors(true);
    // Every column as wide as its longest text: an elided status would hide a SoldOutReason.
    m_typeView->header()->setStretchLastSection(true);
    m_typeView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    typeLabel->setBuddy(m_typeView);
    auto *offerTop = new QHBoxLayout;
    offerTop->addWidget(typeLabel);
    offerTop->addStretch(1);
    offerTop->addWidget(m_offerAge);
    offerTop->addWidget(m_refreshButton);
    auto *offerLayout = new QVBoxLayout(m_offerBox);
    offerLayout->setContentsMargins(0, 0, 0, 0);
    offerLayout->addLayout(offerTop);
    offerLayout->addWidget(m_offerStatus);
    offerLayout->addWidget(m_typeView, 1);
    // The age is told in minutes: a minute's tick keeps it true while the page is open.
    m_ageTimer = new QTimer(this);
    m_ageTimer->setInterval(30 * 1000);

    m_cpuCombo = new QComboBox(this);
    m_cpuCombo->setObjectName(QStringLiteral("cpuCombo"));
    m_cpuCombo->setAccessibleName(tr("CPU cores"));
    m_memCombo = new QComboBox(this);
    m_memCombo->setObjectName(QStringLiteral("memCombo"));
    m_memCombo->setAccessibleName(tr("Memory"));
    m_ratioHint = new RatioHint(this);
    m_ratioHint->setObjectName(QStringLiteral("ratioHint"));
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setAccessibleName(tr("Instance name"));
    m_nameEdit->setPlaceholderText(tr("Optional; the service names it 未命名"));
    m_nameEdit->setClearButtonEnabled(true);
    // The clear button is a tool button of its own: a screen reader names it too.
    for (QToolButton *clear : m_nameEdit->findChildren<QToolButton *>())
        clear->setAccessibleName(tr("Clear the instance name"));
    m_countSpin = new QSpinBox(this);
    m_countSpin->setObjectName(QStringLiteral("countSpin"));
    m_countSpin->setAccessibleName(tr("Number of instances"));
    // A launch's count, not a request's: above InstanceCount::PerRequest the launcher sends
    // several requests, and the label under the field says how many. The field takes more than
    // any launch may ask for: a spin box refuses a larger number without a word, where the count's
    // finding says the most this zone's quota (or this app) allows, and why, with its fix.
    const SizeRule count = draft->catalog().goodsNum();
    constexpr int typedCeiling = 99999;
    m_countSpin->setRange(count.min, typedCeiling);
    m_countSpin->setSingleStep(count.step);
    m_countHint = new QLabel(this);
    m_countHint->setObjectName(QStringLiteral("countHint"));
    m_countHint->setWordWrap(true);
    // The count's row is a widget, not a nested layout: QFormLayout's height-for-width leaves a
    // layout field out, and the tree above then squeezed the row to nothing.
    auto *countBox = new QWidget(this);
    m_quotaLabel = new QLabel(countBox);
    m_quotaLabel->setObjectName(QStringLiteral("quotaLabel"));
    // One short line beside the count; longer news goes in m_quotaProblem under it.
    m_quotaLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_quotaProblem = new QLabel(this);
    m_quotaProblem->setObjectName(QStringLiteral("quotaProblem"));
    m_quotaProblem->setWordWrap(true);
    m_quotaProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *countRow = new QHBoxLayout(countBox);
    countRow->setContentsMargins(0, 0, 0, 0);
    countRow->addWidget(m_countSpin);
    countRow->addWidget(m_quotaLabel, 1);

    m_form = new QFormLayout;
    m_form->addRow(tr("&CPU:"), m_cpuCombo);
    m_form->addRow(tr("&Memory:"), m_memCombo);
    m_form->addRow(m_ratioHint);
    m_form->addRow(tr("Instance n&ame:"), m_nameEdit);
    m_form->addRow(addFindingLabel({SpecField::InstanceName}));
    m_form->addRow(tr("Co&unt:"), countBox);
    // QFormLayout takes the label's buddy from the field; a container field has none.
    if (auto *countLabel = qobject_cast<QLabel *>(
            m_form->itemAt(m_form->rowCount() - 1, QFormLayout::LabelRole)->widget()))
        countLabel->setBuddy(m_countSpin);

    auto *layout = new QVBoxLayout(body());
    layout->addWidget(m_familyLabel);
    layout->addWidget(m_familyList, 1);
    layout->addWidget(m_offerBox, 1);
    layout->addWidget(addFindingLabel({SpecField::InstanceType}));
    layout->addLayout(m_form);
    // Under the count, outside the form: QFormLayout underestimates the height of wrapped rows,
    // and under a quota finding the count's row was squeezed to nothing.
    layout->addWidget(m_countHint);
    layout->addWidget(m_quotaProblem);
    layout->addWidget(addFindingLabel({SpecField::GoodsNum}));

    connect(m_ratioHint, &RatioHint::suggestionChosen, this, &LaunchPage::applyFix);
    setFieldWidget(SpecField::InstanceType, m_familyList);
    setFieldWidget(SpecField::InstanceType, m_typeView);
    setFieldWidget(SpecField::Cpu, m_cpuCombo);
    setFieldWidget(SpecField::Mem, m_memCombo);
    setFieldWidget(SpecField::InstanceName, m_nameEdit);
    setFieldWidget(SpecField::GoodsNum, m_countSpin);
    connect(m_familyList, &QListWidget::currentRowChanged, this, [this] {
        if (updating() || !m_familyList->currentItem())
            return;
        const QString family = m_familyList->currentItem()->data(Qt::UserRole).toString();
        this->draft()->edit(SpecField::InstanceType,
                            [family](LaunchSpec &spec) { spec.instanceType = family; });
    });
    connect(m_typeView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InstanceConfigPage::onTypeSelected);
    connect(m_refreshButton, &QPushButton::clicked, m_offers, &OfferLoader::refresh);
    connect(m_offerStatus, &LoadStatus::retryRequested, m_offers, &OfferLoader::refresh);
    connect(m_offers, &OfferLoader::stateChanged, this, &InstanceConfigPage::showOfferState);
    connect(m_ageTimer, &QTimer::timeout, this, &InstanceConfigPage::showOfferState);
    connect(m_cpuCombo, &QComboBox::activated, this, [this] {
        const int cpu = m_cpuCombo->currentData().toInt();
        this->draft()->edit(SpecField::Cpu, [cpu](LaunchSpec &spec) { spec.cpu = cpu; });
    });
    connect(m_memCombo, &QComboBox::activated, this, [this] {
        const int mem = m_memCombo->currentData().toInt();
        this->draft()->edit(SpecField::Mem, [mem](LaunchSpec &spec) { spec.mem = mem; });
    });
    connect(m_nameEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        this->draft()->edit(SpecField::InstanceName,
                            [text](LaunchSpec &spec) { spec.instanceName = text; });
    });
    connect(m_countSpin, &QSpinBox::valueChanged, this, [this](int value) {
        if (updating())
            return;
        this->draft()->edit(SpecField::GoodsNum,
                            [value](LaunchSpec &spec) { spec.goodsNum = value; });
    });
    showOfferState();
}

void InstanceConfigPage::fillFamilies()
{
    const Catalog &catalog = draft()->catalog();
    for (const InstanceFamily &family : catalog.families()) {
        const QString text = tr("%1 — %2 (CPU:memory %3)\n%4")
                                 .arg(family.id, family.category.text(),
                                      catalog.ratiosText(family.id), family.description.text());
        auto *item = new QListWidgetItem(text, m_familyList);
        item->setData(Qt::UserRole, family.id);
        item->setData(Qt::UserRole + 1, text); // the text without the zone's mark
    }
}

void InstanceConfigPage::onTypeSelected()
{
    if (updating())
        return;
    const QModelIndexList rows = m_typeView->selectionModel()->selectedRows();
    const InstanceTypeOffer *type = rows.isEmpty() ? nullptr : m_typeModel->typeAt(rows.first());
    // Only types on sale are selectable (ZoneOfferModel::flags); checked again all the same.
    if (!type || !type->isSelling())
        return;
    const InstanceTypeOffer chosen = *type;
    draft()->edit(SpecField::InstanceType, [chosen](LaunchSpec &spec) {
        // The exact type as the service listed it, with the cores and memory it has.
        spec.instanceType = chosen.instanceType;
        spec.cpu = chosen.cpu;
        spec.mem = chosen.memory;
    });
}

void InstanceConfigPage::refresh()
{
    const bool live = draft()->offerRequired();
    const QString wanted =
        live ? tr("Choose an instance type the service sells in this zone today, a name "
                  "and how many to launch.")
             : tr("Choose the instance family, its CPU and memory, a name and how many to "
                  "launch.");
    if (subTitle() != wanted)
        setSubTitle(wanted);
    m_familyLabel->setVisible(!live);
    m_familyList->setVisible(!live);
    m_offerBox->setVisible(live);
    m_form->setRowVisible(m_cpuCombo, !live);
    m_form->setRowVisible(m_memCombo, !live);
    if (live)
        refreshOffer();
    else
        refreshCatalog();

    if (m_nameEdit->text() != draft()->spec().instanceName)
        m_nameEdit->setText(draft()->spec().instanceName);
    refreshQuota();
}

void InstanceConfigPage::refreshCatalog()
{
    const Catalog &catalog = draft()->catalog();
    const LaunchSpec &spec = draft()->spec();

    const QSignalBlocker familyBlocker(m_familyList);
    for (int row = 0; row < m_familyList->count(); ++row) {
        QListWidgetItem *item = m_familyList->item(row);
        const QString family = item->data(Qt::UserRole).toString();
        if (family == spec.instanceType)
            m_familyList->setCurrentRow(row);
        // Marked before it is picked, in words: a family the zone does not sell.
        const bool sold = spec.zoneId == 0 || catalog.sells(spec.zoneId, family);
        const QString plain = item->data(Qt::UserRole + 1).toString();
        const QString zone = catalog.zoneName(spec.zoneId);
        item->setText(sold ? plain : tr("%1\nNot sold in %2.").arg(plain, zone));
        item->setToolTip(sold ? QString()
                              : tr("%1 is not sold in %2: choose it only to move to a zone that "
                                   "sells it.")
                                    .arg(family, zone));
    }

    // The lists offer the family's pairs; a value that is not among them (after a family
    // change, or from a template) stays visible and marked so the ratio hint can explain it.
    const QSignalBlocker cpuBlocker(m_cpuCombo);
    m_cpuCombo->clear();
    QList<int> cpus = catalog.cpuChoices(spec.instanceType);
    for (int cpu : std::as_const(cpus))
        m_cpuCombo->addItem(tr("%n core(s)", nullptr, cpu), cpu);
    if (spec.cpu > 0 && !cpus.contains(spec.cpu))
        m_cpuCombo->addItem(tr("%n core(s) — not offered", nullptr, spec.cpu), spec.cpu);
    m_cpuCombo->setCurrentIndex(m_cpuCombo->findData(spec.cpu));

    const QSignalBlocker memBlocker(m_memCombo);
    m_memCombo->clear();
    const QList<int> mems = catalog.memChoices(spec.instanceType, spec.cpu);
    for (int mem : mems)
        m_memCombo->addItem(tr("%1 GB").arg(mem), mem);
    if (spec.mem > 0 && !mems.contains(spec.mem))
        m_memCombo->addItem(tr("%1 GB — not offered with these cores").arg(spec.mem), spec.mem);
    m_memCombo->setCurrentIndex(m_memCombo->findData(spec.mem));

    m_ratioHint->setChoice(spec.instanceType, catalog.ratiosText(spec.instanceType), spec.cpu,
                           spec.mem);
    m_ratioHint->setFindings(draft()->findingsFor({SpecField::Cpu, SpecField::Mem}));
}

void InstanceConfigPage::refreshOffer()
{
    const LaunchSpec &spec = draft()->spec();
    const std::optional<ZoneOffer> &offer = draft()->offer();
    if (!offer) {
        if (!m_typeModel->offer().isEmpty() || !m_typeModel->offer().zone.isEmpty())
            m_typeModel->clear();
        m_ratioHint->setVisible(false);
        return;
    }
    if (m_typeModel->offer().zone != offer->zone ||
        m_typeModel->offer().fetchedAt != offer->fetchedAt ||
        m_typeModel->offer().types != offer->types) {
        m_typeModel->setOffer(*offer);
        m_typeView->expandAll();
    }

    // The chosen type selected and in view; nothing selected when the spec names no listed type.
    const QSignalBlocker selectionBlocker(m_typeView->selectionModel());
    const QModelIndex chosen = m_typeModel->indexOfType(spec.instanceType);
    if (chosen.isValid() && (m_typeModel->flags(chosen) & Qt::ItemIsSelectable)) {
        m_typeView->selectionModel()->setCurrentIndex(chosen, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
        if (m_typeView->isVisible())
            scrollToChosen();
    } else {
        m_typeView->selectionModel()->clearSelection();
    }
    m_typeView->viewport()->update();

    // The ratio line, from the offer: the ratios the family sells here, and the fixes.
    const InstanceTypeOffer *type = offer->find(spec.instanceType);
    const QString family = type ? type->family : spec.instanceType;
    m_ratioHint->setVisible(offer->families().contains(family));
    // The ratios are the family's in this zone: the hint names the family, not the type.
    m_ratioHint->setChoice(family, offer->ratiosText(family), spec.cpu, spec.mem);
    m_ratioHint->setFindings(draft()->findingsFor({SpecField::Cpu, SpecField::Mem}));
}

void InstanceConfigPage::scrollToChosen()
{
    const QModelIndex chosen = m_typeModel->indexOfType(draft()->spec().instanceType);
    if (!chosen.isValid())
        return;
    // The first type of a family brings its family's row into view with it.
    m_typeView->scrollTo(chosen.row() == 0 ? chosen.parent() : chosen);
    m_typeView->scrollTo(chosen);
}

void InstanceConfigPage::showEvent(QShowEvent *event)
{
    LaunchPage::showEvent(event);
    // While the page was hidden the view had no height to scroll in.
    scrollToChosen();
}

void InstanceConfigPage::refreshQuota()
{
    const LaunchSpec &spec = draft()->spec();
    const std::optional<AccountQuota> &quota = draft()->quota();
    const AccountQuota::Zone *entry = quota ? quota->forZone(draft()->v3Zone()) : nullptr;
    const QSignalBlocker countBlocker(m_countSpin);
    m_countSpin->setValue(spec.goodsNum);
    m_countHint->setText(InstanceCount::explain(spec.goodsNum));
    // Within one request, the app's own limit says nothing the quota beside the count does not;
    // over what may be launched, the count's finding speaks instead ("sent as 50 requests" of a
    // launch that cannot be sent would only distract).
    const bool launchable = spec.goodsNum <= InstanceCount::MaxPerLaunch &&
                            (!entry || spec.goodsNum <= entry->remaining);
    m_countHint->setVisible(launchable && (!entry || spec.goodsNum > InstanceCount::PerRequest));

    QString beside;
    QString problem;
    switch (m_offers->quotaState()) {
    case OfferLoader::QuotaState::Off:
        break;
    case OfferLoader::QuotaState::Loading:
        beside = tr("Reading this zone's instance quota…");
        break;
    case OfferLoader::QuotaState::Loaded:
        if (entry)
            beside =
                tr("%n of %1 left in this zone", "pay-by-hour instance quota", entry->remaining)
                    .arg(entry->total);
        else
            problem = tr("The service lists no pay-by-hour quota for this zone; the launch is "
                         "limited to %1 instances.")
                          .arg(InstanceCount::MaxPerLaunch);
        break;
    case OfferLoader::QuotaState::Failed:
        problem = tr("The quota of this zone could not be read, so the launch is limited to %1 "
                     "instances only by this app. %2")
                      .arg(InstanceCount::MaxPerLaunch)
                      .arg(LoadStatus::describe(tr("the quota"), m_offers->quotaError()));
        break;
    }
    m_quotaLabel->setText(beside);
    m_quotaProblem->setText(problem);
    m_quotaProblem->setVisible(!problem.isEmpty());
    m_quotaLabel->setVisible(!m_quotaLabel->text().isEmpty());
}

void InstanceConfigPage::showOfferState()
{
    switch (m_offers->state()) {
    case OfferLoader::State::Off:
        m_offerStatus->setDone();
        break;
    case OfferLoader::State::NoZone:
        m_offerStatus->setEmpty(tr("The chosen zone has no API 3.0 name, so what it sells "
                                   "cannot be asked. Go back and choose another zone."));
        break;
    case OfferLoader::State::Loading:
        m_offerStatus->setLoading();
        break;
    case OfferLoader::State::Loaded:
        if (draft()->offer() && draft()->offer()->isEmpty())
            m_offerStatus->setEmpty(tr("The service sells no pay-by-hour instance type in %1 "
                                       "today. Go back and choose another zone, or press Retry.")
                                        .arg(m_offers->zone()));
        else
            m_offerStatus->setDone();
        break;
    case OfferLoader::State::Failed:
        m_offerStatus->setFailed(m_offers->error());
        break;
    }
    const qint64 age = m_offers->ageSeconds();
    QString ageText;
    if (age >= 0) {
        const int minutes = int(age / 60);
        // Not %n: the English plural would need a catalogue entry to read well.
        ageText = minutes == 0
                      ? tr("Offer of %1, as of less than a minute ago").arg(m_offers->zone())
                  : minutes == 1
                      ? tr("Offer of %1, as of 1 minute ago").arg(m_offers->zone())
                      : tr("Offer of %1, as of %2 minutes ago").arg(m_offers->zone()).arg(minutes);
    }
    m_offerAge->setText(ageText);
    m_offerAge->setVisible(!ageText.isEmpty());
    // After a failure the status line's Retry is the one action.
    m_refreshButton->setEnabled(m_offers->state() == OfferLoader::State::Loaded);
    if (age >= 0)
        m_ageTimer->start();
    else
        m_ageTimer->stop();
    refreshQuota();
}

QString InstanceConfigPage::countHintText() const
{
    return m_countHint->text();
}

QString InstanceConfigPage::quotaText() const
{
    return m_quotaProblem->text().isEmpty() ? m_quotaLabel->text() : m_quotaProblem->text();
}

QString InstanceConfigPage::offerAgeText() const
{
    return m_offerAge->text();
}
