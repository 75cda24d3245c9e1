// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "validation/offerrules.h"

#include "i18n/sentences.h"
#include "offer/disktypename.h"
#include "spec/specfields.h"
#include "validation/rulehelpers.h"
#include "validation/validator.h"

#include <algorithm>

using namespace RuleHelpers;

namespace {

// The family the spec means on the offer: the exact type's, or instanceType itself when the
// zone lists it as a family; empty when neither.
QString familyOf(const LaunchSpec &spec, const ZoneOffer &offer)
{
    if (const InstanceTypeOffer *exact = offer.find(spec.instanceType))
        return exact->family;
    return offer.families().contains(spec.instanceType) ? spec.instanceType : QString();
}

void suggestSellingFamilies(Finding &f, const ZoneOffer &offer, const QString &except = {})
{
    for (const QString &family : offer.families()) {
        if (family != except && offer.sells(family))
            suggest(f, SpecField::InstanceType, family, offer.familyLabel(family));
    }
}

// Types of other families with the same cores and memory that are on sale: the closest fix for
// a sold-out type.
void suggestSameSize(Finding &f, const ZoneOffer &offer, const InstanceTypeOffer &type)
{
    for (const InstanceTypeOffer &other : offer.types) {
        if (other.isSelling() && other.cpu == type.cpu && other.memory == type.memory &&
            other.instanceType != type.instanceType)
            suggest(f, SpecField::InstanceType, other.instanceType, other.instanceType);
    }
}

void checkStatus(const InstanceTypeOffer &type, const ZoneOffer &offer, Findings &out)
{
    switch (type.status) {
    case InstanceTypeOffer::Status::Sell:
        if (type.isUnderStock()) {
            add(out, SpecField::InstanceType, Finding::Severity::Warning, "underStock",
                Validator::tr("%1 is nearly sold out in %2: the launch may fail for lack of "
                              "stock.")
                    .arg(type.instanceType, offer.zone));
        }
        return;
    case InstanceTypeOffer::Status::SoldOut: {
        const QString reason =
            type.soldOutReason.isEmpty() ? Validator::tr("no reason given") : type.soldOutReason;
        Finding &f = error(out, SpecField::InstanceType, "soldOut",
                           Validator::tr("%1 is sold out in %2 (%3). Choose another size or type.")
                               .arg(type.instanceType, offer.zone, reason));
        suggestSameSize(f, offer, type);
        return;
    }
    case InstanceTypeOffer::Status::Unknown: {
        Finding &f = error(out, SpecField::InstanceType, "status",
                           Validator::tr("%1 is listed as \"%2\", not as on sale. Choose another "
                                         "size or type.")
                               .arg(type.instanceType, type.rawStatus));
        suggestSameSize(f, offer, type);
        return;
    }
    }
}

void checkCpuMem(const LaunchSpec &spec, const ZoneOffer &offer, const ValidationContext &context,
                 const QString &family, const InstanceTypeOffer *exact, Findings &out)
{
    int cpu = spec.cpu;
    int mem = spec.mem;
    if (exact && cpu == 0 && mem == 0) {
        // The exact type says both.
        cpu = exact->cpu;
        mem = exact->memory;
    }
    if (cpu == 0 && context.reportMissing)
        error(out, SpecField::Cpu, "required", Validator::tr("Choose the number of CPU cores."));
    if (mem == 0 && context.reportMissing)
        error(out, SpecField::Mem, "required", Validator::tr("Choose the memory size."));
    if (cpu == 0)
        return;

    // A listed size that is not on sale says so, rather than "no such size".
    const InstanceTypeOffer *type = mem != 0 ? offer.typeFor(family, cpu, mem) : nullptr;
    if (type && !type->isSelling()) {
        checkStatus(*type, offer, out);
        // The sizes of the family still on sale for these cores are one-click fixes too.
        Finding &f = out.last();
        for (int m : offer.memoriesFor(family, cpu))
            suggest(f, SpecField::Mem, m, gb(m));
        return;
    }

    const QList<int> cpuChoices = offer.cpusOf(family);
    if (!cpuChoices.contains(cpu)) {
        Finding &f = error(out, SpecField::Cpu, "cpu",
                           Validator::tr("%1 has no size with %2 on sale in %3. Choose %4.")
                               .arg(family, cores(cpu), offer.zone, coreChoices(cpuChoices)));
        QList<int> offered = offer.cpusFor(family, mem);
        if (offered.isEmpty())
            offered = cpuChoices;
        for (int c : std::as_const(offered))
            suggest(f, SpecField::Cpu, c, cores(c));
        return;
    }
    if (mem == 0)
        return;

    if (!type) {
        const QList<int> mems = offer.memoriesFor(family, cpu);
        const QList<int> cpus = offer.cpusFor(family, mem);
        QStringList memTexts;
        for (int m : mems)
            memTexts << gb(m);
        QString message =
            Validator::tr("%1 sells %2 in %3 — for %4 pick %5.")
                .arg(family, offer.ratiosText(family), offer.zone, cores(cpu), listOf(memTexts));
        if (!cpus.isEmpty()) {
            message = Sentences::join(
                message, Validator::tr("%1 comes with %2.").arg(gb(mem), coreChoices(cpus)));
        }
        Finding &f = error(out, SpecField::Mem, "ratio", message);
        for (int m : mems)
            suggest(f, SpecField::Mem, m, gb(m));
        for (int c : cpus)
            suggest(f, SpecField::Cpu, c, cores(c));
        return;
    }
    if (exact && exact != type) {
        Finding &f = error(out, SpecField::InstanceType, "mismatch",
                           Validator::tr("%1 has %2 and %3, not %4 and %5: that size is %6.")
                               .arg(exact->instanceType, cores(exact->cpu), gb(exact->memory),
                                    cores(cpu), gb(mem), type->instanceType));
        suggest(f, SpecField::InstanceType, type->instanceType, type->instanceType);
        return;
    }
    checkStatus(*type, offer, out);
}

QString diskName(const QString &diskType, const Catalog &catalog, const ValidationContext &context)
{
    // The catalog's name in the validation's language; else the console's name of an API 3.0
    // type (DiskTypeName, in the interface language), never the bare code when it is known.
    const DiskType *known = catalog.diskType(catalog.storageTypeFromV3(diskType));
    return known ? known->name.text(context.locale) : DiskTypeName::name(diskType);
}

const DiskConfig *configFor(const QList<DiskConfig> &configs, const QString &diskType,
                            DiskConfig::Usage usage)
{
    for (const DiskConfig &c : configs) {
        if (c.diskType == diskType && c.usage == usage)
            return &c;
    }
    return nullptr;
}

void removeFindingsOn(Findings &out, std::initializer_list<SpecField> fields)
{
    out.removeIf([&](const Finding &f) {
        return std::any_of(fields.begin(), fields.end(),
                           [&](SpecField field) { return f.field == SpecFields::key(field); });
    });
}

} // namespace

