// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "widgets/pricepanel.h"

#include "widgets/loadstatus.h"

#include <QLabel>
#include <QVBoxLayout>

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

void PricePanel::setPrice(const Price &price, int instanceCount)
{
    m_status->setDone();
    QString text =
        tr("%n instance(s): ¥%1 per hour.", nullptr, instanceCount).arg(price.instancePerHour);
    if (!price.bandwidthPrice.isEmpty()) {
        const QString unit =
            price.bandwidthUnit == QLatin1String("GB") ? tr("per GB") : tr("per hour");
        text += QLatin1Char(' ') + tr("Bandwidth: ¥%1 %2.").arg(price.bandwidthPrice, unit);
    }
    m_label->setText(text);
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
