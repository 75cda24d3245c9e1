// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/v3/v3launchnames.h"

#include <QTest>

// The names come from the built-in catalog: these tests pin the mapping of cvm-api.md §3 end to
// end (spec -> catalog -> API 3.0 names), so a catalog edit that breaks it is caught here.
class TestV3LaunchNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolvesTheDocumentedExample();
    void instanceTypes_data();
    void instanceTypes();
    void chargeTypes();
    void apiTwoDiskIsNotNamed();
    void disksWithoutTypeAreRefused_data();
    void disksWithoutTypeAreRefused();
    void failures_data();
    void failures();
    void emptyCatalogResolvesNothing();
};

namespace {
LaunchSpec spec()
{
    LaunchSpec s;
    s.zoneId = 100003;
    s.instanceType = QStringLiteral("CVM.S2");
    s.cpu = 2;
    s.mem = 4;
    s.dataDisks = {{QStringLiteral("CLOUD_SSD"), 100}};
    s.bandwidthType = LaunchSpec::PayByHour;
    return s;
}
} // namespace

void TestV3LaunchNames::resolvesTheDocumentedExample()
{
    QString error;
    const auto names = V3LaunchNames::resolve(spec(), Catalog::builtIn(), &error);
    QVERIFY2(names, qPrintable(error));
    QCOMPARE(names->zone, QStringLiteral("ap-guangzhou-3"));
    QCOMPARE(names->instanceType, QStringLiteral("S2.MEDIUM4"));
    QCOMPARE(names->internetChargeType, QStringLiteral("BANDWIDTH_POSTPAID_BY_HOUR"));
    QVERIFY(error.isEmpty());
}

void TestV3LaunchNames::instanceTypes_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<int>("cpu");
    QTest::addColumn<int>("mem");
    QTest::addColumn<QString>("expected");
    QTest::newRow("S1 1/1") << QStringLiteral("CVM.S1") << 1 << 1 << QStringLiteral("S1.SMALL1");
    QTest::newRow("S2 4/16") << QStringLiteral("CVM.S2") << 4 << 16 << QStringLiteral("S2.LARGE16");
    QTest::newRow("M2 8/64") << QStringLiteral("CVM.M2") << 8 << 64
                             << QStringLiteral("M2.2XLARGE64");
    QTest::newRow("I2 32/128") << QStringLiteral("CVM.I2") << 32 << 128
                               << QStringLiteral("I2.8XLARGE128");
    QTest::newRow("M1 48/368") << QStringLiteral("CVM.M1") << 48 << 368
                               << QStringLiteral("M1.12XLARGE368");
    QTest::newRow("C2 16/60") << QStringLiteral("CVM.C2") << 16 << 60
                              << QStringLiteral("C2.4XLARGE60");
}

void TestV3LaunchNames::instanceTypes()
{
    QFETCH(QString, family);
    QFETCH(int, cpu);
    QFETCH(int, mem);
    QFETCH(QString, expected);
    LaunchSpec s = spec();
    s.instanceType = family;
    s.cpu = cpu;
    s.mem = mem;
    const auto names = V3LaunchNames::resolve(s, Catalog::builtIn());
    QVERIFY(names);
    QCOMPARE(names->instanceType, expected);
}

void TestV3LaunchNames::chargeTypes()
{
    LaunchSpec s = spec();
    s.bandwidthType = LaunchSpec::PayByTraffic;
    QCOMPARE(V3LaunchNames::resolve(s, Catalog::builtIn())->internetChargeType,
             QStringLiteral("TRAFFIC_POSTPAID_BY_HOUR"));
}

// API 3.0 sends dataDisks; API 2.0's storageType has no say, even when it has no API 3.0 name.
void TestV3LaunchNames::apiTwoDiskIsNotNamed()
{
    LaunchSpec s = spec();
    s.storageType = 99;
    QVERIFY(V3LaunchNames::resolve(s, Catalog::builtIn()));
}

// An omitted DiskType is LOCAL_BASIC to the service (cvm-api-v3-today.md §2): never sent.
void TestV3LaunchNames::disksWithoutTypeAreRefused_data()
{
    QTest::addColumn<QString>("systemDiskType");
    QTest::addColumn<QList<DataDisk>>("dataDisks");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("system disk") << QString() << QList<DataDisk>{} << QStringLiteral("system disk");
    QTest::newRow("second data disk")
        << QStringLiteral("CLOUD_BSSD")
        << QList<DataDisk>{{QStringLiteral("CLOUD_PREMIUM"), 100}, {QString(), 200}}
        << QStringLiteral("Data disk 2");
    QTest::newRow("21 data disks")
        << QStringLiteral("CLOUD_BSSD")
        << QList<DataDisk>(21, DataDisk{QStringLiteral("CLOUD_PREMIUM"), 20})
        << QStringLiteral("20");
}

void TestV3LaunchNames::disksWithoutTypeAreRefused()
{
    QFETCH(QString, systemDiskType);
    QFETCH(QList<DataDisk>, dataDisks);
    QFETCH(QString, mentions);
    LaunchSpec s = spec();
    s.systemDiskType = systemDiskType;
    s.dataDisks = dataDisks;
    QString error;
    QVERIFY(!V3LaunchNames::resolve(s, Catalog::builtIn(), &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestV3LaunchNames::failures_data()
{
    QTest::addColumn<int>("zoneId");
    QTest::addColumn<int>("cpu");
    QTest::addColumn<QString>("bandwidthType");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown zone") << 123456 << 2 << LaunchSpec::PayByHour
                                  << QStringLiteral("123456");
    QTest::newRow("no size for 3 cores")
        << 100003 << 3 << LaunchSpec::PayByHour << QStringLiteral("CVM.S2");
    QTest::newRow("unknown billing")
        << 100003 << 2 << QStringLiteral("PayByMood") << QStringLiteral("PayByMood");
}

void TestV3LaunchNames::failures()
{
    QFETCH(int, zoneId);
    QFETCH(int, cpu);
    QFETCH(QString, bandwidthType);
    QFETCH(QString, mentions);
    LaunchSpec s = spec();
    s.zoneId = zoneId;
    s.cpu = cpu;
    s.bandwidthType = bandwidthType;
    QString error;
    QVERIFY(!V3LaunchNames::resolve(s, Catalog::builtIn(), &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY(!V3LaunchNames::resolve(s, Catalog::builtIn())); // a null error pointer is fine
}

void TestV3LaunchNames::emptyCatalogResolvesNothing()
{
    QString error;
    QVERIFY(!V3LaunchNames::resolve(spec(), Catalog(), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestV3LaunchNames)
#include "tst_v3launchnames.moc"
