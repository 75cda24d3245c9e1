// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/v3/v3catalogactions.h"

#include "sandbox/instancestore.h"
#include "sandbox/v3/v3params.h"
#include "sandbox/v3/v3protocol.h"
#include "sandbox/v3/v3reply.h"
#include "sandbox/v3/v3world.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace {

const QString PostpaidByHour = QStringLiteral("POSTPAID_BY_HOUR");

// The common Filters limits of the cvm actions ("每次请求的Filters的上限为10，Filter.Values的上限
// 为100") and the names an action knows; an error reply when they are not kept.
std::optional<SandboxReply> filterRefusal(const QJsonObject &body, const QStringList &known)
{
    const QJsonValue filters = body.value(QLatin1String("Filters"));
    if (filters.isUndefined() || filters.isNull())
        return std::nullopt;
    const QJsonArray list = filters.toArray();
    if (!filters.isArray() || list.size() > 10) {
        return V3Reply::error(QStringLiteral("InvalidFilterValue.LimitExceeded"),
                              V3CatalogActions::tr("Invalid parameter Filters: give at most 10 "
                                                   "filters, as a list."));
    }
    for (const QJsonValue item : list) {
        const QJsonObject filter = item.toObject();
        const QString name = filter.value(QLatin1String("Name")).toString();
        const QJsonValue values = filter.value(QLatin1String("Values"));
        if (!known.contains(name)) {
            return V3Reply::error(QStringLiteral("InvalidFilter"),
                                  V3CatalogActions::tr("Invalid filter \"%1\": this action "
                                                       "filters by %2.")
                                      .arg(name, known.join(QLatin1String(", "))));
        }
        const QJsonArray valueList = values.toArray();
        const bool strings = std::all_of(valueList.cbegin(), valueList.cend(),
                                         [](const QJsonValue &v) { return v.isString(); });
        if (!values.isArray() || !strings || valueList.size() > 100) {
            return V3Reply::error(QStringLiteral("InvalidFilterValue.LimitExceeded"),
                                  V3CatalogActions::tr("Invalid filter \"%1\": Values must be a "
                                                       "list of at most 100 strings.")
                                      .arg(name));
        }
    }
    return std::nullopt;
}

QJsonObject hourlyPrice(double unitPrice)
{
    return {{QLatin1String("UnitPrice"), unitPrice},
            {QLatin1String("UnitPriceDiscount"), unitPrice},
            {QLatin1String("ChargeUnit"), QStringLiteral("HOUR")}};
}

QJsonObject quotaItem(const V3WorldType &type, const V3WorldFamily &family, const QString &language)
{
    return {{QLatin1String("Zone"), type.zone},
            {QLatin1String("InstanceType"), type.instanceType},
            {QLatin1String("InstanceChargeType"), PostpaidByHour},
            {QLatin1String("NetworkCard"), 0},
            {QLatin1String("Externals"), QJsonObject()},
            {QLatin1String("Cpu"), type.cpu},
            {QLatin1String("Memory"), type.memory},
            {QLatin1String("InstanceFamily"), type.family},
            {QLatin1String("TypeName"), family.typeNameIn(language)},
            {QLatin1String("LocalDiskTypeList"), type.localDisks},
            {QLatin1String("Status"), type.status},
            {QLatin1String("Price"), hourlyPrice(type.pricePerHour)},
            {QLatin1String("SoldOutReason"), type.soldOutReason},
            {QLatin1String("InstanceBandwidth"), type.bandwidthGbps},
            {QLatin1String("InstancePps"), type.pps},
            {QLatin1String("StorageBlockAmount"), type.storageBlocks},
            {QLatin1String("CpuType"), family.cpuType},
            {QLatin1String("Gpu"), 0},
            {QLatin1String("Fpga"), 0},
            {QLatin1String("Remark"), QString()},
            {QLatin1String("GpuCount"), 0.0},
            {QLatin1String("Frequency"), family.frequency},
            {QLatin1String("StatusCategory"), type.statusCategory}};
}

} // namespace

V3CatalogActions::V3CatalogActions(const V3World *world, const InstanceStore *store)
    : m_world(world)
    , m_store(store)
{}

