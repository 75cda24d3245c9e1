// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/v3/v3encoder.h"
#include "sandbox/v3/tc3verifier.h"

#include <QTest>

class TestV3Encoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endpoints_data();
    void endpoints();
    void hostHeader_data();
    void hostHeader();
    void headersAndBody();
    void tokenIsSentWhenSet();
    void languageIsSentWhenSet();
    void signatureVerifiesOnTheServerSide();
    void officialExampleThroughTheEncoder();
};

namespace {
const qint64 Now = 1551113065;

ApiConfig config(const QString &endpoint = {})
{
    ApiConfig c;
    c.version = ApiConfig::Version::V3;
    c.region = QStringLiteral("ap-guangzhou");
    c.endpoint = QUrl(endpoint);
    c.secretId = QStringLiteral("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE");
    c.secretKey = QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE");
    return c;
}

V3Request describe(const QString &service = V3Request::CvmService)
{
    return {service, QStringLiteral("DescribeInstances"), QByteArray(R"({"Limit":1})")};
}

Tc3Verifier::Request asReceived(const TransportRequest &sent)
{
    Tc3Verifier::Request received;
    received.method = sent.method;
    received.path = sent.url.path(QUrl::FullyEncoded).toUtf8();
    received.body = sent.body;
    received.headers = sent.headers;
    received.headers.append({"Content-Type", sent.contentType});
    received.host = V3Encoder::hostHeader(sent.url);
    return received;
}

std::optional<QString> exampleKey(const QString &id)
{
    if (id == config().secretId)
        return config().secretKey;
    return std::nullopt;
}
} // namespace

void TestV3Encoder::endpoints_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("expected");
    QTest::newRow("cvm") << QString() << QStringLiteral("cvm")
                         << QStringLiteral("https://cvm.tencentcloudapi.com/");
    QTest::newRow("vpc") << QString() << QStringLiteral("vpc")
                         << QStringLiteral("https://vpc.tencentcloudapi.com/");
    QTest::newRow("sandbox cvm") << QStringLiteral("http://127.0.0.1:8123") << QStringLiteral("cvm")
                                 << QStringLiteral("http://127.0.0.1:8123/");
    QTest::newRow("sandbox vpc") << QStringLiteral("http://127.0.0.1:8123/")
                                 << QStringLiteral("vpc")
                                 << QStringLiteral("http://127.0.0.1:8123/");
    QTest::newRow("with a path") << QStringLiteral("https://proxy.example/tc")
                                 << QStringLiteral("cvm")
                                 << QStringLiteral("https://proxy.example/tc/");
}

void TestV3Encoder::endpoints()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, service);
    QFETCH(QString, expected);
    QCOMPARE(V3Encoder::endpoint(service, config(endpoint)), QUrl(expected));
}

void TestV3Encoder::hostHeader_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::newRow("default https") << QStringLiteral("https://cvm.tencentcloudapi.com/")
                                   << QStringLiteral("cvm.tencentcloudapi.com");
    QTest::newRow("explicit 443") << QStringLiteral("https://cvm.tencentcloudapi.com:443/")
                                  << QStringLiteral("cvm.tencentcloudapi.com");
    QTest::newRow("loopback port")
        << QStringLiteral("http://127.0.0.1:8123/") << QStringLiteral("127.0.0.1:8123");
    QTest::newRow("ipv6") << QStringLiteral("http://[::1]:8123/") << QStringLiteral("[::1]:8123");
}

void TestV3Encoder::hostHeader()
{
    QFETCH(QString, url);
    QFETCH(QString, host);
    QCOMPARE(V3Encoder::hostHeader(QUrl(url)), host);
}

void TestV3Encoder::headersAndBody()
{
    const TransportRequest out = V3Encoder::encode(describe(), config(), Now);
    QCOMPARE(out.method, QByteArray("POST"));
    QCOMPARE(out.url, QUrl(QStringLiteral("https://cvm.tencentcloudapi.com/")));
    QCOMPARE(out.contentType, QByteArray("application/json; charset=utf-8"));
    QCOMPARE(out.body, QByteArray(R"({"Limit":1})"));
    QCOMPARE(out.action, QStringLiteral("DescribeInstances"));
    const auto header = [&out](const char *name) {
        return Tc3Verifier::headerValue(out.headers, name);
    };
    QCOMPARE(header("Host"), QByteArray("cvm.tencentcloudapi.com"));
    QCOMPARE(header("X-TC-Action"), QByteArray("DescribeInstances"));
    QCOMPARE(header("X-TC-Version"), QByteArray("2017-03-12"));
    QCOMPARE(header("X-TC-Timestamp"), QByteArray("1551113065"));
    QCOMPARE(header("X-TC-Region"), QByteArray("ap-guangzhou"));
    QVERIFY(header("X-TC-Token").isNull());
    QVERIFY(header("Authorization")
                .startsWith("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/"
                            "2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, "
                            "Signature="));
    // The SecretKey itself never travels.
    for (const auto &[name, value] : out.headers)
        QVERIFY(!value.contains("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"));
    QVERIFY(!out.body.contains("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"));
}

void TestV3Encoder::tokenIsSentWhenSet()
{
    ApiConfig c = config();
    c.token = QStringLiteral("session-token");
    const TransportRequest out = V3Encoder::encode(describe(), c, Now);
    QCOMPARE(Tc3Verifier::headerValue(out.headers, "X-TC-Token"), QByteArray("session-token"));
}

// The interface's language for the names the service answers with (unsigned, as X-TC-Region).
void TestV3Encoder::languageIsSentWhenSet()
{
    QVERIFY(Tc3Verifier::headerValue(V3Encoder::encode(describe(), config(), Now).headers,
                                     "X-TC-Language")
                .isNull());
    ApiConfig c = config();
    c.language = QStringLiteral("en-US");
    const TransportRequest out = V3Encoder::encode(describe(), c, Now);
    QCOMPARE(Tc3Verifier::headerValue(out.headers, "X-TC-Language"), QByteArray("en-US"));
    QVERIFY(Tc3Verifier::headerValue(out.headers, "Authorization")
                .contains("SignedHeaders=content-type;host,"));
}

void TestV3Encoder::signatureVerifiesOnTheServerSide()
{
    for (const QString &service : {V3Request::CvmService, V3Request::VpcService}) {
        for (const QString &endpoint : {QString(), QStringLiteral("http://127.0.0.1:8123"),
                                        QStringLiteral("http://[::1]:9")}) {
            const TransportRequest out =
                V3Encoder::encode(describe(service), config(endpoint), Now);
            const auto result = Tc3Verifier::verify(asReceived(out), exampleKey, Now);
            QVERIFY2(result.ok(), qPrintable(result.message + u' ' + endpoint));
            QCOMPARE(result.service, service);
        }
    }
    ApiConfig wrong = config();
    wrong.secretKey = QStringLiteral("not the key");
    const auto rejected =
        Tc3Verifier::verify(asReceived(V3Encoder::encode(describe(), wrong, Now)), exampleKey, Now);
    QCOMPARE(rejected.outcome, Tc3Verifier::Outcome::SignatureFailure);
}

void TestV3Encoder::officialExampleThroughTheEncoder()
{
    const V3Request request{
        V3Request::CvmService, QStringLiteral("DescribeInstances"),
        QByteArrayLiteral(
            R"({"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]})")};
    const TransportRequest out = V3Encoder::encode(request, config(), Now);
    QVERIFY(Tc3Verifier::headerValue(out.headers, "Authorization")
                .endsWith(
                    "Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"));
}

QTEST_GUILESS_MAIN(TestV3Encoder)
#include "tst_v3encoder.moc"
