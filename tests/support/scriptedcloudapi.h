#pragma once

#include "api/cloudapi.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <functional>

// A CloudApi for widget tests whose answers the test writes beforehand. Like the real backends it
// never calls back from inside the method: answers arrive from the event loop. With hold mode on,
// answers wait until the test releases them, so a test can change the inputs while a call is in
// flight and check that the late answer is dropped.
class ScriptedCloudApi : public CloudApi
{
    Q_OBJECT

public:
    explicit ScriptedCloudApi(QObject *parent = nullptr);

    // What the service "has". Price is computed per request so tests can tell answers apart.
    QList<Zone> zones;
    QHash<int, QList<Image>> imagesByType;
    QList<KeyPair> keyPairs;
    QList<Vpc> vpcs;
    QHash<QString, QList<Subnet>> subnetsByVpc;
    std::function<Price(const LaunchSpec &)> priceFor;
    QStringList instanceIds = {QStringLiteral("ins-00000001")};
    bool dryRunSupported = false;
    ApiConfig::Version apiVersion = ApiConfig::Version::V2;

    // A small account: three zones (one with a long Chinese name), Linux and Windows public
    // images, two key pairs, one VPC with subnets in two zones.
    void fillSample();

    // The next call of `action` (e.g. "DescribeImages") fails with `error`; queued, one per call.
    void failNext(const QString &action, const ApiError &error);

    void setHold(bool hold) { m_hold = hold; }
    int pendingCount() const;
    // Delivers every held answer (from the event loop, in call order).
    void releaseAll();

    // Every action called, in order, and the specs the spec-taking actions received.
    QStringList calls;
    QList<LaunchSpec> priceRequests;
    QList<LaunchSpec> dryRunRequests;
    QList<LaunchSpec> runRequests;
    QStringList subnetRequests;
    QList<int> imageRequests;

    int callCount(const QString &action) const { return calls.count(action); }

    ApiConfig::Version version() const override { return apiVersion; }
    // The real backend's preview for apiVersion (API 3.0 with the built-in catalog, region
    // ap-guangzhou), so the review page shows what that protocol would send.
    LaunchPreview previewRunInstances(const LaunchSpec &spec) const override;
    bool supportsDryRun() const override { return dryRunSupported; }
    ApiCall *runInstances(const LaunchSpec &spec, QObject *context,
                          Callback<QStringList> done) override;
    ApiCall *dryRun(const LaunchSpec &spec, QObject *context, Callback<bool> done) override;
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

    static ApiError transportError(const QString &action);

private:
    template<typename T>
    ApiCall *answer(const QString &action, const T &value, QObject *context, Callback<T> done);

    bool m_hold = false;
    QHash<QString, QList<ApiError>> m_failures;
    QList<QPointer<ApiCall>> m_held;
};
