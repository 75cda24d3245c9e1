// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/v3/v3responseparser.h"
#include "api/v3/v3simdpagereader.h"
#include "testpaths.h"

#include <QFile>
#include <QTest>

namespace {

int guangzhouOnly(const QString &name)
{
    return name == QLatin1String("ap-guangzhou-3") ? 100003 : 0;
}

QByteArray page(const char *instances)
{
    return QByteArray(R"({"Response":{"TotalCount":1,"InstanceSet":[)") + instances +
           R"(],"RequestId":"r"}})";
}

} // namespace

// The simdjson path reads well-formed pages and leaves everything else to the general parser;
// whichever reads an answer, the result is the same.
class TestV3SimdPageReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithTheGeneralParser_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("fast");
        QFile file(TestPaths::dataFile(QStringLiteral("api/v3/describeinstances.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QTest::newRow("fixture") << file.readAll() << true;
        QTest::newRow("minimal") << page(R"({"InstanceId":"ins-1","InstanceState":"PENDING"})")
                                 << true;
        QTest::newRow("nulls")
            << page(R"({"InstanceId":"ins-1","InstanceState":"RUNNING","Placement":null,)"
                    R"("CPU":null,"PrivateIpAddresses":null,"OsName":null,"CreatedTime":null})")
            << true;
        QTest::newRow("failed launch")
            << page(R"({"InstanceId":"ins-1","InstanceState":"LAUNCH_FAILED",)"
                    R"("LatestOperationErrorMsg":"ResourceInsufficient","Placement":)"
                    R"({"Zone":"ap-guangzhou-3","ProjectId":0}})")
            << true;
        QTest::newRow("bandwidth")
            << page(R"({"InstanceId":"ins-1","InstanceState":"RUNNING","InternetAccessible":)"
                    R"({"InternetChargeType":"BANDWIDTH_POSTPAID_BY_HOUR",)"
                    R"("InternetMaxBandwidthOut":20,"PublicIpAssigned":true}})")
            << true;
        QTest::newRow("bandwidth null")
            << page(R"({"InstanceId":"ins-1","InstanceState":"RUNNING","InternetAccessible":null})")
            << true;
        QTest::newRow("bandwidth not a number")
            << page(R"({"InstanceId":"i","InstanceState":"RUNNING","InternetAccessible":)"
                    R"({"InternetMaxBandwidthOut":"lots"}})")
            << false;
        QTest::newRow("empty id, as the general parser allows")
            << page(R"({"InstanceId":"","InstanceState":"RUNNING"})") << true;
        QTest::newRow("keys around the Response")
            << QByteArray(R"({"x":[1,{"y":null}],"Response":{"RequestId":"r","Extra":{},)"
                          R"("TotalCount":0,"InstanceSet":[]},"z":true})")
            << true;
        // The issue's inputs and the rest of their kind.
        QTest::newRow("drift: TotalCount as text")
            << QByteArray(R"({"Response":{"TotalCount":"0","InstanceSet":[],"RequestId":"r"}})")
            << true;
        QTest::newRow("drift: CPU and Memory as text")
            << page(R"({"InstanceId":"ins-1","InstanceState":"RUNNING","CPU":"2","Memory":"4"})")
            << true;
        QTest::newRow("drift: texts as numbers")
            << QByteArray(R"({"Response":{"TotalCount":1,"RequestId":7,"InstanceSet":[)"
                          R"({"InstanceId":12,"InstanceState":"RUNNING","InstanceName":3.5,)"
                          R"("PublicIpAddresses":[1]}]}})")
            << true;
        QTest::newRow("drift: CPU fraction")
            << page(R"({"InstanceId":"i","InstanceState":"RUNNING","CPU":"2.5"})") << false;
        QTest::newRow("drift: CPU other text")
            << page(R"({"InstanceId":"i","InstanceState":"RUNNING","CPU":"two"})") << false;
        QTest::newRow("service error")
            << QByteArray(R"({"Response":{"Error":{"Code":"AuthFailure","Message":"x"},)"
                          R"("RequestId":"r"}})")
            << false;
        QTest::newRow("no TotalCount")
            << QByteArray(R"({"Response":{"InstanceSet":[],"RequestId":"r"}})") << false;
        QTest::newRow("no InstanceSet")
            << QByteArray(R"({"Response":{"TotalCount":0,"RequestId":"r"}})") << false;
        QTest::newRow("no state") << page(R"({"InstanceId":"i"})") << false;
        QTest::newRow("null id") << page(R"({"InstanceId":null,"InstanceState":"RUNNING"})")
                                 << false;
        QTest::newRow("Placement text")
            << page(R"({"InstanceId":"i","InstanceState":"RUNNING","Placement":"gz"})") << false;
        QTest::newRow("Zone repeated")
            << page(
                   R"({"InstanceId":"i","InstanceState":"RUNNING","Placement":{"Zone":"a","Zone":"b"}})")
            << false;
        QTest::newRow("repeated Response")
            << QByteArray(R"({"Response":{"TotalCount":0,"InstanceSet":[]},"Response":{}})")
            << false;
        QTest::newRow("RequestId object")
            << QByteArray(R"({"Response":{"TotalCount":0,"InstanceSet":[],"RequestId":{}}})")
            << false;
        QTest::newRow("underflow")
            << page(R"({"InstanceId":"i","InstanceState":"RUNNING","X":1e-400})") << false;
        QTest::newRow("garbage after")
            << QByteArray(R"({"Response":{"TotalCount":0,"InstanceSet":[]}} ])") << false;
        QTest::newRow("not JSON") << QByteArray("<html>502</html>") << false;
    }
    void agreesWithTheGeneralParser()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, fast);
        const std::optional<InstancePage> read = V3SimdPageReader::read(body, guangzhouOnly);
        QCOMPARE(read.has_value(), fast);
        const auto general = V3ResponseParser::describeInstancesGeneral(body, guangzhouOnly);
        const auto result = V3ResponseParser::describeInstances(body, guangzhouOnly);
        QCOMPARE(result.ok(), general.ok());
        if (read) {
            QVERIFY2(general.ok(), qPrintable(general.error.message));
            QCOMPARE(read->totalCount, general.value->totalCount);
            QCOMPARE(read->instances, general.value->instances);
            QCOMPARE(result.value->instances, general.value->instances);
        } else if (!general.ok()) {
            QCOMPARE(result.error.message, general.error.message);
            QCOMPARE(result.error.codeString, general.error.codeString);
        } else {
            QCOMPARE(result.value->instances, general.value->instances);
        }
    }

    void fixtureValues()
    {
        QFile file(TestPaths::dataFile(QStringLiteral("api/v3/describeinstances.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const std::optional<InstancePage> read =
            V3SimdPageReader::read(file.readAll(), guangzhouOnly);
        QVERIFY(read);
        QCOMPARE(read->totalCount, 2);
        const InstanceInfo &a = read->instances.at(0);
        QCOMPARE(a.instanceId, QStringLiteral("ins-1"));
        QCOMPARE(a.zoneId, 100003);
        QCOMPARE(a.cpu, 2);
        QCOMPARE(a.mem, 4);
        QCOMPARE(a.lanIp, QStringLiteral("10.0.0.5"));
        QCOMPARE(a.createTime, QDateTime(QDate(2020, 9, 22), QTime(0, 0), Qt::UTC));
        const InstanceInfo &b = read->instances.at(1);
        QCOMPARE(b.state, InstanceState::CreateFailed);
        QCOMPARE(b.failureReason, QStringLiteral("ResourceInsufficient: 售罄"));
        QCOMPARE(b.zoneId, 0);
    }

    void bandwidthIsReadWhenGiven()
    {
        const auto read = V3SimdPageReader::read(
            page(R"({"InstanceId":"ins-1","InstanceState":"RUNNING","InternetAccessible":)"
                 R"({"InternetMaxBandwidthOut":20}},)"
                 R"({"InstanceId":"ins-2","InstanceState":"RUNNING"})"),
            guangzhouOnly);
        QVERIFY(read);
        QCOMPARE(read->instances.at(0).bandwidth, 20);
        QCOMPARE(read->instances.at(1).bandwidth, -1); // not said
    }
};

QTEST_GUILESS_MAIN(TestV3SimdPageReader)
#include "tst_v3simdpagereader.moc"
