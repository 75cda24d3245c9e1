// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/v3/v3requestbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestV3RequestBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runInstancesFullMapping();
    void runInstancesMinimal();
    void runInstancesPublicIpFollowsTheSeedRule_data();
    void runInstancesPublicIpFollowsTheSeedRule();
    void runInstancesKeyLogin();
    void dryRunAddsOnlyTheFlag();
    void inquiryPriceLeavesOutLoginAndToken();
    void describeInstances();
    void terminateInstances();
    void bandwidthChangeAndItsPrice();
    void describeZones();
    void describeImages();
    void describeKeyPairs();
    void describeVpcsAndSubnetsUseTheVpcServiceWithStringPaging();
    void imageTypeNames();
    void bodyIsCompactUtf8();
};

namespace {
LaunchSpec fullSpec()
{
    LaunchSpec spec;
    spec.region = QStringLiteral("ap-guangzhou");
    spec.zoneId = 100003;
    spec.instanceType = QStringLiteral("CVM.S2");
    spec.cpu = 2;
    spec.mem = 4;
    spec.imageId = QStringLiteral("img-31tjrtph");
    spec.imageType = LaunchSpec::PublicImage;
    spec.bandwidthType = LaunchSpec::PayByTraffic;
    spec.bandwidth = 5;
    spec.wanIp = true;
    spec.vpcId = QStringLiteral("vpc-abc");
    spec.subnetId = QStringLiteral("subnet-def");
    spec.isVpcGateway = true;
    spec.securityGroupIds = {QStringLiteral("sg-open1234"), QStringLiteral("sg-web56789")};
    spec.storageType = 4;  // API 2.0's disk: not sent on API 3.0
    spec.storageSize = 70; // (the data disks below are)
    spec.rootSize = 60;
    spec.systemDiskType = QStringLiteral("CLOUD_BSSD");
    spec.dataDisks = {{QStringLiteral("CLOUD_SSD"), 100}, {QStringLiteral("CLOUD_PREMIUM"), 200}};
    spec.goodsNum = 3;
    spec.password = QStringLiteral("Passw0rd!x");
    spec.needSecurityAgent = false;
    spec.needMonitorAgent = true;
    spec.projectId = 1005;
    spec.clientToken = QStringLiteral("token-123");
    spec.instanceName = QStringLiteral("测试机");
    return spec;
}

V3LaunchNames names()
{
    return {QStringLiteral("ap-guangzhou-3"), QStringLiteral("S2.MEDIUM4"),
            QStringLiteral("TRAFFIC_POSTPAID_BY_HOUR")};
}

QJsonArray oneFilter(const QString &name, const QString &value)
{
    return QJsonArray{
        QJsonObject{{QStringLiteral("Name"), name}, {QStringLiteral("Values"), QJsonArray{value}}}};
}

QJsonObject json(const V3Request &request)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("request body is not a JSON object");
    return document.object();
}
} // namespace

void TestV3RequestBuilder::runInstancesFullMapping()
{
    const V3Request request = V3RequestBuilder::runInstances(fullSpec(), names());
    QCOMPARE(request.service, QStringLiteral("cvm"));
    QCOMPARE(request.action, QStringLiteral("RunInstances"));
    const QJsonObject expected = QJsonDocument::fromJson(QStringLiteral(R"({
        "InstanceChargeType": "POSTPAID_BY_HOUR",
        "Placement": {"Zone": "ap-guangzhou-3", "ProjectId": 1005},
        "InstanceType": "S2.MEDIUM4",
        "ImageId": "img-31tjrtph",
        "SystemDisk": {"DiskType": "CLOUD_BSSD", "DiskSize": 60},
        "DataDisks": [{"DiskType": "CLOUD_SSD", "DiskSize": 100},
                      {"DiskType": "CLOUD_PREMIUM", "DiskSize": 200}],
        "SecurityGroupIds": ["sg-open1234", "sg-web56789"],
        "InternetAccessible": {"InternetChargeType": "TRAFFIC_POSTPAID_BY_HOUR",
                               "InternetMaxBandwidthOut": 5, "PublicIpAssigned": true},
        "VirtualPrivateCloud": {"VpcId": "vpc-abc", "SubnetId": "subnet-def",
                                "AsVpcGateway": true},
        "InstanceCount": 3,
        "InstanceName": "测试机",
        "LoginSettings": {"Password": "Passw0rd!x"},
        "EnhancedService": {"SecurityService": {"Enabled": false},
                            "MonitorService": {"Enabled": true}},
        "ClientToken": "token-123"
    })")
                                                             .toUtf8())
                                     .object();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(json(request), expected);
}

