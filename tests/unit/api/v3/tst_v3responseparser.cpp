// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/apierrorfactory.h"
#include "api/v3/v3responseparser.h"

#include <QTest>

class TestV3ResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runInstances();
    void dryRun();
    void errorVerdicts_data();
    void errorVerdicts();
    void malformedEnvelopes_data();
    void malformedEnvelopes();
    void oversizedAnswerIsRefusedUnread();
    void describeInstances();
    void instanceStates_data();
    void instanceStates();
    void describeInstancesWrongTypes_data();
    void describeInstancesWrongTypes();
    void describeZones();
    void describeImages();
    void describeKeyPairs();
    void describeVpcs();
    void describeSubnets();
    void inquiryPrice();
    void inquiryPriceMalformed();
    void terminateInstances();
    void bandwidthChangeAndItsPrice();
    void missingSetsAreMalformed_data();
    void driftedScalars();
    void missingSetsAreMalformed();
};

namespace {
QByteArray response(const char *inner)
{
    return QByteArray(R"({"Response":{)") + inner + R"(,"RequestId":"req-1"}})";
}

int guangzhouOnly(const QString &name)
{
    return name == QLatin1String("ap-guangzhou-3") ? 100003 : 0;
}
} // namespace

void TestV3ResponseParser::runInstances()
{
    const auto result =
        V3ResponseParser::runInstances(response(R"("InstanceIdSet":["ins-1","ins-2"])"));
    QVERIFY(result.ok());
    QCOMPARE(*result.value, QStringList({QStringLiteral("ins-1"), QStringLiteral("ins-2")}));

    const auto empty = V3ResponseParser::runInstances(response(R"("InstanceIdSet":[])"));
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error.kind, ApiError::Kind::Malformed);

    const auto wrong = V3ResponseParser::runInstances(response(R"("InstanceIdSet":[{}])"));
    QCOMPARE(wrong.error.kind, ApiError::Kind::Malformed);
    QVERIFY2(wrong.error.message.contains(QLatin1String("InstanceIdSet[0]")),
             qPrintable(wrong.error.message));
    QCOMPARE(wrong.error.action, QStringLiteral("RunInstances"));
}

void TestV3ResponseParser::dryRun()
{
    const auto passes = V3ResponseParser::dryRun(
        response(R"("Error":{"Code":"DryRunOperation","Message":"Request would have succeeded"})"));
    QVERIFY(passes.ok());
    QVERIFY(*passes.value);
    QVERIFY(V3ResponseParser::dryRun(response(R"("InstanceIdSet":[])")).ok());

    const auto soldOut = V3ResponseParser::dryRun(response(
        R"("Error":{"Code":"ResourceInsufficient.ZoneSoldOutForSpecifiedInstance","Message":"售罄"})"));
    QVERIFY(!soldOut.ok());
    QCOMPARE(soldOut.error.kind, ApiError::Kind::Service);
    QCOMPARE(soldOut.error.codeString,
             QStringLiteral("ResourceInsufficient.ZoneSoldOutForSpecifiedInstance"));
    QCOMPARE(soldOut.error.message, QStringLiteral("售罄"));
    QCOMPARE(V3ResponseParser::dryRun("not json").error.kind, ApiError::Kind::Malformed);
}

void TestV3ResponseParser::errorVerdicts_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<ApiError::Verdict>("verdict");
    using V = ApiError::Verdict;
    QTest::newRow("rate") << QStringLiteral("RequestLimitExceeded") << V::RetryAfterPause;
    QTest::newRow("rate, finer") << QStringLiteral("RequestLimitExceeded.UinLimitExceeded")
                                 << V::RetryAfterPause;
    QTest::newRow("internal") << QStringLiteral("InternalError") << V::Retryable;
    QTest::newRow("internal, finer")
        << QStringLiteral("InternalError.TradeUnknownError") << V::Retryable;
    QTest::newRow("signature") << QStringLiteral("AuthFailure.SignatureFailure") << V::Final;
    QTest::newRow("expired") << QStringLiteral("AuthFailure.SignatureExpire") << V::Final;
    QTest::newRow("parameter") << QStringLiteral("InvalidParameter") << V::Final;
    QTest::newRow("parameter value")
        << QStringLiteral("InvalidParameterValue.InstanceTypeNotFound") << V::Final;
    QTest::newRow("quota") << QStringLiteral("LimitExceeded.InstanceQuota") << V::Final;
    QTest::newRow("stock") << QStringLiteral("ResourceInsufficient.ZoneSoldOutForSpecifiedInstance")
                           << V::Final;
    QTest::newRow("balance") << QStringLiteral("InvalidAccount.InsufficientBalance") << V::Final;
    QTest::newRow("password") << QStringLiteral("InvalidPassword") << V::Final;
    QTest::newRow("not a prefix match") << QStringLiteral("InternalErrorish") << V::Final;
    QTest::newRow("unknown") << QStringLiteral("SomethingNew") << V::Final;
}

