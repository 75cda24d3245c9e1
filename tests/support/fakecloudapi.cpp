// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "fakecloudapi.h"

#include "api/v2/v2cloudapi.h"
#include "api/v3/v3cloudapi.h"
#include "catalog/catalog.h"

#include <QTimer>

#include <utility>

namespace {

// Delivers exactly once: when answered, or with Cancelled on cancel(). A call without a delivery
// (a hanging run script) never finishes: its request is "lost with the process".
class FakeApiCall : public ApiCall
{
public:
    using Deliver = std::function<void(const std::optional<ApiError> &forced)>;

    FakeApiCall(Deliver deliver, QObject *parent)
        : ApiCall(parent)
        , m_deliver(std::move(deliver))
    {}

    void cancel() override
    {
        ApiError cancelled;
        cancelled.kind = ApiError::Kind::Cancelled;
        finish(cancelled);
    }

    void finish(const std::optional<ApiError> &forced = std::nullopt)
    {
        if (m_done || !m_deliver)
            return;
        m_done = true;
        m_deliver(forced);
        Q_EMIT finished();
        deleteLater();
    }

    void emitRetrying(int attempt)
    {
        ApiError error;
        error.kind = ApiError::Kind::Transport;
        error.verdict = ApiError::Verdict::Retryable;
        error.message = QStringLiteral("connection reset");
        Q_EMIT retrying(attempt, 0, error);
    }

private:
    Deliver m_deliver;
    bool m_done = false;
};

} // namespace

FakeCloudApi::FakeCloudApi(QObject *parent)
    : CloudApi(parent)
{
    priceFor = [](const LaunchSpec &spec) {
        Price price;
        price.instancePerHour = QString::number(0.12 * spec.cpu + 0.03 * spec.mem, 'f', 2);
        if (spec.bandwidth > 0) {
            price.bandwidthPrice = QString::number(0.06 * spec.bandwidth, 'f', 2);
            price.bandwidthUnit = QStringLiteral("HOUR");
        }
        return price;
    };
}

void FakeCloudApi::fillSample()
{
    zones = {{100003, QStringLiteral("广州三区"), QStringLiteral("ap-guangzhou-3"), true},
             {200001, QStringLiteral("上海一区"), QStringLiteral("ap-shanghai-1"), true},
             {700001, QStringLiteral("上海金融一区"), QStringLiteral("ap-shanghai-fsi-1"), true}};
    imagesByType[LaunchSpec::PublicImage] = {{QStringLiteral("img-31tjrtph"),
                                              QStringLiteral("CentOS 7.2 64位"),
                                              QString(),
                                              LaunchSpec::PublicImage,
                                              QStringLiteral("CentOS 7.2 64位"),
                                              {}},
                                             {QStringLiteral("img-pyqx34y1"),
                                              QStringLiteral("Ubuntu 16.04.1 LTS 64位"),
                                              QString(),
                                              LaunchSpec::PublicImage,
                                              QStringLiteral("Ubuntu Server 16.04.1 LTS 64位"),
                                              {}},
                                             {QStringLiteral("img-egif9bvl"),
                                              QStringLiteral("Windows Server 2012 R2 64位"),
                                              QString(),
                                              LaunchSpec::PublicImage,
                                              QStringLiteral("Windows Server 2012 R2 64位"),
                                              {}}};
    imagesByType[LaunchSpec::PrivateImage] = {{QStringLiteral("img-private1"),
                                               QStringLiteral("web-base"),
                                               QString(),
                                               LaunchSpec::PrivateImage,
                                               QStringLiteral("CentOS 7.2 64位"),
                                               {}}};
    keyPairs = {{QStringLiteral("skey-ops00001"), QStringLiteral("ops")},
                {QStringLiteral("skey-dev00002"), QStringLiteral("dev")}};
    vpcs = {
        {QStringLiteral("vpc-main0001"), QStringLiteral("main"), QStringLiteral("10.0.0.0/16")}};
    subnetsByVpc[QStringLiteral("vpc-main0001")] = {{QStringLiteral("subnet-gz300001"),
                                                     QStringLiteral("vpc-main0001"),
                                                     QStringLiteral("gz3"),
                                                     QStringLiteral("10.0.1.0/24"),
                                                     {100003},
                                                     250},
                                                    {QStringLiteral("subnet-sh100001"),
                                                     QStringLiteral("vpc-main0001"),
                                                     QStringLiteral("sh1"),
                                                     QStringLiteral("10.0.2.0/24"),
                                                     {200001},
                                                     120}};
    diskConfigs = sampleDiskConfigs();
    securityGroups = {{QStringLiteral("sg-5kd8w2bq"), QStringLiteral("default"),
                       QStringLiteral("System created security group"), QStringLiteral("0"), true,
                       QStringLiteral("2024-03-12 10:20:31")},
                      {QStringLiteral("sg-0rszg2vb"), QStringLiteral("sandbox-closed"), QString(),
                       QStringLiteral("0"), false, QStringLiteral("2024-05-06 15:02:11")}};
    SecurityGroupPolicies allowAll;
    allowAll.ingress = {{0, QStringLiteral("ALL"), QStringLiteral("all"),
                         QStringLiteral("0.0.0.0/0"), QString(), QString(),
                         QStringLiteral("ACCEPT"), QString()}};
    policiesByGroup.insert(QStringLiteral("sg-5kd8w2bq"), allowAll);
    policiesByGroup.insert(QStringLiteral("sg-0rszg2vb"), SecurityGroupPolicies{});
}

