// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "widgets/pricepanel.h"

#include "offer/zoneoffermodel.h"
#include "widgets/loadstatus.h"

#include <QLabel>
#include <QVBoxLayout>

#include <optional>

PricePanel::PricePanel(QWidget *parent)
    : QWidget(parent)
{
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("priceLabel"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new LoadStatus(tr("the price"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_status);
    connect(m_status, &LoadStatus::retryRequested, this, &PricePanel::retryRequested);
    setAccessibleName(tr("Price"));
}

void PricePanel::setUnavailable(const QString &reason)
{
    m_status->setDone();
    m_label->setText(reason);
}

void PricePanel::setWaiting()
{
    m_status->setLoading();
    m_label->clear();
}

namespace {

// The service's decimal string as a number, or nullopt when it is not one.
std::optional<double> amount(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace

void PricePanel::setPrice(const Price &price, int instanceCount)
{
    m_status->setDone();
    // Two decimals like the console, more when finer (ZoneOfferModel::priceText).
    const auto money = [](double value) { return tr("¥%1").arg(ZoneOfferModel::priceText(value)); };
    QStringList lines;
    const std::optional<double> instances = amount(price.instancePerHour);
    const std::optional<double> bandwidth = amount(price.bandwidthPrice);
    const bool hourlyBandwidth = bandwidth && price.bandwidthUnit != QLatin1String("GB");
    if (!instances) {
        // Not a number: shown as the service wrote it rather than hidden.
        lines << tr("%n instance(s): ¥%1 per hour", nullptr, instanceCount)
                     .arg(price.instancePerHour);
    } else {
        const double total = *instances + (hourlyBandwidth ? *bandwidth : 0.0);
        lines << tr("Total: %1 per hour").arg(money(total));
        lines << tr("%n instance(s): %1", nullptr, instanceCount).arg(money(*instances));
    }
    if (hourlyBandwidth)
        lines << tr("Bandwidth: %1").arg(money(*bandwidth));
    else if (bandwidth)
        lines << tr("Traffic: %1 per GB, not in the total").arg(money(*bandwidth));
    else if (!price.bandwidthPrice.isEmpty())
        lines << tr("Bandwidth: ¥%1").arg(price.bandwidthPrice);
    m_label->setText(lines.join(u'\n'));
}

void PricePanel::setFailed(const ApiError &error)
{
    m_label->clear();
    m_status->setFailed(error);
}

QString PricePanel::text() const
{
    return m_status->isVisible() && !m_status->text().isEmpty()
               ? m_label->text() + QLatin1Char('\n') + m_status->text()
               : m_label->text();
}