void TestV3ResponseParser::errorVerdicts()
{
    QFETCH(QString, code);
    QFETCH(ApiError::Verdict, verdict);
    const QByteArray body =
        R"({"Response":{"Error":{"Code":")" + code.toUtf8() +
        R"(","Message":"说明"},"RequestId":"6ef60bec-0242-43af-bb20-270359fb54a7"}})";
    const auto result = V3ResponseParser::describeZones(body);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind, ApiError::Kind::Service);
    QCOMPARE(result.error.verdict, verdict);
    QCOMPARE(result.error.codeString, code);
    QCOMPARE(result.error.code, 0);
    QCOMPARE(result.error.message, QStringLiteral("说明"));
    QCOMPARE(result.error.requestId, QStringLiteral("6ef60bec-0242-43af-bb20-270359fb54a7"));
    QCOMPARE(result.error.action, QStringLiteral("DescribeZones"));
    QCOMPARE(ApiErrorFactory::verdictForV3Code(code), verdict);
}

void TestV3ResponseParser::malformedEnvelopes_data()
{
    // What the operator is told: what the answer is instead of the API's JSON (as on API 2.0).
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("said");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>")
                          << QStringLiteral("HTML page");
    QTest::newRow("truncated") << QByteArray(R"({"Response":{"ZoneSet":[)")
                               << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not an object");
    QTest::newRow("no Response") << QByteArray(R"({"code":0,"message":""})")
                                 << QStringLiteral("Response");
    QTest::newRow("Response not object")
        << QByteArray(R"({"Response":"ok"})") << QStringLiteral("Response");
    QTest::newRow("Error not object")
        << QByteArray(R"({"Response":{"Error":"bad"}})") << QStringLiteral("Error");
    QTest::newRow("Error without Code")
        << QByteArray(R"({"Response":{"Error":{"Message":"x"}}})") << QStringLiteral("Code");
    QTest::newRow("Code an object")
        << QByteArray(R"({"Response":{"Error":{"Code":{}}}})") << QStringLiteral("Code");
    QTest::newRow("Code empty") << QByteArray(R"({"Response":{"Error":{"Code":""}}})")
                                << QStringLiteral("Code");
    QTest::newRow("RequestId not a text")
        << QByteArray(R"({"Response":{"ZoneSet":[],"RequestId":[7]}})")
        << QStringLiteral("RequestId");
}

void TestV3ResponseParser::malformedEnvelopes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, said);
    const auto result = V3ResponseParser::describeZones(body);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind, ApiError::Kind::Malformed);
    QCOMPARE(result.error.verdict, ApiError::Verdict::Final);
    QVERIFY2(result.error.message.contains(said), qPrintable(result.error.message));
}

void TestV3ResponseParser::oversizedAnswerIsRefusedUnread()
{
    QByteArray body = R"({"Response":{"RequestId":")";
    body += QByteArray(V3ResponseParser::MaxBodyBytes, 'x');
    body += R"("}})";
    const auto result = V3ResponseParser::terminateInstances(body);
    QCOMPARE(result.error.kind, ApiError::Kind::Malformed);
    QVERIFY(result.error.message.contains(QLatin1String("8")));
}

