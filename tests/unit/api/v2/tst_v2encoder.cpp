// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/v2/v2encoder.h"
#include "api/v2/v2requests.h"
#include "v2wire.h"

#include <QTest>

class TestV2Encoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formEncodingOfSpecialValues()
    {
        const V2Signer::Parameters params = {{QStringLiteral("a"), QStringLiteral("+ & = / % 中")},
                                             {QStringLiteral("empty"), QString()},
                                             {QStringLiteral("safe"), QStringLiteral("A-z_0.9~")}};
        QCOMPARE(V2Encoder::formEncode(params),
                 QByteArray("a=%2B%20%26%20%3D%20%2F%20%25%20%E4%B8%AD&empty=&safe=A-z_0.9~"));
        QCOMPARE(V2Wire::decodeForm(V2Encoder::formEncode(params)), params);
    }

    void officialVectorThroughTheEncoder()
    {
        // The encoder must produce the official signature when fed the official inputs.
        ApiConfig c;
        c.endpoint = QUrl();
        c.region = QStringLiteral("ap-guangzhou");
        c.secretId = QStringLiteral("AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA");
        c.secretKey = QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3Cozk1qA");
        V2Request r;
        r.action = QStringLiteral("DescribeInstances");
        r.parameters = {{QStringLiteral("InstanceIds.0"), QStringLiteral("ins-09dx96dg")}};
        const TransportRequest out = V2Encoder::encode(r, c, 1465185768, 11886);
        const auto p = V2Wire::decodeForm(out.body);
        // Same parameters as the GET vector, signed for POST: recompute with GET to compare.
        V2Signer::Parameters unsigned_;
        for (const auto &pair : p) {
            if (pair.first != QLatin1String("Signature"))
                unsigned_.append(pair);
        }
        const QByteArray getString = V2Signer::stringToSign(
            "GET", QStringLiteral("cvm.api.qcloud.com/v2/index.php"), unsigned_);
        QCOMPARE(V2Signer::signature(getString, c.secretKey, V2Signer::Algorithm::HmacSHA256),
                 QStringLiteral("0EEm/HtGRr/VJXTAD9tYMth1Bzm3lLHz5RCDv1GdM8s="));
        QVERIFY(V2Wire::signatureValid(out, c.secretKey));
        QVERIFY(out.body.contains("Signature="));
        QVERIFY(!out.url.hasQuery());
    }

    void endpointsAndSignedHost_data()
    {
        QTest::addColumn<QUrl>("endpoint");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("signedHost");
        QTest::newRow("sandbox") << QUrl(QStringLiteral("http://127.0.0.1:8123"))
                                 << QStringLiteral("http://127.0.0.1:8123/v2/index.php")
                                 << QStringLiteral("127.0.0.1:8123/v2/index.php");
        QTest::newRow("trailing slash and path")
            << QUrl(QStringLiteral("http://localhost:9000/cloud/"))
            << QStringLiteral("http://localhost:9000/cloud/v2/index.php")
            << QStringLiteral("localhost:9000/cloud/v2/index.php");
        QTest::newRow("ipv6") << QUrl(QStringLiteral("http://[::1]:8080"))
                              << QStringLiteral("http://[::1]:8080/v2/index.php")
                              << QStringLiteral("[::1]:8080/v2/index.php");
        QTest::newRow("default port dropped")
            << QUrl(QStringLiteral("https://api.example.com:443"))
            << QStringLiteral("https://api.example.com:443/v2/index.php")
            << QStringLiteral("api.example.com/v2/index.php");
    }
    void endpointsAndSignedHost()
    {
        QFETCH(QUrl, endpoint);
        QFETCH(QString, url);
        QFETCH(QString, signedHost);
        ApiConfig c;
        c.endpoint = endpoint;
        const QUrl u = V2Encoder::endpoint(V2Request::Module::Vpc, c);
        QCOMPARE(u.toString(), url);
        QCOMPARE(V2Encoder::signedHostAndPath(u), signedHost);
    }

    void arrayParametersAreZeroBased()
    {
        const V2Request r = V2Requests::describeInstances(
            {QStringLiteral("ins-a"), QStringLiteral("ins-b"), QStringLiteral("ins-c")}, 40, 20);
        QCOMPARE(r.parameters.at(0).first, QStringLiteral("instanceIds.0"));
        QCOMPARE(r.parameters.at(2).first, QStringLiteral("instanceIds.2"));
        QCOMPARE(r.parameters.at(2).second, QStringLiteral("ins-c"));
        QVERIFY(r.refusal.isEmpty());
        QVERIFY(!V2Requests::describeInstances({}, 0, 101).refusal.isEmpty());
        QVERIFY(!V2Requests::describeInstances({}, -1, 10).refusal.isEmpty());
        QVERIFY(!V2Requests::describeImages(0).refusal.isEmpty());
        QVERIFY(!V2Requests::returnInstance({}).refusal.isEmpty());
        QCOMPARE(V2Requests::describeImages(2).module, V2Request::Module::Image);
        QCOMPARE(V2Requests::describeSubnetEx({}).module, V2Request::Module::Vpc);
    }

    void noncesAreFreshAndPositive()
    {
        QSet<quint32> seen;
        for (int i = 0; i < 100; ++i) {
            const quint32 n = V2Encoder::freshNonce();
            QVERIFY(n > 0 && n <= quint32(std::numeric_limits<qint32>::max()));
            seen.insert(n);
        }
        QVERIFY(seen.size() > 95);
    }
};

QTEST_GUILESS_MAIN(TestV2Encoder)
#include "tst_v2encoder.moc"