QString OfferRules::instanceTypeFor(const LaunchSpec &spec, const ZoneOffer &offer)
{
    if (offer.find(spec.instanceType))
        return spec.instanceType;
    const InstanceTypeOffer *type = offer.typeFor(familyOf(spec, offer), spec.cpu, spec.mem);
    return type ? type->instanceType : QString();
}

void OfferRules::checkHardware(const LaunchSpec &spec, const ZoneOffer &offer,
                               const ValidationContext &context, Findings &out)
{
    const QString family = familyOf(spec, offer);
    if (family.isEmpty()) {
        Finding &f =
            error(out, SpecField::InstanceType, "notOffered",
                  offer.isEmpty() ? Validator::tr("%1 sells no pay-by-hour instance type today. "
                                                  "Choose another zone.")
                                        .arg(offer.zone)
                                  : Validator::tr("%1 is not sold in %2 today. Choose one of the "
                                                  "types listed for the zone.")
                                        .arg(spec.instanceType, offer.zone));
        suggestSellingFamilies(f, offer);
        return;
    }
    if (!offer.sells(family)) {
        Finding &f = error(out, SpecField::InstanceType, "soldOut",
                           Validator::tr("Every %1 type is sold out in %2. Choose another family.")
                               .arg(family, offer.zone));
        suggestSellingFamilies(f, offer, family);
        return;
    }
    checkCpuMem(spec, offer, context, family, offer.find(spec.instanceType), out);
}

