// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// The validator on a live offer (OfferRules): the same spec judged by what the zone sells today,
// in the Finding/Suggestion shapes of the catalog's rules.
#include "api/v3/v3offerparser.h"
#include "testpaths.h"
#include "validation/offerrules.h"
#include "validation/validator.h"

#include <QFile>
#include <QTest>

namespace {

QByteArray fixture(const char *name)
{
    QFile file(TestPaths::dataFile(QStringLiteral("api/") + QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

// The fixture's answer, placed in Guangzhou Zone 3 (100003), a zone the catalog knows, so the
// catalog's own zone rule has nothing to say.
ZoneOffer offer()
{
    ZoneOffer o;
    o.zone = QStringLiteral("ap-guangzhou-3");
    o.types =
        *V3OfferParser::describeZoneInstanceConfigInfos(fixture("v3-zoneinstanceconfiginfos.json"))
             .value;
    return o;
}

QList<DiskConfig> disks()
{
    return *V3OfferParser::describeDiskConfigQuota(fixture("v3-diskconfigquota.json")).value;
}

LaunchSpec spec(const char *instanceType, int cpu, int mem)
{
    LaunchSpec s;
    s.region = QStringLiteral("ap-guangzhou");
    s.zoneId = 100003;
    s.instanceType = QLatin1String(instanceType);
    s.cpu = cpu;
    s.mem = mem;
    s.imageId = QStringLiteral("img-31tjrtph");
    s.imageType = LaunchSpec::PublicImage;
    s.systemDiskType = QStringLiteral("CLOUD_BSSD"); // the fixture's one system disk on sale
    return s;
}

ValidationContext withOffer()
{
    ValidationContext c;
    c.offer = offer();
    c.locale = QLocale(QLocale::English);
    return c;
}

Findings validate(const LaunchSpec &s, const ValidationContext &c)
{
    return Validator::validate(s, Catalog::builtIn(), c);
}

QStringList values(const Finding &f, const char *field)
{
    QStringList out;
    for (const Suggestion &s : f.suggestions) {
        if (s.field == QLatin1String(field))
            out << s.value.toString();
    }
    return out;
}

// The first data disk's size in each one-click fix on dataDisks ("0" when the fix removes it).
QStringList firstDiskSizes(const Finding &f)
{
    QStringList out;
    for (const Suggestion &s : f.suggestions) {
        if (s.field != QLatin1String("dataDisks"))
            continue;
        const QVariantList disks = s.value.toList();
        out << (disks.isEmpty()
                    ? QStringLiteral("0")
                    : disks.first().toMap().value(QStringLiteral("DiskSize")).toString());
    }
    return out;
}

} // namespace

class TestOfferRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anExactTypeOnSalePasses()
    {
        const Findings f = validate(spec("SA5.MEDIUM4", 2, 4), withOffer());
        QVERIFY(f.forField(QStringLiteral("instanceType")).isEmpty());
        QVERIFY(f.forField(QStringLiteral("cpu")).isEmpty());
        QVERIFY(f.forField(QStringLiteral("mem")).isEmpty());
        // The catalog alone refuses the same spec: SA5 is not in the API 2.0 world.
        const Findings catalogOnly = validate(spec("SA5.MEDIUM4", 2, 4), ValidationContext());
        QVERIFY(catalogOnly.hasError(QStringLiteral("instanceType")));
    }

    // API 3.0 sells only families that run in a VPC: the basic network is an error there, and
    // only there (API 2.0's world still has it).
    void apiThreeNeedsAVpc()
    {
        ValidationContext v3 = withOffer();
        v3.offerRequired = true;
        LaunchSpec s = spec("SA5.MEDIUM4", 2, 4);
        QVERIFY(validate(s, v3).find(QStringLiteral("vpcId"), QStringLiteral("vpcRequired")));
        s.vpcId = QStringLiteral("vpc-2ari9m7h");
        s.subnetId = QStringLiteral("subnet-ls9zm1zp");
        QVERIFY(!validate(s, v3).find(QStringLiteral("vpcId"), QStringLiteral("vpcRequired")));
        QVERIFY(!validate(spec("SA5.MEDIUM4", 2, 4), withOffer())
                     .find(QStringLiteral("vpcId"), QStringLiteral("vpcRequired")));
    }

    void aRequiredOfferNotLoadedIsNeverTheCatalogs()
    {
        // API 3.0 while the offer is loading or failed: the catalog's families do not judge the
        // type (CVM.S1 is the API 2.0 world's), one finding says the offer is missing.
        ValidationContext c;
        c.offerRequired = true;
        const Findings f = validate(spec("CVM.S1", 1, 2), c);
        QCOMPARE(f.forField(QStringLiteral("instanceType")).size(), 1);
        const Finding *missing =
            f.find(QStringLiteral("instanceType"), QStringLiteral("offerMissing"));
        QVERIFY(missing);
        QVERIFY(missing->isError());
        QVERIFY2(missing->message.contains(QLatin1String("ap-guangzhou-3")),
                 qPrintable(missing->message));
        QVERIFY(f.forField(QStringLiteral("cpu")).isEmpty());
        QVERIFY(f.forField(QStringLiteral("mem")).isEmpty());
        // Once loaded, the offer decides.
        c.offer = offer();
        QVERIFY(!validate(spec("SA5.MEDIUM4", 2, 4), c)
                     .find(QStringLiteral("instanceType"), QStringLiteral("offerMissing")));
        QVERIFY(!validate(spec("SA5.MEDIUM4", 2, 4), c).hasError(QStringLiteral("instanceType")));
    }

    void theTypeToSend()
    {
        const ZoneOffer o = offer();
        QCOMPARE(OfferRules::instanceTypeFor(spec("SA5", 4, 16), o), QStringLiteral("SA5.LARGE16"));
        QCOMPARE(OfferRules::instanceTypeFor(spec("SA5.MEDIUM4", 2, 4), o),
                 QStringLiteral("SA5.MEDIUM4"));
        QCOMPARE(OfferRules::instanceTypeFor(spec("SA5", 2, 8), o), QString());
    }

    void ratioHintFromTheOffer()
    {
        const Findings f = validate(spec("SA5", 2, 8), withOffer());
        const Finding *ratio = f.find(QStringLiteral("mem"), QStringLiteral("ratio"));
        QVERIFY(ratio);
        QVERIFY2(ratio->message.contains(QLatin1String("1:1, 1:2, 1:4")),
                 qPrintable(ratio->message));
        QVERIFY(ratio->message.contains(QLatin1String("ap-guangzhou-3")));
        QCOMPARE(values(*ratio, "mem"), (QStringList{QStringLiteral("2"), QStringLiteral("4")}));
        QCOMPARE(values(*ratio, "cpu"), QStringList{QStringLiteral("4")});
        // One click on a fix gives a spec the offer accepts.
        LaunchSpec fixed = spec("SA5", 2, 8);
        QVERIFY(ratio->suggestions.first().applyTo(fixed));
        QVERIFY(!validate(fixed, withOffer()).hasError(QStringLiteral("mem")));
    }

    void coresTheFamilyDoesNotSell()
    {
        const Findings f = validate(spec("SA5", 8, 16), withOffer());
        const Finding *cpu = f.find(QStringLiteral("cpu"), QStringLiteral("cpu"));
        QVERIFY(cpu);
        QCOMPARE(values(*cpu, "cpu"), QStringList{QStringLiteral("4")}); // 16 GB comes with 4
    }

    void soldOutCarriesTheReason()
    {
        const Findings f = validate(spec("S5.MEDIUM4", 2, 4), withOffer());
        const Finding *sold = f.find(QStringLiteral("instanceType"), QStringLiteral("soldOut"));
        QVERIFY(sold);
        QVERIFY(sold->isError());
        QVERIFY2(sold->message.contains(QStringLiteral("实例已售罄")), qPrintable(sold->message));
        QCOMPARE(values(*sold, "instanceType"), QStringList{QStringLiteral("SA5.MEDIUM4")});
        // Chosen as family and size, the same.
        QVERIFY(validate(spec("S5", 2, 4), withOffer())
                    .find(QStringLiteral("instanceType"), QStringLiteral("soldOut")));
    }

    void underStockWarns()
    {
        const Findings f = validate(spec("SA5.MEDIUM2", 2, 2), withOffer());
        const Finding *warning =
            f.find(QStringLiteral("instanceType"), QStringLiteral("underStock"));
        QVERIFY(warning);
        QCOMPARE(warning->severity, Finding::Severity::Warning);
        QVERIFY(!f.hasError(QStringLiteral("instanceType")));
    }

    void aTypeTheZoneDoesNotList()
    {
        const Findings f = validate(spec("S6.MEDIUM4", 2, 4), withOffer());
        const Finding *missing =
            f.find(QStringLiteral("instanceType"), QStringLiteral("notOffered"));
        QVERIFY(missing);
        QCOMPARE(values(*missing, "instanceType"),
                 (QStringList{QStringLiteral("SA5"), QStringLiteral("S5"), QStringLiteral("M6"),
                              QStringLiteral("IT5")}));
        // An empty offer is said so, and nothing is suggested from elsewhere.
        ValidationContext empty = withOffer();
        empty.offer->types.clear();
        const Findings none = validate(spec("S6.MEDIUM4", 2, 4), empty);
        const Finding *nothing =
            none.find(QStringLiteral("instanceType"), QStringLiteral("notOffered"));
        QVERIFY(nothing);
        QVERIFY(nothing->suggestions.isEmpty());
    }

    void anExactTypeWithOtherSizes()
    {
        const Findings f = validate(spec("SA5.MEDIUM4", 4, 8), withOffer());
        const Finding *mismatch =
            f.find(QStringLiteral("instanceType"), QStringLiteral("mismatch"));
        QVERIFY(mismatch);
        QCOMPARE(values(*mismatch, "instanceType"), QStringList{QStringLiteral("SA5.LARGE8")});
    }

    void anotherZonesOfferIsNotUsed()
    {
        LaunchSpec s = spec("SA5.MEDIUM4", 2, 4);
        s.zoneId = 100004;
        const Findings f = validate(s, withOffer());
        QVERIFY(f.find(QStringLiteral("instanceType"), QStringLiteral("offerZone")));
    }

    void dataDisks_data()
    {
        QTest::addColumn<QString>("diskType");
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("code"); // empty: no finding
        QTest::addColumn<QStringList>("sizes");
        QTest::newRow("ssd 200") << QStringLiteral("CLOUD_SSD") << 200 << QString()
                                 << QStringList();
        QTest::newRow("ssd 50 is too small")
            << QStringLiteral("CLOUD_SSD") << 50 << QStringLiteral("range")
            << QStringList{QStringLiteral("100"), QStringLiteral("0")};
        QTest::newRow("ssd 20 is the quota's minimum but still too small")
            << QStringLiteral("CLOUD_SSD") << 20 << QStringLiteral("range")
            << QStringList{QStringLiteral("100"), QStringLiteral("0")};
        QTest::newRow("ssd off the step")
            << QStringLiteral("CLOUD_SSD") << 105 << QStringLiteral("step")
            << QStringList{QStringLiteral("100"), QStringLiteral("110")};
        QTest::newRow("ssd too large")
            << QStringLiteral("CLOUD_SSD") << 40000 << QStringLiteral("range")
            << QStringList{QStringLiteral("32000"), QStringLiteral("0")};
        QTest::newRow("premium 10")
            << QStringLiteral("CLOUD_PREMIUM") << 10 << QString() << QStringList();
    }

    void dataDisks()
    {
        QFETCH(QString, diskType);
        QFETCH(int, size);
        QFETCH(QString, code);
        QFETCH(QStringList, sizes);
        LaunchSpec s = spec("SA5.MEDIUM4", 2, 4);
        s.dataDisks = {{diskType, size}};
        ValidationContext c = withOffer();
        c.diskConfigs = disks();
        const Findings f = validate(s, c);
        if (code.isEmpty()) {
            QVERIFY(f.forField(QStringLiteral("dataDisks")).isEmpty());
            return;
        }
        const Finding *finding = f.find(QStringLiteral("dataDisks"), code);
        QVERIFY(finding);
        QCOMPARE(firstDiskSizes(*finding), sizes);
        // The disk is named as the console names it, never by its API code alone.
        QVERIFY2(!finding->message.contains(diskType), qPrintable(finding->message));
        // Every fix applies: it is a whole, valid list for the field table.
        for (const Suggestion &fix : finding->suggestions) {
            LaunchSpec fixed = s;
            QVERIFY(fix.applyTo(fixed));
        }
    }

    // The second disk's fix keeps the first disk as it was.
    void aFixChangesOnlyItsDisk()
    {
        LaunchSpec s = spec("SA5.MEDIUM4", 2, 4);
        s.dataDisks = {{QStringLiteral("CLOUD_PREMIUM"), 100}, {QStringLiteral("CLOUD_SSD"), 50}};
        ValidationContext c = withOffer();
        c.diskConfigs = disks();
        const Findings f = validate(s, c);
        const Finding *finding = f.find(QStringLiteral("dataDisks"), QStringLiteral("range"));
        QVERIFY(finding);
        LaunchSpec fixed = s;
        QVERIFY(finding->suggestions.first().applyTo(fixed));
        QCOMPARE(fixed.dataDisks, (QList<DataDisk>{{QStringLiteral("CLOUD_PREMIUM"), 100},
                                                   {QStringLiteral("CLOUD_SSD"), 100}}));
    }

    // Without the zone's disk configs the facts that hold everywhere still hold: the service
    // refuses CLOUD_SSD data disks under 100 GB (CloudSsdDataDiskSizeTooSmall) in every zone.
    void cloudSsdUnder100IsRefusedWithoutConfigs()
    {
        LaunchSpec s = spec("SA5.MEDIUM4", 2, 4);
        s.dataDisks = {{QStringLiteral("CLOUD_SSD"), 50}};
        QVERIFY(
            validate(s, withOffer()).find(QStringLiteral("dataDisks"), QStringLiteral("range")));
        s.dataDisks = {{QString(), 50}};
        QVERIFY(
            validate(s, withOffer()).find(QStringLiteral("dataDisks"), QStringLiteral("required")));
        s.dataDisks = QList<DataDisk>(21, DataDisk{QStringLiteral("CLOUD_PREMIUM"), 50});
        QVERIFY(
            validate(s, withOffer()).find(QStringLiteral("dataDisks"), QStringLiteral("range")));
        s.dataDisks = {{QStringLiteral("CLOUD_SSD"), 100}};
        QVERIFY(validate(s, withOffer()).forField(QStringLiteral("dataDisks")).isEmpty());
    }

    void aDiskTypeNotOnSale()
    {
        LaunchSpec s = spec("SA5.MEDIUM4", 2, 4);
        s.dataDisks = {{QStringLiteral("LOCAL_BASIC"), 100}}; // not in the answer at all
        ValidationContext c = withOffer();
        c.diskConfigs = disks();
        const Findings f = validate(s, c);
        const Finding *finding = f.find(QStringLiteral("dataDisks"), QStringLiteral("notAllowed"));
        QVERIFY(finding);
        QVERIFY2(finding->message.contains(QLatin1String("CLOUD_PREMIUM")) ||
                     finding->message.contains(QLatin1String("Premium")),
                 qPrintable(finding->message));
        // Each data disk type on sale is a one-click fix, by its API 3.0 name.
        QStringList types;
        for (const Suggestion &fix : finding->suggestions)
            types
                << fix.value.toList().first().toMap().value(QStringLiteral("DiskType")).toString();
        QCOMPARE(types,
                 (QStringList{QStringLiteral("CLOUD_SSD"), QStringLiteral("CLOUD_PREMIUM")}));
    }

    // LaunchSpec's default system disk (CLOUD_PREMIUM) is not sold here: the type on sale is
    // the fix, and nothing is sent the zone does not sell.
    void systemDiskTypeNotOnSale()
    {
        LaunchSpec s = spec("SA5.MEDIUM4", 2, 4);
        s.systemDiskType = LaunchSpec::DefaultSystemDiskType;
        ValidationContext c = withOffer();
        c.diskConfigs = disks();
        const Findings f = validate(s, c);
        const Finding *finding =
            f.find(QStringLiteral("systemDiskType"), QStringLiteral("notAllowed"));
        QVERIFY(finding);
        QCOMPARE(values(*finding, "systemDiskType"), QStringList{QStringLiteral("CLOUD_BSSD")});
    }

    void systemDisk_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("code");
        QTest::newRow("50 fits BSSD") << 50 << QString();
        QTest::newRow("1024 fits BSSD although the catalog says 20-50") << 1024 << QString();
        QTest::newRow("10 too small") << 10 << QStringLiteral("range");
        QTest::newRow("2000 too large") << 2000 << QStringLiteral("range");
    }

    void systemDisk()
    {
        QFETCH(int, size);
        QFETCH(QString, code);
        LaunchSpec s = spec("SA5.MEDIUM4", 2, 4);
        s.rootSize = size;
        ValidationContext c = withOffer();
        c.imageOs = OsFamily::Linux;
        c.diskConfigs = disks();
        const Findings f = validate(s, c);
        if (code.isEmpty())
            QVERIFY(f.forField(QStringLiteral("rootSize")).isEmpty());
        else
            QVERIFY(f.find(QStringLiteral("rootSize"), code));
        QVERIFY(f.forField(QStringLiteral("systemDiskType")).isEmpty());
    }

    void countCappedByTheQuota_data()
    {
        QTest::addColumn<int>("remaining");
        QTest::addColumn<int>("goodsNum");
        QTest::addColumn<bool>("error");
        QTest::addColumn<QStringList>("fix");
        QTest::newRow("within") << 3 << 3 << false << QStringList();
        QTest::newRow("over") << 3 << 5 << true << QStringList{QStringLiteral("3")};
        QTest::newRow("used up") << 0 << 1 << true << QStringList();
        // Issue 18: 5000 with 30 left said "1 to 1000" and "only 30 left" at once, and "Use
        // 1000" left the second standing. One finding, the quota's, with the fix for both.
        QTest::newRow("over the app's cap too")
            << 30 << 5000 << true << QStringList{QStringLiteral("30")};
    }

    void countCappedByTheQuota()
    {
        QFETCH(int, remaining);
        QFETCH(int, goodsNum);
        QFETCH(bool, error);
        QFETCH(QStringList, fix);
        LaunchSpec s = spec("SA5.MEDIUM4", 2, 4);
        s.goodsNum = goodsNum;
        ValidationContext c = withOffer();
        AccountQuota quota;
        quota.postPaid = {{QStringLiteral("ap-guangzhou-3"), 30 - remaining, remaining, 30}};
        c.quota = quota;
        const Findings f = validate(s, c);
        const Finding *finding = f.find(QStringLiteral("goodsNum"), QStringLiteral("quota"));
        QCOMPARE(finding != nullptr, error);
        if (finding)
            QCOMPARE(values(*finding, "goodsNum"), fix);
        QCOMPARE(f.forField(QStringLiteral("goodsNum")).size(), error ? 1 : 0);
    }

    void withoutAnOfferTheCatalogDecides()
    {
        const Findings f = validate(spec("CVM.S2", 2, 3), ValidationContext());
        QVERIFY(f.find(QStringLiteral("mem"), QStringLiteral("ratio")));
    }
};

QTEST_GUILESS_MAIN(TestOfferRules)
#include "tst_offerrules.moc"
