// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "offer/instancetypeoffer.h"

#include <numeric>

bool InstanceTypeOffer::isUnderStock() const
{
    return statusCategory == QLatin1String("UnderStock");
}

QString InstanceTypeOffer::ratioText() const
{
    if (cpu <= 0 || memory <= 0)
        return {};
    const int divisor = std::gcd(cpu, memory);
    return QString::number(cpu / divisor) + u':' + QString::number(memory / divisor);
}

std::optional<double> InstanceTypeOffer::payablePrice() const
{
    return unitPriceDiscount ? unitPriceDiscount : unitPrice;
}

bool InstanceTypeOffer::hasDiscount() const
{
    return unitPrice && unitPriceDiscount && *unitPrice != *unitPriceDiscount;
}

InstanceTypeOffer::Status InstanceTypeOffer::statusFromText(const QString &status)
{
    if (status == QLatin1String("SELL"))
        return Status::Sell;
    if (status == QLatin1String("SOLD_OUT"))
        return Status::SoldOut;
    return Status::Unknown;
}
