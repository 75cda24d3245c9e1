// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/v3/v3cvmactions.h"

#include "catalog/catalog.h"
#include "sandbox/instancestore.h"
#include "sandbox/pricemodel.h"
#include "sandbox/sandboxdata.h"
#include "sandbox/specchecker.h"
#include "sandbox/v3/v3params.h"
#include "sandbox/v3/v3protocol.h"
#include "sandbox/v3/v3reply.h"
#include "sandbox/v3/v3specreader.h"
#include "sandbox/v3/v3world.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace {

const QString Cvm = QStringLiteral("cvm");
const QString InvalidParameter = QStringLiteral("InvalidParameter");

QString utcTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace

V3CvmActions::V3CvmActions(InstanceStore *store, const Catalog *catalog, const V3World *world)
    : m_store(store)
    , m_catalog(catalog)
    , m_world(world)
{}

void V3CvmActions::registerWith(V3Protocol &protocol)
{
    protocol.addAction(Cvm, QStringLiteral("RunInstances"),
                       [this](const V3Call &call) { return runInstances(call); });
    protocol.addAction(Cvm, QStringLiteral("DescribeInstances"),
                       [this](const V3Call &call) { return describeInstances(call); });
    protocol.addAction(Cvm, QStringLiteral("TerminateInstances"),
                       [this](const V3Call &call) { return terminateInstances(call); });
    protocol.addAction(Cvm, QStringLiteral("InquiryPriceRunInstances"),
                       [this](const V3Call &call) { return inquiryPriceRunInstances(call); });
}

QString V3CvmActions::stateName(SandboxInstance::State state)
{
    switch (state) {
    case SandboxInstance::State::Creating:
        return QStringLiteral("PENDING");
    case SandboxInstance::State::Running:
        return QStringLiteral("RUNNING");
    case SandboxInstance::State::CreateFailed:
        return QStringLiteral("LAUNCH_FAILED");
    case SandboxInstance::State::Returning:
        return QStringLiteral("TERMINATING");
    case SandboxInstance::State::Returned:
        break;
    }
    return {};
}

std::optional<SandboxReply> V3CvmActions::refusal(const V3Call &call, const QStringList &fields,
                                                  LaunchSpec *spec) const
{
    const V3SpecReader::Result read = V3SpecReader::read(call.body, call.region, *m_catalog);
    if (!read.ok())
        return V3Reply::error(read.errorCode, read.error);
    *spec = read.spec;
    // What the body did not send is the service's to choose, not a reason to refuse it.
    const auto problem = SpecChecker::firstProblem(*spec, *m_catalog, fields, read.unsent());
    if (!problem)
        return std::nullopt;
    return V3Reply::error(
        problem->code,
        tr("Invalid parameter %1: %2").arg(read.v3Field(problem->field), problem->message));
}

std::optional<SandboxReply> V3CvmActions::worldRefusal(const V3Call &call) const
{
    const QString zone = call.body.value(QLatin1String("Placement"))
                             .toObject()
                             .value(QLatin1String("Zone"))
                             .toString();
    const CatalogZone *known = m_catalog->zoneByV3Name(zone);
    const QString token = call.body.value(QLatin1String("ClientToken")).toString();
    if (!known || known->region != call.region || m_store->isReplay(call.account, token))
        return std::nullopt;
    const QString type = call.body.value(QLatin1String("InstanceType")).toString();
    if (const auto refused = m_world->instanceTypeRefusal(zone, type))
        return V3Reply::error(refused->code, refused->message);
    if (const auto refused = disksRefusal(call, zone, type.section(QLatin1Char('.'), 0, 0)))
        return V3Reply::error(refused->code, refused->message);
    if (const auto refused = networkRefusal(call, zone, known->id))
        return V3Reply::error(refused->code, refused->message);
    const int asked = std::max(1, call.body.value(QLatin1String("InstanceCount")).toInt(1));
    const int used = m_store->aliveCount(call.account, known->id);
    if (used + asked <= m_world->quotaPerZone())
        return std::nullopt;
    return V3Reply::error(QStringLiteral("LimitExceeded.InstanceQuota"),
                          tr("Purchase failed: instance quota exceeded in %1. The account has %2 "
                             "pay-by-hour instances there and may have at most %3; %4 more were "
                             "asked for. Return instances you no longer need, launch in another "
                             "zone, or ask for a higher quota.")
                              .arg(zone)
                              .arg(used)
                              .arg(m_world->quotaPerZone())
                              .arg(asked));
}

