// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "catalog/catalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInLoads();
    void builtInIsConsistent();
    void zonesAndNames();
    void zoneDisplayNamesFollowTheLanguage();
    void pairQueries();
    void ratios();
    void diskAndRuleQueries();
    void v3Names();
    void everyPairHasAV3NameThatParsesBack();
    void newFamilyNeedsNoCode();
    void badDataIsRejected_data();
    void badDataIsRejected();
    void badFilesAreRejected();
    void emptyCatalogKnowsNothing();
};

namespace {

// The built-in data as one object, read the way Catalog::builtIn() reads it.
QJsonObject builtInJson()
{
    QJsonObject merged;
    const QDir dir(QStringLiteral(":/catalog"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot open %s", qPrintable(name));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() != QLatin1String("comment"))
                merged.insert(it.key(), it.value());
        }
    }
    return merged;
}

// Sets (or, with an undefined value, removes) the value at a dotted path such as
// "families.1.pairs.0.cpu"; numbers index lists.
QJsonValue setAt(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    const QString head = path.takeFirst();
    bool isIndex = false;
    const int index = head.toInt(&isIndex);
    if (isIndex) {
        QJsonArray a = node.toArray();
        if (path.isEmpty() && value.isUndefined())
            a.removeAt(index);
        else if (path.isEmpty())
            a.replace(index, value);
        else
            a.replace(index, setAt(a.at(index), path, value));
        return a;
    }
    QJsonObject o = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        o.remove(head);
    else if (path.isEmpty())
        o.insert(head, value);
    else
        o.insert(head, setAt(o.value(head), path, value));
    return o;
}

} // namespace

void TestCatalog::builtInLoads()
{
    QString error;
    const Catalog c = Catalog::fromJson(builtInJson(), &error);
    QVERIFY2(c.isValid(), qPrintable(error));
    QVERIFY(Catalog::builtIn().isValid());
    QCOMPARE(
        Catalog::builtIn().familyIds(),
        QStringList({QStringLiteral("CVM.S1"), QStringLiteral("CVM.S2"), QStringLiteral("CVM.I1"),
                     QStringLiteral("CVM.I2"), QStringLiteral("CVM.M1"), QStringLiteral("CVM.M2"),
                     QStringLiteral("CVM.C2")}));
    QVERIFY(Catalog::builtIn().storageTypeNumbering().contains(QLatin1String("4 SSD cloud")));
}

void TestCatalog::builtInIsConsistent()
{
    const Catalog &c = Catalog::builtIn();
    QCOMPARE(c.zones().size(), 21);
    QSet<QString> v3;
    for (const CatalogZone &z : c.zones()) {
        QVERIFY(c.region(z.region).has_value());
        QVERIFY(!z.name.en.isEmpty() && !z.name.zh.isEmpty());
        if (!z.v3Name.isEmpty()) {
            QVERIFY2(z.v3Name.startsWith(z.region + QLatin1Char('-')), qPrintable(z.v3Name));
            QVERIFY(!v3.contains(z.v3Name));
            v3.insert(z.v3Name);
        }
    }
    for (const InstanceFamily &f : c.families()) {
        QVERIFY(!f.pairs.isEmpty());
        QVERIFY(!c.zonesSelling(f.id).isEmpty());
        QVERIFY(!c.diskTypesFor(f.id).isEmpty());
        QVERIFY(!f.description.en.isEmpty() && !f.description.zh.isEmpty());
        QCOMPARE(f.generation, f.id.endsWith(QLatin1Char('1')) ? 1 : 2);
    }
    // Series 2 was first sold only in Guangzhou Zone 3 and Shanghai Zone 1.
    QCOMPARE(c.familiesSoldIn(100001),
             QStringList(
                 {QStringLiteral("CVM.S1"), QStringLiteral("CVM.I1"), QStringLiteral("CVM.M1")}));
    QCOMPARE(c.familiesSoldIn(100003).size(), 7);
}

