// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/v3/v3cloudapi.h"

#include "api/apierrorfactory.h"
#include "api/launchregion.h"
#include "api/pagedcall.h"
#include "api/retryingcall.h"
#include "api/v3/tcclicommand.h"
#include "api/v3/v3encoder.h"
#include "api/v3/v3launchnames.h"
#include "api/v3/v3offerparser.h"
#include "api/v3/v3offerrequests.h"
#include "api/v3/v3requestbuilder.h"
#include "api/v3/v3responseparser.h"
#include "spec/instancecount.h"

#include <QDateTime>
#include <QJsonDocument>

#include <memory>

V3CloudApi::V3CloudApi(const ApiConfig &config, Transport *transport, QObject *parent)
    : CloudApi(parent)
    , m_config(config)
    , m_transport(transport)
    , m_catalog(Catalog::builtIn())
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{}

CloudApi *V3CloudApi::inRegion(const QString &region, QObject *parent) const
{
    if (region.isEmpty())
        return nullptr;
    ApiConfig config = m_config;
    config.region = region;
    auto *api = new V3CloudApi(config, m_transport.data(), parent);
    api->setCatalog(m_catalog);
    api->setRetryPolicy(m_policy);
    api->setPacer(m_pacer);
    api->setTimeoutMs(m_timeoutMs);
    api->setClock(m_clock);
    return api;
}

template<typename T>
ApiCall *V3CloudApi::start(const V3Request &request, const QString &refusal, QObject *context,
                           std::function<ApiResult<T>(const QByteArray &)> parse, Callback<T> done)
{
    auto value = std::make_shared<std::optional<T>>();
    auto interpret = [parse = std::move(parse), value, action = request.action](
                         const QByteArray &body, int httpStatus) -> std::optional<ApiError> {
        ApiResult<T> result = parse(body);
        if (httpStatus != 200) {
            // A service error survives a non-200 status (and a 5xx makes it transient);
            // anything else is the status's fault.
            if (!result.ok() && result.error.kind == ApiError::Kind::Service) {
                const ApiError &e = result.error;
                return ApiErrorFactory::v3Service(action, e.codeString, e.message, e.requestId,
                                                  httpStatus);
            }
            return ApiErrorFactory::http(action, httpStatus);
        }
        if (!result.ok()) {
            result.error.httpStatus = httpStatus;
            return result.error;
        }
        *value = std::move(result.value);
        return std::nullopt;
    };
    auto deliver = [value, done = std::move(done)](const ApiError *error) {
        ApiResult<T> result;
        if (error)
            result.error = *error;
        else
            result.value = std::move(*value);
        if (done)
            done(result);
    };
    auto encode = [request, config = m_config, timeoutMs = m_timeoutMs, clock = m_clock] {
        // A fresh timestamp, hence signature, on every attempt; the body is the same bytes.
        TransportRequest out = V3Encoder::encode(request, config, clock());
        out.timeoutMs = timeoutMs;
        return out;
    };
    std::optional<ApiError> refused;
    if (!refusal.isEmpty())
        refused = ApiErrorFactory::refused(request.action, refusal);
    auto *call =
        new RetryingCall(m_transport.data(), request.action, m_policy, context, std::move(encode),
                         std::move(interpret), std::move(deliver), refused, this);
    call->setPacer(m_pacer, m_config.secretId);
    return call;
}

std::function<int(const QString &)> V3CloudApi::zoneIdLookup() const
{
    return [catalog = m_catalog](const QString &v3Name) {
        const CatalogZone *zone = catalog.zoneByV3Name(v3Name);
        return zone ? zone->id : 0;
    };
}

