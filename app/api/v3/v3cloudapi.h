// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/cloudapi.h"
#include "api/ratepacer.h"
#include "api/retrypolicy.h"
#include "api/transport.h"
#include "api/v3/v3request.h"
#include "catalog/catalog.h"

#include <QPointer>

#include <functional>

// CloudApi over Tencent Cloud API 3.0: V3RequestBuilder builds (with the Catalog's API 3.0
// names), V3Encoder signs with TC3-HMAC-SHA256, the Transport carries, V3ResponseParser reads,
// RetryingCall retries transient failures with a fresh timestamp and signature and the same body
// (hence the same ClientToken). RunInstances always buys POSTPAID_BY_HOUR. Listings are read to
// the end through PagedCall; the live offer's actions (cvm, cbs, vpc) are built by
// V3OfferRequests and read by V3OfferParser, each signed for its own service and host.
class V3CloudApi : public CloudApi
{
    Q_OBJECT

public:
    // `transport` is not owned and must outlive the calls. The catalog is the built-in one.
    V3CloudApi(const ApiConfig &config, Transport *transport, QObject *parent = nullptr);

    void setCatalog(const Catalog &catalog) { m_catalog = catalog; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    // Every request waits for its slot of the account's pace per action (RatePacer::shared() by
    // default; nullptr: unpaced, for tests that script answers).
    void setPacer(RatePacer *pacer) { m_pacer = pacer; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; } // per attempt
    // Seconds since the epoch for X-TC-Timestamp, read once per attempt; replaceable in tests.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    const ApiConfig &config() const { return m_config; }

    ApiConfig::Version version() const override { return ApiConfig::Version::V3; }
    QString region() const override { return m_config.region; }
    // A V3CloudApi with the same config, transport, catalog, pacing, timeout and clock but
    // `region`, which it signs as X-TC-Region.
    CloudApi *inRegion(const QString &region, QObject *parent) const override;
    ApiCall *describeRegions(QObject *context, Callback<QList<Region>> done) override;
    LaunchPreview previewRunInstances(const LaunchSpec &spec) const override
    {
        return preview(spec, m_catalog, m_config.region);
    }
    // RunInstances as V3RequestBuilder makes it for `catalog`'s names: the X-TC-Action,
    // X-TC-Version and X-TC-Region (`region`, the profile's) headers, a blank line, the JSON body
    // indented; LoginSettings.Password as LaunchPreview::Mask. A problem when a name is missing
    // or the count is above InstanceCount::PerRequest.
    static LaunchPreview preview(const LaunchSpec &spec, const Catalog &catalog,
                                 const QString &region);
    ApiCall *runInstances(const LaunchSpec &spec, QObject *context,
                          Callback<QStringList> done) override;
    ApiCall *dryRun(const LaunchSpec &spec, QObject *context, Callback<bool> done) override;
    bool supportsDryRun() const override { return true; }
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
    ApiCall *inquirePriceResetInternetMaxBandwidth(const QString &instanceId, int mbps,
                                                   QObject *context, Callback<Price> done) override;
    ApiCall *describeImagesFor(int imageType, const QString &instanceType, QObject *context,
                               Callback<QList<Image>> done) override;
    ApiCall *describeZoneInstanceConfigs(const QString &zone, QObject *context,
                                         Callback<QList<InstanceTypeOffer>> done) override;
    ApiCall *describeInstanceFamilies(QObject *context,
                                      Callback<QList<InstanceFamilyLabel>> done) override;
    ApiCall *describeDiskConfigQuota(const DiskConfigQuery &query, QObject *context,
                                     Callback<QList<DiskConfig>> done) override;
    ApiCall *describeAccountQuota(const QString &zone, QObject *context,
                                  Callback<AccountQuota> done) override;
    ApiCall *describeSecurityGroups(const QString &nameFilter, QObject *context,
                                    Callback<QList<SecurityGroup>> done) override;
    ApiCall *describeSecurityGroupPolicies(const QString &securityGroupId, QObject *context,
                                           Callback<SecurityGroupPolicies> done) override;

    static constexpr int MaxIdsPerDescribe = 100;

private:
    template<typename T>
    ApiCall *start(const V3Request &request, const QString &refusal, QObject *context,
                   std::function<ApiResult<T>(const QByteArray &)> parse, Callback<T> done);
    // The launch request, or the reason it cannot be built (in *refusal).
    V3Request launchRequest(const LaunchSpec &spec, bool dryRun, bool price,
                            QString *refusal) const;
    std::function<int(const QString &)> zoneIdLookup() const;

    ApiConfig m_config;
    QPointer<Transport> m_transport;
    RetryPolicy m_policy;
    RatePacer *m_pacer = &RatePacer::shared();
    int m_timeoutMs = TransportRequest::DefaultTimeoutMs;
    Catalog m_catalog;
    std::function<qint64()> m_clock;
};
