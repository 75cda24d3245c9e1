// SIGKILL drill: a launch of 150 instances (two batches) in a child process (drill-child, the
// app's real launch path) is killed at a point of the launch, then the app is started again on
// the same journal. The sandbox, which outlives the child, must then hold exactly 150 instances
// and the restarted app's journal and table must show every one of them.
#include "sandbox/faultinjector.h"
#include "sandbox/instancestore.h"
#include "sandboxthread.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int Count = 150;

} // namespace

class TstKillDrill : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxThread> m_sandbox;

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

private slots:
    void init()
    {
        m_sandbox = std::make_unique<SandboxThread>();
        QVERIFY(m_sandbox->isListening());
        m_sandbox->call([](SandboxService &s) { s.store().setQuota(10 * Count); });
    }
    void cleanup() { m_sandbox.reset(); }

    void killAndRestart_data()
    {
        QTest::addColumn<QString>("point");
        QTest::newRow("before the request") << QStringLiteral("before-request");
        QTest::newRow("after the request, before the answer") << QStringLiteral("after-request");
        QTest::newRow("after the answer, before the journal write")
            << QStringLiteral("after-answer");
    }
    void killAndRestart()
    {
        QFETCH(QString, point);
        QTemporaryDir journalDir;
        QVERIFY(journalDir.isValid());
        const QString endpoint = m_sandbox->endpoint().toString();

        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        if (point == QLatin1String("after-request")) {
            // The sandbox carries the requests out at once but holds the answers back; the child
            // is killed once both batches exist on the service side.
            FaultRule hold;
            hold.kind = FaultRule::Kind::Latency;
            hold.action = QStringLiteral("RunInstancesHour");
            hold.latencyMs = 60000;
            m_sandbox->call([&](SandboxService &s) { s.faults().addRule(hold); });
            child.start(QStringLiteral(CVM_DRILL_CHILD),
                        {endpoint, journalDir.path(), QStringLiteral("launch"),
                         QString::number(Count), QStringLiteral("none")});
            QVERIFY(child.waitForStarted());
            QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->instanceCount(), Count, 30000);
            child.kill();
        } else {
            child.start(QStringLiteral(CVM_DRILL_CHILD),
                        {endpoint, journalDir.path(), QStringLiteral("launch"),
                         QString::number(Count), point});
            QVERIFY(child.waitForStarted());
        }
        QTRY_VERIFY_WITH_TIMEOUT(child.state() == QProcess::NotRunning, 30000);
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        m_sandbox->call([](SandboxService &s) { s.faults().clear(); });
        QVERIFY(m_sandbox->instanceCount() <= Count);

        QProcess restart;
        restart.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        restart.start(QStringLiteral(CVM_DRILL_CHILD),
                      {endpoint, journalDir.path(), QStringLiteral("resume")});
        QVERIFY(restart.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(restart.state() == QProcess::NotRunning, 60000);
        QCOMPARE(restart.exitStatus(), QProcess::NormalExit);
        QCOMPARE(restart.exitCode(), 0);

        QStringList ids;
        int rows = -1;
        for (const QByteArray &line : restart.readAllStandardOutput().split('\n')) {
            if (line.startsWith("ids "))
                ids = QString::fromUtf8(line.mid(4)).split(u',', Qt::SkipEmptyParts);
            else if (line.startsWith("rows "))
                rows = line.mid(5).toInt();
        }
        ids.sort();
        QCOMPARE(m_sandbox->instanceCount(), Count);
        QCOMPARE(ids, sandboxIds());
        QCOMPARE(rows, Count);
    }
};

QTEST_GUILESS_MAIN(TstKillDrill)
#include "tst_killdrill.moc"