void TestV3RequestBuilder::runInstancesMinimal()
{
    LaunchSpec spec;
    spec.zoneId = 100003;
    spec.cpu = 1;
    spec.mem = 1;
    spec.imageId = QStringLiteral("img-1");
    const QJsonObject body = json(V3RequestBuilder::runInstances(
        spec, {QStringLiteral("ap-guangzhou-3"), QStringLiteral("S1.SMALL1"),
               QStringLiteral("BANDWIDTH_POSTPAID_BY_HOUR")}));
    // No data disk, no security group, no VPC, no login, no name, no token.
    for (const char *absent : {"DataDisks", "SecurityGroupIds", "VirtualPrivateCloud",
                               "LoginSettings", "InstanceName", "ClientToken", "DryRun"})
        QVERIFY2(!body.contains(QLatin1String(absent)), absent);
    // The system disk is never the service's choice: its type and its size (the 50 GiB API 3.0
    // takes when none is given) are always named.
    QCOMPARE(body.value(QLatin1String("SystemDisk")).toObject(),
             (QJsonObject{{QStringLiteral("DiskType"), QStringLiteral("CLOUD_PREMIUM")},
                          {QStringLiteral("DiskSize"), 50}}));
    QCOMPARE(body.value(QLatin1String("InstanceChargeType")).toString(),
             QStringLiteral("POSTPAID_BY_HOUR"));
    QCOMPARE(body.value(QLatin1String("InstanceCount")).toInt(), 1);
    const QJsonObject internet = body.value(QLatin1String("InternetAccessible")).toObject();
    QCOMPARE(internet.value(QLatin1String("InternetChargeType")).toString(),
             QStringLiteral("BANDWIDTH_POSTPAID_BY_HOUR"));
    QCOMPARE(internet.value(QLatin1String("InternetMaxBandwidthOut")).toInt(-1), 0);
    QCOMPARE(body.value(QLatin1String("Placement")).toObject().value(QLatin1String("ProjectId")),
             QJsonValue(0));
    const QJsonObject enhanced = body.value(QLatin1String("EnhancedService")).toObject();
    QCOMPARE(
        enhanced.value(QLatin1String("SecurityService")).toObject().value(QLatin1String("Enabled")),
        QJsonValue(true));
}

void TestV3RequestBuilder::runInstancesPublicIpFollowsTheSeedRule_data()
{
    QTest::addColumn<int>("bandwidth");
    QTest::addColumn<int>("wanIp"); // -1 unset, 0 no, 1 yes
    QTest::addColumn<bool>("assigned");
    QTest::newRow("no bandwidth, unset") << 0 << -1 << false;
    QTest::newRow("no bandwidth, asked for") << 0 << 1 << false;
    QTest::newRow("bandwidth, unset") << 10 << -1 << true;
    QTest::newRow("bandwidth, declined") << 10 << 0 << false;
    QTest::newRow("bandwidth, asked for") << 10 << 1 << true;
}

void TestV3RequestBuilder::runInstancesPublicIpFollowsTheSeedRule()
{
    QFETCH(int, bandwidth);
    QFETCH(int, wanIp);
    QFETCH(bool, assigned);
    LaunchSpec spec = fullSpec();
    spec.bandwidth = bandwidth;
    spec.wanIp = wanIp < 0 ? std::nullopt : std::optional<bool>(wanIp == 1);
    const QJsonObject internet = json(V3RequestBuilder::runInstances(spec, names()))
                                     .value(QLatin1String("InternetAccessible"))
                                     .toObject();
    QCOMPARE(internet.value(QLatin1String("PublicIpAssigned")), QJsonValue(assigned));
    QCOMPARE(internet.value(QLatin1String("InternetMaxBandwidthOut")), QJsonValue(bandwidth));
}

