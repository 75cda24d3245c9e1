// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "catalog/catalog.h"
#include "spec/launchspec.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// The API 3.0 names a LaunchSpec needs that the spec itself does not hold: the seed speaks in
// zone ids and families, API 3.0 in names (disks are named by API 3.0's own types already). They
// come from the Catalog (the one place those tables live) and are resolved before a request is
// built, so the request builder stays a pure function of its inputs.
struct V3LaunchNames
{
    Q_DECLARE_TR_FUNCTIONS(V3LaunchNames)

public:
    QString zone;               // Placement.Zone, e.g. ap-guangzhou-3
    QString instanceType;       // e.g. S2.MEDIUM4
    QString internetChargeType; // BANDWIDTH_POSTPAID_BY_HOUR or TRAFFIC_POSTPAID_BY_HOUR

    // The names of `spec` in `catalog`. When one has no API 3.0 name, nothing, and in *error a
    // translated sentence that says which and what to do.
    static std::optional<V3LaunchNames> resolve(const LaunchSpec &spec, const Catalog &catalog,
                                                QString *error = nullptr);

    // True for an exact API 3.0 InstanceType as DescribeZoneInstanceConfigInfos lists it
    // (<FAMILY>.<SIZE>, e.g. "SA5.MEDIUM4"), which a launch from the live offer carries in
    // LaunchSpec::instanceType instead of a catalog family.
    static bool isExactInstanceType(const QString &instanceType);

    bool operator==(const V3LaunchNames &) const = default;
};