void OfferRules::checkDisk(const DiskSlot &slot, const QString &diskType, int sizeGb,
                           DiskConfig::Usage usage, const QList<DiskConfig> &configs,
                           const Catalog &catalog, const ValidationContext &context, Findings &out)
{
    // Which disk, first: with several data disks "is 20 to 32000 GB" alone named none.
    const auto about = [&slot](const QString &text) {
        return Validator::tr("%1: %2", "a disk, then what is wrong with it").arg(slot.name, text);
    };
    const DiskConfig *config = configFor(configs, diskType, usage);
    if (!config || !config->available) {
        QStringList names;
        QList<const DiskConfig *> available;
        for (const DiskConfig &c : configs) {
            if (c.usage == usage && c.available) {
                names << diskName(c.diskType, catalog, context);
                available << &c;
            }
        }
        Finding &f = error(
            out, slot.typeField, "notAllowed",
            about(names.isEmpty() ? Validator::tr("%1 is not on sale for this type in this zone.")
                                        .arg(diskName(diskType, catalog, context))
                                  : Validator::tr("%1 is not on sale for this type in this zone. "
                                                  "Choose %2.")
                                        .arg(diskName(diskType, catalog, context), listOf(names))));
        for (const DiskConfig *c : std::as_const(available))
            suggest(f, slot.typeField, slot.withType(c->diskType),
                    diskName(c->diskType, catalog, context));
        return;
    }
    SizeRule rule = config->sizeRule();
    const bool dataDisk = usage == DiskConfig::Usage::DataDisk;
    const bool ssdData = dataDisk && diskType == QLatin1String("CLOUD_SSD");
    if (ssdData && sizeGb < 100) {
        // The service refuses it whatever the quota answer says:
        // InvalidParameterValue.CloudSsdDataDiskSizeTooSmall.
        Finding &f = error(out, slot.sizeField, "range",
                           about(Validator::tr("%1 as a data disk is at least 100 GB.")
                                     .arg(diskName(diskType, catalog, context))));
        suggest(f, slot.sizeField, slot.withSize(std::max(100, rule.min)),
                gb(std::max(100, rule.min)));
        suggest(f, slot.sizeField, slot.withSize(0), slot.removeLabel);
        return;
    }
    if (rule.contains(sizeGb))
        return;
    const bool inRange = sizeGb >= rule.min && sizeGb <= rule.max;
    Finding &f =
        error(out, slot.sizeField, inRange ? "step" : "range",
              about(inRange ? Validator::tr("%1 grows in steps of %2 GB here: choose %3.")
                                  .arg(diskName(diskType, catalog, context))
                                  .arg(rule.step)
                                  .arg(numberList(rule.nearest(sizeGb)))
                            : Validator::tr("%1 is %2 to %3 GB for this type in this zone.")
                                  .arg(diskName(diskType, catalog, context))
                                  .arg(rule.min)
                                  .arg(rule.max)));
    for (int v : rule.nearest(sizeGb)) {
        if (!ssdData || v >= 100)
            suggest(f, slot.sizeField, slot.withSize(v), gb(v));
    }
    if (dataDisk && !inRange)
        suggest(f, slot.sizeField, slot.withSize(0), slot.removeLabel);
}

void OfferRules::checkDataDisks(const LaunchSpec &spec, const QList<DiskConfig> &configs,
                                const Catalog &catalog, const ValidationContext &context,
                                Findings &out)
{
    const QList<DataDisk> &disks = spec.dataDisks;
    const auto list = [](const QList<DataDisk> &changed) {
        LaunchSpec holder;
        holder.dataDisks = changed;
        return SpecFields::value(holder, SpecField::DataDisks);
    };
    if (disks.size() > DataDisk::MaxPerInstance) {
        Finding &f = error(out, SpecField::DataDisks, "range",
                           Validator::tr("An instance takes at most %1 data disks.")
                               .arg(DataDisk::MaxPerInstance));
        suggest(f, SpecField::DataDisks, list(disks.first(DataDisk::MaxPerInstance)),
                Validator::tr("Keep the first %1").arg(DataDisk::MaxPerInstance));
        return;
    }
    for (qsizetype i = 0; i < disks.size(); ++i) {
        // A fix to one disk is the whole list with that disk changed (0 GB removes it).
        DiskSlot slot{Validator::tr("Data disk %1").arg(i + 1),
                      Validator::tr("Remove data disk %1").arg(i + 1),
                      SpecField::DataDisks,
                      SpecField::DataDisks,
                      [&disks, i, &list](const QString &type) {
                          QList<DataDisk> changed = disks;
                          changed[i].diskType = type;
                          return list(changed);
                      },
                      [&disks, i, &list](int size) {
                          QList<DataDisk> changed = disks;
                          if (size == 0)
                              changed.removeAt(i);
                          else
                              changed[i].diskSize = size;
                          return list(changed);
                      }};
        checkDisk(slot, disks.at(i).diskType, disks.at(i).diskSize, DiskConfig::Usage::DataDisk,
                  configs, catalog, context, out);
    }
}

