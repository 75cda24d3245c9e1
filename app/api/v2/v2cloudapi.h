// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/cloudapi.h"
#include "api/ratepacer.h"
#include "api/retrypolicy.h"
#include "api/transport.h"
#include "api/v2/v2request.h"

#include <QPointer>

// CloudApi over Tencent Cloud API 2.0: V2Requests builds, V2Encoder signs and encodes,
// the Transport carries, V2Parser reads, RetryingCall retries transient failures. Listings are
// read to the end through PagedCall. The API 3.0 offer actions are refused: the API 2.0 world is
// the compiled-in Catalog.
// Calls are children of the backend: destroying it ends them without a callback.
class V2CloudApi : public CloudApi
{
    Q_OBJECT

public:
    // `transport` is not owned and must outlive the calls (a call whose transport disappears
    // fails with a Transport error).
    V2CloudApi(const ApiConfig &config, Transport *transport, QObject *parent = nullptr);

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    // Every request waits for its slot of the account's pace per action (RatePacer::shared() by
    // default; nullptr: unpaced, for tests that script answers).
    void setPacer(RatePacer *pacer) { m_pacer = pacer; }
    // Per attempt; the default is the transport's 30 s.
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    const ApiConfig &config() const { return m_config; }

    ApiConfig::Version version() const override { return ApiConfig::Version::V2; }
    QString region() const override { return m_config.region; }
    // A V2CloudApi with the same config, transport, pacing and timeout but `region`.
    CloudApi *inRegion(const QString &region, QObject *parent) const override;
    LaunchPreview previewRunInstances(const LaunchSpec &spec) const override
    {
        return preview(spec);
    }
    // RunInstancesHour's parameters from V2Requests (what runInstances sends), "Action" and
    // "Region" first, one "name=value" line each; the password as LaunchPreview::Mask.
    static LaunchPreview preview(const LaunchSpec &spec);
    ApiCall *runInstances(const LaunchSpec &spec, QObject *context,
                          Callback<QStringList> done) override;
    ApiCall *dryRun(const LaunchSpec &spec, QObject *context, Callback<bool> done) override;
    bool supportsDryRun() const override { return false; }
    ApiCall *describeInstances(const QStringList &instanceIds, int offset, int limit,
                               QObject *context, Callback<InstancePage> done) override;
    ApiCall *returnInstance(const QString &instanceId, QObject *context,
                            Callback<bool> done) override;
    ApiCall *describeZones(QObject *context, Callback<QList<Zone>> done) override;
    ApiCall *describeImages(int imageType, QObject *context, Callback<QList<Image>> done) override;
    ApiCall *describeKeyPairs(QObject *context, Callback<QList<KeyPair>> done) override;
    ApiCall *describeVpcs(QObject *context, Callback<QList<Vpc>> done) override;
    ApiCall *describeSubnets(const QString &vpcId, QObject *context,
                             Callback<QList<Subnet>> done) override;
    ApiCall *inquirePrice(const LaunchSpec &spec, QObject *context, Callback<Price> done) override;
    ApiCall *resetInternetMaxBandwidth(const QString &instanceId, int mbps, QObject *context,
                                       Callback<bool> done) override;

protected:
    QString notOnThisProtocol(const QString &action) const override;

private:
    template<typename T>
    ApiCall *start(const V2Request &request, QObject *context,
                   std::function<ApiResult<T>(const QByteArray &, int)> parse, Callback<T> done);

    ApiConfig m_config;
    QPointer<Transport> m_transport;
    RetryPolicy m_policy;
    RatePacer *m_pacer = &RatePacer::shared();
    int m_timeoutMs = TransportRequest::DefaultTimeoutMs;
};
