// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/v2/v2cloudapi.h"
#include "api/v2/v2requests.h"
#include "api/v3/v3requestbuilder.h"
#include "spec/specfields.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

LaunchSpec baseSpec()
{
    LaunchSpec spec;
    spec.region = QStringLiteral("ap-guangzhou");
    spec.zoneId = 100003;
    spec.cpu = 1;
    spec.mem = 2;
    spec.imageId = QStringLiteral("img-31tjrtph");
    spec.imageType = LaunchSpec::PublicImage;
    spec.clientToken = QStringLiteral("token-1");
    return spec;
}

QString parameter(const V2Request &request, const QString &name)
{
    for (const auto &[key, value] : request.parameters) {
        if (key == name)
            return value;
    }
    return {};
}

bool hasParameter(const V2Request &request, const QString &name)
{
    return std::any_of(request.parameters.begin(), request.parameters.end(),
                       [&](const auto &p) { return p.first == name; });
}

bool v3PublicIp(const LaunchSpec &spec)
{
    const V3LaunchNames names{QStringLiteral("ap-guangzhou-3"), QStringLiteral("S1.SMALL2"),
                              QStringLiteral("BANDWIDTH_POSTPAID_BY_HOUR")};
    const QJsonObject body =
        QJsonDocument::fromJson(V3RequestBuilder::runInstances(spec, names).body).object();
    return body.value(QStringLiteral("InternetAccessible"))
        .toObject()
        .value(QStringLiteral("PublicIpAssigned"))
        .toBool();
}

} // namespace

// RunInstancesHour from the field table: what is sent is what was chosen.
class TestV2Requests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wanIpAgreesWithPublicIpAssigned_data();
    void wanIpAgreesWithPublicIpAssigned();
    void everyV2FieldOfAFullSpecIsSent();
    void vpcFieldsOnlyWithAVpc();
    void moreThanOneRequestsWorthIsRefused();
    void whatApiTwoCannotCarryIsRefused();
    void previewMasksThePassword();
    void updateInstanceBandwidthHour();
};

void TestV2Requests::wanIpAgreesWithPublicIpAssigned_data()
{
    QTest::addColumn<int>("bandwidth");
    QTest::addColumn<int>("wanIp"); // -1 unset, 0 no, 1 yes
    QTest::addColumn<QString>("expected");
    QTest::newRow("no bandwidth, asked for") << 0 << 1 << "0";
    QTest::newRow("no bandwidth, unset") << 0 << -1 << "0";
    QTest::newRow("bandwidth, unset") << 5 << -1 << "1";
    QTest::newRow("bandwidth, yes") << 5 << 1 << "1";
    QTest::newRow("bandwidth, no") << 5 << 0 << "0";
}

void TestV2Requests::wanIpAgreesWithPublicIpAssigned()
{
    QFETCH(int, bandwidth);
    QFETCH(int, wanIp);
    QFETCH(QString, expected);
    LaunchSpec spec = baseSpec();
    spec.bandwidth = bandwidth;
    spec.wanIp = wanIp < 0 ? std::nullopt : std::optional<bool>(wanIp == 1);
    const V2Request request = V2Requests::runInstancesHour(spec);
    // Always explicit: the service's default is never relied on.
    QCOMPARE(parameter(request, QStringLiteral("wanIp")), expected);
    QCOMPARE(v3PublicIp(spec), expected == QLatin1String("1"));
}

void TestV2Requests::everyV2FieldOfAFullSpecIsSent()
{
    LaunchSpec spec = baseSpec();
    spec.bandwidth = 5;
    spec.vpcId = QStringLiteral("vpc-abc");
    spec.subnetId = QStringLiteral("subnet-def");
    spec.rootSize = 30;
    spec.password = QStringLiteral("Passw0rd!x");
    spec.keyId = QStringLiteral("skey-1");
    spec.instanceName = QStringLiteral("web");
    const V2Request request = V2Requests::runInstancesHour(spec);
    for (const SpecFieldInfo &row : SpecFields::all()) {
        if (row.v2Name)
            QVERIFY2(hasParameter(request, QLatin1String(row.v2Name)), row.v2Name);
    }
    QCOMPARE(parameter(request, QStringLiteral("projectId")), QStringLiteral("0"));
    QCOMPARE(parameter(request, QStringLiteral("isVpcGateway")), QStringLiteral("0"));
    QCOMPARE(parameter(request, QStringLiteral("needSecurityAgent")), QStringLiteral("1"));
    QCOMPARE(request.parameters.size(), 23);
    QVERIFY(request.refusal.isEmpty());
}

