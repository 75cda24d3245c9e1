// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/v2/v2cloudapi.h"

#include "api/apierrorfactory.h"
#include "api/pagedcall.h"
#include "api/retryingcall.h"
#include "api/v2/v2encoder.h"
#include "api/v2/v2parser.h"
#include "api/v2/v2requests.h"
#include "spec/specfields.h"

#include <QDateTime>

#include <memory>

V2CloudApi::V2CloudApi(const ApiConfig &config, Transport *transport, QObject *parent)
    : CloudApi(parent)
    , m_config(config)
    , m_transport(transport)
{}

CloudApi *V2CloudApi::inRegion(const QString &region, QObject *parent) const
{
    if (region.isEmpty())
        return nullptr;
    ApiConfig config = m_config;
    config.region = region;
    auto *api = new V2CloudApi(config, m_transport.data(), parent);
    api->setRetryPolicy(m_policy);
    api->setPacer(m_pacer);
    api->setTimeoutMs(m_timeoutMs);
    return api;
}

template<typename T>
ApiCall *V2CloudApi::start(const V2Request &request, QObject *context,
                           std::function<ApiResult<T>(const QByteArray &, int)> parse,
                           Callback<T> done)
{
    auto value = std::make_shared<std::optional<T>>();
    auto interpret = [parse = std::move(parse), value](const QByteArray &body,
                                                       int httpStatus) -> std::optional<ApiError> {
        ApiResult<T> result = parse(body, httpStatus);
        if (!result.ok())
            return result.error;
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
    auto encode = [request, config = m_config, timeoutMs = m_timeoutMs] {
        // Fresh Timestamp and Nonce (hence Signature) on every attempt; the parameters, and with
        // them the clientToken, are the same.
        TransportRequest out = V2Encoder::encode(
            request, config, QDateTime::currentSecsSinceEpoch(), V2Encoder::freshNonce());
        out.timeoutMs = timeoutMs;
        return out;
    };
    std::optional<ApiError> refusal;
    if (!request.refusal.isEmpty())
        refusal = ApiErrorFactory::refused(request.action, request.refusal);
    auto *call =
        new RetryingCall(m_transport.data(), request.action, m_policy, context, std::move(encode),
                         std::move(interpret), std::move(deliver), refusal, this);
    call->setPacer(m_pacer, m_config.secretId);
    return call;
}

ApiCall *V2CloudApi::runInstances(const LaunchSpec &spec, QObject *context,
                                  Callback<QStringList> done)
{
    return start<QStringList>(
        V2Requests::runInstancesHour(spec), context,
        [](const QByteArray &body, int status) { return V2Parser::runInstancesHour(body, status); },
        std::move(done));
}

LaunchPreview V2CloudApi::preview(const LaunchSpec &spec)
{
    LaunchSpec shown = spec;
    if (shown.clientToken.isEmpty())
        shown.clientToken = LaunchPreview::tokenPlaceholder();
    const V2Request request = V2Requests::runInstancesHour(shown);
    const QString passwordName = QString::fromLatin1(SpecFields::info(SpecField::Password).v2Name);
    QStringList lines{QStringLiteral("Action=") + request.action};
    if (!request.region.isEmpty())
        lines << QStringLiteral("Region=") + request.region;
    for (const auto &[name, value] : request.parameters)
        lines << name + QLatin1Char('=') + (name == passwordName ? LaunchPreview::Mask : value);
    LaunchPreview preview;
    preview.action = request.action;
    preview.text = lines.join(QLatin1Char('\n'));
    preview.notes << tr("Plus the common parameters (time stamp, nonce, your SecretId and the "
                        "signature), added when the request is signed and never shown here.");
    preview.problem = request.refusal;
    return preview;
}

ApiCall *V2CloudApi::dryRun(const LaunchSpec &spec, QObject *context, Callback<bool> done)
{
    Q_UNUSED(spec);
    V2Request request;
    request.action = QStringLiteral("RunInstancesHour");
    request.refusal = tr("API 2.0 has no dry run; the launch can only be checked by the app's "
                         "own validation.");
    return start<bool>(
        request, context, [](const QByteArray &, int) { return ApiResult<bool>{}; },
        std::move(done));
}

ApiCall *V2CloudApi::describeInstances(const QStringList &instanceIds, int offset, int limit,
                                       QObject *context, Callback<InstancePage> done)
{
    return start<InstancePage>(
        V2Requests::describeInstances(instanceIds, offset, limit), context,
        [](const QByteArray &body, int status) {
            return V2Parser::describeInstances(body, status);
        },
        std::move(done));
}

ApiCall *V2CloudApi::returnInstance(const QString &instanceId, QObject *context,
                                    Callback<bool> done)
{
    return start<bool>(
        V2Requests::returnInstance(instanceId), context,
        [](const QByteArray &body, int status) { return V2Parser::returnInstance(body, status); },
        std::move(done));
}

ApiCall *V2CloudApi::resetInternetMaxBandwidth(const QString &instanceId, int mbps,
                                               QObject *context, Callback<bool> done)
{
    return start<bool>(
        V2Requests::updateInstanceBandwidthHour(instanceId, mbps), context,
        [](const QByteArray &body, int status) {
            return V2Parser::updateInstanceBandwidthHour(body, status);
        },
        std::move(done));
}

ApiCall *V2CloudApi::describeZones(QObject *context, Callback<QList<Zone>> done)
{
    return start<QList<Zone>>(
        V2Requests::describeAvailabilityZones(), context,
        [](const QByteArray &body, int status) {
            return V2Parser::describeAvailabilityZones(body, status);
        },
        std::move(done));
}

ApiCall *V2CloudApi::describeImages(int imageType, QObject *context, Callback<QList<Image>> done)
{
    return PagedCall::collect<Image>(
        QStringLiteral("DescribeImages"),
        [this, imageType](int offset, int limit, QObject *pageContext,
                          Callback<ListPage<Image>> page) {
            return start<ListPage<Image>>(
                V2Requests::describeImages(imageType, offset, limit), pageContext,
                [](const QByteArray &body, int status) {
                    return V2Parser::describeImagesPage(body, status);
                },
                std::move(page));
        },
        context, std::move(done), this);
}

ApiCall *V2CloudApi::describeKeyPairs(QObject *context, Callback<QList<KeyPair>> done)
{
    return PagedCall::collect<KeyPair>(
        QStringLiteral("DescribeKeyPairs"),
        [this](int offset, int limit, QObject *pageContext, Callback<ListPage<KeyPair>> page) {
            return start<ListPage<KeyPair>>(
                V2Requests::describeKeyPairs(offset, limit), pageContext,
                [](const QByteArray &body, int status) {
                    return V2Parser::describeKeyPairsPage(body, status);
                },
                std::move(page));
        },
        context, std::move(done), this);
}

ApiCall *V2CloudApi::describeVpcs(QObject *context, Callback<QList<Vpc>> done)
{
    return PagedCall::collect<Vpc>(
        QStringLiteral("DescribeVpcEx"),
        [this](int offset, int limit, QObject *pageContext, Callback<ListPage<Vpc>> page) {
            return start<ListPage<Vpc>>(
                V2Requests::describeVpcEx(offset, limit), pageContext,
                [](const QByteArray &body, int status) {
                    return V2Parser::describeVpcExPage(body, status);
                },
                std::move(page));
        },
        context, std::move(done), this);
}

ApiCall *V2CloudApi::describeSubnets(const QString &vpcId, QObject *context,
                                     Callback<QList<Subnet>> done)
{
    return PagedCall::collect<Subnet>(
        QStringLiteral("DescribeSubnetEx"),
        [this, vpcId](int offset, int limit, QObject *pageContext,
                      Callback<ListPage<Subnet>> page) {
            return start<ListPage<Subnet>>(
                V2Requests::describeSubnetEx(vpcId, offset, limit), pageContext,
                [vpcId](const QByteArray &body, int status) {
                    return V2Parser::describeSubnetExPage(body, vpcId, status);
                },
                std::move(page));
        },
        context, std::move(done), this);
}

QString V2CloudApi::notOnThisProtocol(const QString &action) const
{
    return tr("API 2.0, the seed's protocol, has no %1: on API 2.0 the built-in catalog says "
              "what can be launched. Use an API 3.0 account to see what is sold today.")
        .arg(action);
}

ApiCall *V2CloudApi::inquirePrice(const LaunchSpec &spec, QObject *context, Callback<Price> done)
{
    return start<Price>(
        V2Requests::inquiryInstancePriceHour(spec), context,
        [](const QByteArray &body, int status) {
            return V2Parser::inquiryInstancePriceHour(body, status);
        },
        std::move(done));
}