void TestV3ResponseParser::describeInstances()
{
    const QByteArray body = response(R"(
        "TotalCount": 2,
        "InstanceSet": [
          {"InstanceId": "ins-1", "InstanceName": "web", "InstanceState": "RUNNING",
           "Placement": {"Zone": "ap-guangzhou-3", "ProjectId": 0}, "CPU": 2, "Memory": 4,
           "PrivateIpAddresses": ["10.0.0.5"], "PublicIpAddresses": ["1.2.3.4", "5.6.7.8"],
           "ImageId": "img-31tjrtph", "OsName": "CentOS 7.2 64位",
           "CreatedTime": "2020-09-22T00:00:00Z", "LatestOperationErrorMsg": null},
          {"InstanceId": "ins-2", "InstanceState": "LAUNCH_FAILED",
           "Placement": {"Zone": "ap-nowhere-1"}, "PublicIpAddresses": null,
           "LatestOperationErrorMsg": "ResourceInsufficient: 售罄"}
        ])");
    const auto result = V3ResponseParser::describeInstances(body, guangzhouOnly);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.value->totalCount, 2);
    QCOMPARE(result.value->instances.size(), 2);
    const InstanceInfo &a = result.value->instances.at(0);
    QCOMPARE(a.instanceId, QStringLiteral("ins-1"));
    QCOMPARE(a.name, QStringLiteral("web"));
    QCOMPARE(a.state, InstanceState::Running);
    QCOMPARE(a.rawState, QStringLiteral("RUNNING"));
    QVERIFY(a.failureReason.isEmpty());
    QCOMPARE(a.zoneId, 100003);
    QCOMPARE(a.zoneName, QStringLiteral("ap-guangzhou-3"));
    QCOMPARE(a.cpu, 2);
    QCOMPARE(a.mem, 4);
    QCOMPARE(a.lanIp, QStringLiteral("10.0.0.5"));
    QCOMPARE(a.wanIps, QStringList({QStringLiteral("1.2.3.4"), QStringLiteral("5.6.7.8")}));
    QCOMPARE(a.imageId, QStringLiteral("img-31tjrtph"));
    QCOMPARE(a.osName, QStringLiteral("CentOS 7.2 64位"));
    QCOMPARE(a.createTime, QDateTime(QDate(2020, 9, 22), QTime(0, 0), Qt::UTC));
    const InstanceInfo &b = result.value->instances.at(1);
    QCOMPARE(b.state, InstanceState::CreateFailed);
    QCOMPARE(b.failureReason, QStringLiteral("ResourceInsufficient: 售罄"));
    QCOMPARE(b.zoneId, 0);
    QVERIFY(b.wanIps.isEmpty());
    QVERIFY(!b.createTime.isValid());

    // Without a lookup the zone id stays unknown rather than guessed.
    QCOMPARE(V3ResponseParser::describeInstances(body, {}).value->instances.at(0).zoneId, 0);
}

void TestV3ResponseParser::instanceStates_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<InstanceState>("state");
    QTest::newRow("PENDING") << QStringLiteral("PENDING") << InstanceState::Creating;
    QTest::newRow("RUNNING") << QStringLiteral("RUNNING") << InstanceState::Running;
    QTest::newRow("LAUNCH_FAILED")
        << QStringLiteral("LAUNCH_FAILED") << InstanceState::CreateFailed;
    QTest::newRow("STOPPED") << QStringLiteral("STOPPED") << InstanceState::Stopped;
    QTest::newRow("SHUTDOWN") << QStringLiteral("SHUTDOWN") << InstanceState::Stopped;
    QTest::newRow("TERMINATING") << QStringLiteral("TERMINATING") << InstanceState::Returning;
    QTest::newRow("STARTING") << QStringLiteral("STARTING") << InstanceState::Busy;
    QTest::newRow("STOPPING") << QStringLiteral("STOPPING") << InstanceState::Busy;
    QTest::newRow("REBOOTING") << QStringLiteral("REBOOTING") << InstanceState::Busy;
    QTest::newRow("new state") << QStringLiteral("HIBERNATING") << InstanceState::Busy;
}

void TestV3ResponseParser::instanceStates()
{
    QFETCH(QString, raw);
    QFETCH(InstanceState, state);
    QCOMPARE(V3ResponseParser::stateFromV3(raw), state);
    const QByteArray body = response(
        QByteArray(R"("TotalCount":1,"InstanceSet":[{"InstanceId":"ins-1","InstanceState":")" +
                   raw.toUtf8() + R"(","LatestOperationErrorMsg":"why"}])")
            .constData());
    const auto result = V3ResponseParser::describeInstances(body, {});
    QVERIFY(result.ok());
    QCOMPARE(result.value->instances.at(0).state, state);
    QCOMPARE(result.value->instances.at(0).rawState, raw);
    // The error message is a failure reason only for a failed launch.
    QCOMPARE(result.value->instances.at(0).failureReason.isEmpty(),
             state != InstanceState::CreateFailed);
}

