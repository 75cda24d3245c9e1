// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// The SIGKILL drill (issues 7 and 20): a launch of 250 instances (3 batches of at most 100) runs
// in a child process (drill-child, the app's own launch path), which is killed at a point of the
// launch: when the launcher calls the create action for a chosen batch (the journal says "sent",
// nothing left), when that batch's answer arrives (the service acted, the launcher never heard,
// the journal never got the ids), or from outside while the service holds every answer back. The
// sandbox lives in this process and outlives the child. A second child resumes on the same
// journal, resending the open batches with their clientTokens. Every row runs on an API 2.0
// profile (RunInstancesHour, clientToken) and on an API 3.0 one (RunInstances, ClientToken).
// Afterwards the sandbox holds exactly 250 instances (asked through DescribeInstances), among
// them every one it had made before the kill (the resend got them back, made none anew), the
// journal and the table show every one of them, the resumed child's event loop never stalled,
// and no launch password is left in the keychain.
#include "api/cloudapifactory.h"
#include "api/networktransport.h"
#include "apiwait.h"
#include "credentials/keychainsecretstore.h"
#include "drillprotocol.h"
#include "killdrill.h"
#include "launch/instancemodel.h"
#include "launch/launchcontroller.h"
#include "launch/launcher.h"
#include "sandbox/faultinjector.h"
#include "sandbox/instancestore.h"
#include "sandbox/sandboxservice.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int Count = 250;
// The resumed child's event loop: a 50 ms timer late by this much means something blocked it.
constexpr int LongestGapMs = 1000;

int sandboxCount(SandboxService &sandbox)
{
    return int(sandbox.store().instances(SandboxService::DefaultSecretId).size());
}

QStringList sandboxIds(SandboxService &sandbox)
{
    QStringList ids;
    for (const auto &instance : sandbox.store().instances(SandboxService::DefaultSecretId))
        ids << instance.id;
    return ids;
}

} // namespace