void V3CatalogActions::registerWith(V3Protocol &protocol)
{
    const QString cvm = QStringLiteral("cvm");
    protocol.addAction(
        cvm, QStringLiteral("DescribeZoneInstanceConfigInfos"),
        [this](const V3Call &call) { return describeZoneInstanceConfigInfos(call); });
    protocol.addAction(cvm, QStringLiteral("DescribeInstanceFamilyConfigs"),
                       [this](const V3Call &call) { return describeInstanceFamilyConfigs(call); });
    protocol.addAction(cvm, QStringLiteral("DescribeAccountQuota"),
                       [this](const V3Call &call) { return describeAccountQuota(call); });
    protocol.addAction(QStringLiteral("cbs"), QStringLiteral("DescribeDiskConfigQuota"),
                       [this](const V3Call &call) { return describeDiskConfigQuota(call); });
}

std::optional<QStringList> V3CatalogActions::zonesOf(const V3Call &call, const QStringList &asked,
                                                     SandboxReply *refusal) const
{
    const Catalog &catalog = m_world->catalog();
    for (const QString &zone : asked) {
        const CatalogZone *known = catalog.zoneByV3Name(zone);
        if (!known || known->region != call.region) {
            *refusal = V3Reply::error(QStringLiteral("InvalidZone.MismatchRegion"),
                                      tr("The zone \"%1\" is not a zone of the region %2; "
                                         "DescribeZones lists them.")
                                          .arg(zone, call.region));
            return std::nullopt;
        }
    }
    QStringList zones;
    for (const QString &zone : m_world->zones()) {
        if (catalog.zoneByV3Name(zone)->region == call.region &&
            (asked.isEmpty() || asked.contains(zone)))
            zones << zone;
    }
    return zones;
}

SandboxReply V3CatalogActions::describeZoneInstanceConfigInfos(const V3Call &call) const
{
    static const QStringList known = {
        QStringLiteral("zone"), QStringLiteral("instance-family"), QStringLiteral("instance-type"),
        QStringLiteral("instance-charge-type"), QStringLiteral("sort-keys")};
    if (auto refused = filterRefusal(call.body, known))
        return *refused;
    SandboxReply refusal;
    const auto zones = zonesOf(call, V3Params::filter(call.body, QStringLiteral("zone")), &refusal);
    if (!zones)
        return refusal;
    const QStringList families = V3Params::filter(call.body, QStringLiteral("instance-family"));
    const QStringList types = V3Params::filter(call.body, QStringLiteral("instance-type"));
    const QStringList charges = V3Params::filter(call.body, QStringLiteral("instance-charge-type"));
    const QStringList sortKeys = V3Params::filter(call.body, QStringLiteral("sort-keys"));

    QList<V3WorldType> found;
    if (charges.isEmpty() || charges.contains(PostpaidByHour)) {
        for (const QString &zone : *zones) {
            for (const V3WorldType &type : m_world->typesIn(zone)) {
                if ((families.isEmpty() || families.contains(type.family)) &&
                    (types.isEmpty() || types.contains(type.instanceType)))
                    found << type;
            }
        }
    }
    // "cpu:desc", "mem:asc": the first key decides, the next ones break ties.
    std::stable_sort(found.begin(), found.end(), [&](const V3WorldType &a, const V3WorldType &b) {
        for (const QString &key : sortKeys) {
            const bool cpu = key.startsWith(QLatin1String("cpu"));
            const int x = cpu ? a.cpu : a.memory;
            const int y = cpu ? b.cpu : b.memory;
            if (x != y)
                return key.endsWith(QLatin1String(":desc")) ? x > y : x < y;
        }
        return false;
    });
    QJsonArray set;
    for (const V3WorldType &type : std::as_const(found))
        set.append(quotaItem(type, *m_world->family(type.family), call.language));
    return V3Reply::ok({{QLatin1String("InstanceTypeQuotaSet"), set}});
}

