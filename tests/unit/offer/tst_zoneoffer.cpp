// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/v3/v3offerparser.h"
#include "offer/zoneoffer.h"
#include "testpaths.h"

#include <QFile>
#include <QTest>

namespace {

// The invented answer of cvm-api-v3-today.md §1a, widened: SA5 in four sizes (one under
// stock), S5 with its 2C4G sold out, M6, IT5, and drifted scalars.
ZoneOffer sampleOffer()
{
    QFile file(TestPaths::dataFile(QStringLiteral("api/v3-zoneinstanceconfiginfos.json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    ZoneOffer offer;
    offer.zone = QStringLiteral("ap-guangzhou-6");
    offer.types = *V3OfferParser::describeZoneInstanceConfigInfos(file.readAll()).value;
    offer.labels = {{QStringLiteral("SA5"), QStringLiteral("标准型SA5")}};
    return offer;
}

InstanceTypeOffer type(const char *name, int cpu, int memory, bool selling = true)
{
    InstanceTypeOffer t;
    t.instanceType = QLatin1String(name);
    t.family = t.instanceType.section(u'.', 0, 0);
    t.cpu = cpu;
    t.memory = memory;
    t.status = selling ? InstanceTypeOffer::Status::Sell : InstanceTypeOffer::Status::SoldOut;
    return t;
}

} // namespace

class TestZoneOffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void familiesInTheServiceOrder()
    {
        const ZoneOffer offer = sampleOffer();
        QCOMPARE(offer.families(), (QStringList{QStringLiteral("SA5"), QStringLiteral("S5"),
                                                QStringLiteral("M6"), QStringLiteral("IT5")}));
        QCOMPARE(offer.familyLabel(QStringLiteral("SA5")), QStringLiteral("标准型SA5"));
        QCOMPARE(offer.familyLabel(QStringLiteral("M6")), QStringLiteral("M6")); // no label
        const QList<InstanceTypeOffer> sa5 = offer.typesOf(QStringLiteral("SA5"));
        QStringList names;
        for (const auto &t : sa5)
            names << t.instanceType;
        QCOMPARE(names, (QStringList{QStringLiteral("SA5.MEDIUM2"), QStringLiteral("SA5.MEDIUM4"),
                                     QStringLiteral("SA5.LARGE8"), QStringLiteral("SA5.LARGE16")}));
    }

    void ratiosComeFromMemoryOverCpu()
    {
        const ZoneOffer offer = sampleOffer();
        QCOMPARE(
            offer.ratiosOf(QStringLiteral("SA5")),
            (QStringList{QStringLiteral("1:1"), QStringLiteral("1:2"), QStringLiteral("1:4")}));
        QCOMPARE(offer.ratiosText(QStringLiteral("SA5")), QStringLiteral("1:1, 1:2, 1:4"));
        QCOMPARE(offer.ratiosOf(QStringLiteral("M6")), QStringList{QStringLiteral("1:8")});
        // S5's 1:2 size is sold out: only what sells is named.
        QCOMPARE(offer.ratiosOf(QStringLiteral("S5")), QStringList{QStringLiteral("1:2")});
    }

    void ratiosNeverFromTheName()
    {
        // A name that says 4 GB for a type with 3 GB: the numbers win.
        ZoneOffer offer;
        offer.types = {type("X1.MEDIUM4", 2, 3), type("X1.96XLARGE1152", 384, 1152)};
        QCOMPARE(offer.ratiosOf(QStringLiteral("X1")),
                 (QStringList{QStringLiteral("2:3"), QStringLiteral("1:3")}));
        QCOMPARE(offer.memoriesFor(QStringLiteral("X1"), 2), QList<int>{3});
    }

    void ratiosTextShortensLongLists()
    {
        ZoneOffer offer;
        offer.types = {type("X1.A", 1, 1), type("X1.B", 1, 2), type("X1.C", 1, 4),
                       type("X1.D", 1, 8), type("X1.E", 1, 16)};
        QCOMPARE(offer.ratiosText(QStringLiteral("X1")), QStringLiteral("1:1 to 1:16"));
    }

    void sizesForCoresAndMemory()
    {
        const ZoneOffer offer = sampleOffer();
        const QString sa5 = QStringLiteral("SA5");
        QCOMPARE(offer.cpusOf(sa5), (QList<int>{2, 4}));
        QCOMPARE(offer.memoriesFor(sa5, 2), (QList<int>{2, 4}));
        QCOMPARE(offer.memoriesFor(sa5, 4), (QList<int>{8, 16}));
        QCOMPARE(offer.cpusFor(sa5, 4), QList<int>{2});
        QCOMPARE(offer.cpusFor(sa5, 3), QList<int>());
        // Sold-out sizes are visible but not choices.
        QCOMPARE(offer.cpusOf(QStringLiteral("S5")), QList<int>{4});
        QCOMPARE(offer.memoriesFor(QStringLiteral("S5"), 2), QList<int>());
        QVERIFY(offer.sells(QStringLiteral("S5")));
    }

    void findAndTypeFor()
    {
        const ZoneOffer offer = sampleOffer();
        QVERIFY(offer.find(QStringLiteral("S5.MEDIUM4")));
        QVERIFY(!offer.find(QStringLiteral("S6.MEDIUM4")));
        const InstanceTypeOffer *t = offer.typeFor(QStringLiteral("SA5"), 4, 16);
        QVERIFY(t);
        QCOMPARE(t->instanceType, QStringLiteral("SA5.LARGE16"));
        const InstanceTypeOffer *sold = offer.typeFor(QStringLiteral("S5"), 2, 4);
        QVERIFY(sold);
        QVERIFY(!sold->isSelling());
        QVERIFY(!offer.typeFor(QStringLiteral("SA5"), 2, 8));
    }

    void typeForPrefersOneOnSale()
    {
        ZoneOffer offer;
        offer.types = {type("X1.A", 2, 4, false), type("X1.B", 2, 4, true)};
        QCOMPARE(offer.typeFor(QStringLiteral("X1"), 2, 4)->instanceType, QStringLiteral("X1.B"));
    }

    void emptyOffer()
    {
        ZoneOffer offer;
        QVERIFY(offer.isEmpty());
        QVERIFY(offer.families().isEmpty());
        QVERIFY(offer.ratiosOf(QStringLiteral("S5")).isEmpty());
        QVERIFY(!offer.typeFor(QStringLiteral("S5"), 1, 1));
        QCOMPARE(offer.ageSeconds(QDateTime::currentDateTimeUtc()), qint64(-1));
    }

    void unknownStatusIsNotOnSale()
    {
        QCOMPARE(InstanceTypeOffer::statusFromText(QStringLiteral("SELL")),
                 InstanceTypeOffer::Status::Sell);
        QCOMPARE(InstanceTypeOffer::statusFromText(QStringLiteral("SOLD_OUT")),
                 InstanceTypeOffer::Status::SoldOut);
        QCOMPARE(InstanceTypeOffer::statusFromText(QStringLiteral("PRESALE")),
                 InstanceTypeOffer::Status::Unknown);
        InstanceTypeOffer t = type("X1.A", 2, 4);
        t.status = InstanceTypeOffer::Status::Unknown;
        ZoneOffer offer;
        offer.types = {t};
        QVERIFY(!offer.sells(QStringLiteral("X1")));
        QVERIFY(offer.cpusOf(QStringLiteral("X1")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestZoneOffer)
#include "tst_zoneoffer.moc"