V3Request V3CloudApi::launchRequest(const LaunchSpec &spec, bool dryRun, bool price,
                                    QString *refusal) const
{
    std::optional<V3LaunchNames> names = V3LaunchNames::resolve(spec, m_catalog, refusal);
    if (const QString other = LaunchRegion::refusal(spec, m_config.region); !other.isEmpty()) {
        *refusal = other;
        names.reset();
    }
    if (!names) {
        V3Request request;
        request.service = V3Request::CvmService;
        request.action =
            price ? QStringLiteral("InquiryPriceRunInstances") : QStringLiteral("RunInstances");
        return request;
    }
    if (price)
        return V3RequestBuilder::inquiryPriceRunInstances(spec, *names);
    if (spec.clientToken.isEmpty() && !dryRun) {
        *refusal = tr("The launch has no client token, so a retry could create the instances "
                      "twice. This is a bug in the app; please report it.");
    } else if (spec.goodsNum > InstanceCount::PerRequest) {
        *refusal = tr("One RunInstances request launches at most %1 instances; %2 were asked "
                      "for. The launcher sends larger launches as several requests.")
                       .arg(InstanceCount::PerRequest)
                       .arg(spec.goodsNum);
    }
    return V3RequestBuilder::runInstances(spec, *names, dryRun);
}

LaunchPreview V3CloudApi::preview(const LaunchSpec &spec, const Catalog &catalog,
                                  const QString &region)
{
    LaunchPreview preview;
    preview.action = QStringLiteral("RunInstances");
    LaunchSpec shown = spec;
    if (shown.clientToken.isEmpty())
        shown.clientToken = LaunchPreview::tokenPlaceholder();
    if (shown.password)
        shown.password = LaunchPreview::Mask; // the real one never enters the preview's body
    const std::optional<V3LaunchNames> names =
        V3LaunchNames::resolve(shown, catalog, &preview.problem);
    if (!names)
        return preview;
    preview.problem = LaunchRegion::refusal(shown, region);
    if (shown.goodsNum > InstanceCount::PerRequest) {
        preview.problem = tr("One RunInstances request launches at most %1 instances; %2 were "
                             "asked for.")
                              .arg(InstanceCount::PerRequest)
                              .arg(shown.goodsNum);
    }
    const V3Request request = V3RequestBuilder::runInstances(shown, *names);
    const QJsonDocument body = QJsonDocument::fromJson(request.body);
    preview.text = QStringLiteral("X-TC-Action: %1\nX-TC-Version: %2\nX-TC-Region: %3\n\n")
                       .arg(request.action, V3Request::Version, region) +
                   QString::fromUtf8(body.toJson(QJsonDocument::Indented)).trimmed();
    preview.cliCommand =
        TccliCommand::build(request.service, request.action, region, body.object());
    preview.notes << tr("Plus the signature headers (Authorization, with your SecretId, and "
                        "X-TC-Timestamp), added when the request is signed and never shown "
                        "here.");
    return preview;
}

ApiCall *V3CloudApi::runInstances(const LaunchSpec &spec, QObject *context,
                                  Callback<QStringList> done)
{
    QString refusal;
    const V3Request request = launchRequest(spec, false, false, &refusal);
    return start<QStringList>(request, refusal, context, &V3ResponseParser::runInstances,
                              std::move(done));
}

ApiCall *V3CloudApi::dryRun(const LaunchSpec &spec, QObject *context, Callback<bool> done)
{
    QString refusal;
    const V3Request request = launchRequest(spec, true, false, &refusal);
    return start<bool>(request, refusal, context, &V3ResponseParser::dryRun, std::move(done));
}

ApiCall *V3CloudApi::describeInstances(const QStringList &instanceIds, int offset, int limit,
                                       QObject *context, Callback<InstancePage> done)
{
    QString refusal;
    if (instanceIds.size() > MaxIdsPerDescribe)
        refusal = tr("At most %1 instances can be described at once; %2 were asked for.")
                      .arg(MaxIdsPerDescribe)
                      .arg(instanceIds.size());
    else if (offset < 0 || limit < 1 || limit > MaxIdsPerDescribe)
        refusal = tr("The page (offset %1, limit %2) is out of range: the offset must not be "
                     "negative and the limit must be 1 to %3.")
                      .arg(offset)
                      .arg(limit)
                      .arg(MaxIdsPerDescribe);
    return start<InstancePage>(
        V3RequestBuilder::describeInstances(instanceIds, offset, limit), refusal, context,
        [lookup = zoneIdLookup()](const QByteArray &body) {
            return V3ResponseParser::describeInstances(body, lookup);
        },
        std::move(done));
}

