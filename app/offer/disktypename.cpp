// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "offer/disktypename.h"

QString DiskTypeName::name(const QString &diskType)
{
    // The console's names (cvm-api-v3-today.md §2a, the enum's 中文 column).
    if (diskType == QLatin1String("CLOUD_PREMIUM"))
        return tr("Premium cloud disk");
    if (diskType == QLatin1String("CLOUD_BSSD"))
        return tr("Balanced SSD cloud disk");
    if (diskType == QLatin1String("CLOUD_SSD"))
        return tr("SSD cloud disk");
    if (diskType == QLatin1String("CLOUD_HSSD"))
        return tr("Enhanced SSD cloud disk");
    if (diskType == QLatin1String("CLOUD_TSSD"))
        return tr("Tremendous SSD cloud disk");
    if (diskType == QLatin1String("CLOUD_BASIC"))
        return tr("Basic cloud disk");
    if (diskType == QLatin1String("LOCAL_BASIC"))
        return tr("Local disk");
    if (diskType == QLatin1String("LOCAL_SSD"))
        return tr("Local SSD disk");
    if (diskType == QLatin1String("LOCAL_NVME"))
        return tr("Local NVMe disk");
    if (diskType == QLatin1String("LOCAL_PRO"))
        return tr("Local HDD disk");
    return diskType;
}

QString DiskTypeName::withCode(const QString &diskType)
{
    const QString text = name(diskType);
    return text == diskType ? diskType : tr("%1 (%2)").arg(text, diskType);
}
