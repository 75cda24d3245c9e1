// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// Fault drills: the app's launch path (LaunchController: Journal, Launcher, StatusTracker,
// InstanceModel over NetworkTransport) against the sandbox over loopback while the sandbox
// misbehaves on the create action: every drill runs on an API 2.0 profile (V2CloudApi,
// RunInstancesHour) and on an API 3.0 one (V3CloudApi, RunInstances). Each drill checks that the
// operator is told what happened, that only transient failures are retried (counting the
// requests the sandbox saw), that the event loop keeps running, that the launch stays in the
// journal and that nothing is created twice; when the launch could not be confirmed, a restart
// on the same journal finishes it with exactly the requested instances.
#include "api/apierrortext.h"
#include "api/networktransport.h"
#include "api/v2/v2cloudapi.h"
#include "api/v3/v3cloudapi.h"
#include "drillprotocol.h"
#include "eventloopticker.h"
#include "launch/instancemodel.h"
#include "launch/journal.h"
#include "launch/launchcontroller.h"
#include "launch/launcher.h"
#include "sandbox/faultinjector.h"
#include "sandboxthread.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int Count = 2;
constexpr int TimeoutMs = 1000;
constexpr int Attempts = 3;

// A backend of either protocol with the drills' retries (Attempts, 100 ms apart) and timeout.
template<typename Backend>
std::unique_ptr<CloudApi> configured(std::unique_ptr<Backend> backend, int timeoutMs)
{
    RetryPolicy policy;
    policy.maxAttempts = Attempts;
    policy.baseDelayMs = 100;
    policy.jitter = 0;
    backend->setRetryPolicy(policy);
    backend->setTimeoutMs(timeoutMs);
    return backend;
}

} // namespace