SandboxReply V3CatalogActions::describeInstanceFamilyConfigs(const V3Call &call) const
{
    SandboxReply refusal;
    const QStringList zones = zonesOf(call, {}, &refusal).value_or(QStringList());
    QJsonArray set;
    for (const V3WorldFamily &family : m_world->families()) {
        const bool soldHere = std::any_of(family.zones.cbegin(), family.zones.cend(),
                                          [&](const QString &z) { return zones.contains(z); });
        if (soldHere) {
            set.append(
                QJsonObject{{QLatin1String("InstanceFamilyName"), family.typeNameIn(call.language)},
                            {QLatin1String("InstanceFamily"), family.family}});
        }
    }
    return V3Reply::ok({{QLatin1String("InstanceFamilyConfigSet"), set}});
}

SandboxReply V3CatalogActions::describeAccountQuota(const V3Call &call) const
{
    static const QStringList known = {QStringLiteral("zone"), QStringLiteral("quota-type")};
    static const QStringList quotaTypes = {
        QStringLiteral("PostPaidQuotaSet"), QStringLiteral("PrePaidQuotaSet"),
        QStringLiteral("SpotPaidQuotaSet"), QStringLiteral("ImageQuotaSet"),
        QStringLiteral("DisasterRecoverGroupQuotaSet")};
    if (auto refused = filterRefusal(call.body, known))
        return *refused;
    SandboxReply refusal;
    const auto zones = zonesOf(call, V3Params::filter(call.body, QStringLiteral("zone")), &refusal);
    if (!zones)
        return refusal;
    QStringList wanted = V3Params::filter(call.body, QStringLiteral("quota-type"));
    for (const QString &type : std::as_const(wanted)) {
        if (!quotaTypes.contains(type)) {
            return V3Reply::error(QStringLiteral("InvalidFilter"),
                                  tr("Invalid filter quota-type: \"%1\" is not one of %2.")
                                      .arg(type, quotaTypes.join(QLatin1String(", "))));
        }
    }
    if (wanted.isEmpty())
        wanted = quotaTypes;

    QJsonArray postPaid;
    for (const QString &zone : *zones) {
        const int zoneId = m_world->catalog().zoneByV3Name(zone)->id;
        const int used = m_store->aliveCount(call.account, zoneId);
        const int total = m_world->quotaPerZone();
        postPaid.append(QJsonObject{{QLatin1String("UsedQuota"), used},
                                    {QLatin1String("RemainingQuota"), std::max(0, total - used)},
                                    {QLatin1String("TotalQuota"), total},
                                    {QLatin1String("Zone"), zone}});
    }
    // The sandbox sells only pay-by-hour instances and keeps no images of its own: the other
    // sets are there, in their documented shapes, and empty (ImageQuotaSet: nothing used of 10).
    QJsonObject quota;
    for (const QString &type : quotaTypes) {
        QJsonArray set;
        if (wanted.contains(type) && type == QLatin1String("PostPaidQuotaSet"))
            set = postPaid;
        if (wanted.contains(type) && type == QLatin1String("ImageQuotaSet"))
            set.append(
                QJsonObject{{QLatin1String("UsedQuota"), 0}, {QLatin1String("TotalQuota"), 10}});
        quota.insert(type, set);
    }
    return V3Reply::ok({{QLatin1String("AppId"), double(m_world->appId())},
                        {QLatin1String("AccountQuotaOverview"),
                         QJsonObject{{QLatin1String("Region"), call.region},
                                     {QLatin1String("AccountQuota"), quota}}}});
}

