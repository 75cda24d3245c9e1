// Issue 7's crash test, honestly: a launch of 250 instances (3 batches) runs in a child process
// (cvm-e2e-crashchild, the app's own launch path) which SIGKILLs itself either when the launcher
// calls RunInstancesHour for a chosen batch (journal says "sent", nothing left) or when that
// batch's answer arrives (the service acted, the launcher never heard). The sandbox lives in this
// process and outlives the child. A second child resumes on the same journal. Afterwards the
// sandbox holds exactly 250 instances (asked through DescribeInstances), the journal and the
// table show every one of them, and no launch password is left in the keychain.
#include "api/cloudapifactory.h"
#include "api/networktransport.h"
#include "apiwait.h"
#include "credentials/keychainsecretstore.h"
#include "launch/instancemodel.h"
#include "launch/launchcontroller.h"
#include "launch/launcher.h"
#include "sandbox/sandboxservice.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int Count = 250;
constexpr int ChildTimeoutMs = 60000;

} // namespace

class TstCrashResume : public QObject
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

    // Runs the child to its end while this process's event loop serves the sandbox.
    static bool run(QProcess &child, const QStringList &arguments)
    {
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(CVM_CRASH_CHILD), arguments);
        if (!child.waitForStarted())
            return false;
        return QTest::qWaitFor([&child] { return child.state() == QProcess::NotRunning; },
                               ChildTimeoutMs);
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<SandboxService>();
        m_sandbox->store().setPendingMs(200);
        m_sandbox->store().setQuota(4 * Count);
        // 250 instances in batches, resent and polled at once: over the real service's rates.
        m_sandbox->setRateLimited(false);
        QVERIFY(m_sandbox->start() != 0);
        m_transport = std::make_unique<NetworkTransport>();
        ApiConfig config;
        config.version = ApiConfig::Version::V2;
        config.region = QStringLiteral("ap-guangzhou");
        config.endpoint = m_sandbox->endpoint();
        config.secretId = SandboxService::DefaultSecretId;
        config.secretKey = SandboxService::DefaultSecretKey;
        m_api.reset(CloudApiFactory::create(config, m_transport.get()));
        QVERIFY(m_api);
    }
    void cleanup()
    {
        m_api.reset();
        m_transport.reset();
        m_sandbox.reset();
    }

    void killedLaunchResumesExactly_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("point");
        QTest::addColumn<int>("batch");
        QTest::newRow("key, killed before batch 1 leaves")
            << QStringLiteral("key") << QStringLiteral("at-call") << 1;
        QTest::newRow("password, killed before batch 2 leaves")
            << QStringLiteral("password") << QStringLiteral("at-call") << 2;
        QTest::newRow("key, batch 2 carried out, answer lost")
            << QStringLiteral("key") << QStringLiteral("at-answer") << 2;
        QTest::newRow("password, batch 3 carried out, answer lost")
            << QStringLiteral("password") << QStringLiteral("at-answer") << 3;
    }
    void killedLaunchResumesExactly()
    {
        QFETCH(QString, login);
        QFETCH(QString, point);
        QFETCH(int, batch);
        QTemporaryDir journalDir;
        QVERIFY(journalDir.isValid());
        const QString endpoint = m_sandbox->endpoint().toString();

        QProcess first;
        QVERIFY(run(first, {endpoint, journalDir.path(), QStringLiteral("launch"),
                            QString::number(Count), login, point, QString::number(batch)}));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        const int afterCrash = m_sandbox->store().instances(SandboxService::DefaultSecretId).size();
        if (point == QLatin1String("at-call"))
            QVERIFY2(afterCrash < Count, "the killed batch never reached the service");
        else
            QVERIFY2(afterCrash > 0, "the killed batch was carried out by the service");

        QProcess resumed;
        QVERIFY(run(resumed, {endpoint, journalDir.path(), QStringLiteral("resume")}));
        QCOMPARE(resumed.exitStatus(), QProcess::NormalExit);
        QCOMPARE(resumed.exitCode(), 0);
        QStringList reportedIds;
        int reportedRows = -1;
        for (const QByteArray &line : resumed.readAllStandardOutput().split('\n')) {
            if (line.startsWith("ids "))
                reportedIds = QString::fromUtf8(line.mid(4)).split(u',', Qt::SkipEmptyParts);
            else if (line.startsWith("rows "))
                reportedRows = line.mid(5).toInt();
        }
        reportedIds.sort();

        // Exactly the requested count on the service, and those are the journal's instances.
        const QStringList described = describedIds();
        QCOMPARE(described.size(), Count);
        QCOMPARE(m_sandbox->store().instances(SandboxService::DefaultSecretId).size(), Count);
        QCOMPARE(reportedIds, described);
        QCOMPARE(reportedRows, Count);

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

QTEST_GUILESS_MAIN(TstCrashResume)
#include "tst_crashresume.moc"