void TestV3ResponseParser::describeInstancesWrongTypes_data()
{
    QTest::addColumn<QByteArray>("inner");
    QTest::addColumn<QString>("where");
    QTest::newRow("TotalCount other text")
        << QByteArray(R"("TotalCount":"one","InstanceSet":[])") << QStringLiteral("TotalCount");
    QTest::newRow("no TotalCount")
        << QByteArray(R"("InstanceSet":[])") << QStringLiteral("TotalCount");
    QTest::newRow("set not a list")
        << QByteArray(R"("TotalCount":0,"InstanceSet":{})") << QStringLiteral("InstanceSet");
    QTest::newRow("element not object") << QByteArray(R"("TotalCount":1,"InstanceSet":["ins-1"])")
                                        << QStringLiteral("InstanceSet[0]");
    QTest::newRow("no id") << QByteArray(
                                  R"("TotalCount":1,"InstanceSet":[{"InstanceState":"RUNNING"}])")
                           << QStringLiteral("InstanceSet[0].InstanceId");
    QTest::newRow("no state") << QByteArray(R"("TotalCount":1,"InstanceSet":[{"InstanceId":"i"}])")
                              << QStringLiteral("InstanceState");
    QTest::newRow("CPU other text")
        << QByteArray(
               R"("TotalCount":1,"InstanceSet":[{"InstanceId":"i","InstanceState":"RUNNING","CPU":"2 cores"}])")
        << QStringLiteral("CPU");
    QTest::newRow("CPU fraction text")
        << QByteArray(
               R"("TotalCount":1,"InstanceSet":[{"InstanceId":"i","InstanceState":"RUNNING","CPU":"2.5"}])")
        << QStringLiteral("CPU");
    QTest::newRow("CPU fraction")
        << QByteArray(
               R"("TotalCount":1,"InstanceSet":[{"InstanceId":"i","InstanceState":"RUNNING","CPU":2.5}])")
        << QStringLiteral("CPU");
    QTest::newRow("IPs not texts")
        << QByteArray(
               R"("TotalCount":1,"InstanceSet":[{"InstanceId":"i","InstanceState":"RUNNING","PublicIpAddresses":[[1]]}])")
        << QStringLiteral("PublicIpAddresses[0]");
    QTest::newRow("Placement text")
        << QByteArray(
               R"("TotalCount":1,"InstanceSet":[{"InstanceId":"i","InstanceState":"RUNNING","Placement":"gz"}])")
        << QStringLiteral("Placement");
}

void TestV3ResponseParser::describeInstancesWrongTypes()
{
    QFETCH(QByteArray, inner);
    QFETCH(QString, where);
    const auto result = V3ResponseParser::describeInstances(response(inner.constData()), {});
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind, ApiError::Kind::Malformed);
    QVERIFY2(result.error.message.contains(where), qPrintable(result.error.message));
    QCOMPARE(result.error.requestId, QStringLiteral("req-1"));
}

void TestV3ResponseParser::describeZones()
{
    const auto result = V3ResponseParser::describeZones(response(R"("TotalCount":2,"ZoneSet":[
        {"Zone":"ap-guangzhou-3","ZoneName":"广州三区","ZoneId":"100003","ZoneState":"AVAILABLE"},
        {"Zone":"ap-guangzhou-2","ZoneName":"广州二区","ZoneId":"100002","ZoneState":"UNAVAILABLE"}])"));
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.value->size(), 2);
    QCOMPARE(result.value->at(0).zoneId, 100003);
    QCOMPARE(result.value->at(0).zoneName, QStringLiteral("广州三区"));
    QCOMPARE(result.value->at(0).apiName, QStringLiteral("ap-guangzhou-3"));
    QVERIFY(result.value->at(0).available);
    QVERIFY(!result.value->at(1).available);
}

