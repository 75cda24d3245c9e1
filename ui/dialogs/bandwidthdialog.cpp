// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "dialogs/bandwidthdialog.h"

#include "api/apierrortext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

BandwidthDialog::BandwidthDialog(const InstanceBandwidth *bandwidth, const QString &instanceId,
                                 int currentMbps, QWidget *parent)
    : QDialog(parent)
    , m_bandwidth(bandwidth)
    , m_instanceId(instanceId)
    , m_current(currentMbps)
{
    setObjectName(QStringLiteral("bandwidthDialog"));
    setWindowTitle(tr("Change public bandwidth of %1").arg(instanceId));
    const SizeRule range = InstanceBandwidth::range();

    m_spin = new QSpinBox(this);
    m_spin->setObjectName(QStringLiteral("bandwidthSpin"));
    m_spin->setRange(range.min, range.max);
    m_spin->setSingleStep(range.step > 0 ? range.step : 1);
    m_spin->setSuffix(tr(" Mbps"));
    m_spin->setValue(currentMbps >= 0 ? currentMbps : range.defaultValue);
    auto *current =
        new QLabel(currentMbps >= 0 ? tr("%1 Mbps").arg(currentMbps) : tr("Not known"), this);
    current->setObjectName(QStringLiteral("currentBandwidth"));
    auto *rangeLabel = new QLabel(tr("%1 to %2 Mbps, charged by the hour while the instance "
                                     "runs; the change takes effect at once.")
                                      .arg(range.min)
                                      .arg(range.max),
                                  this);
    rangeLabel->setWordWrap(true);
    m_price = new QLabel(this);
    m_price->setObjectName(QStringLiteral("bandwidthPrice"));
    m_price->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("bandwidthError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Current:"), current);
    auto *spinLabel = new QLabel(tr("&New bandwidth:"), this);
    spinLabel->setBuddy(m_spin);
    form->addRow(spinLabel, m_spin);
    form->addRow(QString(), rangeLabel);
    form->addRow(tr("New price:"), m_price);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BandwidthDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BandwidthDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    // One quote for a value the operator stopped at, not one per arrow press.
    m_quoteDelay = new QTimer(this);
    m_quoteDelay->setSingleShot(true);
    m_quoteDelay->setInterval(300);
    connect(m_quoteDelay, &QTimer::timeout, this, &BandwidthDialog::requote);
    connect(m_spin, &QSpinBox::valueChanged, this, [this] {
        m_error->hide();
        m_price->setText(tr("Asking the service…"));
        m_quoteDelay->start();
        updateOk();
    });
    updateOk();
    requote();
}

QString BandwidthDialog::priceText() const
{
    return m_price->text();
}

QString BandwidthDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void BandwidthDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_applying && m_spin->value() != m_current);
}

void BandwidthDialog::requote()
{
    const quint64 sequence = ++m_quoteSequence;
    const int mbps = m_spin->value();
    m_price->setText(tr("Asking the service…"));
    m_bandwidth->quote(m_instanceId, mbps, this, [this, sequence](const ApiResult<Price> &r) {
        if (sequence != m_quoteSequence)
            return; // an answer for a value no longer shown
        if (!r.ok()) {
            m_price->setText(tr("Not known: %1").arg(ApiErrorText::describe(r.error)));
            return;
        }
        const Price &price = *r.value;
        const QString amount = QLocale().toString(price.bandwidthPrice.toDouble(), 'f', 2);
        m_price->setText(price.bandwidthUnit == QLatin1String("GB")
                             ? tr("%1 CNY per GB of traffic").arg(amount)
                             : tr("%1 CNY per hour").arg(amount));
    });
}

void BandwidthDialog::accept()
{
    if (m_applying || m_spin->value() == m_current)
        return;
    m_applying = true;
    m_error->hide();
    updateOk();
    const int mbps = m_spin->value();
    m_bandwidth->apply(m_instanceId, mbps, this, [this, mbps](const ApiResult<bool> &r) {
        m_applying = false;
        if (!r.ok()) {
            m_error->setText(
                tr("The bandwidth was not changed. %1").arg(ApiErrorText::describe(r.error)));
            m_error->show();
            updateOk();
            return;
        }
        Q_EMIT bandwidthChanged(m_instanceId, mbps);
        QDialog::accept();
    });
}
