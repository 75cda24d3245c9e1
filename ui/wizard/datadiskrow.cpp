// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "wizard/datadiskrow.h"

#include "offer/disktypename.h"
#include "wizard/diskconfigtext.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

DataDiskRow::DataDiskRow(QWidget *parent)
    : QWidget(parent)
{
    m_label = new QLabel(this);
    m_typeCombo = new QComboBox(this);
    // As wide as a type's name, not as its longest item ("… — not on sale for this instance type
    // in this zone"): that row pushed Remove and the fixes off the page. The list pops up wider.
    m_typeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_typeCombo->setMinimumContentsLength(DiskConfigText::TypeComboChars);
    m_sizeSpin = new QSpinBox(this);
    m_sizeSpin->setSuffix(tr(" GB"));
    m_sizeSpin->setKeyboardTracking(true);
    m_sizeSpin->setMinimumWidth(m_sizeSpin->fontMetrics().horizontalAdvance(u'0') * 12);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_remove = new QPushButton(tr("Remove"), this);
    m_label->setBuddy(m_typeCombo);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 0, 0);
    layout->addWidget(m_typeCombo, 0, 1);
    layout->addWidget(m_sizeSpin, 0, 2);
    layout->addWidget(m_remove, 0, 3);
    layout->addWidget(m_hint, 1, 1, 1, 3);
    layout->setColumnStretch(1, 1);

    connect(m_typeCombo, &QComboBox::activated, this,
            [this] { Q_EMIT typeChosen(m_typeCombo->currentData().toString()); });
    connect(m_sizeSpin, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_updating)
            Q_EMIT sizeChanged(value);
    });
    connect(m_remove, &QPushButton::clicked, this, &DataDiskRow::removeRequested);
}

QWidget *DataDiskRow::sizeBox() const
{
    return m_sizeSpin;
}

QWidget *DataDiskRow::removeButton() const
{
    return m_remove;
}

void DataDiskRow::setIndex(int index)
{
    const QString n = QString::number(index);
    m_typeCombo->setObjectName(QStringLiteral("dataDiskType_") + n);
    m_sizeSpin->setObjectName(QStringLiteral("dataDiskSize_") + n);
    m_remove->setObjectName(QStringLiteral("removeDataDisk_") + n);
    m_hint->setObjectName(QStringLiteral("dataDiskHint_") + n);
    m_label->setText(tr("Data disk %1:").arg(index + 1));
    m_typeCombo->setAccessibleName(tr("Data disk %1 type").arg(index + 1));
    m_sizeSpin->setAccessibleName(tr("Data disk %1 size in GB").arg(index + 1));
    m_remove->setAccessibleName(tr("Remove data disk %1").arg(index + 1));
}

void DataDiskRow::setDisk(const DataDisk &disk, const QList<DiskConfig> &configs, bool editable)
{
    m_updating = true;
    const QSignalBlocker typeBlocker(m_typeCombo);
    DiskConfigText::fillTypes(m_typeCombo, configs, DiskConfig::Usage::DataDisk, disk.diskType);
    m_typeCombo->setEnabled(editable);

    const DiskConfig *config =
        DiskConfigText::find(configs, disk.diskType, DiskConfig::Usage::DataDisk);
    // Any number may be typed so that a wrong one meets the validator's explanation and fix;
    // the range only keeps typing within reason.
    m_sizeSpin->setRange(1, config ? config->maxGiB * 2 : 64000);
    m_sizeSpin->setSingleStep(config ? std::max(1, config->stepGiB) : 10);
    m_sizeSpin->setValue(disk.diskSize);
    m_sizeSpin->setEnabled(editable);
    m_hint->setText(config ? DiskConfigText::sizeHint(*config, disk.diskSize) : QString());
    m_hint->setVisible(!m_hint->text().isEmpty());
    m_updating = false;
}

QString DataDiskRow::hintText() const
{
    return m_hint->text();
}
