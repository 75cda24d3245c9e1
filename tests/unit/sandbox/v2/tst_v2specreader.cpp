// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/v2/v2specreader.h"

#include <QTest>

class TstV2SpecReader : public QObject
{
    Q_OBJECT

private:
    static V2Params params(const QByteArray &query)
    {
        SandboxRequest request;
        request.method = "GET";
        request.rawQuery = query;
        return V2Params::parse(request);
    }
    static constexpr const char *kFull =
        "Region=ap-guangzhou&zoneId=100003&cpu=2&mem=4&imageId=img-31tjrtph&imageType=2"
        "&storageSize=50&storageType=2&bandwidth=5&bandwidthType=PayByTraffic&wanIp=0"
        "&vpcId=vpc-1&subnetId=subnet-1&isVpcGateway=1&rootSize=30&goodsNum=3"
        "&password=Pass%2B123&keyId=&needSecurityAgent=0&needMonitorAgent=1&projectId=7"
        "&clientToken=tok&instanceName=%E6%B5%8B%E8%AF%95&instanceType=CVM.S2";

private slots:
    void readsEveryParameter()
    {
        const auto result = V2SpecReader::read(params(kFull), V2SpecReader::runInstancesRequired());
        QVERIFY2(result.ok(), qPrintable(result.error));
        const LaunchSpec &s = result.spec;
        QCOMPARE(s.region, QStringLiteral("ap-guangzhou"));
        QCOMPARE(s.zoneId, 100003);
        QCOMPARE(s.cpu, 2);
        QCOMPARE(s.mem, 4);
        QCOMPARE(s.instanceType, QStringLiteral("CVM.S2"));
        QCOMPARE(s.bandwidthType, LaunchSpec::PayByTraffic);
        QCOMPARE(s.wanIp, std::optional<bool>(false));
        QVERIFY(s.isVpcGateway);
        QCOMPARE(s.rootSize, std::optional<int>(30));
        QCOMPARE(s.goodsNum, 3);
        QCOMPARE(s.password, std::optional<QString>(QStringLiteral("Pass+123")));
        QVERIFY(!s.needSecurityAgent);
        QCOMPARE(s.projectId, 7);
        QCOMPARE(s.instanceName, QStringLiteral("测试"));
    }

    void defaultsAreTheSeeds()
    {
        const auto result =
            V2SpecReader::read(params("zoneId=1&cpu=1&mem=1&imageId=i&imageType=2&storageSize=0"),
                               V2SpecReader::runInstancesRequired());
        QVERIFY(result.ok());
        QCOMPARE(result.spec.instanceType, LaunchSpec::DefaultInstanceType);
        QCOMPARE(result.spec.goodsNum, 1);
        QVERIFY(!result.spec.wanIp.has_value());
        QVERIFY(!result.spec.password.has_value());
        QVERIFY(result.spec.needMonitorAgent);
    }

    void errorsNameTheParameter_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QString>("field");
        const QByteArray ok = "zoneId=1&cpu=1&mem=1&imageId=i&imageType=2&storageSize=0";
        QTest::newRow("cpu=abc") << QByteArray(ok + "&cpu=abc") << QStringLiteral("cpu");
        QTest::newRow("missing mem")
            << QByteArray("zoneId=1&cpu=1&imageId=i&imageType=2&storageSize=0")
            << QStringLiteral("mem");
        QTest::newRow("wanIp=yes") << QByteArray(ok + "&wanIp=yes") << QStringLiteral("wanIp");
        QTest::newRow("rootSize=big")
            << QByteArray(ok + "&rootSize=big") << QStringLiteral("rootSize");
        QTest::newRow("goodsNum=-1")
            << QByteArray(ok + "&goodsNum=-1") << QStringLiteral("goodsNum");
    }
    void errorsNameTheParameter()
    {
        QFETCH(QByteArray, query);
        QFETCH(QString, field);
        const auto result = V2SpecReader::read(params(query), V2SpecReader::runInstancesRequired());
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(field), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TstV2SpecReader)
#include "tst_v2specreader.moc"