void OfferRules::checkDiskFacts(const LaunchSpec &spec, Findings &out)
{
    if (spec.dataDisks.size() > DataDisk::MaxPerInstance) {
        error(out, SpecField::DataDisks, "range",
              Validator::tr("An instance takes at most %1 data disks.")
                  .arg(DataDisk::MaxPerInstance));
    }
    for (const DataDisk &disk : spec.dataDisks) {
        if (disk.diskType.isEmpty()) {
            error(out, SpecField::DataDisks, "required",
                  Validator::tr("Every data disk needs a type: without one the service takes "
                                "LOCAL_BASIC, which current instance types refuse."));
        } else if (disk.diskSize <= 0) {
            error(out, SpecField::DataDisks, "range",
                  Validator::tr("A data disk's size is more than 0 GB; remove the disk instead."));
        } else if (disk.diskType == QLatin1String("CLOUD_SSD") && disk.diskSize < 100) {
            // InvalidParameterValue.CloudSsdDataDiskSizeTooSmall, whatever the zone.
            error(out, SpecField::DataDisks, "range",
                  Validator::tr("SSD cloud disks (CLOUD_SSD) used as data disks are at least 100 "
                                "GB; this one is %1 GB.")
                      .arg(disk.diskSize));
        }
    }
}

void OfferRules::checkSystemDisk(const LaunchSpec &spec, const QList<DiskConfig> &configs,
                                 const Catalog &catalog, const ValidationContext &context,
                                 Findings &out)
{
    const int size = spec.rootSize.value_or(LaunchSpec::V3DefaultSystemDiskGb);
    const DiskSlot slot{Validator::tr("System disk"),
                        QString(),
                        SpecField::SystemDiskType,
                        SpecField::RootSize,
                        [](const QString &type) { return QVariant(type); },
                        [](int gb) { return QVariant(gb); }};
    checkDisk(slot, spec.systemDiskType, size, DiskConfig::Usage::SystemDisk, configs, catalog,
              context, out);
}

void OfferRules::checkCount(const LaunchSpec &spec, const QString &zone, const AccountQuota &quota,
                            Findings &out)
{
    const AccountQuota::Zone *entry = quota.forZone(zone);
    if (!entry || spec.goodsNum <= entry->remaining)
        return;
    if (entry->remaining <= 0) {
        error(out, SpecField::GoodsNum, "quota",
              Validator::tr("The pay-by-hour quota of this zone is used up (%1 of %2). Return "
                            "instances, choose another zone or ask Tencent Cloud for more.")
                  .arg(entry->used)
                  .arg(entry->total));
        return;
    }
    Finding &f = error(out, SpecField::GoodsNum, "quota",
                       Validator::tr("Only %1 of %2 pay-by-hour instances are left in this "
                                     "zone's quota: launch at most %1.")
                           .arg(entry->remaining)
                           .arg(entry->total));
    suggest(f, SpecField::GoodsNum, entry->remaining, QString::number(entry->remaining));
}

void OfferRules::apply(const LaunchSpec &spec, const Catalog &catalog,
                       const ValidationContext &context, Findings &out)
{
    const QString zone = context.offer ? context.offer->zone : catalog.v3ZoneName(spec.zoneId);
    if (!context.offer && context.offerRequired) {
        removeFindingsOn(out, {SpecField::InstanceType, SpecField::Cpu, SpecField::Mem});
        error(out, SpecField::InstanceType, "offerMissing",
              zone.isEmpty()
                  ? Validator::tr("Choose an availability zone first: the instance types come "
                                  "from what the service sells there.")
                  : Validator::tr("The instance types sold in %1 are not loaded yet.").arg(zone));
    }
    if (context.offer) {
        removeFindingsOn(out, {SpecField::InstanceType, SpecField::Cpu, SpecField::Mem});
        const QString chosenZone = catalog.v3ZoneName(spec.zoneId);
        if (!chosenZone.isEmpty() && chosenZone != context.offer->zone) {
            // Never judge one zone by another's offer: the new one is on its way.
            error(out, SpecField::InstanceType, "offerZone",
                  Validator::tr("The offer shown is %1's, not %2's. Wait for %2's offer or "
                                "refresh it.")
                      .arg(context.offer->zone, chosenZone));
        } else {
            checkHardware(spec, *context.offer, context, out);
        }
    }
    if (context.diskConfigs) {
        // API 3.0 disks: the API 2.0 disk (storageType, storageSize) is not sent, so the
        // catalog's findings on it and on the 2016 system disk range do not apply.
        removeFindingsOn(out,
                         {SpecField::StorageType, SpecField::StorageSize, SpecField::RootSize});
        checkDataDisks(spec, *context.diskConfigs, catalog, context, out);
        checkSystemDisk(spec, *context.diskConfigs, catalog, context, out);
    } else {
        checkDiskFacts(spec, out);
    }
    if (context.quota && !zone.isEmpty())
        checkCount(spec, zone, *context.quota, out);
}
