// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "catalog/catalog.h"
#include "offer/accountquota.h"
#include "offer/diskconfig.h"
#include "offer/zoneoffer.h"
#include "spec/launchspec.h"
#include "spec/specfield.h"
#include "validation/findings.h"
#include "validation/validationcontext.h"

#include <QVariant>

#include <functional>

// The rules the live offer decides on API 3.0 (cvm-api-v3-today.md §1–§3), in the same Finding and
// Suggestion shapes as HardwareRules so that the wizard's one-click fixes work unchanged:
//
// - instance type: offered in the zone and on sale (DescribeZoneInstanceConfigInfos Status
//   SELL); SOLD_OUT is an error carrying SoldOutReason, StatusCategory UnderStock a warning;
// - cores and memory: the ratios the family sells in the zone, the memory sizes for the chosen
//   cores and the cores for the chosen memory (Memory/Cpu of the listed types, never the name);
// - disks (cbs DescribeDiskConfigQuota): the type available for its use, the size within
//   [MinDiskSize, MaxDiskSize] on StepSize, and a CLOUD_SSD data disk of at least 100 GB
//   (InvalidParameterValue.CloudSsdDataDiskSizeTooSmall);
// - count: at most the zone's RemainingQuota (DescribeAccountQuota PostPaidQuotaSet).
//
// On the offer path LaunchSpec::instanceType holds either an exact API 3.0 type ("SA5.MEDIUM4")
// or a family the zone lists ("SA5"); cpu and mem pick the size. Codes, besides those of
// finding.h: notOffered (the zone does not list the type or family), soldOut, status (a Status
// other than SELL and SOLD_OUT), underStock (warning), mismatch (the exact type does not have the
// chosen cores and memory), offerZone (the offer is another zone's), quota, offerMissing (an
// offer is required (ValidationContext::offerRequired) but not loaded).
class OfferRules
{
public:
    // Replaces the catalog's findings on the fields the offer, the disk configs and the quota in
    // `context` decide (the catalog is the API 2.0 world: one source of truth per fact) and adds
    // the offer's. Does nothing for what the context does not hold.
    static void apply(const LaunchSpec &spec, const Catalog &catalog,
                      const ValidationContext &context, Findings &out);

    // The exact InstanceType to send: spec.instanceType when the zone lists it, else the family's
    // type with spec.cpu cores and spec.mem GB; empty when there is none.
    static QString instanceTypeFor(const LaunchSpec &spec, const ZoneOffer &offer);

    static void checkHardware(const LaunchSpec &spec, const ZoneOffer &offer,
                              const ValidationContext &context, Findings &out);
    // Where one disk's findings go and how a one-click fix is written: the fields, and the
    // value the field takes with this disk's type (an API 3.0 DiskType) or size (GB; 0 removes
    // a data disk) changed. For a data disk that value is the whole dataDisks list.
    struct DiskSlot
    {
        QString name;        // "Data disk 3", "System disk": which disk a message is about
        QString removeLabel; // "Remove data disk 3": the fix that drops a data disk
        SpecField typeField;
        SpecField sizeField;
        std::function<QVariant(const QString &diskType)> withType;
        std::function<QVariant(int sizeGb)> withSize;
    };
    // One disk: `diskType` of `sizeGb` for `usage`, against the configs: available for the use,
    // the size within [MinDiskSize, MaxDiskSize] on StepSize, CLOUD_SSD data disks >= 100 GB.
    static void checkDisk(const DiskSlot &slot, const QString &diskType, int sizeGb,
                          DiskConfig::Usage usage, const QList<DiskConfig> &configs,
                          const Catalog &catalog, const ValidationContext &context, Findings &out);
    // Every entry of dataDisks (findings on "dataDisks"), and at most DataDisk::MaxPerInstance.
    static void checkDataDisks(const LaunchSpec &spec, const QList<DiskConfig> &configs,
                               const Catalog &catalog, const ValidationContext &context,
                               Findings &out);
    // What holds for API 3.0's data disks in every zone, used until the zone's disk configs are
    // read: at most 20, each with a type and a size, CLOUD_SSD at least 100 GB
    // (InvalidParameterValue.CloudSsdDataDiskSizeTooSmall).
    static void checkDiskFacts(const LaunchSpec &spec, Findings &out);
    // systemDiskType and rootSize (unset: LaunchSpec::V3DefaultSystemDiskGb, as it is sent).
    static void checkSystemDisk(const LaunchSpec &spec, const QList<DiskConfig> &configs,
                                const Catalog &catalog, const ValidationContext &context,
                                Findings &out);
    static void checkCount(const LaunchSpec &spec, const QString &zone, const AccountQuota &quota,
                           Findings &out);
};