std::optional<V3Refusal> V3CvmActions::disksRefusal(const V3Call &call, const QString &zone,
                                                    const QString &family) const
{
    // An omitted type is what the service assumes (LOCAL_BASIC for data disks); for the system
    // disk the service picks one in stock, so only a named type can be refused.
    const QJsonObject systemDisk = call.body.value(QLatin1String("SystemDisk")).toObject();
    const QJsonValue systemType = systemDisk.value(QLatin1String("DiskType"));
    if (systemType.isString() && !m_world->systemDiskAllowed(zone, family, systemType.toString())) {
        return V3Refusal{QStringLiteral("UnsupportedOperation.InvalidDisk"),
                         tr("SystemDisk.DiskType %1 is not sold with the instance family %2 in "
                            "the zone %3. Ask DescribeDiskConfigQuota for the types on sale.")
                             .arg(systemType.toString(), family, zone)};
    }
    const QJsonArray dataDisks = call.body.value(QLatin1String("DataDisks")).toArray();
    for (const QJsonValue disk : dataDisks) {
        const QJsonObject object = disk.toObject();
        const QJsonValue size = object.value(QLatin1String("DiskSize"));
        if (!object.value(QLatin1String("DiskType")).isUndefined() &&
            !object.value(QLatin1String("DiskType")).isString())
            continue; // the reader names the wrong type
        if (!size.isDouble())
            continue;
        if (auto refused = m_world->dataDiskRefusal(
                zone, family, object.value(QLatin1String("DiskType")).toString(), size.toInt()))
            return refused;
    }
    return std::nullopt;
}

std::optional<V3Refusal> V3CvmActions::networkRefusal(const V3Call &call, const QString &zone,
                                                      int zoneId) const
{
    const QJsonObject vpc = call.body.value(QLatin1String("VirtualPrivateCloud")).toObject();
    const QString subnetId = vpc.value(QLatin1String("SubnetId")).toString();
    if (const Subnet *subnet = SandboxData::findSubnet(subnetId);
        subnet && !subnet->zoneIds.contains(zoneId)) {
        const QString subnetZone =
            subnet->zoneIds.isEmpty() ? QString() : m_catalog->v3ZoneName(subnet->zoneIds.first());
        return V3World::subnetZoneRefusal(subnetId, subnetZone, zone);
    }
    const QJsonArray groups = call.body.value(QLatin1String("SecurityGroupIds")).toArray();
    for (const QJsonValue group : groups) {
        const V3WorldSecurityGroup *known = m_world->securityGroup(group.toString());
        if (group.isString() && (!known || known->region != call.region)) {
            return V3Refusal{QStringLiteral("InvalidSecurityGroupId.NotFound"),
                             tr("The security group %1 does not exist in %2. Ask "
                                "DescribeSecurityGroups for this region's groups.")
                                 .arg(group.toString(), call.region)};
        }
    }
    return std::nullopt;
}

SandboxReply V3CvmActions::runInstances(const V3Call &call)
{
    if (auto refused = worldRefusal(call))
        return *refused;
    LaunchSpec spec;
    if (auto refused = refusal(call, {}, &spec))
        return *refused;
    const int alive = m_store->aliveCount(call.account);
    const auto quotaError = [&](int alreadyAlive) {
        return V3Reply::error(
            QStringLiteral("LimitExceeded.InstanceQuota"),
            tr("Purchase failed: instance quota exceeded. The account has %1 pay-by-hour "
               "instances and may have at most %2; %3 more were asked for. Return instances "
               "you no longer need or ask for a higher quota.")
                .arg(alreadyAlive)
                .arg(m_store->quota())
                .arg(spec.goodsNum));
    };
    if (call.body.value(QLatin1String("DryRun")).toBool(false)) {
        if (alive + spec.goodsNum > m_store->quota())
            return quotaError(alive);
        return V3Reply::error(QStringLiteral("DryRunOperation"),
                              tr("The request would have succeeded; DryRun is set, so nothing "
                                 "was created."));
    }
    const auto result = m_store->create(call.account, spec, call.action);
    if (result.outcome == InstanceStore::CreateResult::Outcome::QuotaExceeded)
        return quotaError(result.alive);
    return V3Reply::ok(
        {{QLatin1String("InstanceIdSet"), QJsonArray::fromStringList(result.instanceIds)}});
}