QList<DiskConfig> FakeCloudApi::sampleDiskConfigs()
{
    const auto config = [](const char *type, DiskConfig::Usage usage, bool available, int min,
                           int max, int step, std::optional<double> price) {
        DiskConfig c;
        c.diskType = QString::fromLatin1(type);
        c.usage = usage;
        c.available = available;
        c.zone = QStringLiteral("ap-guangzhou-3");
        c.chargeType = QStringLiteral("POSTPAID_BY_HOUR");
        c.minGiB = min;
        c.maxGiB = max;
        c.stepGiB = step;
        c.unitPrice = price;
        c.chargeUnit = QStringLiteral("HOUR");
        return c;
    };
    using U = DiskConfig::Usage;
    return {config("CLOUD_PREMIUM", U::SystemDisk, true, 20, 1024, 1, 0.0005),
            config("CLOUD_BSSD", U::SystemDisk, true, 20, 1024, 1, 0.0008),
            config("CLOUD_BASIC", U::SystemDisk, false, 20, 500, 10, std::nullopt),
            config("CLOUD_PREMIUM", U::DataDisk, true, 20, 32000, 10, 0.0005),
            config("CLOUD_SSD", U::DataDisk, true, 20, 32000, 10, 0.0011),
            config("CLOUD_HSSD", U::DataDisk, false, 20, 32000, 10, std::nullopt)};
}

namespace {

InstanceTypeOffer offerType(const QString &type, int cpu, int memory, double price,
                            std::optional<double> listPrice = std::nullopt)
{
    InstanceTypeOffer offer;
    offer.zone = QStringLiteral("ap-guangzhou-3");
    offer.instanceType = type;
    offer.family = type.section(u'.', 0, 0);
    offer.typeName = QStringLiteral("标准型") + offer.family;
    offer.chargeType = QStringLiteral("POSTPAID_BY_HOUR");
    offer.cpu = cpu;
    offer.memory = memory;
    offer.status = InstanceTypeOffer::Status::Sell;
    offer.rawStatus = QStringLiteral("SELL");
    offer.statusCategory = QStringLiteral("EnoughStock");
    offer.unitPrice = listPrice.value_or(price);
    offer.unitPriceDiscount = price;
    offer.chargeUnit = QStringLiteral("HOUR");
    offer.cpuType = offer.family == QLatin1String("SA5") ? QStringLiteral("AMD EPYC Bergamo")
                                                         : QStringLiteral("Intel Xeon 8255C");
    offer.frequency = QStringLiteral("2.5GHz/3.1GHz");
    offer.instanceBandwidth = 1.5;
    return offer;
}

} // namespace

void FakeCloudApi::fillOffer()
{
    InstanceTypeOffer soldOut = offerType(QStringLiteral("S5.MEDIUM4"), 2, 4, 0.36);
    soldOut.status = InstanceTypeOffer::Status::SoldOut;
    soldOut.rawStatus = QStringLiteral("SOLD_OUT");
    soldOut.statusCategory = QStringLiteral("WithoutStock");
    soldOut.soldOutReason = QStringLiteral("实例已售罄");
    InstanceTypeOffer underStock = offerType(QStringLiteral("SA5.MEDIUM8"), 2, 8, 0.42);
    underStock.statusCategory = QStringLiteral("UnderStock");
    offersByZone[QStringLiteral("ap-guangzhou-3")] = {
        offerType(QStringLiteral("S5.SMALL2"), 1, 2, 0.18),
        soldOut,
        offerType(QStringLiteral("S5.LARGE8"), 4, 8, 0.72),
        offerType(QStringLiteral("SA5.MEDIUM4"), 2, 4, 0.30, 0.40),
        underStock,
        offerType(QStringLiteral("SA5.LARGE16"), 4, 16, 0.84)};
    familyLabels = {{QStringLiteral("S5"), QStringLiteral("标准型S5")},
                    {QStringLiteral("SA5"), QStringLiteral("标准型SA5")}};
    accountQuota.region = QStringLiteral("ap-guangzhou");
    accountQuota.postPaid = {{QStringLiteral("ap-guangzhou-3"), 2, 28, 30}};
}

