// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/v3/v3launchnames.h"

#include <QRegularExpression>

bool V3LaunchNames::isExactInstanceType(const QString &instanceType)
{
    // <FAMILY>.<SIZE>, e.g. S5.MEDIUM4, SA9.96XLARGE1152 ("RunInstances" InstanceType doc).
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9]*\\.[A-Z0-9]+$"));
    return pattern.match(instanceType).hasMatch();
}

std::optional<V3LaunchNames> V3LaunchNames::resolve(const LaunchSpec &spec, const Catalog &catalog,
                                                    QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<V3LaunchNames> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    V3LaunchNames names;
    names.zone = catalog.v3ZoneName(spec.zoneId);
    if (names.zone.isEmpty()) {
        return fail(tr("Zone %1 has no API 3.0 name. Choose another zone, or use API 2.0 for "
                       "this launch.")
                        .arg(spec.zoneId));
    }
    // From the live offer (API 3.0) the spec holds the exact type the service listed, e.g.
    // "SA5.MEDIUM4", sent as it is; a family of the catalog (the seed's world) is named from its
    // cores and memory.
    names.instanceType =
        isExactInstanceType(spec.instanceType) && !catalog.family(spec.instanceType)
            ? spec.instanceType
            : catalog.v3InstanceType(spec.instanceType, spec.cpu, spec.mem);
    if (names.instanceType.isEmpty()) {
        // Not %n: the sandbox runs this with no translator loaded, where Qt prints "core(s)".
        const QString size = spec.cpu == 1 ? tr("1 core and %1 GB").arg(spec.mem)
                                           : tr("%1 cores and %2 GB").arg(spec.cpu).arg(spec.mem);
        return fail(tr("%1 with %2 has no API 3.0 instance type. Choose another CPU and memory "
                       "combination.")
                        .arg(spec.instanceType, size));
    }
    // A disk without its type would be LOCAL_BASIC to the service (cvm-api-v3-today.md §2),
    // which current families refuse: the request never leaves without every type named.
    if (spec.systemDiskType.isEmpty())
        return fail(tr("The system disk has no type. Choose one on the Storage step."));
    for (qsizetype i = 0; i < spec.dataDisks.size(); ++i) {
        if (spec.dataDisks.at(i).diskType.isEmpty())
            return fail(tr("Data disk %1 has no type. Choose one on the Storage step.").arg(i + 1));
    }
    if (spec.dataDisks.size() > DataDisk::MaxPerInstance) {
        return fail(tr("An instance takes at most %1 data disks; %2 were chosen.")
                        .arg(DataDisk::MaxPerInstance)
                        .arg(spec.dataDisks.size()));
    }
    names.internetChargeType = catalog.v3ChargeType(spec.bandwidthType);
    if (names.internetChargeType.isEmpty()) {
        return fail(tr("The bandwidth billing \"%1\" has no API 3.0 name. Choose billing by "
                       "hour or by traffic.")
                        .arg(spec.bandwidthType));
    }
    return names;
}