SandboxReply V3CvmActions::describeInstances(const V3Call &call) const
{
    QString code = InvalidParameter;
    QString error;
    const auto offset =
        V3Params::integer(call.body, QStringLiteral("Offset"), 0, 0, 1'000'000, &error);
    const auto limit = offset ? V3Params::limit(call.body, &code, &error) : std::nullopt;
    const auto ids =
        limit ? V3Params::strings(call.body, QStringLiteral("InstanceIds"), &error) : std::nullopt;
    if (!ids)
        return V3Reply::error(code, error);
    if (ids->size() > 100) {
        return V3Reply::error(QStringLiteral("InvalidParameterValue.LimitExceeded"),
                              tr("Invalid parameter InstanceIds: at most 100 ids per request."));
    }
    const QStringList zones = V3Params::filter(call.body, QStringLiteral("zone"));
    const QStringList names = V3Params::filter(call.body, QStringLiteral("instance-name"));
    const qint64 now = m_store->nowMs();

    QJsonArray page;
    int total = 0;
    for (const SandboxInstance &instance : m_store->instances(call.account)) {
        const auto state = instance.stateAt(now);
        if (stateName(state).isEmpty() || (!ids->isEmpty() && !ids->contains(instance.id)) ||
            (!zones.isEmpty() && !zones.contains(m_catalog->v3ZoneName(instance.spec.zoneId))) ||
            (!names.isEmpty() && !names.contains(instance.spec.instanceName)))
            continue;
        if (total >= *offset && page.size() < *limit)
            page.append(instanceJson(instance, now));
        ++total;
    }
    return V3Reply::ok(
        {{QLatin1String("TotalCount"), total}, {QLatin1String("InstanceSet"), page}});
}

SandboxReply V3CvmActions::terminateInstances(const V3Call &call)
{
    QString error;
    const auto ids = V3Params::strings(call.body, QStringLiteral("InstanceIds"), &error);
    if (!ids)
        return V3Reply::error(InvalidParameter, error);
    if (ids->isEmpty() || ids->size() > 100) {
        return V3Reply::error(InvalidParameter,
                              tr("Invalid parameter InstanceIds: give from 1 to 100 ids."));
    }
    // All or nothing, as the service does: check every id before returning any.
    const qint64 now = m_store->nowMs();
    const QList<SandboxInstance> known = m_store->instances(call.account);
    for (const QString &id : *ids) {
        const auto found = std::find_if(known.cbegin(), known.cend(),
                                        [&](const SandboxInstance &i) { return i.id == id; });
        if (found == known.cend() || found->stateAt(now) == SandboxInstance::State::Returned) {
            return V3Reply::error(QStringLiteral("InvalidInstanceId.NotFound"),
                                  tr("Instance %1 was not found in this account; check the id "
                                     "with DescribeInstances.")
                                      .arg(id));
        }
        const auto state = found->stateAt(now);
        if (state != SandboxInstance::State::Running &&
            state != SandboxInstance::State::CreateFailed) {
            return V3Reply::error(QStringLiteral("OperationDenied.InstanceOperationInProgress"),
                                  tr("Instance %1 cannot be terminated now: only running "
                                     "instances and instances whose creation failed can be. "
                                     "Wait until it is running, or until the termination in "
                                     "progress completes.")
                                      .arg(id));
        }
    }
    for (const QString &id : *ids)
        m_store->returnInstance(call.account, id);
    return V3Reply::ok();
}

