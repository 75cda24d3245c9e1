// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// The sandbox's HTTP front and its fault layer (SandboxHttpServer + ReplyDelivery) over real
// loopback sockets: each fault kind, action matching, occurrence counts, and whether the request
// behind a fault is carried out.
#include "sandbox/faultinjector.h"
#include "sandbox/sandboxservice.h"
#include "v2testclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

#include <memory>

class TstSandboxHttpServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxService> m_service;
    std::unique_ptr<V2TestClient> m_client;

    void addRule(FaultRule::Kind kind, const QString &action = QString(), int count = -1)
    {
        FaultRule rule;
        rule.kind = kind;
        rule.action = action;
        rule.remaining = count;
        m_service->faults().addRule(rule);
    }
    V2TestClient::Answer describe(int timeoutMs = 10000)
    {
        V2TestClient::Options options;
        options.timeoutMs = timeoutMs;
        return m_client->call(QStringLiteral("DescribeKeyPairs"), {}, options);
    }
    int instanceCount()
    {
        m_service->faults().clear();
        return m_client->call(QStringLiteral("DescribeInstances"))
            .json.value(QLatin1String("totalCount"))
            .toInt(-1);
    }
    V2TestClient::Answer launch()
    {
        return m_client->call(QStringLiteral("RunInstancesHour"),
                              {{QStringLiteral("zoneId"), QStringLiteral("100003")},
                               {QStringLiteral("cpu"), QStringLiteral("1")},
                               {QStringLiteral("mem"), QStringLiteral("2")},
                               {QStringLiteral("imageId"), QStringLiteral("img-31tjrtph")},
                               {QStringLiteral("imageType"), QStringLiteral("2")},
                               {QStringLiteral("storageSize"), QStringLiteral("0")}});
    }