void TestCatalog::zonesAndNames()
{
    const Catalog &c = Catalog::builtIn();
    const CatalogZone *z = c.zone(100003);
    QVERIFY(z);
    QCOMPARE(z->v3Name, QStringLiteral("ap-guangzhou-3"));
    QCOMPARE(z->region, QStringLiteral("ap-guangzhou"));
    QCOMPARE(c.zoneName(100003, QLocale(QLocale::Chinese, QLocale::China)),
             QStringLiteral("广州三区"));
    QCOMPARE(c.zoneName(100003, QLocale(QLocale::English)), QStringLiteral("Guangzhou Zone 3"));
    QCOMPARE(z->name.text(u"zh_CN"), QStringLiteral("广州三区"));
    QCOMPARE(z->name.text(u"en"), QStringLiteral("Guangzhou Zone 3"));
    QCOMPARE(c.zoneByV3Name(QStringLiteral("ap-shanghai-1"))->id, 200001);
    QCOMPARE(c.v3ZoneName(180001), QStringLiteral("ap-seoul-1"));
    QVERIFY(!c.zone(123));
    QVERIFY(!c.zoneByV3Name(QStringLiteral("ap-nowhere-1")));
    QVERIFY(c.v3ZoneName(123).isEmpty());
    QCOMPARE(c.zonesInRegion(QStringLiteral("ap-guangzhou")).size(), 4);
    QCOMPARE(c.region(QStringLiteral("ap-shanghai-fsi"))->shortCode, QStringLiteral("shjr"));
}

void TestCatalog::zoneDisplayNamesFollowTheLanguage()
{
    const Catalog &c = Catalog::builtIn();
    const QLocale en(QLocale::English);
    const QLocale zh(QLocale::Chinese, QLocale::China);
    // From the journal (a zoneId), from API 2.0 (its Chinese zoneName) and from API 3.0
    // (Placement.Zone): one name per language, whoever gave the zone.
    for (const QLocale &locale : {en, zh}) {
        const QString expected = locale.language() == QLocale::Chinese
                                     ? QStringLiteral("广州三区")
                                     : QStringLiteral("Guangzhou Zone 3");
        QCOMPARE(c.zoneDisplayName(100003, QString(), locale), expected);
        QCOMPARE(c.zoneDisplayName(100003, QStringLiteral("广州三区"), locale), expected);
        QCOMPARE(c.zoneDisplayName(0, QStringLiteral("ap-guangzhou-3"), locale), expected);
    }
    // Unknown to the catalog: the service's name, else never a bare number.
    QCOMPARE(c.zoneDisplayName(0, QStringLiteral("ap-mars-1"), en), QStringLiteral("ap-mars-1"));
    QCOMPARE(c.zoneDisplayName(999999, QString(), en), QStringLiteral("Zone 999999"));
}

void TestCatalog::pairQueries()
{
    const Catalog &c = Catalog::builtIn();
    const QString s2 = QStringLiteral("CVM.S2");
    QCOMPARE(c.cpuChoices(s2), QList<int>({1, 2, 4, 8, 12, 16, 24, 32}));
    QCOMPARE(c.memChoices(s2, 8), QList<int>({8, 16, 32, 64}));
    QCOMPARE(c.cpuChoicesForMem(s2, 16), QList<int>({4, 8}));
    QCOMPARE(c.memChoices(QStringLiteral("CVM.M2"), 4), QList<int>({32}));
    QVERIFY(c.allowsPair(s2, 8, 64));
    QVERIFY(!c.allowsPair(s2, 4, 4));
    QVERIFY(!c.allowsPair(QStringLiteral("CVM.X9"), 1, 1));
    QCOMPARE(c.pairs(QStringLiteral("CVM.C2")).size(), 9);
    QVERIFY(c.memChoices(s2, 3).isEmpty());
}

void TestCatalog::ratios()
{
    const Catalog &c = Catalog::builtIn();
    QCOMPARE(c.ratios(QStringLiteral("CVM.M2")), QStringList({QStringLiteral("1:8")}));
    QCOMPARE(c.ratiosText(QStringLiteral("CVM.M2")), QStringLiteral("1:8"));
    // S2's 16 cores with 48 GB add 1:3 to the 1:1, 1:2, 1:4 and 1:8 of the other sizes.
    QCOMPARE(c.ratios(QStringLiteral("CVM.S2")),
             QStringList({QStringLiteral("1:1"), QStringLiteral("1:2"), QStringLiteral("1:3"),
                          QStringLiteral("1:4"), QStringLiteral("1:8")}));
    QCOMPARE(c.ratiosText(QStringLiteral("CVM.S2")), QStringLiteral("1:1 to 1:8"));
    QCOMPARE(c.ratiosText(QStringLiteral("CVM.S1")), QStringLiteral("1:1 to 1:8"));
    // M1's 48 cores come with 368 GB: 3:23, below 1:8, listed before it.
    QCOMPARE(c.ratios(QStringLiteral("CVM.M1")),
             QStringList({QStringLiteral("3:23"), QStringLiteral("1:8")}));
}

