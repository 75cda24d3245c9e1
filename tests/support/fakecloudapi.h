// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/cloudapi.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

// The one fake CloudApi of the tests: it answers from the event loop like a real backend (never
// from inside the call), with a small world behind it, and records what it was asked.
//
// - Instances: runInstances creates spec.goodsNum instances in 创建中 (Creating, raw "3") and is
//   idempotent per clientToken as the service is (the same token gets the same ids, nothing new);
//   describeInstances lists them; returnInstance takes them to 退还中 (Returning, raw "6");
//   setState() moves them on.
// - What the account "has" for the wizard's pickers: zones, images, key pairs, VPCs, subnets and a
//   price per spec (fillSample() puts in a small account).
// - Scripting: failNext(action, error) fails the next call of an action (API 2.0 action names,
//   e.g. "DescribeImages"); runScripts script runInstances call by call (error, retrying signals,
//   delay, hang); describeError fails every DescribeInstances; setHold(true) keeps answers until
//   releaseAll(), so a test can change inputs while a call is in flight.
class FakeCloudApi : public CloudApi
{
    Q_OBJECT

public:
    struct RunScript
    {
        std::optional<ApiError> error; // answer with this instead of ids
        int retries = 0;               // emit retrying() this many times first
        int delayMs = 0;
        bool hang = false; // carried out, never answered: the answer is lost with the process
    };

    explicit FakeCloudApi(QObject *parent = nullptr);

    // A small account: three zones (one with a long Chinese name), Linux and Windows public
    // images, a private image, two key pairs, one VPC with subnets in two zones, and the disks of
    // sampleDiskConfigs().
    void fillSample();

    // API 3.0's live offer, in ap-guangzhou-3 (zone 100003) only: S5 (S5.SMALL2 on sale,
    // S5.MEDIUM4 SOLD_OUT "实例已售罄", S5.LARGE8 on sale) and SA5 (SA5.MEDIUM4 discounted,
    // SA5.MEDIUM8 UnderStock, SA5.LARGE16), labelled; a quota of 28 of 30 left there.
    void fillOffer();

    // The next call of `action` (e.g. "DescribeImages") fails with `error`; queued, one per call.
    void failNext(const QString &action, const ApiError &error);
    // A transport error (connection refused, retryable) for `action`.
    static ApiError transportError(const QString &action);

    // Hold mode: answers wait until releaseAll() delivers them (from the event loop, in order).
    void setHold(bool hold) { m_hold = hold; }
    int pendingCount() const;
    void releaseAll();

    // Moves instances of the world to `state` (with the service's failure reason, if any).
    void setState(const QStringList &ids, InstanceState state, const QString &reason = {});
    int createdCount() const { return int(instances.size()); }
    int callCount(const QString &action) const { return int(calls.count(action)); }

    // The account.
    ApiConfig::Version apiVersion = ApiConfig::Version::V2;
    // The region the fake addresses (region()). Empty: none said, and describeZones lists every
    // zone; else only the zones the catalog places in it.
    QString accountRegion;
    // API 3.0 DescribeRegions (API 2.0 refuses, as the real backend does).
    QList<Region> regions;
    // Every fake made by inRegion(), in order: the same world in another region, each recording
    // its own calls.
    mutable QList<QPointer<FakeCloudApi>> regional;
    bool dryRunSupported = false;
    QList<Zone> zones;
    QHash<int, QList<Image>> imagesByType; // by LaunchSpec::ImageType
    QList<KeyPair> keyPairs;
    QList<Vpc> vpcs;
    QHash<QString, QList<Subnet>> subnetsByVpc;
    // API 3.0's world (answered only when apiVersion is V3; API 2.0 refuses these actions like
    // the real backend): DescribeZoneInstanceConfigInfos by zone name,
    // DescribeInstanceFamilyConfigs and DescribeAccountQuota (its PostPaidQuotaSet, whatever zone
    // is asked).
    QHash<QString, QList<InstanceTypeOffer>> offersByZone;
    QList<InstanceFamilyLabel> familyLabels;
    AccountQuota accountQuota;
    // CNY per hour, computed per request so that tests can tell answers apart.
    std::function<Price(const LaunchSpec &)> priceFor;
    QMap<QString, InstanceInfo> instances;  // by id
    QHash<QString, QStringList> idsOfToken; // clientToken -> ids

    // API 3.0 disks: what describeDiskConfigQuota answers (whatever the query; on an API 2.0
    // apiVersion it refuses, as the real backend does), and each query asked, in order.
    QList<DiskConfig> diskConfigs;
    QList<DiskConfigQuery> diskConfigQueries;
    // System disks CLOUD_PREMIUM and CLOUD_BSSD (20–1024 GB, step 1) and CLOUD_BASIC listed but
    // not on sale; data disks CLOUD_PREMIUM, CLOUD_SSD (20–32000 GB, step 10; the service's 100
    // GB floor for SSD data disks is the validator's to know) and CLOUD_HSSD not on sale. Priced
    // per GB and hour.
    static QList<DiskConfig> sampleDiskConfigs();
    // API 3.0 security groups: describeSecurityGroups answers those whose name contains the
    // filter (every search recorded), describeSecurityGroupPolicies the group's rules (an empty
    // set when none are scripted). fillSample() puts in an allow-all default group and a
    // closed one.
    QList<SecurityGroup> securityGroups;
    QHash<QString, SecurityGroupPolicies> policiesByGroup;
    QStringList securityGroupSearches;