void TestV3ResponseParser::describeImages()
{
    const auto result = V3ResponseParser::describeImages(response(R"("TotalCount":1,"ImageSet":[
        {"ImageId":"img-egif9bvl","ImageName":"Windows Server 2012 R2","ImageType":"PUBLIC_IMAGE",
         "ImageDescription":"公共镜像","OsName":"Windows Server 2012 R2 64位",
         "CreatedTime":"2019-01-01T08:00:00Z"}])"));
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    const Image &image = result.value->at(0);
    QCOMPARE(image.imageId, QStringLiteral("img-egif9bvl"));
    QCOMPARE(image.name, QStringLiteral("Windows Server 2012 R2"));
    QCOMPARE(image.description, QStringLiteral("公共镜像"));
    QCOMPARE(image.imageType, int(LaunchSpec::PublicImage));
    QCOMPARE(image.osName, QStringLiteral("Windows Server 2012 R2 64位"));
    QCOMPARE(image.createTime, QDateTime(QDate(2019, 1, 1), QTime(8, 0), Qt::UTC));
}

void TestV3ResponseParser::describeKeyPairs()
{
    const auto result = V3ResponseParser::describeKeyPairs(response(
        R"("TotalCount":1,"KeyPairSet":[{"KeyId":"skey-abc","KeyName":"ops","PublicKey":"ssh-rsa"}])"));
    QVERIFY(result.ok());
    QCOMPARE(result.value->size(), 1);
    QCOMPARE(result.value->at(0).keyId, QStringLiteral("skey-abc"));
    QCOMPARE(result.value->at(0).name, QStringLiteral("ops"));
    QCOMPARE(V3ResponseParser::describeKeyPairs(response(R"("KeyPairSet":[{"KeyName":"x"}])"))
                 .error.kind,
             ApiError::Kind::Malformed);
}

void TestV3ResponseParser::describeVpcs()
{
    const auto result = V3ResponseParser::describeVpcs(response(
        R"("TotalCount":1,"VpcSet":[{"VpcId":"vpc-1","VpcName":"prod","CidrBlock":"10.0.0.0/16"}])"));
    QVERIFY(result.ok());
    QCOMPARE(result.value->at(0).vpcId, QStringLiteral("vpc-1"));
    QCOMPARE(result.value->at(0).name, QStringLiteral("prod"));
    QCOMPARE(result.value->at(0).cidrBlock, QStringLiteral("10.0.0.0/16"));
}

void TestV3ResponseParser::describeSubnets()
{
    const auto result = V3ResponseParser::describeSubnets(response(R"("TotalCount":2,"SubnetSet":[
            {"SubnetId":"subnet-1","VpcId":"vpc-1","SubnetName":"a","CidrBlock":"10.0.1.0/24",
             "Zone":"ap-guangzhou-3","AvailableIpAddressCount":250},
            {"SubnetId":"subnet-2","Zone":"ap-mars-1"}])"),
                                                          guangzhouOnly);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    const Subnet &a = result.value->at(0);
    QCOMPARE(a.subnetId, QStringLiteral("subnet-1"));
    QCOMPARE(a.vpcId, QStringLiteral("vpc-1"));
    QCOMPARE(a.name, QStringLiteral("a"));
    QCOMPARE(a.cidrBlock, QStringLiteral("10.0.1.0/24"));
    QCOMPARE(a.zoneIds, QList<int>{100003});
    QCOMPARE(a.availableIps, 250);
    QVERIFY(result.value->at(1).zoneIds.isEmpty());
    QCOMPARE(result.value->at(1).availableIps, -1);
}

void TestV3ResponseParser::inquiryPrice()
{
    const auto result = V3ResponseParser::inquiryPriceRunInstances(response(R"("Price":{
        "InstancePrice":{"UnitPrice":0.48,"ChargeUnit":"HOUR","UnitPriceDiscount":0.36},
        "BandwidthPrice":{"UnitPrice":0.8,"ChargeUnit":"GB"}})"));
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.value->instancePerHour, QStringLiteral("0.36"));
    QCOMPARE(result.value->bandwidthPrice, QStringLiteral("0.8"));
    QCOMPARE(result.value->bandwidthUnit, QStringLiteral("GB"));

    const auto noBandwidth = V3ResponseParser::inquiryPriceRunInstances(
        response(R"("Price":{"InstancePrice":{"UnitPrice":1.2,"ChargeUnit":"HOUR"}})"));
    QVERIFY(noBandwidth.ok());
    QCOMPARE(noBandwidth.value->instancePerHour, QStringLiteral("1.2"));
    QVERIFY(noBandwidth.value->bandwidthPrice.isEmpty());
}