void TestCatalog::diskAndRuleQueries()
{
    const Catalog &c = Catalog::builtIn();
    const DiskType *ssdLocal = c.diskType(3);
    QVERIFY(ssdLocal);
    QCOMPARE(ssdLocal->size.max, 250);
    QCOMPARE(ssdLocal->name.text(QLocale(QLocale::Chinese)), QStringLiteral("SSD本地盘"));
    QCOMPARE(c.diskType(2)->size.max, 4000);
    QCOMPARE(c.diskType(1)->size.max, 1000);
    QVERIFY(!c.diskType(5));
    QVERIFY(c.allowsStorageType(QStringLiteral("CVM.I1"), 3));
    QVERIFY(!c.allowsStorageType(QStringLiteral("CVM.I1"), 1));
    QCOMPARE(c.diskTypesFor(QStringLiteral("CVM.C2")).size(), 2);

    const SizeRule linuxRoot = c.systemDisk(OsFamily::Linux);
    QCOMPARE(linuxRoot.min, 20);
    QCOMPARE(linuxRoot.max, 50);
    QCOMPARE(linuxRoot.defaultValue, 20);
    QVERIFY(linuxRoot.contains(40));
    QVERIFY(!linuxRoot.contains(45));
    QCOMPARE(linuxRoot.nearest(45), QList<int>({40, 50}));
    QCOMPARE(linuxRoot.nearest(5), QList<int>({20}));
    QCOMPARE(c.systemDisk(OsFamily::Windows).min, 50);
    QCOMPARE(c.systemDisk(OsFamily::Windows).max, 50);

    QCOMPARE(c.bandwidth().max, 100);
    QCOMPARE(c.goodsNum().max, 100);
    QCOMPARE(c.instanceNameMaxLength(), 60);
    QCOMPARE(c.clientTokenMaxLength(), 64);
    QVERIFY(c.isImageType(4));
    QVERIFY(!c.isImageType(5));
    QCOMPARE(c.bandwidthTypes().size(), 2);

    const PasswordRuleSet linuxPw = c.passwordRules(OsFamily::Linux);
    QCOMPARE(linuxPw.minLength, 8);
    QCOMPARE(linuxPw.minClasses, 2);
    QVERIFY(linuxPw.allowed(QLatin1Char('|')));
    const PasswordRuleSet windowsPw = c.passwordRules(OsFamily::Windows);
    QCOMPARE(windowsPw.minLength, 12);
    QCOMPARE(windowsPw.minClasses, 3);
    QVERIFY(!windowsPw.allowed(QLatin1Char('|')));
    QVERIFY(!windowsPw.allowed(QLatin1Char(' ')));
}

void TestCatalog::v3Names()
{
    const Catalog &c = Catalog::builtIn();
    QCOMPARE(c.v3InstanceType(QStringLiteral("CVM.S2"), 2, 4), QStringLiteral("S2.MEDIUM4"));
    QCOMPARE(c.v3InstanceType(QStringLiteral("CVM.M2"), 48, 384), QStringLiteral("M2.12XLARGE384"));
    QVERIFY(c.v3InstanceType(QStringLiteral("CVM.S2"), 3, 4).isEmpty());
    QVERIFY(c.v3InstanceType(QStringLiteral("CVM.X9"), 2, 4).isEmpty());
    QCOMPARE(c.v3SizeName(12), QStringLiteral("3XLARGE"));
    QCOMPARE(c.v3DiskType(1), QStringLiteral("LOCAL_BASIC"));
    QCOMPARE(c.v3DiskType(2), QStringLiteral("CLOUD_BASIC"));
    QCOMPARE(c.v3DiskType(3), QStringLiteral("LOCAL_SSD"));
    QCOMPARE(c.v3DiskType(4), QStringLiteral("CLOUD_SSD"));
    QCOMPARE(c.storageTypeFromV3(QStringLiteral("CLOUD_SSD")), 4);
    QCOMPARE(c.storageTypeFromV3(QStringLiteral("NOPE")), 0);
    QCOMPARE(c.v3ChargeType(QStringLiteral("PayByTraffic")),
             QStringLiteral("TRAFFIC_POSTPAID_BY_HOUR"));
    QVERIFY(!c.parseV3InstanceType(QStringLiteral("S2.HUGE4")));
    QVERIFY(!c.parseV3InstanceType(QStringLiteral("Z9.MEDIUM4")));
    QVERIFY(!c.parseV3InstanceType(QStringLiteral("S2.MEDIUM")));
    QVERIFY(!c.parseV3InstanceType(QStringLiteral("S2MEDIUM4")));
}