SandboxReply V3CatalogActions::describeDiskConfigQuota(const V3Call &call) const
{
    const QJsonValue inquiry = call.body.value(QLatin1String("InquiryType"));
    if (inquiry.isUndefined() || inquiry.isNull()) {
        return V3Reply::error(QStringLiteral("MissingParameter"),
                              tr("The parameter InquiryType is missing: send INQUIRY_CBS_CONFIG "
                                 "or INQUIRY_CVM_CONFIG."));
    }
    const QString inquiryType = inquiry.toString();
    const bool withInstances = inquiryType == QLatin1String("INQUIRY_CVM_CONFIG");
    if (!withInstances && inquiryType != QLatin1String("INQUIRY_CBS_CONFIG")) {
        return V3Reply::error(QStringLiteral("InvalidParameterValue"),
                              tr("Invalid parameter InquiryType: \"%1\" is neither "
                                 "INQUIRY_CBS_CONFIG nor INQUIRY_CVM_CONFIG.")
                                  .arg(inquiryType));
    }
    QString error;
    const auto askedZones = V3Params::strings(call.body, QStringLiteral("Zones"), &error);
    const auto askedFamilies =
        askedZones ? V3Params::strings(call.body, QStringLiteral("InstanceFamilies"), &error)
                   : std::nullopt;
    const auto diskTypes = askedFamilies
                               ? V3Params::strings(call.body, QStringLiteral("DiskTypes"), &error)
                               : std::nullopt;
    const auto cpu = diskTypes
                         ? V3Params::integer(call.body, QStringLiteral("CPU"), 0, 0, 1024, &error)
                         : std::nullopt;
    const auto memory =
        cpu ? V3Params::integer(call.body, QStringLiteral("Memory"), 0, 0, 1 << 20, &error)
            : std::nullopt;
    if (!memory)
        return V3Reply::error(QStringLiteral("InvalidParameter"), error);
    const QString usage = call.body.value(QLatin1String("DiskUsage")).toString();
    const QString charge =
        call.body.value(QLatin1String("DiskChargeType")).toString(PostpaidByHour);
    SandboxReply refusal;
    const auto zones = zonesOf(call, *askedZones, &refusal);
    if (!zones)
        return refusal;

    QJsonArray set;
    const auto add = [&](const QString &zone, const V3WorldFamily *family, const V3WorldDisk &disk,
                         const QString &diskUsage) {
        const bool system = diskUsage == QLatin1String("SYSTEM_DISK");
        const QStringList sold = family ? (system ? family->systemDisks : family->dataDisks)
                                        : QStringList{disk.diskType};
        const bool available = sold.contains(disk.diskType);
        const SizeRule &rule = system ? disk.system : disk.data;
        QJsonValue price; // null when the combination is not sold
        if (available)
            price = hourlyPrice(disk.pricePerGbHour);
        set.append(QJsonObject{
            {QLatin1String("Available"), available},
            {QLatin1String("DiskChargeType"), PostpaidByHour},
            {QLatin1String("Zone"), zone},
            {QLatin1String("InstanceFamily"), family ? QJsonValue(family->family) : QJsonValue()},
            {QLatin1String("DiskType"), disk.diskType},
            {QLatin1String("StepSize"), rule.step},
            {QLatin1String("ExtraPerformanceRange"), QJsonValue()},
            {QLatin1String("DeviceClass"), family ? QJsonValue(family->family) : QJsonValue()},
            {QLatin1String("DiskUsage"), diskUsage},
            {QLatin1String("MinDiskSize"), rule.min},
            {QLatin1String("MaxDiskSize"), rule.max},
            {QLatin1String("Price"), price}});
    };
    if (charge != PostpaidByHour)
        return V3Reply::ok({{QLatin1String("DiskConfigSet"), set}});
    for (const QString &zone : *zones) {
        QList<const V3WorldFamily *> families;
        if (withInstances) {
            for (const V3WorldFamily &family : m_world->families()) {
                const QList<V3WorldType> types = m_world->typesIn(zone);
                const bool hasShape = std::any_of(types.cbegin(), types.cend(), [&](const auto &t) {
                    return t.family == family.family && (*cpu == 0 || t.cpu == *cpu) &&
                           (*memory == 0 || t.memory == *memory);
                });
                if (hasShape &&
                    (askedFamilies->isEmpty() || askedFamilies->contains(family.family)))
                    families << m_world->family(family.family);
            }
        } else {
            families << nullptr; // cloud disks on their own: no family
        }
        for (const V3WorldFamily *family : std::as_const(families)) {
            for (const V3WorldDisk &disk : m_world->disks()) {
                if (!diskTypes->isEmpty() && !diskTypes->contains(disk.diskType))
                    continue;
                for (const QString &diskUsage :
                     {QStringLiteral("SYSTEM_DISK"), QStringLiteral("DATA_DISK")}) {
                    if ((usage.isEmpty() || usage == diskUsage) &&
                        (withInstances || diskUsage == QLatin1String("DATA_DISK")))
                        add(zone, family, disk, diskUsage);
                }
            }
        }
    }
    return V3Reply::ok({{QLatin1String("DiskConfigSet"), set}});
}
