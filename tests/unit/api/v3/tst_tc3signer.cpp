// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/v3/tc3signer.h"

#include <QTest>

// Official vectors from cvm-api.md §3; the others were computed independently with Python's
// hashlib/hmac (which reproduces the official ones) so that a mistake here cannot hide behind
// the same code computing both sides.
class TestTc3Signer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void officialHashedPayload();
    void officialCanonicalRequest();
    void officialSignatures_data();
    void officialSignatures();
    void officialAuthorizationHeader();
    void ownVectors_data();
    void ownVectors();
    void dateIsUtcAtTheBoundaries();
    void wrongKeyGivesDifferentSignature();
    void escapedAndRawChineseSignDifferently();
    void serviceIsPartOfTheScope();
    void headersAreNormalisedAndSorted();
};

namespace {
const qint64 OfficialTimestamp = 1551113065;
const QString CvmHost = QStringLiteral("cvm.tencentcloudapi.com");
const QString ExampleKey = QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE");
const QByteArray OfficialBody = QByteArrayLiteral(
    R"({"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]})");

QByteArray signJson(const QString &key, qint64 timestamp, const QString &service,
                    const QString &host, const QByteArray &body)
{
    const QByteArray canonical = Tc3Signer::jsonPostCanonicalRequest(host, body);
    return Tc3Signer::signature(key, timestamp, service,
                                Tc3Signer::stringToSign(timestamp, service, canonical));
}
} // namespace

void TestTc3Signer::officialHashedPayload()
{
    QCOMPARE(Tc3Signer::sha256Hex(OfficialBody),
             QByteArray("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"));
}

void TestTc3Signer::officialCanonicalRequest()
{
    const QByteArray canonical = Tc3Signer::jsonPostCanonicalRequest(CvmHost, OfficialBody);
    QCOMPARE(canonical,
             QByteArray("POST\n/\n\ncontent-type:application/json; charset=utf-8\n"
                        "host:cvm.tencentcloudapi.com\n\ncontent-type;host\n"
                        "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"));
    QCOMPARE(Tc3Signer::sha256Hex(canonical),
             QByteArray("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031"));
    QCOMPARE(Tc3Signer::stringToSign(OfficialTimestamp, QStringLiteral("cvm"), canonical),
             QByteArray("TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n"
                        "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031"));
}

void TestTc3Signer::officialSignatures_data()
{
    QTest::addColumn<QString>("secretKey");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("EXAMPLE key")
        << ExampleKey
        << QByteArray("72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168");
    QTest::newRow("starred key (earlier revision)")
        << QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3*******")
        << QByteArray("2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c");
}

void TestTc3Signer::officialSignatures()
{
    QFETCH(QString, secretKey);
    QFETCH(QByteArray, expected);
    QCOMPARE(signJson(secretKey, OfficialTimestamp, QStringLiteral("cvm"), CvmHost, OfficialBody),
             expected);
}

void TestTc3Signer::officialAuthorizationHeader()
{
    const QByteArray header = Tc3Signer::authorizeJsonPost(
        QStringLiteral("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"), ExampleKey, QStringLiteral("cvm"),
        CvmHost, OfficialTimestamp, OfficialBody);
    QCOMPARE(header, QByteArray("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/"
                                "2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, "
                                "Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a"
                                "96525168"));
}

void TestTc3Signer::ownVectors_data()
{
    QTest::addColumn<qint64>("timestamp");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("hashedPayload");
    QTest::addColumn<QByteArray>("hashedCanonical");
    QTest::addColumn<QByteArray>("signature");

    QTest::newRow("Chinese in the body, raw UTF-8")
        << OfficialTimestamp << QStringLiteral("cvm") << CvmHost
        << QStringLiteral(
               R"({"Limit": 1, "Filters": [{"Values": ["未命名"], "Name": "instance-name"}]})")
               .toUtf8()
        << QByteArray("1e07682a01ae959704b7d77a9c0dd92ad8284fc90f9bb2ab5cc941be1d7ea716")
        << QByteArray("b46fdb15a3b19b9751960fc600d759f1962f2d696d6ac26011a09db2ad830f9a")
        << QByteArray("57ed31a395c63c472410096cc67e56aa39aa2b06b960d4f31beea21236106ca9");
    QTest::newRow("empty body")
        << OfficialTimestamp << QStringLiteral("cvm") << CvmHost << QByteArray()
        << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        << QByteArray("2670b11b0162a2254fc2a333f69e0ef558a500071476d31415436102f54d41fd")
        << QByteArray("965ba2d128add10fa085ea099f30bbaebf46127fa6cf954fda19a7fb9ab823b3");
    QTest::newRow("00:00:00 UTC")
        << qint64(1551139200) << QStringLiteral("cvm") << CvmHost << QByteArray("{}")
        << QByteArray("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a")
        << QByteArray("9f7b14f984266a47f171cf711a07033e1deaef93badff702a464aa360a6bb576")
        << QByteArray("cc66e9810eaa5f7bf43870b1b50065868d0768cc6e8b960873f24a056a27bbe9");
    QTest::newRow("23:59:59 UTC")
        << qint64(1551139199) << QStringLiteral("cvm") << CvmHost << QByteArray("{}")
        << QByteArray("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a")
        << QByteArray("9f7b14f984266a47f171cf711a07033e1deaef93badff702a464aa360a6bb576")
        << QByteArray("11fb13a300c4ccb84c99cb12997bbfe212c894a854caf6441425d4b6d0629477");
    QTest::newRow("vpc service")
        << OfficialTimestamp << QStringLiteral("vpc") << QStringLiteral("vpc.tencentcloudapi.com")
        << QByteArray("{}")
        << QByteArray("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a")
        << QByteArray("b2859081bcb09014f2b02afc1acc1d623b9046a294f8f0675f2564f9c82f1591")
        << QByteArray("c91cea72b6c043d2d05eb4a76970333956f76d2527c8ae156e12c845ce843bb9");
}

