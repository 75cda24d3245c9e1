// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// Fault drills: the app's launch path (LaunchController: Journal, Launcher, StatusTracker,
// InstanceModel over V2CloudApi and NetworkTransport) against the sandbox over loopback while the
// sandbox misbehaves on RunInstancesHour. Each drill checks that the operator is told what
// happened, that only transient failures are retried (counting the requests the sandbox saw),
// that the event loop keeps running, that the launch stays in the journal and that nothing is
// created twice; when the launch could not be confirmed, a restart on the same journal finishes
// it with exactly the requested instances.
#include "api/apierrortext.h"
#include "api/networktransport.h"
#include "api/v2/v2cloudapi.h"
#include "launch/instancemodel.h"
#include "launch/journal.h"
#include "launch/launchcontroller.h"
#include "launch/launcher.h"
#include "sandbox/faultinjector.h"
#include "sandboxthread.h"
#include "specbuilder.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

constexpr int Count = 2;
constexpr int TimeoutMs = 1000;
constexpr int Attempts = 3;

// Measures how long the event loop of this thread goes without running a 50 ms timer.
class Ticker
{
public:
    Ticker()
    {
        m_timer.setInterval(50);
        QObject::connect(&m_timer, &QTimer::timeout,
                         [this] { m_longest = qMax(m_longest, m_clock.restart()); });
        m_clock.start();
        m_timer.start();
    }
    qint64 longestGapMs() const { return qMax(m_longest, m_clock.elapsed()); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

} // namespace

class TstFaultDrills : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxThread> m_sandbox;
    std::unique_ptr<NetworkTransport> m_transport;

    std::unique_ptr<V2CloudApi> api() const
    {
        ApiConfig config;
        config.endpoint = m_sandbox->endpoint();
        config.secretId = SandboxService::DefaultSecretId;
        config.secretKey = SandboxService::DefaultSecretKey;
        auto backend = std::make_unique<V2CloudApi>(config, m_transport.get());
        RetryPolicy policy;
        policy.maxAttempts = Attempts;
        policy.baseDelayMs = 100;
        policy.jitter = 0;
        backend->setRetryPolicy(policy);
        backend->setTimeoutMs(TimeoutMs);
        return backend;
    }
    static LaunchSpec spec()
    {
        return SpecBuilder()
            .dataDisk(2, 50)
            .bandwidth(1)
            .count(Count)
            .key(QStringLiteral("skey-5kfo2sqr"))
            .name(QStringLiteral("drill"));
    }
    QStringList sandboxIds() const
    {
        return m_sandbox->call([](SandboxService &s) {
            QStringList ids;
            for (const auto &instance : s.store().instances(SandboxService::DefaultSecretId))
                ids << instance.id;
            ids.sort();
            return ids;
        });
    }
    static QStringList sorted(QStringList ids)
    {
        ids.sort();
        return ids;
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<SandboxThread>();
        QVERIFY(m_sandbox->isListening());
        m_transport = std::make_unique<NetworkTransport>();
    }
    void cleanup()
    {
        m_transport.reset();
        m_sandbox.reset();
    }

    void drill_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("value"); // latency, HTTP status, service code or body size
        QTest::addColumn<int>("times"); // occurrences, -1: every request
        QTest::addColumn<int>("requests");
        QTest::addColumn<bool>("confirmed"); // the launch ends with its ids in this session
        QTest::addColumn<QString>("text");   // what the operator must be told

