// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/pricemodel.h"

#include <algorithm>

namespace {

QString yuan(double value)
{
    return QString::number(value, 'f', 2);
}

double diskPricePerGbHour(int storageType)
{
    switch (storageType) {
    case 2: // basic cloud disk
        return 0.00042;
    case 3: // SSD local disk
        return 0.0011;
    case 4: // SSD cloud disk
        return 0.0014;
    default: // local disk
        return 0.00025;
    }
}

} // namespace

Price PriceModel::quote(const LaunchSpec &spec, bool windows, double dataDisksPerHour)
{
    const int count = std::max(1, spec.goodsNum);
    double instance = spec.cpu * 0.12 + spec.mem * 0.055;
    if (windows)
        instance += spec.cpu * 0.04;
    instance += spec.storageSize * diskPricePerGbHour(spec.storageType) + dataDisksPerHour;
    instance += (spec.rootSize.value_or(windows ? 50 : 20) - 20) * 0.0003;

    Price price;
    price.instancePerHour = yuan(instance * count);
    if (spec.bandwidthType == LaunchSpec::PayByTraffic) {
        price.bandwidthPrice = yuan(0.80);
        price.bandwidthUnit = QStringLiteral("GB");
    } else {
        // The first 5 Mbps are cheap, every Mbps above costs more: the real tiering's shape.
        const int low = std::min(spec.bandwidth, 5);
        const int high = std::max(spec.bandwidth - 5, 0);
        price.bandwidthPrice = yuan((low * 0.063 + high * 0.25) * count);
        price.bandwidthUnit = QStringLiteral("HOUR");
    }
    return price;
}
