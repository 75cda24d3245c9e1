#pragma once

#include <QString>

// The API 3.0 names a LaunchSpec needs that the spec itself does not hold: the seed speaks in
// zone ids, families and storage type numbers, API 3.0 in names. They come from the Catalog
// (the one place those tables live) and are resolved before a request is built, so the request
// builder stays a pure function of its inputs.
struct V3LaunchNames
{
    QString zone;               // Placement.Zone, e.g. ap-guangzhou-3
    QString instanceType;       // e.g. S2.MEDIUM4
    QString dataDiskType;       // e.g. CLOUD_SSD; only used when the spec has a data disk
    QString internetChargeType; // BANDWIDTH_POSTPAID_BY_HOUR or TRAFFIC_POSTPAID_BY_HOUR

    bool operator==(const V3LaunchNames &) const = default;
};