void TestCatalog::everyPairHasAV3NameThatParsesBack()
{
    const Catalog &c = Catalog::builtIn();
    for (const InstanceFamily &f : c.families()) {
        for (const CpuMemPair &p : f.pairs) {
            const QString name = c.v3InstanceType(f.id, p.cpu, p.mem);
            QVERIFY2(!name.isEmpty(), qPrintable(f.id));
            const auto back = c.parseV3InstanceType(name);
            QVERIFY2(back, qPrintable(name));
            QCOMPARE(back->familyId, f.id);
            QCOMPARE(back->cpu, p.cpu);
            QCOMPARE(back->mem, p.mem);
        }
    }
}

void TestCatalog::newFamilyNeedsNoCode()
{
    QJsonObject family = builtInJson().value(QLatin1String("families")).toArray().at(1).toObject();
    family.insert(QStringLiteral("id"), QStringLiteral("CVM.X9"));
    family.insert(QStringLiteral("v3Prefix"), QStringLiteral("X9"));
    family.insert(QStringLiteral("pairs"),
                  QJsonArray({QJsonObject{{QStringLiteral("cpu"), 2},
                                          {QStringLiteral("mem"), QJsonArray({6, 4})}}}));
    QJsonObject data = builtInJson();
    QJsonArray families = data.value(QLatin1String("families")).toArray();
    families.append(family);
    data.insert(QStringLiteral("families"), families);
    QString error;
    const Catalog c = Catalog::fromJson(data, &error);
    QVERIFY2(c.isValid(), qPrintable(error));
    QCOMPARE(c.memChoices(QStringLiteral("CVM.X9"), 2), QList<int>({4, 6}));
    QCOMPARE(c.ratiosText(QStringLiteral("CVM.X9")), QStringLiteral("1:2, 1:3"));
    QCOMPARE(c.v3InstanceType(QStringLiteral("CVM.X9"), 2, 6), QStringLiteral("X9.MEDIUM6"));
}