void FakeCloudApi::failNext(const QString &action, const ApiError &error)
{
    m_failures[action].append(error);
}

ApiError FakeCloudApi::transportError(const QString &action)
{
    ApiError error;
    error.kind = ApiError::Kind::Transport;
    error.verdict = ApiError::Verdict::Retryable;
    error.action = action;
    error.message = QStringLiteral("Connection refused");
    return error;
}

int FakeCloudApi::pendingCount() const
{
    int count = 0;
    for (const QPointer<ApiCall> &call : m_held)
        count += call ? 1 : 0;
    return count;
}

void FakeCloudApi::releaseAll()
{
    const QList<QPointer<ApiCall>> held = std::exchange(m_held, {});
    for (const QPointer<ApiCall> &call : held) {
        if (call) {
            QTimer::singleShot(0, call, [call] {
                if (auto *fake = dynamic_cast<FakeApiCall *>(call.data()))
                    fake->finish();
            });
        }
    }
}

void FakeCloudApi::setState(const QStringList &ids, InstanceState state, const QString &reason)
{
    for (const QString &id : ids) {
        auto it = instances.find(id);
        if (it == instances.end())
            continue;
        it->state = state;
        it->failureReason = reason;
    }
}

template<typename T>
ApiCall *FakeCloudApi::answer(const QString &action, ApiResult<T> result, QObject *context,
                              Callback<T> done, int delayMs, int retries)
{
    calls.append(action);
    if (!m_failures.value(action).isEmpty()) {
        result.value.reset();
        result.error = m_failures[action].takeFirst();
    }
    QPointer<QObject> guard(context);
    auto *call = new FakeApiCall(
        [guard, result, done](const std::optional<ApiError> &forced) {
            if (!guard)
                return;
            if (!forced) {
                done(result);
                return;
            }
            ApiResult<T> cancelled;
            cancelled.error = *forced;
            done(cancelled);
        },
        this);
    // Retries happen inside the call, as in the real backends: the caller only sees signals.
    for (int attempt = 1; attempt <= retries; ++attempt)
        QTimer::singleShot(0, call, [call, attempt] { call->emitRetrying(attempt); });
    if (m_hold)
        m_held.append(call);
    else
        QTimer::singleShot(delayMs, call, [call] { call->finish(); });
    return call;
}

template<typename T>
ApiCall *FakeCloudApi::answerValue(const QString &action, const T &value, QObject *context,
                                   Callback<T> done)
{
    ApiResult<T> result;
    result.value = value;
    return answer(action, result, context, std::move(done), defaultDelayMs);
}

ApiCall *FakeCloudApi::runInstances(const LaunchSpec &spec, QObject *context,
                                    Callback<QStringList> done)
{
    if (onRun)
        onRun(spec);
    const int callIndex = int(runRequests.size());
    runRequests << spec;
    const RunScript script = callIndex < runScripts.size()
                                 ? runScripts.at(callIndex)
                                 : RunScript{{}, 0, defaultDelayMs, false};
    ApiResult<QStringList> result;
    if (script.error) {
        result.error = *script.error;
    } else if (!m_failures.value(QStringLiteral("RunInstancesHour")).isEmpty()) {
        // failNext() answers this call with an error: the service created nothing.
    } else {
        QStringList &ids = idsOfToken[spec.clientToken];
        if (ids.isEmpty()) {
            for (int i = 0; i < spec.goodsNum; ++i) {
                InstanceInfo info;
                info.instanceId = QStringLiteral("ins-%1").arg(m_nextId++, 8, 10, QLatin1Char('0'));
                info.name = spec.instanceName;
                info.state = InstanceState::Creating;
                info.rawState = QStringLiteral("3");
                info.zoneId = spec.zoneId;
                info.cpu = spec.cpu;
                info.mem = spec.mem;
                instances.insert(info.instanceId, info);
                ids << info.instanceId;
            }
        }
        result.value = ids;
    }
    if (script.hang) {
        // The service carried the request out; the answer is lost with the process.
        calls.append(QStringLiteral("RunInstancesHour"));
        return new FakeApiCall({}, this);
    }
    return answer(QStringLiteral("RunInstancesHour"), result, context, std::move(done),
                  script.delayMs, script.retries);
}

