// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// The app's own API 3.0 client (V3CloudApi over NetworkTransport) against the sandbox over
// loopback: every action, the TC3 rejections, idempotency, DryRun, and one instance store shared
// with API 2.0 (a v3 launch is seen through v2 and the reverse).
#include "api/cloudapi.h"
#include "api/cloudapifactory.h"
#include "api/networktransport.h"
#include "api/v3/v3cloudapi.h"
#include "catalog/catalog.h"
#include "sandbox/sandboxservice.h"
#include "specbuilder.h"

#include <QDateTime>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

class TstV3CloudApiSandbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxService> m_sandbox;
    std::unique_ptr<NetworkTransport> m_transport;

    ApiConfig config(ApiConfig::Version version,
                     const QString &secretKey = SandboxService::DefaultSecretKey,
                     const QString &secretId = SandboxService::DefaultSecretId) const
    {
        ApiConfig c;
        c.version = version;
        c.region = QStringLiteral("ap-guangzhou");
        c.endpoint = m_sandbox->endpoint();
        c.secretId = secretId;
        c.secretKey = secretKey;
        return c;
    }
    std::unique_ptr<V3CloudApi> v3(const QString &key = SandboxService::DefaultSecretKey,
                                   const QString &id = SandboxService::DefaultSecretId)
    {
        auto api = std::make_unique<V3CloudApi>(config(ApiConfig::Version::V3, key, id),
                                                m_transport.get());
        api->setRetryPolicy(RetryPolicy::never());
        return api;
    }
    static LaunchSpec spec(const QString &token)
    {
        // The API 3.0 side sells today's families; a launch names the exact type it offers, and
        // a CLOUD_SSD data disk (type 4) of at least 100 GB: today's families take no CLOUD_BASIC.
        return SpecBuilder()
            .instance(QStringLiteral("S5.SMALL2"), 1, 2)
            .dataDisk(4, 100)
            .bandwidth(1)
            .count(2)
            .password(QStringLiteral("Sandbox123!"))
            .token(token)
            .name(QStringLiteral("v3 实例"));
    }
    // Runs one call to its end (tests only: the product never waits).
    template<typename T, typename Start>
    static ApiResult<T> finish(Start start)
    {
        std::optional<ApiResult<T>> result;
        QObject context;
        start(&context, [&](const ApiResult<T> &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
            return {};
        return *result;
    }
    static ApiResult<InstancePage> describe(CloudApi &api, const QStringList &ids)
    {
        return finish<InstancePage>([&](QObject *context, auto done) {
            api.describeInstances(ids, 0, 100, context, done);
        });
    }
    static ApiResult<QStringList> run(CloudApi &api, const LaunchSpec &s)
    {
        return finish<QStringList>([&](QObject *c, auto done) { api.runInstances(s, c, done); });
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<SandboxService>();
        // Long enough that the first DescribeInstances right after the launch still sees it
        // pending on a loaded machine (at 200 ms a busy CI run once saw it running already).
        m_sandbox->store().setPendingMs(1500);
        QVERIFY(m_sandbox->start() != 0);
        m_transport = std::make_unique<NetworkTransport>();
    }
    void cleanup()
    {
        m_transport.reset();
        m_sandbox.reset();
    }

    void lookUps()
    {
        const auto api = v3();
        const auto zones =
            finish<QList<Zone>>([&](QObject *c, auto done) { api->describeZones(c, done); });
        QVERIFY2(zones.ok(), qPrintable(zones.error.message));
        QVERIFY(std::any_of(zones.value->cbegin(), zones.value->cend(), [](const Zone &z) {
            return z.zoneId == 100003 && z.apiName == QLatin1String("ap-guangzhou-3");
        }));
        const auto images =
            finish<QList<Image>>([&](QObject *c, auto done) { api->describeImages(2, c, done); });
        QVERIFY2(images.ok(), qPrintable(images.error.message));
        QVERIFY(std::any_of(images.value->cbegin(), images.value->cend(), [](const Image &i) {
            return i.imageId == QLatin1String("img-31tjrtph");
        }));
        const auto keys =
            finish<QList<KeyPair>>([&](QObject *c, auto done) { api->describeKeyPairs(c, done); });
        QVERIFY2(keys.ok(), qPrintable(keys.error.message));
        QVERIFY(!keys.value->isEmpty());
        const auto vpcs =
            finish<QList<Vpc>>([&](QObject *c, auto done) { api->describeVpcs(c, done); });
        QVERIFY2(vpcs.ok(), qPrintable(vpcs.error.message));
        QVERIFY(!vpcs.value->isEmpty());
        const auto subnets = finish<QList<Subnet>>([&](QObject *c, auto done) {
            api->describeSubnets(vpcs.value->first().vpcId, c, done);
        });
        QVERIFY2(subnets.ok(), qPrintable(subnets.error.message));
        QVERIFY(!subnets.value->isEmpty());
        for (const Subnet &subnet : *subnets.value)
            QCOMPARE(subnet.vpcId, vpcs.value->first().vpcId);
        const auto price = finish<Price>(
            [&](QObject *c, auto done) { api->inquirePrice(spec(QStringLiteral("p")), c, done); });
        QVERIFY2(price.ok(), qPrintable(price.error.message));
        QVERIFY(price.value->instancePerHour.toDouble() > 0);
    }

    void launchTrackTerminate()
    {
        const auto api = v3();
        const auto dry = finish<bool>(
            [&](QObject *c, auto done) { api->dryRun(spec(QStringLiteral("d")), c, done); });
        QVERIFY2(dry.ok() && *dry.value, qPrintable(dry.error.message));
        QCOMPARE(m_sandbox->store().instances(SandboxService::DefaultSecretId).size(), 0);

        const auto launched = run(*api, spec(QStringLiteral("v3-1")));
        QVERIFY2(launched.ok(), qPrintable(launched.error.message));
        QCOMPARE(launched.value->size(), 2);
        const auto again = run(*api, spec(QStringLiteral("v3-1")));
        QVERIFY(again.ok());
        QCOMPARE(*again.value, *launched.value); // ClientToken: the same instances, no new ones
        QCOMPARE(m_sandbox->store().instances(SandboxService::DefaultSecretId).size(), 2);

        const auto first = describe(*api, *launched.value);
        QVERIFY2(first.ok(), qPrintable(first.error.message));
        QCOMPARE(first.value->totalCount, 2);
        QCOMPARE(first.value->instances.first().state, InstanceState::Creating);
        QTRY_COMPARE_WITH_TIMEOUT(describe(*api, *launched.value).value->instances.first().state,
                                  InstanceState::Running, 15000);
        const InstanceInfo info = describe(*api, *launched.value).value->instances.first();
        QCOMPARE(info.cpu, 1);
        QCOMPARE(info.mem, 2);
        QCOMPARE(info.zoneId, 100003);
        QCOMPARE(info.name, QStringLiteral("v3 实例"));
        QVERIFY(info.createTime.isValid());

        const auto terminated = finish<bool>(
            [&](QObject *c, auto done) { api->returnInstance(launched.value->first(), c, done); });
        QVERIFY2(terminated.ok(), qPrintable(terminated.error.message));
        QCOMPARE(describe(*api, {launched.value->first()}).value->instances.first().state,
                 InstanceState::Returning);
    }

    void refusesBadLaunches()
    {
        const auto api = v3();
        LaunchSpec wrongPair = spec(QStringLiteral("bad"));
        wrongPair.imageId = QStringLiteral("img-00000000"); // unknown to the sandbox's world
        auto refused = run(*api, wrongPair);
        QVERIFY(!refused.ok());
        // The service's own code for an image it does not have, not a generic one.
        QVERIFY2(refused.error.codeString == QLatin1String("InvalidImageId.NotFound"),
                 qPrintable(refused.error.codeString + u' ' + refused.error.message));

        m_sandbox->store().setQuota(1);
        refused = run(*api, spec(QStringLiteral("q")));
        QCOMPARE(refused.error.codeString, QStringLiteral("LimitExceeded.InstanceQuota"));
    }

    void tc3Rejections()
    {
        auto wrongKey = v3(QStringLiteral("not-the-key"));
        auto result = describe(*wrongKey, {});
        QCOMPARE(result.error.codeString, QStringLiteral("AuthFailure.SignatureFailure"));

        auto unknown = v3(SandboxService::DefaultSecretKey, QStringLiteral("AKIDUNKNOWN"));
        result = describe(*unknown, {});
        QCOMPARE(result.error.codeString, QStringLiteral("AuthFailure.SecretIdNotFound"));

        auto old = v3();
        old->setClock([] { return QDateTime::currentSecsSinceEpoch() - 600; });
        result = describe(*old, {});
        QCOMPARE(result.error.codeString, QStringLiteral("AuthFailure.SignatureExpire"));
    }

    // The wizard's region list and another region's zones, as the sandbox serves them.
    void regionsAndAnotherRegionsZones()
    {
        const auto api = v3();
        const auto regions =
            finish<QList<Region>>([&](QObject *c, auto done) { api->describeRegions(c, done); });
        QVERIFY2(regions.ok(), qPrintable(regions.error.message));
        QStringList ids;
        for (const Region &region : *regions.value)
            ids << region.region;
        QVERIFY(ids.contains(QStringLiteral("ap-guangzhou")));
        QVERIFY(ids.contains(QStringLiteral("ap-shanghai")));
        // No API 3.0 zone is documented there, so it is not a region to launch in.
        QVERIFY(!ids.contains(QStringLiteral("ap-guangzhou-open")));

        std::unique_ptr<CloudApi> shanghai(api->inRegion(QStringLiteral("ap-shanghai"), nullptr));
        QVERIFY(shanghai);
        const auto zones =
            finish<QList<Zone>>([&](QObject *c, auto done) { shanghai->describeZones(c, done); });
        QVERIFY2(zones.ok(), qPrintable(zones.error.message));
        QVERIFY(!zones.value->isEmpty());
        for (const Zone &zone : *zones.value) {
            const CatalogZone *known = Catalog::builtIn().zoneByV3Name(zone.apiName);
            QVERIFY2(known && known->region == QLatin1String("ap-shanghai"),
                     qPrintable(zone.apiName));
        }
    }

    void oneStoreForBothProtocols()
    {
        const auto api3 = v3();
        std::unique_ptr<CloudApi> api2(
            CloudApiFactory::create(config(ApiConfig::Version::V2), m_transport.get()));
        QVERIFY(api2);

        const auto through3 = run(*api3, spec(QStringLiteral("both-3")));
        QVERIFY2(through3.ok(), qPrintable(through3.error.message));
        const auto seenBy2 = describe(*api2, *through3.value);
        QVERIFY2(seenBy2.ok(), qPrintable(seenBy2.error.message));
        QCOMPARE(seenBy2.value->totalCount, 2);

        // API 2.0 sells the seed's world: the same launch there names a seed family.
        LaunchSpec seed = spec(QStringLiteral("both-2"));
        seed.instanceType = LaunchSpec::DefaultInstanceType;
        seed.storageType = 2; // the seed's cloud disk
        seed.storageSize = 50;
        const auto through2 = run(*api2, seed);
        QVERIFY2(through2.ok(), qPrintable(through2.error.message));
        const auto seenBy3 = describe(*api3, *through2.value);
        QVERIFY2(seenBy3.ok(), qPrintable(seenBy3.error.message));
        QCOMPARE(seenBy3.value->totalCount, 2);
        QCOMPARE(seenBy3.value->instances.first().name, QStringLiteral("v3 实例"));
    }
};

QTEST_GUILESS_MAIN(TstV3CloudApiSandbox)
#include "tst_v3cloudapisandbox.moc"
