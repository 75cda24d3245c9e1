// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// The rate-limit drill (issue 20): a 1,000-instance launch on an API 3.0 profile (10 RunInstances
// of 100) and the StatusTracker's polling over it until every instance is 运行中, through the
// app's launch path (LaunchController over V3CloudApi with the process's RatePacer, as the product
// runs it) against a sandbox whose rate limiter is ON, as the real service's is (RunInstances 10
// a second, DescribeInstances 40, per SecretId). The sandbox runs on a thread of its own, so this
// thread's event loop is the GUI thread's stand-in. Nothing may be refused (the limiter counts
// zero RequestLimitExceeded on every action the drill uses, and the client retried nothing) and
// nothing may be lost: 1,000 instances on the service, 1,000 rows all RUNNING, and a journal that
// holds every id with no batch open. A control then shows that the same limiter turns away an
// unpaced burst of either action from the same account, so the zero is the pacer's doing.
#include "api/networktransport.h"
#include "api/retrypolicy.h"
#include "api/v3/v3cloudapi.h"
#include "drillprotocol.h"
#include "eventloopticker.h"
#include "launch/instancemodel.h"
#include "launch/launchcontroller.h"
#include "launch/launcher.h"
#include "launch/statustracker.h"
#include "sandbox/ratelimiter.h"
#include "sandboxthread.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

constexpr int Count = 1000;
constexpr int Batches = Count / Launcher::MaxBatchSize;
// The actions the launch and its polling send; the limiter must refuse none of them.
const QStringList Actions = {QStringLiteral("RunInstances"), QStringLiteral("DescribeInstances")};

int runningRows(const InstanceModel &model)
{
    int running = 0;
    for (int i = 0; i < model.rowCount(); ++i)
        running += model.row(i).info.state == InstanceState::Running ? 1 : 0;
    return running;
}

// Sends `count` requests of `action` (RunInstances as DryRun, DescribeInstances of `instanceId`)
// at once through a backend that neither paces nor retries, and returns how many the sandbox
// refused.
int unpacedBurstRefusals(const SandboxThread &sandbox, Transport &transport,
                         const ApiConfig &config, const QString &action, int count,
                         const QString &instanceId)
{
    V3CloudApi burst(config, &transport);
    burst.setPacer(nullptr);
    burst.setRetryPolicy(RetryPolicy::never());
    sandbox.call([](SandboxService &s) { s.rateLimiter().resetRefusals(); });
    const LaunchSpec spec = DrillProtocol::spec(ApiConfig::Version::V3)
                                .count(Launcher::MaxBatchSize)
                                .key(QStringLiteral("skey-5kfo2sqr"));
    QObject context;
    int answered = 0;
    for (int i = 0; i < count; ++i) {
        if (action == QLatin1String("RunInstances")) {
            burst.dryRun(spec, &context, [&answered](const ApiResult<bool> &) { ++answered; });
        } else {
            burst.describeInstances({instanceId}, 0, 1, &context,
                                    [&answered](const ApiResult<InstancePage> &) { ++answered; });
        }
    }
    if (!QTest::qWaitFor([&] { return answered == count; }, 30000))
        return -1;
    return sandbox.call([&action](SandboxService &s) { return s.rateLimiter().refusals(action); });
}

} // namespace