void TestV3ResponseParser::inquiryPriceMalformed()
{
    for (const char *inner :
         {R"("Price":{})", R"("Price":{"InstancePrice":{}})",
          R"("Price":{"InstancePrice":{"UnitPrice":"0,48"}})",
          R"("Price":{"InstancePrice":{"UnitPrice":1},"BandwidthPrice":3})", R"("Other":1)"}) {
        const auto result = V3ResponseParser::inquiryPriceRunInstances(response(inner));
        QVERIFY2(!result.ok(), inner);
        QCOMPARE(result.error.kind, ApiError::Kind::Malformed);
    }
}

void TestV3ResponseParser::terminateInstances()
{
    const auto result = V3ResponseParser::terminateInstances(R"({"Response":{"RequestId":"r"}})");
    QVERIFY(result.ok());
    QVERIFY(*result.value);
    const auto error = V3ResponseParser::terminateInstances(
        response(R"("Error":{"Code":"InvalidInstanceId.NotFound","Message":"no such instance"})"));
    QCOMPARE(error.error.kind, ApiError::Kind::Service);
    QCOMPARE(error.error.codeString, QStringLiteral("InvalidInstanceId.NotFound"));
    QCOMPARE(error.error.action, QStringLiteral("TerminateInstances"));
}

void TestV3ResponseParser::bandwidthChangeAndItsPrice()
{
    QVERIFY(
        V3ResponseParser::resetInstancesInternetMaxBandwidth(R"({"Response":{"RequestId":"r"}})")
            .ok());
    const auto range = V3ResponseParser::resetInstancesInternetMaxBandwidth(
        response(R"("Error":{"Code":"InvalidParameterValue.Range","Message":"out of range"})"));
    QCOMPARE(range.error.kind, ApiError::Kind::Service);
    QCOMPARE(range.error.codeString, QStringLiteral("InvalidParameterValue.Range"));
    QCOMPARE(range.error.action, QStringLiteral("ResetInstancesInternetMaxBandwidth"));

    // Price.BandwidthPrice: the discounted price when there is one, with its unit.
    auto price = V3ResponseParser::inquiryPriceResetInstancesInternetMaxBandwidth(
        response(R"("Price":{"BandwidthPrice":{"UnitPrice":0.8,"ChargeUnit":"HOUR"}})"));
    QVERIFY2(price.ok(), qPrintable(price.error.message));
    QCOMPARE(price.value->bandwidthPrice, QStringLiteral("0.8"));
    QCOMPARE(price.value->bandwidthUnit, QStringLiteral("HOUR"));
    QVERIFY(price.value->instancePerHour.isEmpty());
    price = V3ResponseParser::inquiryPriceResetInstancesInternetMaxBandwidth(
        response(R"("Price":{"BandwidthPrice":{"UnitPrice":0.8,"UnitPriceDiscount":0.64,)"
                 R"("ChargeUnit":"HOUR"}})"));
    QCOMPARE(price.value->bandwidthPrice, QStringLiteral("0.64"));
    for (const char *inner : {R"("Price":{})", R"("Price":{"BandwidthPrice":{}})",
                              R"("Price":{"BandwidthPrice":{"UnitPrice":0.8}})", R"("Other":1)"}) {
        const auto result =
            V3ResponseParser::inquiryPriceResetInstancesInternetMaxBandwidth(response(inner));
        QVERIFY2(!result.ok(), inner);
        QCOMPARE(result.error.kind, ApiError::Kind::Malformed);
    }
}

void TestV3ResponseParser::missingSetsAreMalformed_data()
{
    QTest::addColumn<int>("which");
    for (int i = 0; i < 6; ++i)
        QTest::newRow(qPrintable(QString::number(i))) << i;
}