void TestTc3Signer::ownVectors()
{
    QFETCH(qint64, timestamp);
    QFETCH(QString, service);
    QFETCH(QString, host);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, hashedPayload);
    QFETCH(QByteArray, hashedCanonical);
    QFETCH(QByteArray, signature);

    QCOMPARE(Tc3Signer::sha256Hex(body), hashedPayload);
    QCOMPARE(Tc3Signer::sha256Hex(Tc3Signer::jsonPostCanonicalRequest(host, body)),
             hashedCanonical);
    QCOMPARE(signJson(ExampleKey, timestamp, service, host, body), signature);
}

void TestTc3Signer::dateIsUtcAtTheBoundaries()
{
    // 2019-02-26 00:00:00 UTC is 08:00 in Beijing; 23:59:59 UTC the day before is 07:59:59 of the
    // 26th there. A signer working in UTC+8 would name the 26th for both.
    QCOMPARE(Tc3Signer::utcDate(1551139200), QStringLiteral("2019-02-26"));
    QCOMPARE(Tc3Signer::utcDate(1551139199), QStringLiteral("2019-02-25"));
    QCOMPARE(Tc3Signer::credentialScope(1551139199, QStringLiteral("cvm")),
             QByteArray("2019-02-25/cvm/tc3_request"));
    QCOMPARE(Tc3Signer::utcDate(0), QStringLiteral("1970-01-01"));
}

void TestTc3Signer::wrongKeyGivesDifferentSignature()
{
    const QByteArray right =
        signJson(ExampleKey, OfficialTimestamp, QStringLiteral("cvm"), CvmHost, OfficialBody);
    const QByteArray wrong =
        signJson(QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3EXAMPLF"), OfficialTimestamp,
                 QStringLiteral("cvm"), CvmHost, OfficialBody);
    QCOMPARE(right.size(), 64);
    QCOMPARE(wrong.size(), 64);
    QVERIFY(right != wrong);
}

void TestTc3Signer::escapedAndRawChineseSignDifferently()
{
    // The payload is signed as bytes: the same JSON value spelled two ways is two requests.
    const QByteArray raw =
        QStringLiteral(
            R"({"Limit": 1, "Filters": [{"Values": ["未命名"], "Name": "instance-name"}]})")
            .toUtf8();
    QVERIFY(Tc3Signer::sha256Hex(raw) != Tc3Signer::sha256Hex(OfficialBody));
}

void TestTc3Signer::serviceIsPartOfTheScope()
{
    QVERIFY(signJson(ExampleKey, OfficialTimestamp, QStringLiteral("cvm"), CvmHost, "{}") !=
            signJson(ExampleKey, OfficialTimestamp, QStringLiteral("vpc"), CvmHost, "{}"));
    QVERIFY(
        Tc3Signer::signingKey(ExampleKey, QStringLiteral("2019-02-25"), QStringLiteral("cvm")) !=
        Tc3Signer::signingKey(ExampleKey, QStringLiteral("2019-02-26"), QStringLiteral("cvm")));
}

void TestTc3Signer::headersAreNormalisedAndSorted()
{
    const Tc3Signer::Headers headers = {{"X-TC-Action", " DescribeInstances "},
                                        {"Host", "CVM.tencentcloudapi.com"},
                                        {"Content-Type", "application/json; charset=utf-8"}};
    QCOMPARE(Tc3Signer::canonicalHeaders(headers),
             QByteArray("content-type:application/json; charset=utf-8\n"
                        "host:cvm.tencentcloudapi.com\nx-tc-action:describeinstances\n"));
    QCOMPARE(Tc3Signer::signedHeaderNames(headers), QByteArray("content-type;host;x-tc-action"));
}

QTEST_GUILESS_MAIN(TestTc3Signer)
#include "tst_tc3signer.moc"