private slots:
    void init()
    {
        m_service = std::make_unique<SandboxService>();
        QVERIFY(m_service->start() != 0);
        m_client =
            std::make_unique<V2TestClient>(m_service->endpoint(), SandboxService::DefaultSecretId,
                                           SandboxService::DefaultSecretKey);
    }
    void cleanup()
    {
        m_client.reset();
        m_service.reset();
    }

    void noFaultsByDefault()
    {
        QVERIFY(m_service->faults().isEmpty());
        const auto answer = describe();
        QCOMPARE(answer.httpStatus, 200);
        QCOMPARE(answer.code(), 0);
    }

    void unknownPathIs404()
    {
        QUrl url = m_service->endpoint();
        url.setPath(QStringLiteral("/v3/nothing"));
        QNetworkReply *reply = m_client->network().get(QNetworkRequest(url));
        const auto answer = m_client->wait(reply, 10000);
        QCOMPARE(answer.httpStatus, 404);
    }

    void latency()
    {
        FaultRule rule;
        rule.kind = FaultRule::Kind::Latency;
        rule.latencyMs = 400;
        m_service->faults().addRule(rule);
        QElapsedTimer timer;
        timer.start();
        const auto answer = describe();
        QVERIFY(timer.elapsed() >= 400);
        QCOMPARE(answer.code(), 0);
    }

    void httpStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("502") << 502;
        QTest::newRow("503") << 503;
    }
    void httpStatus()
    {
        QFETCH(int, status);
        FaultRule rule;
        rule.kind = FaultRule::Kind::HttpStatus;
        rule.httpStatus = status;
        m_service->faults().addRule(rule);
        const auto answer = describe();
        QCOMPARE(answer.httpStatus, status);
        QVERIFY(!answer.isJson);
        QVERIFY(answer.body.contains(QByteArray::number(status)));
        // An error answer is not carried out behind the client's back.
        m_service->faults().clear();
        m_service->faults().addRule(rule);
        QCOMPARE(launch().httpStatus, status);
        QCOMPARE(instanceCount(), 0);
    }

    void serviceError_data()
    {
        QTest::addColumn<int>("code");
        QTest::newRow("6000") << 6000;
        QTest::newRow("6200") << 6200;
    }
    void serviceError()
    {
        QFETCH(int, code);
        FaultRule rule;
        rule.kind = FaultRule::Kind::ServiceError;
        rule.serviceCode = code;
        m_service->faults().addRule(rule);
        const auto answer = describe();
        QCOMPARE(answer.httpStatus, 200);
        QCOMPARE(answer.code(), code);
        QVERIFY(!answer.message().isEmpty());
    }

    // Fault rules name any error code; API 2.0 answers its number with the name as codeDesc.
    void serviceErrorByName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("code");
        QTest::newRow("rate") << QStringLiteral("RequestLimitExceeded") << 4400;
        QTest::newRow("stock") << QStringLiteral("ResourceInsufficient.SpecifiedInstanceType")
                               << 5200;
        QTest::newRow("internal") << QStringLiteral("InternalError.TradeUnknownError") << 6000;
        QTest::newRow("parameter") << QStringLiteral("InvalidParameterCombination") << 4000;
        QTest::newRow("balance") << QStringLiteral("InvalidAccount.InsufficientBalance") << 5300;
        QTest::newRow("unclassed") << QStringLiteral("FailedOperation") << 5100;
    }
    void serviceErrorByName()
    {
        QFETCH(QString, name);
        QFETCH(int, code);
        QString error;
        QVERIFY2(m_service->faults().loadJson(
                     QStringLiteral(R"({"faults": [{"kind": "serviceError", "code": "%1"}]})")
                         .arg(name)
                         .toUtf8(),
                     &error),
                 qPrintable(error));
        QCOMPARE(m_service->faults().rules().at(0).errorCode, name);
        const auto answer = launch();
        QCOMPARE(answer.code(), code);
        QCOMPARE(answer.json.value(QLatin1String("codeDesc")).toString(), name);
        QCOMPARE(instanceCount(), 0);
    }

    void rateLimitAnswers4400()
    {
        m_service->rateLimiter().setRate(QStringLiteral("DescribeKeyPairs"), 2); // describe()
        QCOMPARE(describe().code(), 0);
        QCOMPARE(describe().code(), 0);
        // Two in the bucket: the third within the same second (allowing a slow machine one more
        // refill) is refused, and says so.
        auto third = describe();
        if (third.code() == 0)
            third = describe();
        QCOMPARE(third.code(), 4400);
        QCOMPARE(third.json.value(QLatin1String("codeDesc")).toString(),
                 QStringLiteral("RequestLimitExceeded"));
        m_service->setRateLimited(false);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(describe().code(), 0);
    }

    void drop()
    {
        addRule(FaultRule::Kind::Drop, QStringLiteral("RunInstancesHour"));
        const auto answer = launch();
        QVERIFY(answer.finished);
        QVERIFY(answer.error != QNetworkReply::NoError);
        QVERIFY(answer.body.isEmpty());
        // The request went through; only its answer was lost: the case clientToken is for.
        QVERIFY(instanceCount() >= 1);
    }

    void truncate()
    {
        addRule(FaultRule::Kind::Truncate);
        const auto answer = describe();
        QCOMPARE(answer.httpStatus, 200);
        QVERIFY(!answer.body.isEmpty());
        QVERIFY(!answer.isJson);
    }

    void truncateAndClose()
    {
        FaultRule rule;
        rule.kind = FaultRule::Kind::Truncate;
        rule.closeConnection = true;
        m_service->faults().addRule(rule);
        const auto answer = describe();
        QVERIFY(answer.finished);
        QVERIFY(answer.error != QNetworkReply::NoError);
    }

    void nonJson()
    {
        addRule(FaultRule::Kind::NonJson);
        const auto answer = describe();
        QCOMPARE(answer.httpStatus, 200);
        QVERIFY(!answer.isJson);
        QVERIFY(answer.body.contains("<html>"));
    }

    void slowBody()
    {
        FaultRule rule;
        rule.kind = FaultRule::Kind::SlowBody;
        rule.chunkBytes = 64;
        rule.intervalMs = 50;
        const QByteArray expected = describe().body;
        m_service->faults().addRule(rule);
        QElapsedTimer timer;
        timer.start();
        const auto answer = describe();
        QCOMPARE(answer.body, expected);
        QVERIFY(timer.elapsed() >= (expected.size() / 64) * 50);
    }

    void stall()
    {
        addRule(FaultRule::Kind::Stall);
        const auto answer = describe(800);
        QVERIFY(!answer.finished);
        // The sandbox still serves other requests meanwhile.
        m_service->faults().clear();
        QCOMPARE(describe().code(), 0);
    }

    void hugeBody()
    {
        FaultRule rule;
        rule.kind = FaultRule::Kind::HugeBody;
        rule.hugeBytes = 3 * 1024 * 1024;
        m_service->faults().addRule(rule);
        const auto answer = describe(30000);
        QCOMPARE(answer.body.size(), rule.hugeBytes);
        QCOMPARE(answer.code(), 0);
    }

    void matchesActionAndCounts()
    {
        addRule(FaultRule::Kind::ServiceError, QStringLiteral("DescribeKeyPairs"), 2);
        QCOMPARE(m_client->call(QStringLiteral("DescribeVpcEx")).code(), 0);
        QCOMPARE(describe().code(), 6000);
        QCOMPARE(describe().code(), 6000);
        QCOMPARE(describe().code(), 0);
    }

    void faultFile()
    {
        QString error;
        QVERIFY(m_service->faults().loadJson(
            R"({"faults": [{"action": "DescribeKeyPairs", "kind": "serviceError", "code": 6200,
                            "count": 1},
                           {"kind": "latency", "ms": 10}]})",
            &error));
        QCOMPARE(m_service->faults().rules().size(), 2);
        QCOMPARE(describe().code(), 6200);
        QCOMPARE(describe().code(), 0);

        QVERIFY(!m_service->faults().loadJson(R"({"faults": [{"kind": "explode"}]})", &error));
        QVERIFY(error.contains(QLatin1String("explode")));
        QCOMPARE(m_service->faults().rules().size(), 2);
        QVERIFY(!m_service->faults().loadJson("not json", &error));
        QVERIFY(!m_service->faults().loadJson(R"({"faults": [{"kind": "latency", "ms": -4}]})",
                                              &error));
        QVERIFY(error.contains(QLatin1String("ms")));
        QVERIFY(!m_service->faults().loadJson(R"({"faults": [{"kind": "failCreation"}]})", &error));
        QVERIFY(error.contains(QLatin1String("namePattern")));
        QVERIFY(!m_service->faults().loadJson(
            R"({"faults": [{"kind": "serviceError", "code": "not a code"}]})", &error));
        QVERIFY(error.contains(QLatin1String("not a code")));
    }

    void stopClosesAndRestarts()
    {
        const QUrl before = m_service->endpoint();
        m_service->stop();
        QVERIFY(!m_service->isListening());
        QVERIFY(describe(3000).error != QNetworkReply::NoError);
        QVERIFY(m_service->start() != 0);
        m_client =
            std::make_unique<V2TestClient>(m_service->endpoint(), SandboxService::DefaultSecretId,
                                           SandboxService::DefaultSecretKey);
        QCOMPARE(describe().code(), 0);
        QVERIFY(before.isValid());
    }
};

QTEST_GUILESS_MAIN(TstSandboxHttpServer)
#include "tst_sandboxhttpserver.moc"
