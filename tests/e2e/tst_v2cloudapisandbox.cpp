// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// The app's own API 2.0 client (V2CloudApi through CloudApiFactory and NetworkTransport) against
// the sandbox over loopback: every action of the CloudApi interface, the instance life, the
// error verdicts and a retry across an injected fault.
#include "api/cloudapi.h"
#include "api/cloudapifactory.h"
#include "api/networktransport.h"
#include "sandbox/faultinjector.h"
#include "sandbox/sandboxservice.h"
#include "specbuilder.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

class TstV2CloudApiSandbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxService> m_sandbox;
    std::unique_ptr<NetworkTransport> m_transport;
    std::unique_ptr<CloudApi> m_api;

    ApiConfig config(const QString &secretKey = SandboxService::DefaultSecretKey) const
    {
        ApiConfig c;
        c.version = ApiConfig::Version::V2;
        c.region = QStringLiteral("ap-guangzhou");
        c.endpoint = m_sandbox->endpoint();
        c.secretId = SandboxService::DefaultSecretId;
        c.secretKey = secretKey;
        return c;
    }
    static LaunchSpec spec(const QString &token)
    {
        return SpecBuilder()
            .dataDisk(2, 50)
            .bandwidth(1)
            .count(2)
            .password(QStringLiteral("Sandbox123!"))
            .token(token)
            .name(QStringLiteral("e2e 实例"));
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
    ApiResult<InstancePage> describe(const QStringList &ids)
    {
        return finish<InstancePage>([&](QObject *context, auto done) {
            m_api->describeInstances(ids, 0, 100, context, done);
        });
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
        m_api.reset(CloudApiFactory::create(config(), m_transport.get()));
        QVERIFY(m_api);
    }
    void cleanup()
    {
        m_api.reset();
        m_transport.reset();
        m_sandbox.reset();
    }

    void lookUps()
    {
        const auto zones =
            finish<QList<Zone>>([&](QObject *c, auto done) { m_api->describeZones(c, done); });
        QVERIFY2(zones.ok(), qPrintable(zones.error.message));
        QVERIFY(std::any_of(zones.value->cbegin(), zones.value->cend(),
                            [](const Zone &z) { return z.zoneId == 100003; }));

        const auto images =
            finish<QList<Image>>([&](QObject *c, auto done) { m_api->describeImages(2, c, done); });
        QVERIFY2(images.ok(), qPrintable(images.error.message));
        QVERIFY(std::any_of(images.value->cbegin(), images.value->cend(), [](const Image &i) {
            return i.osName.startsWith(QLatin1String("Windows"));
        }));

        const auto keys = finish<QList<KeyPair>>(
            [&](QObject *c, auto done) { m_api->describeKeyPairs(c, done); });
        QVERIFY2(keys.ok(), qPrintable(keys.error.message));
        QVERIFY(!keys.value->isEmpty());

        const auto vpcs =
            finish<QList<Vpc>>([&](QObject *c, auto done) { m_api->describeVpcs(c, done); });
        QVERIFY2(vpcs.ok(), qPrintable(vpcs.error.message));
        QVERIFY(!vpcs.value->isEmpty());
        const auto subnets = finish<QList<Subnet>>([&](QObject *c, auto done) {
            m_api->describeSubnets(vpcs.value->first().vpcId, c, done);
        });
        QVERIFY2(subnets.ok(), qPrintable(subnets.error.message));
        QVERIFY(!subnets.value->isEmpty());

        const auto price = finish<Price>([&](QObject *c, auto done) {
            m_api->inquirePrice(spec(QStringLiteral("p")), c, done);
        });
        QVERIFY2(price.ok(), qPrintable(price.error.message));
        QVERIFY(price.value->instancePerHour.toDouble() > 0);
    }

    void launchTrackAndReturn()
    {
        const auto run = finish<QStringList>([&](QObject *c, auto done) {
            m_api->runInstances(spec(QStringLiteral("e2e-1")), c, done);
        });
        QVERIFY2(run.ok(), qPrintable(run.error.message));
        const QStringList ids = *run.value;
        QCOMPARE(ids.size(), 2);

        const auto first = describe(ids);
        QVERIFY(first.ok());
        QCOMPARE(first.value->totalCount, 2);
        QCOMPARE(first.value->instances.first().state, InstanceState::Creating);
        QCOMPARE(first.value->instances.first().name, QStringLiteral("e2e 实例"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto page = describe(ids);
                return page.ok() &&
                       std::all_of(
                           page.value->instances.cbegin(), page.value->instances.cend(),
                           [](const InstanceInfo &i) { return i.state == InstanceState::Running; });
            },
            10000));

        // The same clientToken creates nothing new.
        const auto again = finish<QStringList>([&](QObject *c, auto done) {
            m_api->runInstances(spec(QStringLiteral("e2e-1")), c, done);
        });
        QVERIFY(again.ok());
        QCOMPARE(*again.value, ids);

        const auto returned = finish<bool>(
            [&](QObject *c, auto done) { m_api->returnInstance(ids.first(), c, done); });
        QVERIFY2(returned.ok(), qPrintable(returned.error.message));
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto page = describe({ids.first()});
                return page.ok() && page.value->instances.value(0).state == InstanceState::Returned;
            },
            10000));
    }

    void errorsAndVerdicts()
    {
        LaunchSpec bad = spec(QStringLiteral("e2e-bad"));
        bad.mem = 64;
        const auto refused =
            finish<QStringList>([&](QObject *c, auto done) { m_api->runInstances(bad, c, done); });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error.code, 4000);
        QVERIFY(!refused.error.isRetryable());
        QVERIFY2(refused.error.message.contains(QLatin1String("mem")),
                 qPrintable(refused.error.message));

        std::unique_ptr<CloudApi> wrongKey(
            CloudApiFactory::create(config(QStringLiteral("wrong")), m_transport.get()));
        const auto denied = finish<InstancePage>(
            [&](QObject *c, auto done) { wrongKey->describeInstances({}, 0, 20, c, done); });
        QVERIFY(!denied.ok());
        QCOMPARE(denied.error.code, 4100);
        QVERIFY(!denied.error.isRetryable());
    }

    void retriesAcrossATransientFault()
    {
        QString error;
        QVERIFY(m_sandbox->faults().loadJson(
            R"({"faults": [{"action": "RunInstancesHour", "kind": "drop", "count": 3}]})", &error));
        const auto run = finish<QStringList>([&](QObject *c, auto done) {
            m_api->runInstances(spec(QStringLiteral("e2e-retry")), c, done);
        });
        QVERIFY2(run.ok(), qPrintable(run.error.message));
        // The dropped answers had created the instances already: the retries with the same
        // clientToken got those ids back instead of creating more.
        QCOMPARE(describe({}).value.value_or(InstancePage()).totalCount, 2);
    }
};

QTEST_GUILESS_MAIN(TstV2CloudApiSandbox)
#include "tst_v2cloudapisandbox.moc"
