// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "spec/launchspecjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestLaunchSpecJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreTheSeeds();
    void everyFieldRoundTrips();
    void unsetOptionalsStayUnset();
    void passwordIsNeverWritten();
    void passwordIsReportedAndDropped();
    void wrongTypesNameTheField_data();
    void wrongTypesNameTheField();
    void unknownFieldIsRejected();
    void missingFieldsKeepDefaults();
};

namespace {
LaunchSpec fullSpec()
{
    LaunchSpec s;
    s.region = QStringLiteral("ap-guangzhou");
    s.zoneId = 100003;
    s.instanceType = QStringLiteral("CVM.M2");
    s.cpu = 4;
    s.mem = 32;
    s.imageId = QStringLiteral("img-31tjrtph");
    s.imageType = LaunchSpec::PublicImage;
    s.bandwidthType = LaunchSpec::PayByTraffic;
    s.bandwidth = 10;
    s.wanIp = false;
    s.vpcId = QStringLiteral("vpc-abc12345");
    s.subnetId = QStringLiteral("subnet-xyz98765");
    s.isVpcGateway = true;
    s.storageType = 4;
    s.storageSize = 120;
    s.rootSize = 40;
    s.goodsNum = 7;
    s.keyId = QStringLiteral("skey-12345678");
    s.needSecurityAgent = false;
    s.needMonitorAgent = false;
    s.projectId = 1002;
    s.clientToken = QStringLiteral("9b2f6e0c-6f3a-4a55-9a52-1d9c5f4a0b11");
    s.instanceName = QStringLiteral("构建机-01");
    return s;
}
} // namespace

void TestLaunchSpecJson::defaultsAreTheSeeds()
{
    const LaunchSpec s;
    QCOMPARE(s.instanceType, QStringLiteral("CVM.S1"));
    QCOMPARE(s.storageType, 1);
    QCOMPARE(s.storageSize, 0);
    QCOMPARE(s.bandwidth, 0);
    QCOMPARE(s.bandwidthType, QStringLiteral("PayByHour"));
    QCOMPARE(s.goodsNum, 1);
    QVERIFY(s.needSecurityAgent);
    QVERIFY(s.needMonitorAgent);
    QVERIFY(!s.isVpcGateway);
    QCOMPARE(s.projectId, 0);
    QVERIFY(!s.wanIp.has_value());
    QVERIFY(!s.rootSize.has_value());
    QVERIFY(!s.password.has_value());
    QCOMPARE(s.zoneId, 0);
    QCOMPARE(s.imageType, int(LaunchSpec::NoImageType));
}

void TestLaunchSpecJson::everyFieldRoundTrips()
{
    const LaunchSpec original = fullSpec();
    // Through text, as a file would carry it.
    const QByteArray text = QJsonDocument(LaunchSpecJson::write(original)).toJson();
    const auto read = LaunchSpecJson::read(QJsonDocument::fromJson(text).object());
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.spec, original);
    QVERIFY(!read.passwordDropped);
}

void TestLaunchSpecJson::unsetOptionalsStayUnset()
{
    LaunchSpec original = fullSpec();
    original.wanIp.reset();
    original.rootSize.reset();
    const QJsonObject json = LaunchSpecJson::write(original);
    QVERIFY(!json.contains(QStringLiteral("wanIp")));
    QVERIFY(!json.contains(QStringLiteral("rootSize")));
    const auto read = LaunchSpecJson::read(json);
    QVERIFY(read.ok());
    QVERIFY(!read.spec.wanIp.has_value());
    QVERIFY(!read.spec.rootSize.has_value());
    QCOMPARE(read.spec, original);
}

void TestLaunchSpecJson::passwordIsNeverWritten()
{
    LaunchSpec spec = fullSpec();
    spec.password = QStringLiteral("S3cret!Pass");
    const QJsonObject json = LaunchSpecJson::write(spec);
    QVERIFY(!json.contains(QStringLiteral("password")));
    QVERIFY(!QJsonDocument(json).toJson().contains("S3cret!Pass"));
}

void TestLaunchSpecJson::passwordIsReportedAndDropped()
{
    QJsonObject json = LaunchSpecJson::write(fullSpec());
    json.insert(QStringLiteral("password"), QStringLiteral("S3cret!Pass"));
    const auto read = LaunchSpecJson::read(json);
    QVERIFY(read.ok());
    QVERIFY(read.passwordDropped);
    QVERIFY(!read.spec.password.has_value());
}

void TestLaunchSpecJson::wrongTypesNameTheField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("cpu as string") << "cpu" << QJsonValue(QStringLiteral("4"));
    QTest::newRow("cpu fractional") << "cpu" << QJsonValue(1.5);
    QTest::newRow("zoneId too large") << "zoneId" << QJsonValue(1e12);
    QTest::newRow("mem null") << "mem" << QJsonValue(QJsonValue::Null);
    QTest::newRow("imageId number") << "imageId" << QJsonValue(12);
    QTest::newRow("wanIp number") << "wanIp" << QJsonValue(1);
    QTest::newRow("rootSize bool") << "rootSize" << QJsonValue(true);
    QTest::newRow("instanceName array") << "instanceName" << QJsonValue(QJsonArray{});
    QTest::newRow("needMonitorAgent string")
        << "needMonitorAgent" << QJsonValue(QStringLiteral("yes"));
}

void TestLaunchSpecJson::wrongTypesNameTheField()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject json = LaunchSpecJson::write(fullSpec());
    json.insert(field, value);
    const auto read = LaunchSpecJson::read(json);
    QVERIFY(!read.ok());
    QCOMPARE(read.errorField, field);
    QVERIFY2(read.error.contains(field), qPrintable(read.error));
}

void TestLaunchSpecJson::unknownFieldIsRejected()
{
    QJsonObject json = LaunchSpecJson::write(fullSpec());
    json.insert(QStringLiteral("zoneID"), 100003);
    const auto read = LaunchSpecJson::read(json);
    QVERIFY(!read.ok());
    QCOMPARE(read.errorField, QStringLiteral("zoneID"));
}

void TestLaunchSpecJson::missingFieldsKeepDefaults()
{
    const auto read = LaunchSpecJson::read(QJsonObject{{QStringLiteral("cpu"), 2}});
    QVERIFY(read.ok());
    LaunchSpec expected;
    expected.cpu = 2;
    QCOMPARE(read.spec, expected);
}

QTEST_GUILESS_MAIN(TestLaunchSpecJson)
#include "tst_launchspecjson.moc"