class TstRateLimitDrill : public QObject
{
    Q_OBJECT

private slots:
    void fleetLaunchStaysUnderTheLimit()
    {
        SandboxThread sandbox;
        QVERIFY(sandbox.isListening());
        sandbox.call([](SandboxService &s) {
            DrillProtocol::allowInstances(s, 2 * Count);
            // 创建中 for one second, not three: the drill waits for every instance to run.
            s.store().setPendingMs(1000);
            s.setRateLimited(true); // SandboxThread turns it off for the burst drills
            s.rateLimiter().resetRefusals();
        });
        sandbox.countRequests(QStringLiteral("RunInstances"));

        const ApiConfig config = DrillProtocol::config(ApiConfig::Version::V3, sandbox.endpoint());
        NetworkTransport transport;
        V3CloudApi api(config, &transport); // paced by RatePacer::shared(), as in the product
        QTemporaryDir journalDir;
        QVERIFY(journalDir.isValid());
        EventLoopTicker ticker;
        QString launchId;
        {
            LaunchController app(journalDir.path());
            QStringList problems;
            connect(&app, &LaunchController::trackerError, &app, [&](const QString &text) {
                if (!text.isEmpty())
                    problems << text;
            });
            QSignalSpy retrying(app.launcher(), &Launcher::batchRetrying);
            QSignalSpy unconfirmed(app.launcher(), &Launcher::batchUnconfirmed);
            QSignalSpy failed(app.launcher(), &Launcher::batchFailed);
            app.start();
            app.setCloudApi(&api, QStringLiteral("fleet"), config.region);
            launchId = app.launch(DrillProtocol::spec(ApiConfig::Version::V3)
                                      .count(Count)
                                      .key(QStringLiteral("skey-5kfo2sqr"))
                                      .name(QStringLiteral("fleet")));
            QVERIFY(!launchId.isEmpty());

            QTRY_VERIFY_WITH_TIMEOUT(runningRows(*app.model()) == Count || !failed.isEmpty() ||
                                         !unconfirmed.isEmpty(),
                                     60000);
            QVERIFY(failed.isEmpty());
            QVERIFY(unconfirmed.isEmpty());
            QCOMPARE(retrying.count(), 0);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            QCOMPARE(app.model()->rowCount(), Count);
            QCOMPARE(runningRows(*app.model()), Count);
            QVERIFY(!app.launchRecord(launchId)->isOpen());
        }
        qInfo("the event loop went at most %lld ms without a tick", ticker.longestGapMs());
        QVERIFY2(
            ticker.longestGapMs() < 1000,
            qPrintable(
                QStringLiteral("the event loop stalled for %1 ms").arg(ticker.longestGapMs())));

        for (const QString &action : Actions) {
            const int refused = sandbox.call(
                [&action](SandboxService &s) { return s.rateLimiter().refusals(action); });
            QVERIFY2(refused == 0, qPrintable(QStringLiteral("%1 %2 requests refused with "
                                                             "RequestLimitExceeded")
                                                  .arg(refused)
                                                  .arg(action)));
        }
        QCOMPARE(sandbox.requestsSeen(), Batches);

        // The service holds exactly the journal's instances, and a restart reads them all back.
        const QStringList serviceIds = sandbox.call([](SandboxService &s) {
            QStringList ids;
            for (const auto &instance : s.store().instances(SandboxService::DefaultSecretId))
                ids << instance.id;
            ids.sort();
            return ids;
        });
        QCOMPARE(serviceIds.size(), Count);
        LaunchController reread(journalDir.path());
        reread.start();
        const auto record = reread.launchRecord(launchId);
        QVERIFY(record);
        QVERIFY(!record->isOpen());
        QCOMPARE(record->batches.size(), Batches);
        QStringList journalIds = record->instanceIds();
        journalIds.sort();
        QCOMPARE(journalIds, serviceIds);
        QCOMPARE(reread.model()->rowCount(), Count);

        // The control: the limiter the launch met refuses a client that does not pace. Five
        // seconds' worth of each action at once, so that it is refused however slowly this
        // machine (or a sanitizer) lets the sandbox answer.
        const QString &someId = serviceIds.first();
        for (const QString &action : Actions) {
            const int burst = 5 * RateLimiter::serviceRate(action);
            QVERIFY2(unpacedBurstRefusals(sandbox, transport, config, action, burst, someId) > 0,
                     qPrintable(action));
        }
    }
};

QTEST_GUILESS_MAIN(TstRateLimitDrill)
#include "tst_ratelimitdrill.moc"
