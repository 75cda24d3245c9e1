// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "wizard/instanceconfigpage.h"

#include "spec/instancecount.h"
#include "spec/specfields.h"
#include "widgets/findinglabel.h"
#include "widgets/ratiohint.h"
#include "wizard/launchdraft.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

InstanceConfigPage::InstanceConfigPage(LaunchDraft *draft, QWidget *parent)
    : LaunchPage(draft,
                 {SpecField::InstanceType, SpecField::Cpu, SpecField::Mem, SpecField::InstanceName,
                  SpecField::GoodsNum},
                 parent)
{
    setTitle(tr("Instance"));
    setSubTitle(tr("Choose the instance family, its CPU and memory, a name and how many to "
                   "launch."));

    auto *familyLabel = new QLabel(tr("Instance &family:"), this);
    m_familyList = new QListWidget(this);
    m_familyList->setObjectName(QStringLiteral("familyList"));
    m_familyList->setAccessibleName(tr("Instance family"));
    m_familyList->setWordWrap(true);
    m_familyList->setUniformItemSizes(false);
    familyLabel->setBuddy(m_familyList);
    fillFamilies();

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
    m_countSpin = new QSpinBox(this);
    m_countSpin->setObjectName(QStringLiteral("countSpin"));
    m_countSpin->setAccessibleName(tr("Number of instances"));
    // A launch's count, not a request's: above InstanceCount::PerRequest the launcher sends
    // several requests, and the label under the field says how many.
    const SizeRule count = draft->catalog().goodsNum();
    m_countSpin->setRange(count.min, InstanceCount::MaxPerLaunch);
    m_countSpin->setSingleStep(count.step);
    m_countHint = new QLabel(this);
    m_countHint->setObjectName(QStringLiteral("countHint"));
    m_countHint->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&CPU:"), m_cpuCombo);
    form->addRow(tr("&Memory:"), m_memCombo);
    form->addRow(m_ratioHint);
    form->addRow(tr("Instance &name:"), m_nameEdit);
    form->addRow(addFindingLabel({SpecField::InstanceName}));
    form->addRow(tr("Cou&nt:"), m_countSpin);
    form->addRow(m_countHint);
    form->addRow(addFindingLabel({SpecField::GoodsNum}));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(familyLabel);
    layout->addWidget(m_familyList, 1);
    layout->addWidget(addFindingLabel({SpecField::InstanceType}));
    layout->addLayout(form);

    connect(m_ratioHint, &RatioHint::suggestionChosen, draft, &LaunchDraft::applySuggestion);
    connect(m_familyList, &QListWidget::currentRowChanged, this, [this] {
        if (updating() || !m_familyList->currentItem())
            return;
        const QString family = m_familyList->currentItem()->data(Qt::UserRole).toString();
        this->draft()->edit(SpecField::InstanceType,
                            [family](LaunchSpec &spec) { spec.instanceType = family; });
    });
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
    }
}

void InstanceConfigPage::refresh()
{
    const Catalog &catalog = draft()->catalog();
    const LaunchSpec &spec = draft()->spec();

    const QSignalBlocker familyBlocker(m_familyList);
    for (int row = 0; row < m_familyList->count(); ++row) {
        QListWidgetItem *item = m_familyList->item(row);
        const QString family = item->data(Qt::UserRole).toString();
        if (family == spec.instanceType)
            m_familyList->setCurrentRow(row);
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

    if (m_nameEdit->text() != spec.instanceName)
        m_nameEdit->setText(spec.instanceName);
    const QSignalBlocker countBlocker(m_countSpin);
    m_countSpin->setValue(spec.goodsNum);
    m_countHint->setText(InstanceCount::explain(spec.goodsNum));
}

QString InstanceConfigPage::countHintText() const
{
    return m_countHint->text();
}