SandboxReply V3CvmActions::inquiryPriceRunInstances(const V3Call &call) const
{
    static const QStringList priced = {
        QStringLiteral("cpu"),       QStringLiteral("mem"),
        QStringLiteral("imageId"),   QStringLiteral("imageType"),
        QStringLiteral("dataDisks"), QStringLiteral("systemDiskType"),
        QStringLiteral("bandwidth"), QStringLiteral("bandwidthType"),
        QStringLiteral("goodsNum"),  QStringLiteral("rootSize")};
    LaunchSpec spec;
    if (auto refused = refusal(call, priced, &spec))
        return *refused;
    const Image *image = SandboxData::findImage(spec.imageId);
    // API 3.0's data disks at the world's prices per GiB (cbs DescribeDiskConfigQuota's Price).
    double dataDisks = 0;
    for (const DataDisk &disk : spec.dataDisks) {
        if (const V3WorldDisk *known = m_world->disk(disk.diskType))
            dataDisks += disk.diskSize * known->pricePerGbHour;
    }
    const Price price = PriceModel::quote(spec, image && SandboxData::isWindows(*image), dataDisks);
    const auto item = [](double unitPrice, const QString &unit) {
        return QJsonObject{{QLatin1String("UnitPrice"), unitPrice},
                           {QLatin1String("ChargeUnit"), unit}};
    };
    return V3Reply::ok(
        {{QLatin1String("Price"),
          QJsonObject{{QLatin1String("InstancePrice"),
                       item(price.instancePerHour.toDouble(), QStringLiteral("HOUR"))},
                      {QLatin1String("BandwidthPrice"),
                       item(price.bandwidthPrice.toDouble(), price.bandwidthUnit)}}}});
}

QJsonObject V3CvmActions::instanceJson(const SandboxInstance &instance, qint64 nowMs) const
{
    const LaunchSpec &spec = instance.spec;
    const Image *image = SandboxData::findImage(spec.imageId);
    const auto state = instance.stateAt(nowMs);
    QJsonObject json = {
        {QLatin1String("InstanceId"), instance.id},
        {QLatin1String("InstanceName"),
         spec.instanceName.isEmpty() ? QStringLiteral("未命名") : spec.instanceName},
        {QLatin1String("InstanceState"), stateName(state)},
        {QLatin1String("InstanceChargeType"), QStringLiteral("POSTPAID_BY_HOUR")},
        {QLatin1String("InstanceType"),
         m_catalog->v3InstanceType(spec.instanceType, spec.cpu, spec.mem)},
        {QLatin1String("CPU"), spec.cpu},
        {QLatin1String("Memory"), spec.mem},
        {QLatin1String("Placement"),
         QJsonObject{{QLatin1String("Zone"), m_catalog->v3ZoneName(spec.zoneId)},
                     {QLatin1String("ProjectId"), spec.projectId}}},
        {QLatin1String("PrivateIpAddresses"), QJsonArray{instance.lanIp}},
        {QLatin1String("PublicIpAddresses"), QJsonArray::fromStringList(instance.wanIps)},
        {QLatin1String("InternetAccessible"),
         QJsonObject{
             {QLatin1String("InternetChargeType"),
              m_catalog->v3ChargeType(spec.bandwidthType.isEmpty() ? QString(LaunchSpec::PayByHour)
                                                                   : spec.bandwidthType)},
             {QLatin1String("InternetMaxBandwidthOut"), spec.bandwidth},
             {QLatin1String("PublicIpAssigned"), !instance.wanIps.isEmpty()}}},
        {QLatin1String("ImageId"), spec.imageId},
        {QLatin1String("OsName"), image ? image->osName : QString()},
        {QLatin1String("CreatedTime"), utcTime(instance.createdMs)},
        {QLatin1String("VirtualPrivateCloud"),
         QJsonObject{{QLatin1String("VpcId"), spec.vpcId},
                     {QLatin1String("SubnetId"), spec.subnetId}}}};
    if (state == SandboxInstance::State::CreateFailed)
        json.insert(QLatin1String("LatestOperationErrorMsg"), instance.failureReason);
    return json;
}