ApiCall *FakeCloudApi::dryRun(const LaunchSpec &spec, QObject *context, Callback<bool> done)
{
    dryRunRequests.append(spec);
    return answerValue(QStringLiteral("DryRun"), true, context, std::move(done));
}

ApiCall *FakeCloudApi::describeInstances(const QStringList &instanceIds, int, int, QObject *context,
                                         Callback<InstancePage> done)
{
    describeCalls << instanceIds;
    ApiResult<InstancePage> result;
    if (describeError) {
        result.error = *describeError;
    } else {
        InstancePage page;
        for (const QString &id : instanceIds) {
            const auto it = instances.constFind(id);
            if (it != instances.constEnd() && it->state != InstanceState::Returned)
                page.instances << *it;
        }
        page.totalCount = int(page.instances.size());
        result.value = page;
    }
    return answer(QStringLiteral("DescribeInstances"), result, context, std::move(done),
                  defaultDelayMs);
}

ApiCall *FakeCloudApi::returnInstance(const QString &instanceId, QObject *context,
                                      Callback<bool> done)
{
    returnCalls << instanceId;
    ApiResult<bool> result;
    if (instances.contains(instanceId)) {
        instances[instanceId].state = InstanceState::Returning;
        instances[instanceId].rawState = QStringLiteral("6");
        result.value = true;
    } else {
        result.error.kind = ApiError::Kind::Service;
        result.error.code = 5000;
        result.error.message = QStringLiteral("instance not found");
    }
    return answer(QStringLiteral("ReturnInstance"), result, context, std::move(done),
                  defaultDelayMs);
}

CloudApi *FakeCloudApi::inRegion(const QString &region, QObject *parent) const
{
    if (region.isEmpty())
        return nullptr;
    auto *copy = new FakeCloudApi(parent);
    copy->apiVersion = apiVersion;
    copy->dryRunSupported = dryRunSupported;
    copy->accountRegion = region;
    copy->regions = regions;
    copy->zones = zones;
    copy->imagesByType = imagesByType;
    copy->keyPairs = keyPairs;
    copy->vpcs = vpcs;
    copy->subnetsByVpc = subnetsByVpc;
    copy->offersByZone = offersByZone;
    copy->familyLabels = familyLabels;
    copy->accountQuota = accountQuota;
    copy->priceFor = priceFor;
    copy->diskConfigs = diskConfigs;
    copy->securityGroups = securityGroups;
    copy->policiesByGroup = policiesByGroup;
    copy->defaultDelayMs = defaultDelayMs;
    regional.append(copy);
    return copy;
}

ApiCall *FakeCloudApi::describeRegions(QObject *context, Callback<QList<Region>> done)
{
    if (apiVersion != ApiConfig::Version::V3)
        return CloudApi::describeRegions(context, std::move(done));
    return answerValue(QStringLiteral("DescribeRegions"), regions, context, std::move(done));
}

ApiCall *FakeCloudApi::describeZones(QObject *context, Callback<QList<Zone>> done)
{
    QList<Zone> listed;
    for (const Zone &zone : std::as_const(zones)) {
        const CatalogZone *known = Catalog::builtIn().zone(zone.zoneId);
        if (accountRegion.isEmpty() || !known || known->region == accountRegion)
            listed.append(zone);
    }
    return answerValue(QStringLiteral("DescribeAvailabilityZones"), listed, context,
                       std::move(done));
}

ApiCall *FakeCloudApi::describeImages(int imageType, QObject *context, Callback<QList<Image>> done)
{
    imageRequests.append(imageType);
    return answerValue(QStringLiteral("DescribeImages"), imagesByType.value(imageType), context,
                       std::move(done));
}

ApiCall *FakeCloudApi::describeImagesFor(int imageType, const QString &instanceType,
                                         QObject *context, Callback<QList<Image>> done)
{
    if (apiVersion != ApiConfig::Version::V3 || instanceType.isEmpty())
        return CloudApi::describeImagesFor(imageType, instanceType, context, std::move(done));
    imageInstanceTypes.append(instanceType);
    return describeImages(imageType, context, std::move(done));
}

