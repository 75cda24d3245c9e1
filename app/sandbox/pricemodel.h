// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/cloudtypes.h"
#include "spec/launchspec.h"

// Plausible hourly prices in CNY for the sandbox, shaped like the real price list of the period:
// per core and per GB of memory, per GB of data disk by disk type, a Windows licence per core,
// bandwidth by the hour in two tiers or by traffic per GB; everything times goodsNum.
// Not Tencent's prices; only their shape.
class PriceModel
{
public:
    // `dataDisksPerHour`: API 3.0's data disks of one instance, CNY per hour, priced by the caller
    // from its world (the API 2.0 disk is storageType/storageSize, priced here).
    static Price quote(const LaunchSpec &spec, bool windows, double dataDisksPerHour = 0);
};