void TestV3RequestBuilder::runInstancesKeyLogin()
{
    LaunchSpec spec = fullSpec();
    spec.password.reset();
    spec.keyId = QStringLiteral("skey-123");
    const QJsonObject login = json(V3RequestBuilder::runInstances(spec, names()))
                                  .value(QLatin1String("LoginSettings"))
                                  .toObject();
    QCOMPARE(login,
             QJsonObject({{QStringLiteral("KeyIds"), QJsonArray{QStringLiteral("skey-123")}}}));
}

void TestV3RequestBuilder::dryRunAddsOnlyTheFlag()
{
    QJsonObject dry = json(V3RequestBuilder::runInstances(fullSpec(), names(), true));
    QCOMPARE(dry.value(QLatin1String("DryRun")), QJsonValue(true));
    dry.remove(QStringLiteral("DryRun"));
    QCOMPARE(dry, json(V3RequestBuilder::runInstances(fullSpec(), names(), false)));
}

void TestV3RequestBuilder::inquiryPriceLeavesOutLoginAndToken()
{
    const V3Request request = V3RequestBuilder::inquiryPriceRunInstances(fullSpec(), names());
    QCOMPARE(request.action, QStringLiteral("InquiryPriceRunInstances"));
    QVERIFY(!request.body.contains("Passw0rd"));
    QJsonObject body = json(request);
    QVERIFY(!body.contains(QLatin1String("LoginSettings")));
    QVERIFY(!body.contains(QLatin1String("ClientToken")));
    QJsonObject run = json(V3RequestBuilder::runInstances(fullSpec(), names()));
    run.remove(QStringLiteral("LoginSettings"));
    run.remove(QStringLiteral("ClientToken"));
    QCOMPARE(body, run);
}

void TestV3RequestBuilder::describeInstances()
{
    const V3Request withIds = V3RequestBuilder::describeInstances(
        {QStringLiteral("ins-1"), QStringLiteral("ins-2")}, 0, 100);
    QCOMPARE(withIds.service, QStringLiteral("cvm"));
    QCOMPARE(withIds.action, QStringLiteral("DescribeInstances"));
    QCOMPARE(json(withIds),
             QJsonObject({{QStringLiteral("InstanceIds"),
                           QJsonArray{QStringLiteral("ins-1"), QStringLiteral("ins-2")}},
                          {QStringLiteral("Offset"), 0},
                          {QStringLiteral("Limit"), 100}}));
    QCOMPARE(json(V3RequestBuilder::describeInstances({}, 20, 10)),
             QJsonObject({{QStringLiteral("Offset"), 20}, {QStringLiteral("Limit"), 10}}));
}

void TestV3RequestBuilder::terminateInstances()
{
    const V3Request request = V3RequestBuilder::terminateInstances({QStringLiteral("ins-9")});
    QCOMPARE(request.action, QStringLiteral("TerminateInstances"));
    QCOMPARE(json(request),
             QJsonObject({{QStringLiteral("InstanceIds"), QJsonArray{QStringLiteral("ins-9")}}}));
}

void TestV3RequestBuilder::bandwidthChangeAndItsPrice()
{
    // cvm ResetInstancesInternetMaxBandwidth (doc 213/15721) and its inquiry (213/15732): one
    // instance, InternetMaxBandwidthOut only, never StartTime/EndTime (monthly bandwidth only).
    const QJsonObject expected{
        {QStringLiteral("InstanceIds"), QJsonArray{QStringLiteral("ins-r8hr2upy")}},
        {QStringLiteral("InternetAccessible"),
         QJsonObject{{QStringLiteral("InternetMaxBandwidthOut"), 20}}}};
    const V3Request reset =
        V3RequestBuilder::resetInstancesInternetMaxBandwidth(QStringLiteral("ins-r8hr2upy"), 20);
    QCOMPARE(reset.service, QStringLiteral("cvm"));
    QCOMPARE(reset.action, QStringLiteral("ResetInstancesInternetMaxBandwidth"));
    QCOMPARE(json(reset), expected);
    const V3Request price = V3RequestBuilder::inquiryPriceResetInstancesInternetMaxBandwidth(
        QStringLiteral("ins-r8hr2upy"), 20);
    QCOMPARE(price.service, QStringLiteral("cvm"));
    QCOMPARE(price.action, QStringLiteral("InquiryPriceResetInstancesInternetMaxBandwidth"));
    QCOMPARE(json(price), expected);
    // 0 Mbps is a value, not an absent one.
    QCOMPARE(json(V3RequestBuilder::resetInstancesInternetMaxBandwidth(QStringLiteral("ins-1"), 0))
                 .value(QStringLiteral("InternetAccessible"))
                 .toObject()
                 .value(QStringLiteral("InternetMaxBandwidthOut")),
             QJsonValue(0));
}