void TestV2Requests::vpcFieldsOnlyWithAVpc()
{
    LaunchSpec spec = baseSpec();
    spec.isVpcGateway = true;
    const V2Request request = V2Requests::runInstancesHour(spec);
    QVERIFY(!hasParameter(request, QStringLiteral("isVpcGateway")));
    QVERIFY(!hasParameter(request, QStringLiteral("vpcId")));
    QVERIFY(!hasParameter(request, QStringLiteral("rootSize")));
    QVERIFY(!hasParameter(request, QStringLiteral("password")));
}

void TestV2Requests::moreThanOneRequestsWorthIsRefused()
{
    LaunchSpec spec = baseSpec();
    spec.goodsNum = 100;
    QVERIFY(V2Requests::runInstancesHour(spec).refusal.isEmpty());
    spec.goodsNum = 101;
    QVERIFY(!V2Requests::runInstancesHour(spec).refusal.isEmpty());
}

// API 3.0's disk list and security groups have no RunInstancesHour parameter: a launch that
// names them is refused, never sent without them; the system disk type alone is not sent
// (RunInstancesHour's system disk follows storageType).
void TestV2Requests::whatApiTwoCannotCarryIsRefused()
{
    LaunchSpec spec = baseSpec();
    spec.systemDiskType = QStringLiteral("CLOUD_BSSD");
    V2Request request = V2Requests::runInstancesHour(spec);
    QVERIFY(request.refusal.isEmpty());
    for (const auto &[name, value] : request.parameters)
        QVERIFY2(!value.contains(QLatin1String("CLOUD_BSSD")), qPrintable(name));
    spec.dataDisks = {{QStringLiteral("CLOUD_PREMIUM"), 100}};
    QVERIFY(V2Requests::runInstancesHour(spec).refusal.contains(QLatin1String("data disk")));
    spec.dataDisks.clear();
    spec.securityGroupIds = {QStringLiteral("sg-open1234")};
    QVERIFY(V2Requests::runInstancesHour(spec).refusal.contains(QLatin1String("security group")));
}

void TestV2Requests::previewMasksThePassword()
{
    LaunchSpec spec = baseSpec();
    spec.password = QStringLiteral("Passw0rd!x");
    spec.clientToken.clear();
    const LaunchPreview preview = V2CloudApi::preview(spec);
    QCOMPARE(preview.action, QStringLiteral("RunInstancesHour"));
    QVERIFY(preview.problem.isEmpty());
    QVERIFY(preview.text.startsWith(QStringLiteral("Action=RunInstancesHour\nRegion=ap-guangzhou\n"
                                                   "zoneId=100003\n")));
    QVERIFY(preview.text.contains(QStringLiteral("\npassword=********\n")));
    QVERIFY(!preview.text.contains(QStringLiteral("Passw0rd!x")));
    QVERIFY(
        preview.text.contains(QStringLiteral("clientToken=") + LaunchPreview::tokenPlaceholder()));
}

void TestV2Requests::updateInstanceBandwidthHour()
{
    // doc api/229/1345: exactly instanceId and bandwidth, in Mbps.
    const V2Request request =
        V2Requests::updateInstanceBandwidthHour(QStringLiteral("ins-8e7bf56c"), 8);
    QCOMPARE(request.action, QStringLiteral("UpdateInstanceBandwidthHour"));
    QCOMPARE(request.module, V2Request::Module::Cvm);
    QCOMPARE(request.refusal, QString());
    QCOMPARE(request.parameters.size(), 2);
    QCOMPARE(parameter(request, QStringLiteral("instanceId")), QStringLiteral("ins-8e7bf56c"));
    QCOMPARE(parameter(request, QStringLiteral("bandwidth")), QStringLiteral("8"));
    QCOMPARE(parameter(V2Requests::updateInstanceBandwidthHour(QStringLiteral("ins-1"), 0),
                       QStringLiteral("bandwidth")),
             QStringLiteral("0"));
    QVERIFY(!V2Requests::updateInstanceBandwidthHour(QString(), 8).refusal.isEmpty());
}

QTEST_GUILESS_MAIN(TestV2Requests)
#include "tst_v2requests.moc"
