// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/v2/v2parser.h"
#include "testpaths.h"

#include <QFile>
#include <QTest>

class TestV2Parser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describeInstancesFixture()
    {
        QFile file(TestPaths::dataFile(QStringLiteral("api/v2/describeinstances.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto r = V2Parser::describeInstances(file.readAll());
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value->totalCount, 3);
        const InstanceInfo &a = r.value->instances.at(0);
        QCOMPARE(a.instanceId, QStringLiteral("ins-0hm4gvho"));
        QCOMPARE(a.name, QStringLiteral("web-1"));
        QCOMPARE(a.state, InstanceState::Running);
        QCOMPARE(a.rawState, QStringLiteral("2"));
        QCOMPARE(a.wanIps, QStringList{QStringLiteral("119.29.1.2")});
        QCOMPARE(a.cpu, 2);
        QCOMPARE(a.mem, 4);
        QCOMPARE(a.zoneId, 100003);
        QCOMPARE(a.zoneName, QStringLiteral("广州三区"));
        QCOMPARE(a.osName, QStringLiteral("CentOS 7.2 64位"));
        // 12:00 in Beijing is 04:00 UTC.
        QCOMPARE(a.createTime.toUTC(), QDateTime(QDate(2016, 6, 6), QTime(4, 0), Qt::UTC));
        QCOMPARE(r.value->instances.at(1).state, InstanceState::Creating);
        QCOMPARE(r.value->instances.at(2).state, InstanceState::CreateFailed);
        QCOMPARE(r.value->instances.at(2).rawState, QStringLiteral("-1"));
    }

    void statusMapping_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<InstanceState>("state");
        QTest::newRow("-1") << -1 << InstanceState::CreateFailed;
        QTest::newRow("1") << 1 << InstanceState::Fault;
        QTest::newRow("2") << 2 << InstanceState::Running;
        QTest::newRow("3") << 3 << InstanceState::Creating;
        QTest::newRow("4") << 4 << InstanceState::Stopped;
        QTest::newRow("5") << 5 << InstanceState::Returned;
        QTest::newRow("6") << 6 << InstanceState::Returning;
        QTest::newRow("7") << 7 << InstanceState::Busy;
        QTest::newRow("20") << 20 << InstanceState::Busy;
        QTest::newRow("maintenance 99") << 99 << InstanceState::Busy;
    }
    void statusMapping()
    {
        QFETCH(int, status);
        QFETCH(InstanceState, state);
        QCOMPARE(V2Parser::stateForStatus(status), state);
        const auto r = V2Parser::describeInstances(
            QStringLiteral(R"({"code":0,"totalCount":1,"instanceSet":[{"unInstanceId":"ins-1",)"
                           R"("status":%1}]})")
                .arg(status)
                .toUtf8());
        QVERIFY(r.ok());
        QCOMPARE(r.value->instances.first().state, state);
        QCOMPARE(r.value->instances.first().rawState, QString::number(status));
    }

    void describeInstancesRejects_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no instanceSet")
            << QByteArray(R"({"code":0,"totalCount":0})") << QStringLiteral("instanceSet");
        QTest::newRow("no totalCount")
            << QByteArray(R"({"code":0,"instanceSet":[]})") << QStringLiteral("totalCount");
        QTest::newRow("status as other text")
            << QByteArray(R"({"code":0,"totalCount":1,"instanceSet":[{"unInstanceId":"i",)"
                          R"("status":"two"}]})")
            << QStringLiteral("instanceSet[0].status");
        QTest::newRow("status fractional text")
            << QByteArray(R"({"code":0,"totalCount":1,"instanceSet":[{"unInstanceId":"i",)"
                          R"("status":"2.5"}]})")
            << QStringLiteral("instanceSet[0].status");
        QTest::newRow("totalCount overflowing text")
            << QByteArray(R"({"code":0,"totalCount":"99999999999","instanceSet":[]})")
            << QStringLiteral("totalCount");
        QTest::newRow("status fractional")
            << QByteArray(R"({"code":0,"totalCount":1,"instanceSet":[{"unInstanceId":"i",)"
                          R"("status":2.5}]})")
            << QStringLiteral("status");
        QTest::newRow("missing id")
            << QByteArray(R"({"code":0,"totalCount":1,"instanceSet":[{"status":2}]})")
            << QStringLiteral("unInstanceId");
        QTest::newRow("element not object")
            << QByteArray(R"({"code":0,"totalCount":1,"instanceSet":["ins-1"]})")
            << QStringLiteral("instanceSet[0]");
        QTest::newRow("diskInfo string")
            << QByteArray(R"({"code":0,"totalCount":1,"instanceSet":[{"unInstanceId":"i",)"
                          R"("status":2,"diskInfo":"20G"}]})")
            << QStringLiteral("diskInfo");
        QTest::newRow("wanIpSet numbers")
            << QByteArray(R"({"code":0,"totalCount":1,"instanceSet":[{"unInstanceId":"i",)"
                          R"("status":2,"wanIpSet":[true]}]})")
            << QStringLiteral("wanIpSet[0]");
        QTest::newRow("bad time")
            << QByteArray(R"({"code":0,"totalCount":1,"instanceSet":[{"unInstanceId":"i",)"
                          R"("status":2,"createTime":"yesterday"}]})")
            << QStringLiteral("createTime");
        QTest::newRow("totalCount too small")
            << QByteArray(R"({"code":0,"totalCount":0,"instanceSet":[{"unInstanceId":"i",)"
                          R"("status":2}]})")
            << QStringLiteral("totalCount");
        QTest::newRow("code huge")
            << QByteArray(R"({"code":1e40,"instanceSet":[]})") << QStringLiteral("code");
        QTest::newRow("message object")
            << QByteArray(R"({"code":0,"message":{}})") << QStringLiteral("message");
    }
    void describeInstancesRejects()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        const auto r = V2Parser::describeInstances(body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, ApiError::Kind::Malformed);
        QCOMPARE(r.error.action, QStringLiteral("DescribeInstances"));
        QVERIFY2(r.error.message.contains(mentions), qPrintable(r.error.message));
    }

    void nullOptionalsAreAbsent()
    {
        const auto r = V2Parser::describeInstances(
            R"({"code":0,"totalCount":1,"instanceSet":[{"unInstanceId":"i","status":3,)"
            R"("wanIpSet":null,"lanIp":null,"diskInfo":null,"createTime":""}]})");
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QVERIFY(r.value->instances.first().wanIps.isEmpty());
        QVERIFY(!r.value->instances.first().createTime.isValid());
    }

    void zoneSetAsObjectOrArray()
    {
        const auto one = V2Parser::describeAvailabilityZones(
            R"({"code":0,"zoneSet":{"zoneId":100003,"zoneName":"广州三区","idcList":[]}})");
        QVERIFY2(one.ok(), qPrintable(one.error.message));
        QCOMPARE(one.value->size(), 1);
        QCOMPARE(one.value->first().zoneId, 100003);
        const auto many = V2Parser::describeAvailabilityZones(
            R"({"code":0,"zoneSet":[{"zoneId":100002,"zoneName":"a"},{"zoneId":100003,)"
            R"("zoneName":"b"}]})");
        QVERIFY(many.ok());
        QCOMPARE(many.value->size(), 2);
        QCOMPARE(many.value->at(1).zoneName, QStringLiteral("b"));
        QVERIFY(!V2Parser::describeAvailabilityZones(R"({"code":0,"zoneSet":"100003"})").ok());
        QVERIFY(!V2Parser::describeAvailabilityZones(
                     R"({"code":0,"zoneSet":[{"zoneId":"gz3","zoneName":"b"}]})")
                     .ok());
    }

    void otherActionsReject()
    {
        QVERIFY(!V2Parser::describeImages(R"({"code":0,"totalCount":1,"imageSet":[{}]})").ok());
        QVERIFY(!V2Parser::describeKeyPairs(R"({"code":0,"data":[]})").ok());
        QVERIFY(!V2Parser::describeVpcEx(R"({"code":0,"data":{"unVpcId":"v"}})").ok());
        QVERIFY(!V2Parser::describeSubnetEx(R"({"code":0,"data":[{"unSubnetId":"s",)"
                                            R"("zoneIds":["x"]}]})",
                                            {})
                     .ok());
        QVERIFY(!V2Parser::inquiryInstancePriceHour(R"({"code":0,"data":{"cvm":{"price":"abc"}}})")
                     .ok());
        QVERIFY(!V2Parser::inquiryInstancePriceHour(R"({"code":0,"data":{}})").ok());
        const auto ok = V2Parser::inquiryInstancePriceHour(
            R"({"code":0,"data":{"cvm":{"price":"0.48","price_unit":"HOUR"}}})");
        QVERIFY(ok.ok());
        QVERIFY(ok.value->bandwidthPrice.isEmpty());
        const auto subnet = V2Parser::describeSubnetEx(
            R"({"code":0,"data":[{"unSubnetId":"subnet-1","unVpcId":"vpc-9","zoneId":100003}]})",
            QStringLiteral("vpc-1"));
        QVERIFY(subnet.ok());
        QCOMPARE(subnet.value->first().vpcId, QStringLiteral("vpc-9"));
        QCOMPARE(subnet.value->first().zoneIds, QList<int>{100003});
        QCOMPARE(subnet.value->first().availableIps, -1);
    }

    void envelopeHttpAndServiceErrors()
    {
        auto r = V2Parser::returnInstance(R"({"code":5000,"message":"not found"})", 200);
        QCOMPARE(r.error.kind, ApiError::Kind::Service);
        QCOMPARE(r.error.code, 5000);
        QCOMPARE(r.error.verdict, ApiError::Verdict::Final);
        r = V2Parser::returnInstance(R"({"code":4100,"message":"x"})", 500);
        QCOMPARE(r.error.kind, ApiError::Kind::Service);
        QCOMPARE(r.error.httpStatus, 500);
        QVERIFY(r.error.isRetryable());
        r = V2Parser::returnInstance("Bad gateway", 502);
        QCOMPARE(r.error.kind, ApiError::Kind::Http);
        QCOMPARE(r.error.verdict, ApiError::Verdict::Retryable);
        r = V2Parser::returnInstance("slow down", 429);
        QCOMPARE(r.error.verdict, ApiError::Verdict::RetryAfterPause);
        r = V2Parser::returnInstance(R"({"code":0})", 403);
        QCOMPARE(r.error.kind, ApiError::Kind::Http);
        QVERIFY(V2Parser::returnInstance(R"({"code":0})", 200).ok());
        r = V2Parser::returnInstance(QByteArray(8 * 1024 * 1024 + 1, ' '));
        QCOMPARE(r.error.kind, ApiError::Kind::Malformed);
        QVERIFY(r.error.message.contains(QStringLiteral("8 MiB")));
    }

    // Scalars drift: the service sends documented numbers as numeric strings and documented
    // strings as numbers. Each must read as the documented form does.
    void refusedLaunchWithTextCodeIsTheServiceError()
    {
        // Before: "code":"4000" made the answer Malformed, so a refused RunInstancesHour counted
        // as "maybe created" and was resent at every start.
        const auto r = V2Parser::runInstancesHour(R"({"code":"4000","message":"可用区售罄"})");
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, ApiError::Kind::Service);
        QCOMPARE(r.error.code, 4000);
        QCOMPARE(r.error.message, QStringLiteral("可用区售罄"));
        QCOMPARE(r.error.verdict, ApiError::Verdict::Final);
    }

    void textTotalCountOnAnEmptyPage()
    {
        const QByteArray body = R"({"code":0,"totalCount":"0","instanceSet":[]})";
        for (const auto &r :
             {V2Parser::describeInstances(body), V2Parser::describeInstancesGeneral(body)}) {
            QVERIFY2(r.ok(), qPrintable(r.error.message));
            QCOMPARE(r.value->totalCount, 0);
            QVERIFY(r.value->instances.isEmpty());
        }
    }

    void otherDriftedScalars()
    {
        const auto zones = V2Parser::describeAvailabilityZones(
            R"({"code":0,"zoneSet":[{"zoneId":"100003","zoneName":100003}]})");
        QVERIFY2(zones.ok(), qPrintable(zones.error.message));
        QCOMPARE(zones.value->first().zoneId, 100003);
        QCOMPARE(zones.value->first().zoneName, QStringLiteral("100003"));
        const auto price = V2Parser::inquiryInstancePriceHour(
            R"({"code":0,"data":{"cvm":{"price":0.48},"bandwidth":{"price":"0.8"}}})");
        QVERIFY2(price.ok(), qPrintable(price.error.message));
        QCOMPARE(price.value->instancePerHour, QStringLiteral("0.48"));
        QCOMPARE(price.value->bandwidthPrice, QStringLiteral("0.8"));
        const auto subnets = V2Parser::describeSubnetEx(
            R"({"code":0,"data":[{"unSubnetId":"subnet-1","zoneIds":["100003"],)"
            R"("availableIPNum":"253"}]})",
            QStringLiteral("vpc-1"));
        QVERIFY2(subnets.ok(), qPrintable(subnets.error.message));
        QCOMPARE(subnets.value->first().zoneIds, QList<int>{100003});
        QCOMPARE(subnets.value->first().availableIps, 253);
        const auto ids = V2Parser::runInstancesHour(R"({"code":0,"unInstanceIds":[12345]})");
        QVERIFY2(ids.ok(), qPrintable(ids.error.message));
        QCOMPARE(*ids.value, QStringList{QStringLiteral("12345")});
    }

    void garbageNeverCrashes()
    {
        // Every prefix of a valid answer: each is either rejected or parsed, never a crash.
        QFile file(TestPaths::dataFile(QStringLiteral("api/v2/describeinstances.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray full = file.readAll().trimmed();
        int accepted = 0;
        for (qsizetype n = 0; n < full.size(); n += 7) {
            if (V2Parser::describeInstances(full.left(n)).ok())
                ++accepted;
        }
        QCOMPARE(accepted, 0);
    }
};

QTEST_GUILESS_MAIN(TestV2Parser)
#include "tst_v2parser.moc"
