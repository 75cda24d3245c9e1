// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// The cvm-sandbox executable as a user runs it: the one "listening on" line, the options, a
// signed request from outside the process, and a clean exit on SIGTERM and SIGINT.
#include "sandbox/sandboxaccounts.h"
#include "v2testclient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
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

    // Rate limits are on by default, as on the real service; --rate lowers one action's rate so
    // that a handful of requests is enough to see it on a slow machine too.
    void rateLimitOnByDefault()
    {
        QProcess process;
        const QUrl url =
            start(process, {QStringLiteral("--rate"), QStringLiteral("DescribeInstances=2")});
        QVERIFY(url.isValid());
        V2TestClient client(url, SandboxAccounts::DefaultSecretId,
                            SandboxAccounts::DefaultSecretKey);
        QStringList codes;
        for (int i = 0; i < 4; ++i)
            codes << QString::number(client.call(QStringLiteral("DescribeInstances")).code());
        QVERIFY2(codes.contains(QStringLiteral("4400")), qPrintable(codes.join(u' ')));
        // Another action has a bucket of its own.
        QCOMPARE(client.call(QStringLiteral("DescribeAvailabilityZones")).code(), 0);
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
    }

    void rateLimitOff()
    {
        QProcess process;
        const QUrl url =
            start(process, {QStringLiteral("--rate-limit"), QStringLiteral("off"),
                            QStringLiteral("--rate"), QStringLiteral("DescribeInstances=1")});
        QVERIFY(url.isValid());
        V2TestClient client(url, SandboxAccounts::DefaultSecretId,
                            SandboxAccounts::DefaultSecretKey);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(client.call(QStringLiteral("DescribeInstances")).code(), 0);
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
    }

    // A v1-signed request sent to the API 3.0 endpoint gets the API's JSON, not the front's
    // HTML 404; over the v1 size limit (1 MB POST) it is a signature failure that names
    // TC3-HMAC-SHA256.
    void v1RequestToApi3Endpoint()
    {
        QProcess process;
        const QUrl url = start(process, {});
        QVERIFY(url.isValid());
        QNetworkAccessManager network;
        const auto post = [&](const QByteArray &body) {
            QNetworkRequest request(url.resolved(QUrl(QStringLiteral("/"))));
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/x-www-form-urlencoded"));
            QNetworkReply *reply = network.post(request, body);
            QSignalSpy finished(reply, &QNetworkReply::finished);
            [&] { QVERIFY(finished.wait(20000)); }();
            const QByteArray answer = reply->readAll();
            const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
            reply->deleteLater();
            return std::pair{type, QJsonDocument::fromJson(answer).object()};
        };
        const QByteArray v1 = "Action=DescribeInstances&Version=2017-03-12&Region=ap-guangzhou"
                              "&SecretId=AKIDexample&Timestamp=1700000000&Nonce=11886"
                              "&SignatureMethod=HmacSHA256&Signature=abc";
        const auto [smallType, small] = post(v1);
        QVERIFY2(smallType.startsWith("application/json"), smallType.constData());
        const QJsonObject smallError = small.value(QLatin1String("Response"))
                                           .toObject()
                                           .value(QLatin1String("Error"))
                                           .toObject();
        QVERIFY(!smallError.value(QLatin1String("Code")).toString().isEmpty());
        QVERIFY(smallError.value(QLatin1String("Message"))
                    .toString()
                    .contains(QLatin1String("TC3-HMAC-SHA256")));

        const auto [bigType, big] = post(v1 + "&InstanceName=" + QByteArray(1024 * 1024, 'a'));
        QVERIFY2(bigType.startsWith("application/json"), bigType.constData());
        const QJsonObject bigError = big.value(QLatin1String("Response"))
                                         .toObject()
                                         .value(QLatin1String("Error"))
                                         .toObject();
        QCOMPARE(bigError.value(QLatin1String("Code")).toString(),
                 QStringLiteral("AuthFailure.SignatureFailure"));
        QVERIFY(bigError.value(QLatin1String("Message"))
                    .toString()
                    .contains(QLatin1String("TC3-HMAC-SHA256")));
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
        QTest::newRow("rate-limit")
            << QStringList{QStringLiteral("--rate-limit"), QStringLiteral("maybe")}
            << QStringLiteral("--rate-limit");
        QTest::newRow("rate") << QStringList{QStringLiteral("--rate"),
                                             QStringLiteral("RunInstances=fast")}
                              << QStringLiteral("--rate");
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