        using K = FaultRule::Kind;
        const auto kindText = [](ApiError::Kind kind, int status = 0) {
            return ApiErrorText::forKind(kind, status);
        };
        QTest::newRow("latency past the timeout") << int(K::Latency) << 3 * TimeoutMs << 1 << 2
                                                  << true << kindText(ApiError::Kind::Timeout);
        for (int status : {500, 502, 503}) {
            QTest::addRow("HTTP %d", status) << int(K::HttpStatus) << status << 1 << 2 << true
                                             << kindText(ApiError::Kind::Http, status);
        }
        QTest::newRow("HTTP 503 every time") << int(K::HttpStatus) << 503 << -1 << Attempts << false
                                             << kindText(ApiError::Kind::Http, 503);
        for (int code : {6000, 6200}) {
            QTest::addRow("service error %d", code) << int(K::ServiceError) << code << 1 << 2
                                                    << true << QStringLiteral("the app retries");
        }
        // Three requests: the dropped one, QNetworkAccessManager's own silent resend of it (the
        // same Nonce, refused with 4500) and the client's retry, signed afresh.
        QTest::newRow("dropped connection")
            << int(K::Drop) << 0 << 1 << 3 << true << QStringLiteral("dropped connection");
        QTest::newRow("truncated JSON")
            << int(K::Truncate) << 0 << 1 << 1 << false << QStringLiteral("not valid JSON");
        QTest::newRow("HTML instead of JSON")
            << int(K::NonJson) << 0 << 1 << 1 << false << QStringLiteral("HTML page");
        QTest::newRow("50 MiB body") << int(K::HugeBody) << 50 * 1024 * 1024 << 1 << 1 << false
                                     << QStringLiteral("larger than");
        QTest::newRow("stalled body")
            << int(K::Stall) << 0 << 1 << 2 << true << kindText(ApiError::Kind::Timeout);
    }
    void drill()
    {
        QFETCH(int, kind);
        QFETCH(int, value);
        QFETCH(int, times);
        QFETCH(int, requests);
        QFETCH(bool, confirmed);
        QFETCH(QString, text);

        FaultRule rule;
        rule.kind = FaultRule::Kind(kind);
        rule.action = QStringLiteral("RunInstancesHour");
        rule.remaining = times;
        rule.latencyMs = value;
        rule.httpStatus = value;
        rule.serviceCode = value;
        rule.hugeBytes = value;
        m_sandbox->call([&](SandboxService &s) { s.faults().addRule(rule); });
        m_sandbox->countRequests(QStringLiteral("RunInstancesHour"));

        QTemporaryDir journalDir;
        QVERIFY(journalDir.isValid());
        Ticker ticker;
        QStringList messages;
        QString launchId;
        {
            auto backend = api();
            // The sandbox needs seconds to put 50 MiB on the wire (2.6 s before the first byte
            // of 32 MiB here); the drill is about the client's cap, so it waits for the headers.
            if (rule.kind == FaultRule::Kind::HugeBody)
                backend->setTimeoutMs(60000);
            LaunchController app(journalDir.path());
            connect(&app, &LaunchController::message, &app,
                    [&](const QString &m) { messages << m; });
            app.start();
            app.setCloudApi(backend.get(), QStringLiteral("drill"));
            QSignalSpy finished(app.launcher(), &Launcher::launchFinished);
            QSignalSpy failed(app.launcher(), &Launcher::batchFailed);
            QSignalSpy unconfirmed(app.launcher(), &Launcher::batchUnconfirmed);
            launchId = app.launch(spec());
            QVERIFY(!launchId.isEmpty());
            QTRY_VERIFY_WITH_TIMEOUT(
                !finished.isEmpty() || !failed.isEmpty() || !unconfirmed.isEmpty(), 30000);
            QVERIFY2(failed.isEmpty(),
                     qPrintable(QStringLiteral("a batch was given up although it may have been "
                                               "created:\n%1")
                                    .arg(messages.join(u'\n'))));

            const int seen = m_sandbox->requestsSeen();
            QVERIFY2(seen == requests, qPrintable(QStringLiteral("%1 requests, not %2:\n%3")
                                                      .arg(seen)
                                                      .arg(requests)
                                                      .arg(messages.join(u'\n'))));
            QVERIFY2(
                messages.join(u'\n').contains(text),
                qPrintable(
                    QStringLiteral("expected \"%1\" in:\n%2").arg(text, messages.join(u'\n'))));
            const auto record = app.launchRecord(launchId);
            QVERIFY(record);
            if (confirmed) {
                QVERIFY(!record->isOpen());
                QCOMPARE(sorted(record->instanceIds()), sandboxIds());
                QCOMPARE(app.model()->rowCount(), Count);
            } else {
                // The service may or may not have acted: the batch stays open in the journal so
                // that the next start asks again with the same clientToken.
                QVERIFY(record->isOpen());
            }
            QVERIFY(m_sandbox->instanceCount() <= Count);
        }
        QVERIFY2(
            ticker.longestGapMs() < 1000,
            qPrintable(
                QStringLiteral("the event loop stalled for %1 ms").arg(ticker.longestGapMs())));

        // The journal holds the launch; a restart (with the sandbox healthy again) ends it.
        m_sandbox->call([](SandboxService &s) { s.faults().clear(); });
        auto backend = api();
        LaunchController restarted(journalDir.path());
        restarted.start();
        QVERIFY(restarted.launchRecord(launchId));
        restarted.setCloudApi(backend.get(), QStringLiteral("drill"));
        QTRY_VERIFY_WITH_TIMEOUT(!restarted.launchRecord(launchId)->isOpen(), 30000);
        const LaunchRecord record = *restarted.launchRecord(launchId);
        QCOMPARE(m_sandbox->instanceCount(), Count);
        QCOMPARE(sorted(record.instanceIds()), sandboxIds());
        QTRY_COMPARE(restarted.model()->rowCount(), Count);
        for (const QString &id : record.instanceIds())
            QVERIFY(restarted.model()->rowOfInstance(id) >= 0);
    }
};

QTEST_GUILESS_MAIN(TstFaultDrills)
#include "tst_faultdrills.moc"