class TstFaultDrills : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxThread> m_sandbox;
    std::unique_ptr<NetworkTransport> m_transport;

    std::unique_ptr<CloudApi> api(ApiConfig::Version version, int timeoutMs = TimeoutMs) const
    {
        const ApiConfig config = DrillProtocol::config(version, m_sandbox->endpoint());
        if (version == ApiConfig::Version::V3)
            return configured(std::make_unique<V3CloudApi>(config, m_transport.get()), timeoutMs);
        return configured(std::make_unique<V2CloudApi>(config, m_transport.get()), timeoutMs);
    }
    static LaunchSpec spec(ApiConfig::Version version)
    {
        return DrillProtocol::spec(version)
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
        m_sandbox->call([](SandboxService &s) { DrillProtocol::allowInstances(s, 4 * Count); });
        m_transport = std::make_unique<NetworkTransport>();
    }
    void cleanup()
    {
        m_transport.reset();
        m_sandbox.reset();
    }

    void drill_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("value"); // latency, HTTP status, service code or body size
        QTest::addColumn<int>("times"); // occurrences, -1: every request
        QTest::addColumn<int>("requests");
        QTest::addColumn<bool>("confirmed");    // the launch ends with its ids in this session
        QTest::addColumn<QStringList>("texts"); // what the operator must be told

        using K = FaultRule::Kind;
        const auto kindText = [](ApiError::Kind kind, int status = 0) {
            return QStringList{ApiErrorText::forKind(kind, status)};
        };
        for (const QString &protocol : {QStringLiteral("v2"), QStringLiteral("v3")}) {
            const bool v3 = protocol == QLatin1String("v3");
            const auto row = [&protocol](const QString &name) {
                return &(QTest::addRow("%s, %s", qPrintable(protocol), qPrintable(name))
                         << protocol);
            };
            *row(QStringLiteral("latency past the timeout"))
                << int(K::Latency) << 3 * TimeoutMs << 1 << 2 << true
                << kindText(ApiError::Kind::Timeout);
            for (int status : {500, 502, 503}) {
                *row(QStringLiteral("HTTP %1").arg(status))
                    << int(K::HttpStatus) << status << 1 << 2 << true
                    << kindText(ApiError::Kind::Http, status);
            }
            *row(QStringLiteral("HTTP 503 every time"))
                << int(K::HttpStatus) << 503 << -1 << Attempts << false
                << kindText(ApiError::Kind::Http, 503);
            // The same rule on both protocols: API 2.0 answers the number with the name as
            // codeDesc, API 3.0 the name the real service gives that failure.
            const QList<std::pair<int, QString>> serviceErrors = {
                {6000, QStringLiteral("InternalError")},
                {6200, QStringLiteral("ServiceUnavailable")}};
            for (const auto &[code, name] : serviceErrors) {
                *row(QStringLiteral("service error %1").arg(code))
                    << int(K::ServiceError) << code << 1 << 2 << true
                    << QStringList{name, QStringLiteral("the app retries")};
            }
            // API 2.0: three requests, the dropped one, QNetworkAccessManager's own silent
            // resend of it (the same Nonce, refused with 4500) and the client's retry, signed
            // afresh. API 3.0 (TC3) has no nonce: the silent resend is the same request, and
            // the service answers it with the instances the dropped one made (same ClientToken).
            *row(QStringLiteral("dropped connection"))
                << int(K::Drop) << 0 << 1 << (v3 ? 2 : 3) << true
                << (v3 ? QStringList() : QStringList{QStringLiteral("dropped connection")});
            *row(QStringLiteral("truncated JSON")) << int(K::Truncate) << 0 << 1 << 1 << false
                                                   << QStringList{QStringLiteral("not valid JSON")};
            *row(QStringLiteral("HTML instead of JSON"))
                << int(K::NonJson) << 0 << 1 << 1 << false
                << QStringList{QStringLiteral("HTML page")};
            *row(QStringLiteral("50 MiB body"))
                << int(K::HugeBody) << 50 * 1024 * 1024 << 1 << 1 << false
                << QStringList{QStringLiteral("larger than")};
            *row(QStringLiteral("stalled body"))
                << int(K::Stall) << 0 << 1 << 2 << true << kindText(ApiError::Kind::Timeout);
        }
    }
    void drill()
    {
        QFETCH(QString, protocol);
        QFETCH(int, kind);
        QFETCH(int, value);
        QFETCH(int, times);
        QFETCH(int, requests);
        QFETCH(bool, confirmed);
        QFETCH(QStringList, texts);
        const auto version = DrillProtocol::fromName(protocol);
        QVERIFY(version);
        const QString region = DrillProtocol::config(*version, {}).region;

        FaultRule rule;
        rule.kind = FaultRule::Kind(kind);
        rule.action = DrillProtocol::createAction(*version);
        rule.remaining = times;
        rule.latencyMs = value;
        rule.httpStatus = value;
        rule.serviceCode = value;
        rule.hugeBytes = value;
        m_sandbox->call([&](SandboxService &s) { s.faults().addRule(rule); });
        m_sandbox->countRequests(rule.action);

        QTemporaryDir journalDir;
        QVERIFY(journalDir.isValid());
        EventLoopTicker ticker;
        QStringList messages;
        QString launchId;
        {
            // The sandbox needs seconds to put 50 MiB on the wire (2.6 s before the first byte
            // of 32 MiB here); the drill is about the client's cap, so it waits for the headers.
            auto backend =
                api(*version, rule.kind == FaultRule::Kind::HugeBody ? 60000 : TimeoutMs);
            LaunchController app(journalDir.path());
            connect(&app, &LaunchController::message, &app,
                    [&](const QString &m) { messages << m; });
            app.start();
            app.setCloudApi(backend.get(), QStringLiteral("drill"), region);
            QSignalSpy finished(app.launcher(), &Launcher::launchFinished);
            QSignalSpy failed(app.launcher(), &Launcher::batchFailed);
            QSignalSpy unconfirmed(app.launcher(), &Launcher::batchUnconfirmed);
            launchId = app.launch(spec(*version));
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
            for (const QString &text : std::as_const(texts)) {
                QVERIFY2(
                    messages.join(u'\n').contains(text),
                    qPrintable(
                        QStringLiteral("expected \"%1\" in:\n%2").arg(text, messages.join(u'\n'))));
            }
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
        auto backend = api(*version);
        LaunchController restarted(journalDir.path());
        restarted.start();
        QVERIFY(restarted.launchRecord(launchId));
        restarted.setCloudApi(backend.get(), QStringLiteral("drill"), region);
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
