// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "validation/hardwarerules.h"

#include "i18n/sentences.h"
#include "validation/rulehelpers.h"
#include "validation/validator.h"

using namespace RuleHelpers;

namespace {

void checkZone(const LaunchSpec &spec, const Catalog &catalog, const ValidationContext &context,
               const InstanceFamily *family, Findings &out)
{
    if (spec.zoneId == 0) {
        if (context.reportMissing)
            error(out, SpecField::ZoneId, "required",
                  Validator::tr("Choose an availability zone."));
        return;
    }
    const CatalogZone *zone = catalog.zone(spec.zoneId);
    if (!zone) {
        Finding &f = error(
            out, SpecField::ZoneId, "unknown",
            Validator::tr("Zone %1 does not exist. Choose a zone from the list.").arg(spec.zoneId));
        const QList<CatalogZone> zones =
            family ? catalog.zonesSelling(family->id) : catalog.zones();
        for (const CatalogZone &z : zones) {
            if (spec.region.isEmpty() || z.region == spec.region)
                suggest(f, SpecField::ZoneId, z.id, z.name.text(context.locale));
        }
        return;
    }
    if (!spec.region.isEmpty() && zone->region != spec.region) {
        Finding &f = error(out, SpecField::ZoneId, "region",
                           Validator::tr("%1 is not in region %2. Choose a zone of %2.")
                               .arg(zone->name.text(context.locale), spec.region));
        for (const CatalogZone &z : catalog.zonesInRegion(spec.region))
            suggest(f, SpecField::ZoneId, z.id, z.name.text(context.locale));
    }
}

const InstanceFamily *checkFamily(const LaunchSpec &spec, const Catalog &catalog,
                                  const ValidationContext &context, Findings &out)
{
    // The seed: instanceType defaults to CVM.S1 when absent.
    const QString familyId =
        spec.instanceType.isEmpty() ? LaunchSpec::DefaultInstanceType : spec.instanceType;
    const InstanceFamily *family = catalog.family(familyId);
    const CatalogZone *zone = catalog.zone(spec.zoneId);
    if (!family) {
        Finding &f = error(out, SpecField::InstanceType, "unknown",
                           Validator::tr("%1 is not an instance type. Choose one of %2.")
                               .arg(familyId, listOf(catalog.familyIds())));
        for (const QString &id : catalog.familyIds()) {
            if (!zone || catalog.sells(zone->id, id))
                suggest(f, SpecField::InstanceType, id, id);
        }
        return nullptr;
    }
    if (zone && !family->zones.contains(zone->id)) {
        const QStringList sold = catalog.familiesSoldIn(zone->id);
        Finding &f = error(out, SpecField::InstanceType, "notSold",
                           Validator::tr("%1 is not sold in %2. Choose another type (%3) or "
                                         "another zone.")
                               .arg(family->id, zone->name.text(context.locale), listOf(sold)));
        for (const QString &id : sold)
            suggest(f, SpecField::InstanceType, id, id);
        for (const CatalogZone &z : catalog.zonesSelling(family->id)) {
            if (spec.region.isEmpty() || z.region == spec.region)
                suggest(f, SpecField::ZoneId, z.id, z.name.text(context.locale));
        }
    }
    return family;
}

void checkCpuMem(const LaunchSpec &spec, const Catalog &catalog, const ValidationContext &context,
                 const InstanceFamily &family, Findings &out)
{
    if (spec.cpu == 0 && context.reportMissing)
        error(out, SpecField::Cpu, "required", Validator::tr("Choose the number of CPU cores."));
    if (spec.mem == 0 && context.reportMissing)
        error(out, SpecField::Mem, "required", Validator::tr("Choose the memory size."));
    if (spec.cpu == 0 || catalog.allowsPair(family.id, spec.cpu, spec.mem))
        return;

    const QList<int> cpuChoices = catalog.cpuChoices(family.id);
    if (!cpuChoices.contains(spec.cpu)) {
        Finding &f = error(out, SpecField::Cpu, "cpu",
                           Validator::tr("%1 has no size with %2. Choose %3.")
                               .arg(family.id, cores(spec.cpu), coreChoices(cpuChoices)));
        QList<int> offered = catalog.cpuChoicesForMem(family.id, spec.mem);
        if (offered.isEmpty())
            offered = cpuChoices;
        for (int c : std::as_const(offered))
            suggest(f, SpecField::Cpu, c, cores(c));
        return;
    }
    if (spec.mem == 0)
        return;
    const QList<int> mems = catalog.memChoices(family.id, spec.cpu);
    const QList<int> cpus = catalog.cpuChoicesForMem(family.id, spec.mem);
    QStringList memTexts;
    for (int m : mems)
        memTexts << gb(m);
    QString message =
        Validator::tr("%1 allows %2 — for %3 pick %4.")
            .arg(family.id, catalog.ratiosText(family.id), cores(spec.cpu), listOf(memTexts));
    if (!cpus.isEmpty()) {
        message = Sentences::join(
            message, Validator::tr("%1 comes with %2.").arg(gb(spec.mem), coreChoices(cpus)));
    }
    Finding &f = error(out, SpecField::Mem, "ratio", message);
    for (int m : mems)
        suggest(f, SpecField::Mem, m, gb(m));
    for (int c : cpus)
        suggest(f, SpecField::Cpu, c, cores(c));
}

void checkStorage(const LaunchSpec &spec, const Catalog &catalog, const ValidationContext &context,
                  const InstanceFamily *family, Findings &out)
{
    const DiskType *disk = catalog.diskType(spec.storageType);
    if (!disk || (family && !family->storageTypes.contains(spec.storageType))) {
        const QList<DiskType> allowed =
            family ? catalog.diskTypesFor(family->id) : catalog.diskTypes();
        QStringList names;
        for (const DiskType &t : allowed)
            names << t.name.text(context.locale);
        const QString message =
            !disk ? Validator::tr("Disk type %1 does not exist. Choose %2.")
                        .arg(spec.storageType)
                        .arg(listOf(names))
                  : Validator::tr("%1 does not take %2 disks. Choose %3.")
                        .arg(family->id, disk->name.text(context.locale), listOf(names));
        Finding &f = error(out, SpecField::StorageType, disk ? "notAllowed" : "unknown", message);
        for (const DiskType &t : allowed)
            suggest(f, SpecField::StorageType, t.storageType, t.name.text(context.locale));
    }

    const int size = spec.storageSize;
    if (size == 0 || (disk && disk->size.contains(size)))
        return;
    if (!disk) {
        if (size < 0) {
            Finding &f = error(out, SpecField::StorageSize, "range",
                               Validator::tr("The data disk size cannot be negative. Use 0 for "
                                             "no data disk."));
            suggest(f, SpecField::StorageSize, 0, Validator::tr("No data disk"));
        }
        return;
    }
    const SizeRule &rule = disk->size;
    const bool inRange = size >= rule.min && size <= rule.max;
    Finding &f =
        error(out, SpecField::StorageSize, inRange ? "step" : "range",
              inRange ? Validator::tr("%1 data disks grow in steps of %2 GB: choose %3.")
                            .arg(disk->name.text(context.locale))
                            .arg(rule.step)
                            .arg(numberList(rule.nearest(size)))
                      : Validator::tr("%1 data disks are %2 to %3 GB (0 for no data disk).")
                            .arg(disk->name.text(context.locale))
                            .arg(rule.min)
                            .arg(rule.max));
    for (int v : rule.nearest(size))
        suggest(f, SpecField::StorageSize, v, gb(v));
    if (!inRange)
        suggest(f, SpecField::StorageSize, 0, Validator::tr("No data disk"));
}

void checkRootSize(const LaunchSpec &spec, const Catalog &catalog, const ValidationContext &context,
                   Findings &out)
{
    if (!spec.rootSize)
        return;
    const int size = *spec.rootSize;
    const SizeRule linuxRule = catalog.systemDisk(OsFamily::Linux);
    const SizeRule windowsRule = catalog.systemDisk(OsFamily::Windows);
    // Texts are built only when needed: this runs on every keystroke.
    auto linuxText = [&] {
        return Validator::tr("Linux/BSD images take a system disk of %1 to %2 GB in steps of %3 GB")
            .arg(linuxRule.min)
            .arg(linuxRule.max)
            .arg(linuxRule.step);
    };
    auto windowsText = [&] {
        return windowsRule.min == windowsRule.max
                   ? Validator::tr("Windows images have a fixed %1 GB system disk")
                         .arg(windowsRule.min)
                   : Validator::tr("Windows images take a system disk of %1 to %2 GB")
                         .arg(windowsRule.min)
                         .arg(windowsRule.max);
    };
    auto addNearest = [&](Finding &f, const SizeRule &rule) {
        for (int v : rule.nearest(size))
            suggest(f, SpecField::RootSize, v, gb(v));
        suggest(f, SpecField::RootSize, QVariant(), Validator::tr("Default size"));
    };

    switch (context.imageOs) {
    case OsFamily::Windows:
        if (!windowsRule.contains(size))
            addNearest(error(out, SpecField::RootSize, "fixed", windowsText() + QLatin1Char('.')),
                       windowsRule);
        return;
    case OsFamily::Linux:
        if (!linuxRule.contains(size)) {
            const bool inRange = size >= linuxRule.min && size <= linuxRule.max;
            addNearest(error(out, SpecField::RootSize, inRange ? "step" : "range",
                             linuxText() + QLatin1Char('.')),
                       linuxRule);
        }
        return;
    case OsFamily::Unknown:
        break;
    }
    const bool linuxOk = linuxRule.contains(size);
    const bool windowsOk = windowsRule.contains(size);
    if (!linuxOk && !windowsOk) {
        addNearest(error(out, SpecField::RootSize, "range",
                         Validator::tr("No image takes a %1 GB system disk: %2; %3.")
                             .arg(size)
                             .arg(linuxText(), windowsText())),
                   linuxRule);
    } else if (!linuxOk || !windowsOk) {
        Finding &f = add(out, SpecField::RootSize, Finding::Severity::Warning, "osUnknown",
                         Validator::tr("Whether a %1 GB system disk is allowed depends on the "
                                       "image: %2; %3. Choose the image first, or leave the "
                                       "default size.")
                             .arg(size)
                             .arg(linuxText(), windowsText()));
        suggest(f, SpecField::RootSize, QVariant(), Validator::tr("Default size"));
    }
}

} // namespace

void HardwareRules::check(const LaunchSpec &spec, const Catalog &catalog,
                          const ValidationContext &context, Findings &out)
{
    const InstanceFamily *family = catalog.family(
        spec.instanceType.isEmpty() ? LaunchSpec::DefaultInstanceType : spec.instanceType);
    checkZone(spec, catalog, context, family, out);
    family = checkFamily(spec, catalog, context, out);
    if (family)
        checkCpuMem(spec, catalog, context, *family, out);
    checkStorage(spec, catalog, context, family, out);
    checkRootSize(spec, catalog, context, out);
}