ApiCall *V3CloudApi::returnInstance(const QString &instanceId, QObject *context,
                                    Callback<bool> done)
{
    const QString refusal =
        instanceId.isEmpty() ? tr("No instance was named to return.") : QString();
    return start<bool>(V3RequestBuilder::terminateInstances({instanceId}), refusal, context,
                       &V3ResponseParser::terminateInstances, std::move(done));
}

ApiCall *V3CloudApi::resetInternetMaxBandwidth(const QString &instanceId, int mbps,
                                               QObject *context, Callback<bool> done)
{
    const QString refusal =
        instanceId.isEmpty() ? tr("No instance was named to change the bandwidth of.") : QString();
    return start<bool>(V3RequestBuilder::resetInstancesInternetMaxBandwidth(instanceId, mbps),
                       refusal, context, &V3ResponseParser::resetInstancesInternetMaxBandwidth,
                       std::move(done));
}

ApiCall *V3CloudApi::inquirePriceResetInternetMaxBandwidth(const QString &instanceId, int mbps,
                                                           QObject *context, Callback<Price> done)
{
    const QString refusal =
        instanceId.isEmpty() ? tr("No instance was named to price the bandwidth of.") : QString();
    return start<Price>(
        V3RequestBuilder::inquiryPriceResetInstancesInternetMaxBandwidth(instanceId, mbps), refusal,
        context, &V3ResponseParser::inquiryPriceResetInstancesInternetMaxBandwidth,
        std::move(done));
}

ApiCall *V3CloudApi::describeZones(QObject *context, Callback<QList<Zone>> done)
{
    return start<QList<Zone>>(V3RequestBuilder::describeZones(), {}, context,
                              &V3ResponseParser::describeZones, std::move(done));
}

ApiCall *V3CloudApi::describeRegions(QObject *context, Callback<QList<Region>> done)
{
    return start<QList<Region>>(V3RequestBuilder::describeRegions(), {}, context,
                                &V3ResponseParser::describeRegions, std::move(done));
}

ApiCall *V3CloudApi::describeImages(int imageType, QObject *context, Callback<QList<Image>> done)
{
    return describeImagesFor(imageType, QString(), context, std::move(done));
}

ApiCall *V3CloudApi::describeImagesFor(int imageType, const QString &instanceType, QObject *context,
                                       Callback<QList<Image>> done)
{
    return PagedCall::collect<Image>(
        QStringLiteral("DescribeImages"),
        [this, imageType, instanceType](int offset, int limit, QObject *pageContext,
                                        Callback<ListPage<Image>> page) {
            return start<ListPage<Image>>(
                V3RequestBuilder::describeImages(imageType, offset, limit, instanceType), {},
                pageContext, &V3ResponseParser::describeImagesPage, std::move(page));
        },
        context, std::move(done), this);
}

ApiCall *V3CloudApi::describeKeyPairs(QObject *context, Callback<QList<KeyPair>> done)
{
    return PagedCall::collect<KeyPair>(
        QStringLiteral("DescribeKeyPairs"),
        [this](int offset, int limit, QObject *pageContext, Callback<ListPage<KeyPair>> page) {
            return start<ListPage<KeyPair>>(V3RequestBuilder::describeKeyPairs(offset, limit), {},
                                            pageContext, &V3ResponseParser::describeKeyPairsPage,
                                            std::move(page));
        },
        context, std::move(done), this);
}

ApiCall *V3CloudApi::describeVpcs(QObject *context, Callback<QList<Vpc>> done)
{
    return PagedCall::collect<Vpc>(
        QStringLiteral("DescribeVpcs"),
        [this](int offset, int limit, QObject *pageContext, Callback<ListPage<Vpc>> page) {
            return start<ListPage<Vpc>>(V3RequestBuilder::describeVpcs(offset, limit), {},
                                        pageContext, &V3ResponseParser::describeVpcsPage,
                                        std::move(page));
        },
        context, std::move(done), this);
}