class TstKillDrill : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxService> m_sandbox;
    std::unique_ptr<NetworkTransport> m_transport;
    std::unique_ptr<CloudApi> m_api;

    // Every instance of the account, page by page, as the service lists them.
    QStringList describedIds()
    {
        QStringList ids;
        int total = -1;
        for (int offset = 0; total < 0 || offset < total; offset += 100) {
            const auto page = finishCall<InstancePage>([this, offset](QObject *c, auto done) {
                return m_api->describeInstances({}, offset, 100, c, done);
            });
            if (!page || !page->ok())
                return {QStringLiteral("DescribeInstances failed")};
            total = page->value->totalCount;
            for (const InstanceInfo &instance : page->value->instances)
                ids << instance.instanceId;
            if (page->value->instances.isEmpty())
                break;
        }
        ids.sort();
        return ids;
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<SandboxService>();
        m_sandbox->store().setPendingMs(200);
        DrillProtocol::allowInstances(*m_sandbox, 4 * Count);
        // 250 instances in batches, resent and polled at once: over the real service's rates.
        m_sandbox->setRateLimited(false);
        QVERIFY(m_sandbox->start() != 0);
        m_transport = std::make_unique<NetworkTransport>();
    }
    void cleanup()
    {
        m_api.reset();
        m_transport.reset();
        m_sandbox.reset();
    }

    void killedLaunchResumesExactly_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("point");
        QTest::addColumn<int>("batch");
        for (const QString &protocol : {QStringLiteral("v2"), QStringLiteral("v3")}) {
            const auto row = [&protocol](const char *name) {
                return &(QTest::addRow("%s, %s", qPrintable(protocol), name) << protocol);
            };
            *row("key, killed before batch 1 leaves")
                << QStringLiteral("key") << QStringLiteral("at-call") << 1;
            *row("password, killed before batch 2 leaves")
                << QStringLiteral("password") << QStringLiteral("at-call") << 2;
            *row("key, batch 1 carried out, answer lost")
                << QStringLiteral("key") << QStringLiteral("at-answer") << 1;
            *row("key, batch 2 carried out, answer lost")
                << QStringLiteral("key") << QStringLiteral("at-answer") << 2;
            *row("password, batch 3 carried out, answer lost")
                << QStringLiteral("password") << QStringLiteral("at-answer") << 3;
            // "after-request": the child is killed from outside once every batch exists on the
            // service side while the service still holds the answers back.
            *row("key, every batch carried out, answers held")
                << QStringLiteral("key") << QStringLiteral("after-request") << 0;
            *row("password, every batch carried out, answers held")
                << QStringLiteral("password") << QStringLiteral("after-request") << 0;
        }
    }
    void killedLaunchResumesExactly()
    {
        QFETCH(QString, protocol);
        QFETCH(QString, login);
        QFETCH(QString, point);
        QFETCH(int, batch);
        const auto version = DrillProtocol::fromName(protocol);
        QVERIFY(version);
        m_api.reset(CloudApiFactory::create(DrillProtocol::config(*version, m_sandbox->endpoint()),
                                            m_transport.get()));
        QVERIFY(m_api);
        QTemporaryDir journalDir;
        QVERIFY(journalDir.isValid());
        const QString endpoint = m_sandbox->endpoint().toString();

        KillDrill::Child first;
        if (point == QLatin1String("after-request")) {
            FaultRule hold;
            hold.kind = FaultRule::Kind::Latency;
            hold.action = DrillProtocol::createAction(*version);
            hold.latencyMs = 60000;
            m_sandbox->faults().addRule(hold);
            QVERIFY(first.start({protocol, endpoint, journalDir.path(), QStringLiteral("launch"),
                                 QString::number(Count), login, QStringLiteral("none"),
                                 QStringLiteral("0")}));
            QTRY_COMPARE_WITH_TIMEOUT(sandboxCount(*m_sandbox), Count, 30000);
            first.kill();
            QVERIFY(first.waitForEnd());
            m_sandbox->faults().clear();
        } else {
            QVERIFY(first.run({protocol, endpoint, journalDir.path(), QStringLiteral("launch"),
                               QString::number(Count), login, point, QString::number(batch)}));
        }
        QVERIFY2(first.crashed(), "the child must die by SIGKILL, not end by itself");
        const QStringList madeBeforeKill = sandboxIds(*m_sandbox);
        if (point == QLatin1String("at-call"))
            QVERIFY2(madeBeforeKill.size() < Count, "the killed batch never reached the service");
        else
            QVERIFY2(!madeBeforeKill.isEmpty(), "the killed batch was carried out by the service");

        KillDrill::Child resumed;
        QVERIFY(resumed.run({protocol, endpoint, journalDir.path(), QStringLiteral("resume")}));
        QVERIFY(!resumed.crashed());
        QCOMPARE(resumed.exitCode(), 0);
        const KillDrill::Report report = resumed.report();
        qInfo("the resumed child's event loop went at most %lld ms without a tick", report.gapMs);
        QVERIFY2(report.gapMs >= 0 && report.gapMs < LongestGapMs,
                 qPrintable(QStringLiteral("the resumed child's event loop stalled for %1 ms")
                                .arg(report.gapMs)));

        // Exactly the requested count on the service, and those are the journal's instances.
        const QStringList described = describedIds();
        QCOMPARE(described.size(), Count);
        QCOMPARE(sandboxCount(*m_sandbox), Count);
        QCOMPARE(report.ids, described);
        QCOMPARE(report.rows, Count);
        // What the service made before the kill came back to the resend (same clientToken).
        for (const QString &id : madeBeforeKill)
            QVERIFY2(described.contains(id), qPrintable(id));

        // Read once more by a fresh controller: the journal on disk shows every one, none open.
        // With the keychain it also sweeps what the resumed child, exiting at once, left there.
        KeychainSecretStore keychain;
        LaunchController reread(journalDir.path());
        reread.setSecretStore(&keychain);
        reread.start();
        const QList<LaunchRecord> records = reread.launcher()->records();
        QCOMPARE(records.size(), 1);
        QVERIFY(!records.first().isOpen());
        QCOMPARE(records.first().batches.size(), 3);
        QStringList journalIds = records.first().instanceIds();
        journalIds.sort();
        QCOMPARE(journalIds, described);
        QCOMPARE(reread.model()->rowCount(), Count);

        if (login != QLatin1String("password"))
            return;
        const QString launchId = records.first().id;
        QTRY_VERIFY_WITH_TIMEOUT(reread.launcher()->record(launchId)->passwordsRemoved, 20000);
        for (const BatchRecord &settled : records.first().batches) {
            std::optional<SecretStore::Result> read;
            keychain.read(Launcher::passwordKey(settled.clientToken), this,
                          [&read](const SecretStore::Result &result) { read = result; });
            QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 10000);
            QCOMPARE(int(read->status), int(SecretStore::Status::NotFound));
        }
    }
};

QTEST_GUILESS_MAIN(TstKillDrill)
#include "tst_killdrill.moc"
