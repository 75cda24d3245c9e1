// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "offer/diskconfig.h"

#include <algorithm>

SizeRule DiskConfig::sizeRule() const
{
    SizeRule rule;
    rule.min = minGiB;
    rule.max = maxGiB;
    // A step of 0 would make every size but the minimum invalid; the service means "any".
    rule.step = std::max(1, stepGiB);
    rule.defaultValue = minGiB;
    return rule;
}

DiskConfig::Usage DiskConfig::usageFromText(const QString &usage)
{
    if (usage == QLatin1String("SYSTEM_DISK"))
        return Usage::SystemDisk;
    if (usage == QLatin1String("DATA_DISK"))
        return Usage::DataDisk;
    return Usage::Unknown;
}

QString DiskConfig::usageText(Usage usage)
{
    switch (usage) {
    case Usage::SystemDisk:
        return QStringLiteral("SYSTEM_DISK");
    case Usage::DataDisk:
        return QStringLiteral("DATA_DISK");
    case Usage::Unknown:
        break;
    }
    return {};
}
