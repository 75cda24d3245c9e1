// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/v3/v3world.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestV3World : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInLoads();
    void sellsTodaysFamilies();
    void catalogChecksTodaysPairs();
    void instanceTypeRefusals_data();
    void instanceTypeRefusals();
    void systemDisks();
    void dataDiskRules();
    void dataDiskRefusals_data();
    void dataDiskRefusals();
    void subnetZone();
    void securityGroups();
    void badData_data();
    void badData();
};

namespace {

QJsonObject builtInJson()
{
    QFile file(QStringLiteral(":/sandbox/v3world.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

void TestV3World::builtInLoads()
{
    QString error;
    const V3World world = V3World::fromJson(builtInJson(), &error);
    QVERIFY2(world.isValid(), qPrintable(error));
    QVERIFY(V3World::builtIn().isValid());
    QCOMPARE(world.quotaPerZone(), 30);
}

void TestV3World::sellsTodaysFamilies()
{
    const V3World &world = V3World::builtIn();
    for (const char *family : {"S5", "SA5", "S6", "M6", "C6", "IT5", "SA2"})
        QVERIFY2(world.family(QLatin1String(family)), family);
    for (const QString &old : world.retiredFamilies())
        QVERIFY(!world.family(old));
    QVERIFY(world.retiredFamilies().contains(QStringLiteral("S1")));
    QVERIFY(world.retiredFamilies().contains(QStringLiteral("C2")));

    const V3WorldType *sa5 =
        world.type(QStringLiteral("ap-guangzhou-4"), QStringLiteral("SA5.MEDIUM4"));
    QVERIFY(sa5);
    QCOMPARE(sa5->cpu, 2);
    QCOMPARE(sa5->memory, 4);
    QCOMPARE(sa5->pricePerHour, 0.29);
    QVERIFY(sa5->sold());
    const V3WorldType *soldOut =
        world.type(QStringLiteral("ap-guangzhou-3"), QStringLiteral("S5.MEDIUM4"));
    QVERIFY(soldOut);
    QCOMPARE(soldOut->status, QStringLiteral("SOLD_OUT"));
    QVERIFY(!soldOut->soldOutReason.isEmpty());
    QCOMPARE(soldOut->statusCategory, QStringLiteral("WithoutStock"));
    // The same type sells in the next zone: stock is per zone.
    QVERIFY(world.type(QStringLiteral("ap-guangzhou-4"), QStringLiteral("S5.MEDIUM4"))->sold());
    // Zones the reference marks sold out sell nothing.
    QVERIFY(world.typesIn(QStringLiteral("ap-guangzhou-1")).isEmpty());
    const V3WorldType *it5 =
        world.type(QStringLiteral("ap-guangzhou-4"), QStringLiteral("IT5.4XLARGE64"));
    QVERIFY(it5);
    QCOMPARE(it5->localDisks.at(0).toObject().value(QLatin1String("Type")).toString(),
             QStringLiteral("LOCAL_NVME"));
}

void TestV3World::catalogChecksTodaysPairs()
{
    const Catalog &catalog = V3World::builtIn().catalog();
    QVERIFY(catalog.isValid());
    QVERIFY(catalog.allowsPair(QStringLiteral("CVM.M6"), 4, 32));
    QVERIFY(!catalog.allowsPair(QStringLiteral("CVM.M6"), 4, 8));
    QVERIFY(!catalog.family(QStringLiteral("CVM.S1")));
    const auto parsed = catalog.parseV3InstanceType(QStringLiteral("SA5.2XLARGE32"));
    QVERIFY(parsed);
    QCOMPARE(parsed->familyId, QStringLiteral("CVM.SA5"));
    QCOMPARE(parsed->cpu, 8);
    QCOMPARE(parsed->mem, 32);
    QCOMPARE(catalog.v3InstanceType(QStringLiteral("CVM.S5"), 2, 4), QStringLiteral("S5.MEDIUM4"));
    // Data disks: CLOUD_SSD from 100 GiB; LOCAL_BASIC keeps the seed's number and is not sold
    // with today's families; the system disk is 20–1024 GiB, 50 by default.
    const int ssd = catalog.storageTypeFromV3(QStringLiteral("CLOUD_SSD"));
    QCOMPARE(ssd, 4);
    QCOMPARE(catalog.diskType(ssd)->size.min, 100);
    QVERIFY(catalog.allowsStorageType(QStringLiteral("CVM.S5"), ssd));
    QVERIFY(!catalog.allowsStorageType(QStringLiteral("CVM.S5"), 1));
    QVERIFY(catalog.storageTypeFromV3(QStringLiteral("CLOUD_PREMIUM")) > 4);
    QCOMPARE(catalog.systemDisk(OsFamily::Linux).max, 1024);
    QCOMPARE(catalog.systemDisk(OsFamily::Linux).defaultValue, 50);
    // The compiled-in API 2.0 catalog is not touched.
    QVERIFY(Catalog::builtIn().family(QStringLiteral("CVM.S1")));
    QVERIFY(!Catalog::builtIn().family(QStringLiteral("CVM.S5")));
}

void TestV3World::instanceTypeRefusals_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("code");
    const QString unavailable = QStringLiteral("ResourceUnavailable.InstanceType");
    QTest::newRow("sold") << "ap-guangzhou-3"
                          << "S5.SMALL2" << QString();
    QTest::newRow("retired S1") << "ap-guangzhou-3"
                                << "S1.SMALL2" << unavailable;
    QTest::newRow("retired C2") << "ap-guangzhou-4"
                                << "C2.LARGE8" << unavailable;
    QTest::newRow("family not in zone") << "ap-guangzhou-3"
                                        << "SA5.MEDIUM4" << unavailable;
    QTest::newRow("sold-out zone") << "ap-guangzhou-1"
                                   << "S5.SMALL2" << unavailable;
    QTest::newRow("no such size") << "ap-guangzhou-3"
                                  << "S5.SMALL3"
                                  << "InvalidParameterValue.InstanceTypeNotFound";
    QTest::newRow("no such family") << "ap-guangzhou-3"
                                    << "ZZ9.SMALL1"
                                    << "InvalidParameterValue.InstanceTypeNotFound";
    QTest::newRow("empty") << "ap-guangzhou-3"
                           << ""
                           << "InvalidParameterValue.InstanceTypeNotFound";
    QTest::newRow("sold out") << "ap-guangzhou-3"
                              << "S5.MEDIUM4"
                              << "ResourcesSoldOut.SpecifiedInstanceType";
}

void TestV3World::instanceTypeRefusals()
{
    QFETCH(QString, zone);
    QFETCH(QString, type);
    QFETCH(QString, code);
    const auto refusal = V3World::builtIn().instanceTypeRefusal(zone, type);
    QCOMPARE(refusal ? refusal->code : QString(), code);
    if (refusal)
        QVERIFY(refusal->message.contains(type.isEmpty() ? QStringLiteral("``") : type));
}

void TestV3World::systemDisks()
{
    const V3World &world = V3World::builtIn();
    const QString zone = QStringLiteral("ap-guangzhou-3");
    const QString s5 = QStringLiteral("S5");
    QVERIFY(world.systemDiskAllowed(zone, s5, QStringLiteral("CLOUD_PREMIUM")));
    QVERIFY(world.systemDiskAllowed(zone, s5, QStringLiteral("CLOUD_BSSD")));
    QVERIFY(!world.systemDiskAllowed(zone, s5, QStringLiteral("CLOUD_BASIC")));
    QVERIFY(!world.systemDiskAllowed(zone, s5, QStringLiteral("LOCAL_BASIC")));
    QVERIFY(!world.systemDiskAllowed(zone, s5, QString())); // omitted: LOCAL_BASIC
    QVERIFY(!world.systemDiskAllowed(QStringLiteral("ap-guangzhou-1"), s5,
                                     QStringLiteral("CLOUD_PREMIUM")));
    QVERIFY(!world.systemDiskAllowed(zone, QStringLiteral("S1"), QStringLiteral("CLOUD_PREMIUM")));
}

void TestV3World::dataDiskRules()
{
    const V3World &world = V3World::builtIn();
    const QString zone = QStringLiteral("ap-shanghai-2");
    const auto ssd = world.dataDiskRule(zone, QStringLiteral("M6"), QStringLiteral("CLOUD_SSD"));
    QVERIFY(ssd);
    QCOMPARE(ssd->min, 100);
    QCOMPARE(ssd->max, 32000);
    QCOMPARE(ssd->step, 10);
    QVERIFY(world.dataDiskRule(zone, QStringLiteral("M6"), QStringLiteral("CLOUD_HSSD")));
    QVERIFY(!world.dataDiskRule(zone, QStringLiteral("M6"), QStringLiteral("CLOUD_BASIC")));
    QVERIFY(!world.dataDiskRule(zone, QStringLiteral("M6"), QString()));
    QVERIFY(!world.dataDiskRule(zone, QStringLiteral("M6"), QStringLiteral("LOCAL_NVME")));
}

void TestV3World::dataDiskRefusals_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("code");
    QTest::newRow("premium 100") << "CLOUD_PREMIUM" << 100 << QString();
    QTest::newRow("ssd 100") << "CLOUD_SSD" << 100 << QString();
    QTest::newRow("ssd 90") << "CLOUD_SSD" << 90
                            << "InvalidParameterValue.CloudSsdDataDiskSizeTooSmall";
    QTest::newRow("ssd 105") << "CLOUD_SSD" << 105 << "InvalidParameterValue.Range";
    QTest::newRow("premium 40000") << "CLOUD_PREMIUM" << 40000 << "InvalidParameterValue.Range";
    QTest::newRow("basic cloud") << "CLOUD_BASIC" << 100 << "UnsupportedOperation.InvalidDisk";
    QTest::newRow("local basic") << "LOCAL_BASIC" << 100 << "UnsupportedOperation.InvalidDisk";
    QTest::newRow("omitted type") << "" << 100 << "UnsupportedOperation.InvalidDisk";
}

void TestV3World::dataDiskRefusals()
{
    QFETCH(QString, type);
    QFETCH(int, size);
    QFETCH(QString, code);
    const auto refusal = V3World::builtIn().dataDiskRefusal(QStringLiteral("ap-guangzhou-3"),
                                                            QStringLiteral("S6"), type, size);
    QCOMPARE(refusal ? refusal->code : QString(), code);
}

void TestV3World::subnetZone()
{
    QVERIFY(!V3World::subnetZoneRefusal(QStringLiteral("subnet-ls9zm1zp"),
                                        QStringLiteral("ap-guangzhou-3"),
                                        QStringLiteral("ap-guangzhou-3")));
    const auto refusal = V3World::subnetZoneRefusal(QStringLiteral("subnet-ls9zm1zp"),
                                                    QStringLiteral("ap-guangzhou-3"),
                                                    QStringLiteral("ap-guangzhou-4"));
    QVERIFY(refusal);
    QCOMPARE(refusal->code, QStringLiteral("InvalidParameterValue.SubnetIdZoneIdNotMatch"));
}

void TestV3World::securityGroups()
{
    const V3World &world = V3World::builtIn();
    const auto groups = world.securityGroups(QStringLiteral("ap-guangzhou"));
    QCOMPARE(groups.size(), 3);
    const auto isDefault = std::find_if(groups.cbegin(), groups.cend(),
                                        [](const V3WorldSecurityGroup &g) { return g.isDefault; });
    QVERIFY(isDefault != groups.cend());
    const QJsonObject allowAll = isDefault->ingress.at(0).toObject();
    QCOMPARE(allowAll.value(QLatin1String("Action")).toString(), QStringLiteral("ACCEPT"));
    QCOMPARE(allowAll.value(QLatin1String("CidrBlock")).toString(), QStringLiteral("0.0.0.0/0"));
    const V3WorldSecurityGroup *closed = world.securityGroup(QStringLiteral("sg-0rszg2vb"));
    QVERIFY(closed);
    QVERIFY(closed->ingress.isEmpty() && closed->egress.isEmpty());
    QCOMPARE(world.securityGroups(QStringLiteral("ap-shanghai")).size(), 1);
}

void TestV3World::badData_data()
{
    QTest::addColumn<QString>("pointer"); // a path into the built-in JSON to change
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected"); // start of the error
    QTest::newRow("format") << "format" << QJsonValue(QStringLiteral("other")) << "format";
    QTest::newRow("quota") << "quotaPerZone" << QJsonValue(-1) << "quotaPerZone";
    QTest::newRow("cpu as string") << "families/0/types/0/cpu" << QJsonValue(QStringLiteral("1"))
                                   << "families[0].types[0].cpu";
    QTest::newRow("unknown zone") << "families/1/zones/0" << QJsonValue(QStringLiteral("mars-1"))
                                  << "families[1].zones";
    QTest::newRow("unknown disk") << "families/2/dataDisks/0"
                                  << QJsonValue(QStringLiteral("FLOPPY")) << "families[2]";
    QTest::newRow("stock of unknown type")
        << "stock/0/type" << QJsonValue(QStringLiteral("S5.HUGE1")) << "stock[0]";
    QTest::newRow("policy action")
        << "securityGroups/0/ingress/0/action" << QJsonValue(QStringLiteral("MAYBE"))
        << "securityGroups[0].ingress[0].action";
    QTest::newRow("price") << "families/0/types/0/price" << QJsonValue(-0.5)
                           << "families[0].types[0].price";
}

void TestV3World::badData()
{
    QFETCH(QString, pointer);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    // Rewrites one value deep in the document, from the leaf up.
    const QStringList keys = pointer.split(u'/');
    std::function<QJsonValue(const QJsonValue &, qsizetype)> set = [&](const QJsonValue &node,
                                                                       qsizetype depth) {
        if (depth == keys.size())
            return value;
        bool isIndex = false;
        const int index = keys.at(depth).toInt(&isIndex);
        if (isIndex) {
            QJsonArray array = node.toArray();
            array[index] = set(array.at(index), depth + 1);
            return QJsonValue(array);
        }
        QJsonObject object = node.toObject();
        object[keys.at(depth)] = set(object.value(keys.at(depth)), depth + 1);
        return QJsonValue(object);
    };
    QString error;
    const V3World world = V3World::fromJson(set(builtInJson(), 0).toObject(), &error);
    QVERIFY(!world.isValid());
    QVERIFY2(error.startsWith(expected), qPrintable(error));
    QVERIFY(world.typesIn(QStringLiteral("ap-guangzhou-3")).isEmpty());
}

QTEST_GUILESS_MAIN(TestV3World)
#include "tst_v3world.moc"