ApiCall *FakeCloudApi::describeKeyPairs(QObject *context, Callback<QList<KeyPair>> done)
{
    return answerValue(QStringLiteral("DescribeKeyPairs"), keyPairs, context, std::move(done));
}

ApiCall *FakeCloudApi::describeVpcs(QObject *context, Callback<QList<Vpc>> done)
{
    return answerValue(QStringLiteral("DescribeVpcEx"), vpcs, context, std::move(done));
}

ApiCall *FakeCloudApi::describeSubnets(const QString &vpcId, QObject *context,
                                       Callback<QList<Subnet>> done)
{
    subnetRequests.append(vpcId);
    return answerValue(QStringLiteral("DescribeSubnetEx"), subnetsByVpc.value(vpcId), context,
                       std::move(done));
}

ApiCall *FakeCloudApi::inquirePrice(const LaunchSpec &spec, QObject *context, Callback<Price> done)
{
    priceRequests.append(spec);
    return answerValue(QStringLiteral("InquiryInstancePriceHour"), priceFor(spec), context,
                       std::move(done));
}

LaunchPreview FakeCloudApi::previewRunInstances(const LaunchSpec &spec) const
{
    if (apiVersion == ApiConfig::Version::V3)
        return V3CloudApi::preview(spec, Catalog::builtIn(),
                                   accountRegion.isEmpty() ? QStringLiteral("ap-guangzhou")
                                                           : accountRegion);
    return V2CloudApi::preview(spec);
}

ApiCall *FakeCloudApi::describeZoneInstanceConfigs(const QString &zone, QObject *context,
                                                   Callback<QList<InstanceTypeOffer>> done)
{
    if (apiVersion != ApiConfig::Version::V3)
        return CloudApi::describeZoneInstanceConfigs(zone, context, std::move(done));
    offerRequests.append(zone);
    return answerValue(QStringLiteral("DescribeZoneInstanceConfigInfos"), offersByZone.value(zone),
                       context, std::move(done));
}

ApiCall *FakeCloudApi::describeInstanceFamilies(QObject *context,
                                                Callback<QList<InstanceFamilyLabel>> done)
{
    if (apiVersion != ApiConfig::Version::V3)
        return CloudApi::describeInstanceFamilies(context, std::move(done));
    return answerValue(QStringLiteral("DescribeInstanceFamilyConfigs"), familyLabels, context,
                       std::move(done));
}

ApiCall *FakeCloudApi::describeAccountQuota(const QString &zone, QObject *context,
                                            Callback<AccountQuota> done)
{
    if (apiVersion != ApiConfig::Version::V3)
        return CloudApi::describeAccountQuota(zone, context, std::move(done));
    quotaRequests.append(zone);
    return answerValue(QStringLiteral("DescribeAccountQuota"), accountQuota, context,
                       std::move(done));
}

ApiCall *FakeCloudApi::describeDiskConfigQuota(const DiskConfigQuery &query, QObject *context,
                                               Callback<QList<DiskConfig>> done)
{
    if (apiVersion != ApiConfig::Version::V3)
        return CloudApi::describeDiskConfigQuota(query, context, std::move(done));
    diskConfigQueries.append(query);
    return answerValue(QStringLiteral("DescribeDiskConfigQuota"), diskConfigs, context,
                       std::move(done));
}

ApiCall *FakeCloudApi::describeSecurityGroups(const QString &nameFilter, QObject *context,
                                              Callback<QList<SecurityGroup>> done)
{
    if (apiVersion != ApiConfig::Version::V3)
        return CloudApi::describeSecurityGroups(nameFilter, context, std::move(done));
    securityGroupSearches.append(nameFilter);
    QList<SecurityGroup> found;
    for (const SecurityGroup &group : std::as_const(securityGroups)) {
        if (group.name.contains(nameFilter))
            found.append(group);
    }
    return answerValue(QStringLiteral("DescribeSecurityGroups"), found, context, std::move(done));
}

ApiCall *FakeCloudApi::describeSecurityGroupPolicies(const QString &securityGroupId,
                                                     QObject *context,
                                                     Callback<SecurityGroupPolicies> done)
{
    if (apiVersion != ApiConfig::Version::V3)
        return CloudApi::describeSecurityGroupPolicies(securityGroupId, context, std::move(done));
    return answerValue(QStringLiteral("DescribeSecurityGroupPolicies"),
                       policiesByGroup.value(securityGroupId), context, std::move(done));
}
