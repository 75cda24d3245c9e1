// The cvm-sandbox executable as a user runs it: the one "listening on" line, the options, a
// signed request from outside the process, and a clean exit on SIGTERM and SIGINT.
#include "sandbox/sandboxaccounts.h"
#include "v2testclient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QTest>

#include <csignal>

class TstCvmSandbox : public QObject
{
    Q_OBJECT

private:
    // Starts the sandbox and returns its URL (empty when it did not come up).
    static QUrl start(QProcess &process, const QStringList &arguments)
    {
        process.start(QStringLiteral(CVM_SANDBOX_EXE), arguments);
        if (!process.waitForStarted(10000))
            return {};
        QByteArray line;
        while (!line.contains('\n') && process.waitForReadyRead(10000))
            line += process.readAllStandardOutput();
        const auto match = QRegularExpression(QStringLiteral("^listening on (http://\\S+)\n$"))
                               .match(QString::fromUtf8(line));
        return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
    }

private slots:
    void servesAndStopsOnSigterm()
    {
        QProcess process;
        const QUrl url = start(process, {QStringLiteral("--port"), QStringLiteral("0"),
                                         QStringLiteral("--pending-ms"), QStringLiteral("100")});
        QVERIFY(url.isValid());
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() > 0);
        QVERIFY(process.readAllStandardError().isEmpty());

        V2TestClient client(url, SandboxAccounts::DefaultSecretId,
                            SandboxAccounts::DefaultSecretKey);
        QCOMPARE(client.call(QStringLiteral("DescribeInstances")).code(), 0);

        process.terminate(); // SIGTERM
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }

    void ownKeysAndSigint()
    {
        QProcess process;
        const QUrl url = start(process, {QStringLiteral("--secret-id"), QStringLiteral("AKIDmine"),
                                         QStringLiteral("--secret-key"), QStringLiteral("mine")});
        QVERIFY(url.isValid());
        V2TestClient mine(url, QStringLiteral("AKIDmine"), QStringLiteral("mine"));
        QCOMPARE(mine.call(QStringLiteral("DescribeInstances")).code(), 0);
        V2TestClient defaults(url, SandboxAccounts::DefaultSecretId,
                              SandboxAccounts::DefaultSecretKey);
        QCOMPARE(defaults.call(QStringLiteral("DescribeInstances")).code(), 4104);

        ::kill(static_cast<pid_t>(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    void faultFileFromTheCommandLine()
    {
        QTemporaryFile faults;
        QVERIFY(faults.open());
        faults.write(R"({"faults": [{"action": "DescribeInstances", "kind": "serviceError",
                                     "code": 6200}]})");
        faults.flush();
        QProcess process;
        const QUrl url = start(process, {QStringLiteral("--faults"), faults.fileName()});
        QVERIFY(url.isValid());
        V2TestClient client(url, SandboxAccounts::DefaultSecretId,
                            SandboxAccounts::DefaultSecretKey);
        QCOMPARE(client.call(QStringLiteral("DescribeInstances")).code(), 6200);
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
    }

    void badOptionsFailClearly_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("host") << QStringList{QStringLiteral("--host"), QStringLiteral("nowhere")}
                              << QStringLiteral("--host");
        QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")}
                              << QStringLiteral("--port");
        QTest::newRow("pending") << QStringList{QStringLiteral("--pending-ms"),
                                                QStringLiteral("soon")}
                                 << QStringLiteral("--pending-ms");
        QTest::newRow("faults") << QStringList{QStringLiteral("--faults"),
                                               QStringLiteral("/nonexistent/faults.json")}
                                << QStringLiteral("fault file");
    }
    void badOptionsFailClearly()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        QProcess process;
        process.start(QStringLiteral(CVM_SANDBOX_EXE), arguments);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        const QString error = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void warnsOffLoopback()
    {
        QProcess process;
        const QUrl url = start(process, {QStringLiteral("--host"), QStringLiteral("0.0.0.0")});
        QVERIFY(url.isValid());
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        QVERIFY(process.readAllStandardError().contains("not loopback"));
    }
};

QTEST_GUILESS_MAIN(TstCvmSandbox)
#include "tst_cvmsandbox.moc"
