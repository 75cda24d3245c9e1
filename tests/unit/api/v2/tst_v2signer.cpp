// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/v2/v2signer.h"

#include <QTest>

class TestV2Signer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void officialVectors_data();
    void officialVectors();
    void stringToSignSortsByteWise();
    void underscoresBecomeDotsInNamesOnly();
    void rawValuesAreSigned();
    void methodIsUpperCased();
    void algorithmSelection();
    void keyMatters();
};

namespace {
const QString OfficialKey = QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3Cozk1qA");
const QString OfficialId = QStringLiteral("AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA");
const QString CvmHost = QStringLiteral("cvm.api.qcloud.com/v2/index.php");

V2Signer::Parameters describeParams(const QString &method)
{
    return {{QStringLiteral("Action"), QStringLiteral("DescribeInstances")},
            {QStringLiteral("InstanceIds.0"), QStringLiteral("ins-09dx96dg")},
            {QStringLiteral("Nonce"), QStringLiteral("11886")},
            {QStringLiteral("Region"), QStringLiteral("ap-guangzhou")},
            {QStringLiteral("SecretId"), OfficialId},
            {QStringLiteral("SignatureMethod"), method},
            {QStringLiteral("Timestamp"), QStringLiteral("1465185768")}};
}
} // namespace

void TestV2Signer::officialVectors_data()
{
    QTest::addColumn<V2Signer::Parameters>("params");
    QTest::addColumn<QByteArray>("expectedString");
    QTest::addColumn<QString>("expectedSignature");

    QTest::newRow("HmacSHA256")
        << describeParams(QStringLiteral("HmacSHA256"))
        << QByteArray("GETcvm.api.qcloud.com/v2/index.php?Action=DescribeInstances&InstanceIds.0="
                      "ins-09dx96dg&Nonce=11886&Region=ap-guangzhou&SecretId="
                      "AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA&SignatureMethod=HmacSHA256&"
                      "Timestamp=1465185768")
        << QStringLiteral("0EEm/HtGRr/VJXTAD9tYMth1Bzm3lLHz5RCDv1GdM8s=");
    QTest::newRow("HmacSHA1")
        << describeParams(QStringLiteral("HmacSHA1"))
        << QByteArray("GETcvm.api.qcloud.com/v2/index.php?Action=DescribeInstances&InstanceIds.0="
                      "ins-09dx96dg&Nonce=11886&Region=ap-guangzhou&SecretId="
                      "AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA&SignatureMethod=HmacSHA1&"
                      "Timestamp=1465185768")
        << QStringLiteral("nPVnY6njQmwQ8ciqbPl5Qe+Oru4=");
    QTest::newRow("lower-case array, no SignatureMethod")
        << V2Signer::Parameters{{QStringLiteral("limit"), QStringLiteral("20")},
                                {QStringLiteral("offset"), QStringLiteral("0")},
                                {QStringLiteral("instanceIds.0"), QStringLiteral("ins-09dx96dg")},
                                {QStringLiteral("Action"), QStringLiteral("DescribeInstances")},
                                {QStringLiteral("Nonce"), QStringLiteral("11886")},
                                {QStringLiteral("Region"), QStringLiteral("gz")},
                                {QStringLiteral("SecretId"), OfficialId},
                                {QStringLiteral("Timestamp"), QStringLiteral("1465185768")}}
        << QByteArray("GETcvm.api.qcloud.com/v2/index.php?Action=DescribeInstances&Nonce=11886&"
                      "Region=gz&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA&Timestamp="
                      "1465185768&instanceIds.0=ins-09dx96dg&limit=20&offset=0")
        << QStringLiteral("NSI3UqqD99b/UJb4tbG/xZpRW64=");
}

void TestV2Signer::officialVectors()
{
    QFETCH(V2Signer::Parameters, params);
    QFETCH(QByteArray, expectedString);
    QFETCH(QString, expectedSignature);

    const QByteArray toSign = V2Signer::stringToSign("GET", CvmHost, params);
    QCOMPARE(toSign, expectedString);
    QString method;
    for (const auto &[name, value] : params) {
        if (name == QLatin1String("SignatureMethod"))
            method = value;
    }
    QCOMPARE(V2Signer::signature(toSign, OfficialKey, V2Signer::algorithmFor(method)),
             expectedSignature);
}

void TestV2Signer::stringToSignSortsByteWise()
{
    const QByteArray s = V2Signer::stringToSign("POST", QStringLiteral("h/p"),
                                                {{QStringLiteral("b"), QStringLiteral("1")},
                                                 {QStringLiteral("B"), QStringLiteral("2")},
                                                 {QStringLiteral("a.10"), QStringLiteral("3")},
                                                 {QStringLiteral("a.2"), QStringLiteral("4")}});
    QCOMPARE(s, QByteArray("POSTh/p?B=2&a.10=3&a.2=4&b=1"));
}

void TestV2Signer::underscoresBecomeDotsInNamesOnly()
{
    QCOMPARE(V2Signer::signedName(QStringLiteral("Placement_Zone")),
             QStringLiteral("Placement.Zone"));
    QCOMPARE(V2Signer::signedName(QStringLiteral("_leading_one")), QStringLiteral("_leading.one"));
    const QByteArray s = V2Signer::stringToSign("GET", QStringLiteral("h/p"),
                                                {{QStringLiteral("a_b"), QStringLiteral("x_y")}});
    QCOMPARE(s, QByteArray("GETh/p?a.b=x_y"));
}

void TestV2Signer::rawValuesAreSigned()
{
    const QByteArray s =
        V2Signer::stringToSign("POST", QStringLiteral("h/p"),
                               {{QStringLiteral("instanceName"), QStringLiteral("a+b&c=d/e%f g")},
                                {QStringLiteral("empty"), QString()},
                                {QStringLiteral("zh"), QStringLiteral("广州三区")}});
    QCOMPARE(s, QByteArray("POSTh/p?empty=&instanceName=a+b&c=d/e%f g&zh=") +
                    QStringLiteral("广州三区").toUtf8());
}

void TestV2Signer::methodIsUpperCased()
{
    QVERIFY(V2Signer::stringToSign("post", QStringLiteral("h/p"), {}).startsWith("POSTh/p?"));
}

void TestV2Signer::algorithmSelection()
{
    QCOMPARE(V2Signer::algorithmFor(QStringLiteral("HmacSHA256")), V2Signer::Algorithm::HmacSHA256);
    QCOMPARE(V2Signer::algorithmFor(QStringLiteral("HmacSHA1")), V2Signer::Algorithm::HmacSHA1);
    QCOMPARE(V2Signer::algorithmFor(QString()), V2Signer::Algorithm::HmacSHA1);
    QCOMPARE(V2Signer::algorithmFor(QStringLiteral("hmacsha256")), V2Signer::Algorithm::HmacSHA1);
}

void TestV2Signer::keyMatters()
{
    const QByteArray s = V2Signer::stringToSign("GET", CvmHost, describeParams({}));
    QVERIFY(V2Signer::signature(s, OfficialKey, V2Signer::Algorithm::HmacSHA1) !=
            V2Signer::signature(s, OfficialKey + u'x', V2Signer::Algorithm::HmacSHA1));
}

QTEST_GUILESS_MAIN(TestV2Signer)
#include "tst_v2signer.moc"