ApiCall *V3CloudApi::describeSubnets(const QString &vpcId, QObject *context,
                                     Callback<QList<Subnet>> done)
{
    return PagedCall::collect<Subnet>(
        QStringLiteral("DescribeSubnets"),
        [this, vpcId](int offset, int limit, QObject *pageContext,
                      Callback<ListPage<Subnet>> page) {
            return start<ListPage<Subnet>>(
                V3RequestBuilder::describeSubnets(vpcId, offset, limit), {}, pageContext,
                [lookup = zoneIdLookup()](const QByteArray &body) {
                    return V3ResponseParser::describeSubnetsPage(body, lookup);
                },
                std::move(page));
        },
        context, std::move(done), this);
}

ApiCall *V3CloudApi::describeZoneInstanceConfigs(const QString &zone, QObject *context,
                                                 Callback<QList<InstanceTypeOffer>> done)
{
    const QString refusal = zone.isEmpty()
                                ? tr("Choose a zone before asking which instance types it sells.")
                                : QString();
    return start<QList<InstanceTypeOffer>>(
        V3OfferRequests::describeZoneInstanceConfigInfos(zone), refusal, context,
        &V3OfferParser::describeZoneInstanceConfigInfos, std::move(done));
}

ApiCall *V3CloudApi::describeInstanceFamilies(QObject *context,
                                              Callback<QList<InstanceFamilyLabel>> done)
{
    return start<QList<InstanceFamilyLabel>>(V3OfferRequests::describeInstanceFamilyConfigs(), {},
                                             context, &V3OfferParser::describeInstanceFamilyConfigs,
                                             std::move(done));
}

ApiCall *V3CloudApi::describeDiskConfigQuota(const DiskConfigQuery &query, QObject *context,
                                             Callback<QList<DiskConfig>> done)
{
    const QString refusal =
        query.zone.isEmpty() ? tr("Choose a zone before asking which disks it offers.") : QString();
    return start<QList<DiskConfig>>(V3OfferRequests::describeDiskConfigQuota(query), refusal,
                                    context, &V3OfferParser::describeDiskConfigQuota,
                                    std::move(done));
}

ApiCall *V3CloudApi::describeAccountQuota(const QString &zone, QObject *context,
                                          Callback<AccountQuota> done)
{
    return start<AccountQuota>(V3OfferRequests::describeAccountQuota(zone), {}, context,
                               &V3OfferParser::describeAccountQuota, std::move(done));
}

ApiCall *V3CloudApi::describeSecurityGroups(const QString &nameFilter, QObject *context,
                                            Callback<QList<SecurityGroup>> done)
{
    return PagedCall::collect<SecurityGroup>(
        QStringLiteral("DescribeSecurityGroups"),
        [this, nameFilter](int offset, int limit, QObject *pageContext,
                           Callback<ListPage<SecurityGroup>> page) {
            return start<ListPage<SecurityGroup>>(
                V3OfferRequests::describeSecurityGroups(nameFilter, offset, limit), {}, pageContext,
                &V3OfferParser::describeSecurityGroups, std::move(page));
        },
        context, std::move(done), this);
}

ApiCall *V3CloudApi::describeSecurityGroupPolicies(const QString &securityGroupId, QObject *context,
                                                   Callback<SecurityGroupPolicies> done)
{
    const QString refusal =
        securityGroupId.isEmpty() ? tr("No security group was named.") : QString();
    return start<SecurityGroupPolicies>(
        V3OfferRequests::describeSecurityGroupPolicies(securityGroupId), refusal, context,
        &V3OfferParser::describeSecurityGroupPolicies, std::move(done));
}

ApiCall *V3CloudApi::inquirePrice(const LaunchSpec &spec, QObject *context, Callback<Price> done)
{
    QString refusal;
    const V3Request request = launchRequest(spec, false, true, &refusal);
    return start<Price>(request, refusal, context, &V3ResponseParser::inquiryPriceRunInstances,
                        std::move(done));
}