void TestV3RequestBuilder::describeZones()
{
    const V3Request request = V3RequestBuilder::describeZones();
    QCOMPARE(request.service, QStringLiteral("cvm"));
    QCOMPARE(request.action, QStringLiteral("DescribeZones"));
    QCOMPARE(request.body, QByteArray("{}"));
}

void TestV3RequestBuilder::describeImages()
{
    const V3Request request = V3RequestBuilder::describeImages(LaunchSpec::PublicImage);
    QCOMPARE(request.action, QStringLiteral("DescribeImages"));
    const QJsonObject body = json(request);
    QCOMPARE(body.value(QLatin1String("Filters")).toArray(),
             oneFilter(QStringLiteral("image-type"), QStringLiteral("PUBLIC_IMAGE")));
    QCOMPARE(body.value(QLatin1String("Limit")), QJsonValue(100));
    QVERIFY(!json(V3RequestBuilder::describeImages(0)).contains(QLatin1String("Filters")));
}

void TestV3RequestBuilder::describeKeyPairs()
{
    const V3Request request = V3RequestBuilder::describeKeyPairs();
    QCOMPARE(request.service, QStringLiteral("cvm"));
    QCOMPARE(json(request),
             QJsonObject({{QStringLiteral("Offset"), 0}, {QStringLiteral("Limit"), 100}}));
}

void TestV3RequestBuilder::describeVpcsAndSubnetsUseTheVpcServiceWithStringPaging()
{
    const V3Request vpcs = V3RequestBuilder::describeVpcs();
    QCOMPARE(vpcs.service, QStringLiteral("vpc"));
    QCOMPARE(vpcs.action, QStringLiteral("DescribeVpcs"));
    QCOMPARE(json(vpcs), QJsonObject({{QStringLiteral("Offset"), QStringLiteral("0")},
                                      {QStringLiteral("Limit"), QStringLiteral("100")}}));
    const V3Request subnets = V3RequestBuilder::describeSubnets(QStringLiteral("vpc-abc"));
    QCOMPARE(subnets.service, QStringLiteral("vpc"));
    QCOMPARE(subnets.action, QStringLiteral("DescribeSubnets"));
    QCOMPARE(json(subnets).value(QLatin1String("Filters")).toArray(),
             oneFilter(QStringLiteral("vpc-id"), QStringLiteral("vpc-abc")));
}

void TestV3RequestBuilder::imageTypeNames()
{
    for (int type = 1; type <= 4; ++type) {
        const QString name = V3RequestBuilder::v3ImageType(type);
        QVERIFY(name.endsWith(QLatin1String("_IMAGE")));
        QCOMPARE(V3RequestBuilder::imageTypeFromV3(name), type);
    }
    QVERIFY(V3RequestBuilder::v3ImageType(0).isEmpty());
    QCOMPARE(V3RequestBuilder::imageTypeFromV3(QStringLiteral("OTHER")), 0);
}

void TestV3RequestBuilder::bodyIsCompactUtf8()
{
    const QByteArray body = V3RequestBuilder::runInstances(fullSpec(), names()).body;
    QVERIFY(!body.contains('\n'));
    QVERIFY(body.contains(QStringLiteral("测试机").toUtf8()));
}

QTEST_GUILESS_MAIN(TestV3RequestBuilder)
#include "tst_v3requestbuilder.moc"
