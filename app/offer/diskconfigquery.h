// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "offer/diskconfig.h"

#include <QString>

#include <optional>

// The question behind one cbs DescribeDiskConfigQuota call with InquiryType=INQUIRY_CVM_CONFIG
// and DiskChargeType=POSTPAID_BY_HOUR: which disks fit this zone, family, cores and memory.
// Empty or zero fields are left out of the request (the service then answers for all).
struct DiskConfigQuery
{
    QString zone;                           // Zones[0], e.g. "ap-guangzhou-6"
    QString family;                         // InstanceFamilies[0], e.g. "SA5"
    int cpu = 0;                            // CPU, cores
    int memory = 0;                         // Memory, GB
    std::optional<DiskConfig::Usage> usage; // DiskUsage; nullopt asks for both

    bool operator==(const DiskConfigQuery &) const = default;
};