    // Scripting. Run scripts are used in call order (the n-th runInstances call gets script n);
    // calls beyond the scripts succeed after `defaultDelayMs`, as do all other calls.
    QList<RunScript> runScripts;
    int defaultDelayMs = 0;
    // Runs synchronously inside runInstances(), i.e. at the moment the request "leaves".
    std::function<void(const LaunchSpec &)> onRun;
    // When set, every describeInstances answers with this error.
    std::optional<ApiError> describeError;

    // What was asked: every action in call order, and the arguments of some.
    QStringList calls;
    QList<LaunchSpec> runRequests; // as sent, password included
    QList<LaunchSpec> dryRunRequests;
    QList<LaunchSpec> priceRequests;
    QList<QStringList> describeCalls;
    QStringList returnCalls;
    QStringList subnetRequests;
    QList<int> imageRequests;
    QStringList imageInstanceTypes; // the InstanceType of each describeImagesFor, in order
    QStringList offerRequests;      // zones of describeZoneInstanceConfigs
    QStringList quotaRequests;      // zones of describeAccountQuota

    ApiConfig::Version version() const override { return apiVersion; }
    QString region() const override { return accountRegion; }
    // A copy of this fake's world (not its records or scripts) addressing `region`.
    CloudApi *inRegion(const QString &region, QObject *parent) const override;
    ApiCall *describeRegions(QObject *context, Callback<QList<Region>> done) override;
    bool supportsDryRun() const override { return dryRunSupported; }
    // The backend's own preview for apiVersion (API 3.0 names from the built-in catalog, for
    // accountRegion, ap-guangzhou when none is set).
    LaunchPreview previewRunInstances(const LaunchSpec &spec) const override;
    ApiCall *runInstances(const LaunchSpec &spec, QObject *context,
                          Callback<QStringList> done) override;
    ApiCall *dryRun(const LaunchSpec &spec, QObject *context, Callback<bool> done) override;
    ApiCall *describeInstances(const QStringList &instanceIds, int offset, int limit,
                               QObject *context, Callback<InstancePage> done) override;
    ApiCall *returnInstance(const QString &instanceId, QObject *context,
                            Callback<bool> done) override;
    ApiCall *describeZones(QObject *context, Callback<QList<Zone>> done) override;
    ApiCall *describeImages(int imageType, QObject *context, Callback<QList<Image>> done) override;
    // API 3.0's DescribeImages with InstanceType: the same images, the type noted in
    // imageInstanceTypes (API 2.0 refuses, as the real backend does).
    ApiCall *describeImagesFor(int imageType, const QString &instanceType, QObject *context,
                               Callback<QList<Image>> done) override;
    ApiCall *describeKeyPairs(QObject *context, Callback<QList<KeyPair>> done) override;
    ApiCall *describeVpcs(QObject *context, Callback<QList<Vpc>> done) override;
    ApiCall *describeSubnets(const QString &vpcId, QObject *context,
                             Callback<QList<Subnet>> done) override;
    ApiCall *inquirePrice(const LaunchSpec &spec, QObject *context, Callback<Price> done) override;
    ApiCall *describeZoneInstanceConfigs(const QString &zone, QObject *context,
                                         Callback<QList<InstanceTypeOffer>> done) override;
    ApiCall *describeInstanceFamilies(QObject *context,
                                      Callback<QList<InstanceFamilyLabel>> done) override;
    ApiCall *describeAccountQuota(const QString &zone, QObject *context,
                                  Callback<AccountQuota> done) override;
    ApiCall *describeDiskConfigQuota(const DiskConfigQuery &query, QObject *context,
                                     Callback<QList<DiskConfig>> done) override;
    ApiCall *describeSecurityGroups(const QString &nameFilter, QObject *context,
                                    Callback<QList<SecurityGroup>> done) override;
    ApiCall *describeSecurityGroupPolicies(const QString &securityGroupId, QObject *context,
                                           Callback<SecurityGroupPolicies> done) override;

private:
    // Records `action`, applies a queued failNext() error, and answers from the event loop after
    // `delayMs` (or on releaseAll() in hold mode), after `retries` retrying() signals.
    template<typename T>
    ApiCall *answer(const QString &action, ApiResult<T> result, QObject *context, Callback<T> done,
                    int delayMs, int retries = 0);
    template<typename T>
    ApiCall *answerValue(const QString &action, const T &value, QObject *context, Callback<T> done);

    bool m_hold = false;
    QHash<QString, QList<ApiError>> m_failures;
    QList<QPointer<ApiCall>> m_held;
    int m_nextId = 1;
};
