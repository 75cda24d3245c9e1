// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "catalog/catalogtypes.h"

#include <QString>

#include <optional>

// One disk type a zone offers for one use, as cbs DescribeDiskConfigQuota answers it (cbs
// 2017-03-12, object "DiskConfig", cloud.tencent.com/document/api/362/16318). Asked with
// InquiryType=INQUIRY_CVM_CONFIG, it is what fits the chosen zone, family, cores and memory.
struct DiskConfig
{
    // DiskUsage: SYSTEM_DISK or DATA_DISK.
    enum class Usage { SystemDisk, DataDisk, Unknown };

    QString diskType; // DiskType: CLOUD_PREMIUM, CLOUD_BSSD, CLOUD_SSD, CLOUD_HSSD, ...
    Usage usage = Usage::Unknown;
    bool available = false; // Available: false means listed but not on sale here
    QString zone;           // Zone
    QString family;         // InstanceFamily; empty when the service gave null
    QString chargeType;     // DiskChargeType, e.g. POSTPAID_BY_HOUR
    int minGiB = 0;         // MinDiskSize, GiB
    int maxGiB = 0;         // MaxDiskSize, GiB
    int stepGiB = 1;        // StepSize, GiB
    // Price.UnitPriceDiscount, else Price.UnitPrice: CNY per Price.ChargeUnit (HOUR); absent
    // when the service gave no price (Price null).
    std::optional<double> unitPrice;
    QString chargeUnit;

    // The sizes this config takes, min..max on the step counted from min. The smallest size is
    // the default.
    SizeRule sizeRule() const;

    static Usage usageFromText(const QString &usage);
    static QString usageText(Usage usage); // "SYSTEM_DISK", "DATA_DISK", "" for Unknown

    bool operator==(const DiskConfig &) const = default;
};