void TestCatalog::badDataIsRejected_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    const QJsonValue remove(QJsonValue::Undefined);

    QTest::newRow("mem not a number")
        << "families.1.pairs.0.mem.0" << QJsonValue(QStringLiteral("x"))
        << "families[1].pairs[0].mem[0]: must be a whole number";
    QTest::newRow("mem twice") << "families.1.pairs.0.mem.1" << QJsonValue(1)
                               << "families[1].pairs[0].mem[1]: 1 appears twice";
    QTest::newRow("cpu without v3 size")
        << "families.1.pairs.0.cpu" << QJsonValue(3) << "no API 3.0 size name";
    QTest::newRow("cores twice") << "families.1.pairs.1.cpu" << QJsonValue(1) << "listed twice";
    QTest::newRow("unknown zone") << "families.0.zones.0" << QJsonValue(999) << "unknown zone 999";
    QTest::newRow("unknown storageType")
        << "families.0.storageTypes.0" << QJsonValue(9) << "unknown storageType 9";
    QTest::newRow("family twice") << "families.2.id" << QJsonValue(QStringLiteral("CVM.S1"))
                                  << "family CVM.S1 appears twice";
    QTest::newRow("typo") << "families.0.storagetypes" << QJsonValue(1)
                          << "families[0].storagetypes: unknown key";
    QTest::newRow("no pairs") << "families.0.pairs" << QJsonValue(QJsonArray())
                              << "families[0].pairs: must be a non-empty list";
    QTest::newRow("zone twice") << "zones.1.id" << QJsonValue(100001)
                                << "zone 100001 appears twice";
    QTest::newRow("zone region") << "zones.0.region" << QJsonValue(QStringLiteral("ap-mars"))
                                 << "unknown region ap-mars";
    QTest::newRow("zone v3 twice")
        << "zones.1.v3Name" << QJsonValue(QStringLiteral("ap-guangzhou-1")) << "appears twice";
    QTest::newRow("zone no zh") << "zones.0.name.zh" << remove << "zones[0].name.zh: missing";
    QTest::newRow("disk max") << "diskTypes.0.max" << QJsonValue(5) << "must not be below min";
    QTest::newRow("disk step") << "diskTypes.0.step" << QJsonValue(0) << "diskTypes[0].step";
    QTest::newRow("disk grid") << "diskTypes.0.max" << QJsonValue(1005) << "whole number of steps";
    QTest::newRow("root default") << "systemDisk.linux.default" << QJsonValue(25)
                                  << "systemDisk.linux.default";
    QTest::newRow("password class")
        << "passwords.linux.classes.0" << QJsonValue(QStringLiteral("emoji")) << "must be one of";
    QTest::newRow("password classes")
        << "passwords.windows.minClasses" << QJsonValue(9) << "passwords.windows.minClasses";
    QTest::newRow("password specials")
        << "passwords.linux.specials" << QJsonValue(QStringLiteral("ab")) << "printable ASCII";
    QTest::newRow("no bandwidth") << "bandwidth" << remove << "bandwidth: missing";
    QTest::newRow("v3 size empty")
        << "v3Sizes.0.name" << QJsonValue(QString()) << "v3Sizes[0].name: must not be empty";
    QTest::newRow("unknown section") << "flavours" << QJsonValue(1) << "flavours: unknown key";
    QTest::newRow("wrong format") << "format" << QJsonValue(QStringLiteral("other")) << "format";
}

void TestCatalog::badDataIsRejected()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    const QJsonObject bad = setAt(builtInJson(), path.split(QLatin1Char('.')), value).toObject();
    QString error;
    const Catalog c = Catalog::fromJson(bad, &error);
    QVERIFY(!c.isValid());
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestCatalog::badFilesAreRejected()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto write = [&](const QString &name, const QByteArray &content) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    };
    write(QStringLiteral("a.json"),
          R"({"format": "cvm-launcher-catalog", "version": 1, "goodsNum": {}})");
    write(QStringLiteral("b.json"),
          R"({"format": "cvm-launcher-catalog", "version": 1, "goodsNum": {}})");
    write(QStringLiteral("c.json"), R"({"format": "cvm-launcher-catalog", "version": 1, )");
    write(QStringLiteral("d.json"), R"({"format": "cvm-launcher-catalog", "version": 2})");
    QString error;
    QVERIFY(!Catalog::fromFiles(
                 {dir.filePath(QStringLiteral("a.json")), dir.filePath(QStringLiteral("b.json"))},
                 &error)
                 .isValid());
    QVERIFY2(error.contains(QLatin1String("goodsNum")), qPrintable(error));
    QVERIFY(!Catalog::fromFiles({dir.filePath(QStringLiteral("c.json"))}, &error).isValid());
    QVERIFY2(error.contains(QLatin1String("c.json")), qPrintable(error));
    QVERIFY(!Catalog::fromFiles({dir.filePath(QStringLiteral("d.json"))}, &error).isValid());
    QVERIFY2(error.contains(QLatin1String("version")), qPrintable(error));
    QVERIFY(!Catalog::fromFiles({dir.filePath(QStringLiteral("missing.json"))}, &error).isValid());
    QVERIFY2(error.contains(QLatin1String("missing.json")), qPrintable(error));
    QVERIFY(!Catalog::fromFiles({}, &error).isValid());
}

void TestCatalog::emptyCatalogKnowsNothing()
{
    const Catalog c;
    QVERIFY(!c.isValid());
    QVERIFY(!c.zone(100003));
    QVERIFY(c.familyIds().isEmpty());
    QVERIFY(!c.allowsPair(QStringLiteral("CVM.S2"), 1, 1));
    QVERIFY(c.v3InstanceType(QStringLiteral("CVM.S2"), 2, 4).isEmpty());
    QVERIFY(!c.parseV3InstanceType(QStringLiteral("S2.MEDIUM4")));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