void TestV3ResponseParser::missingSetsAreMalformed()
{
    QFETCH(int, which);
    const QByteArray body = R"({"Response":{"TotalCount":0,"RequestId":"r"}})";
    ApiError error;
    switch (which) {
    case 0:
        error = V3ResponseParser::runInstances(body).error;
        break;
    case 1:
        error = V3ResponseParser::describeInstances(body, {}).error;
        break;
    case 2:
        error = V3ResponseParser::describeZones(body).error;
        break;
    case 3:
        error = V3ResponseParser::describeImages(body).error;
        break;
    case 4:
        error = V3ResponseParser::describeVpcs(body).error;
        break;
    default:
        error = V3ResponseParser::describeSubnets(body, {}).error;
        break;
    }
    QCOMPARE(error.kind, ApiError::Kind::Malformed);
    QCOMPARE(error.requestId, QStringLiteral("r"));
}

QTEST_GUILESS_MAIN(TestV3ResponseParser)
#include "tst_v3responseparser.moc"

// Scalars drift: documented numbers come as numeric strings and documented strings as numbers.
// Each reads as the documented form does.
void TestV3ResponseParser::driftedScalars()
{
    const QByteArray empty = R"({"Response":{"TotalCount":"0","InstanceSet":[],"RequestId":"r"}})";
    for (const auto &page : {V3ResponseParser::describeInstances(empty, {}),
                             V3ResponseParser::describeInstancesGeneral(empty, {})}) {
        QVERIFY2(page.ok(), qPrintable(page.error.message));
        QCOMPARE(page.value->totalCount, 0);
        QVERIFY(page.value->instances.isEmpty());
    }

    const auto cpu = V3ResponseParser::describeInstances(
        response(R"("TotalCount":1,"InstanceSet":[{"InstanceId":"ins-1",)"
                 R"("InstanceState":"RUNNING","CPU":"2","Memory":"4"}])"),
        {});
    QVERIFY2(cpu.ok(), qPrintable(cpu.error.message));
    QCOMPARE(cpu.value->instances.at(0).cpu, 2);
    QCOMPARE(cpu.value->instances.at(0).mem, 4);

    const auto price = V3ResponseParser::inquiryPriceRunInstances(
        response(R"("Price":{"InstancePrice":{"UnitPrice":"0.48","ChargeUnit":"HOUR"},)"
                 R"("BandwidthPrice":{"UnitPriceDiscount":"0.8","ChargeUnit":"GB"}})"));
    QVERIFY2(price.ok(), qPrintable(price.error.message));
    QCOMPARE(price.value->instancePerHour, QStringLiteral("0.48"));
    QCOMPARE(price.value->bandwidthPrice, QStringLiteral("0.8"));

    const auto zones = V3ResponseParser::describeZones(
        response(R"("TotalCount":1,"ZoneSet":[{"Zone":"ap-guangzhou-3","ZoneId":100003}])"));
    QVERIFY2(zones.ok(), qPrintable(zones.error.message));
    QCOMPARE(zones.value->at(0).zoneId, 100003);

    const auto subnets = V3ResponseParser::describeSubnets(
        response(R"("TotalCount":1,"SubnetSet":[{"SubnetId":"subnet-1","Zone":"ap-guangzhou-3",)"
                 R"("AvailableIpAddressCount":"253"}])"),
        guangzhouOnly);
    QVERIFY2(subnets.ok(), qPrintable(subnets.error.message));
    QCOMPARE(subnets.value->at(0).availableIps, 253);
    QCOMPARE(subnets.value->at(0).zoneIds, QList<int>{100003});

    const auto code = V3ResponseParser::terminateInstances(
        R"({"Response":{"Error":{"Code":4100,"Message":"x"},"RequestId":"r"}})");
    QCOMPARE(code.error.kind, ApiError::Kind::Service);
    QCOMPARE(code.error.codeString, QStringLiteral("4100"));

    // Still refused: other text, a fraction where an integer is meant, overflow.
    for (const char *bad :
         {R"("TotalCount":"zero","InstanceSet":[])", R"("TotalCount":"0.5","InstanceSet":[])",
          R"("TotalCount":"99999999999","InstanceSet":[])"}) {
        const auto refused = V3ResponseParser::describeInstances(response(bad), {});
        QCOMPARE(refused.error.kind, ApiError::Kind::Malformed);
        QVERIFY2(refused.error.message.contains(QLatin1String("TotalCount")),
                 qPrintable(refused.error.message));
    }
    QCOMPARE(V3ResponseParser::inquiryPriceRunInstances(
                 response(R"("Price":{"InstancePrice":{"UnitPrice":"cheap"}})"))
                 .error.kind,
             ApiError::Kind::Malformed);
}
