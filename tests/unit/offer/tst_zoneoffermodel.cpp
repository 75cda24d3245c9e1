// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "offer/zoneoffermodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {

InstanceTypeOffer type(const char *name, int cpu, int memory, double price)
{
    InstanceTypeOffer t;
    t.zone = QStringLiteral("ap-guangzhou-6");
    t.instanceType = QLatin1String(name);
    t.family = t.instanceType.section(u'.', 0, 0);
    t.cpu = cpu;
    t.memory = memory;
    t.status = InstanceTypeOffer::Status::Sell;
    t.rawStatus = QStringLiteral("SELL");
    t.unitPrice = price;
    t.unitPriceDiscount = price;
    return t;
}

// SA5 listed first by the service, then S5 (unlabelled); one type sold out, one under stock,
// one discounted, one in an unknown state. The names lie about the sizes on purpose.
ZoneOffer offer()
{
    ZoneOffer o;
    o.zone = QStringLiteral("ap-guangzhou-6");
    InstanceTypeOffer large = type("SA5.LARGE8", 4, 8, 0.5);
    large.unitPrice = 0.6;
    large.cpuType = QStringLiteral("AMD EPYC Bergamo");
    large.frequency = QStringLiteral("2.2GHz/3.1GHz");
    large.instanceBandwidth = 1.5;
    InstanceTypeOffer medium = type("SA5.MEDIUM4", 2, 6, 0.25); // really 1:3
    medium.statusCategory = QStringLiteral("UnderStock");
    InstanceTypeOffer soldOut = type("S5.MEDIUM4", 2, 4, 0.3);
    soldOut.status = InstanceTypeOffer::Status::SoldOut;
    soldOut.rawStatus = QStringLiteral("SOLD_OUT");
    soldOut.soldOutReason = QStringLiteral("实例已售罄");
    InstanceTypeOffer odd = type("S5.SMALL2", 1, 2, 0.15);
    odd.status = InstanceTypeOffer::Status::Unknown;
    odd.rawStatus = QStringLiteral("PAUSED");
    o.types = {large, medium, soldOut, odd, type("S5.LARGE8", 4, 8, 0.6)};
    o.labels = {{QStringLiteral("SA5"), QStringLiteral("标准型SA5")}};
    return o;
}

} // namespace

class TestZoneOfferModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester()
    {
        ZoneOfferModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOffer(offer());
        model.clear();
        model.setOffer(offer());
    }

    void familiesGroupTypesInTheServiceOrder()
    {
        ZoneOfferModel model;
        model.setOffer(offer());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("标准型SA5")); // code once
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("S5"));        // no label
        const QModelIndex sa5 = model.index(0, 0);
        QCOMPARE(model.rowCount(sa5), 2);
        // Ordered by cores, then memory; the parent of a type is its family.
        QCOMPARE(model.index(0, 0, sa5).data().toString(), QStringLiteral("SA5.MEDIUM4"));
        QCOMPARE(model.index(1, 0, sa5).data().toString(), QStringLiteral("SA5.LARGE8"));
        QCOMPARE(model.parent(model.index(1, 3, sa5)), sa5);
        QCOMPARE(model.index(1, 0, sa5).data(ZoneOfferModel::InstanceTypeRole).toString(),
                 QStringLiteral("SA5.LARGE8"));
        QCOMPARE(model.index(1, 0).data(ZoneOfferModel::FamilyRole).toString(),
                 QStringLiteral("S5"));
    }

    void columnsShowTheAnswersValues()
    {
        ZoneOfferModel model;
        model.setOffer(offer());
        const QModelIndex large = model.indexOfType(QStringLiteral("SA5.LARGE8"));
        auto cell = [&](int column) { return large.siblingAtColumn(column).data().toString(); };
        QCOMPARE(cell(ZoneOfferModel::CpuColumn), QStringLiteral("4 cores"));
        QCOMPARE(cell(ZoneOfferModel::MemoryColumn), QStringLiteral("8 GB"));
        QCOMPARE(cell(ZoneOfferModel::RatioColumn), QStringLiteral("1:2"));
        QCOMPARE(cell(ZoneOfferModel::PriceColumn), QStringLiteral("¥0.50 (list ¥0.60)"));
        QCOMPARE(cell(ZoneOfferModel::CpuModelColumn),
                 QStringLiteral("AMD EPYC Bergamo (2.2GHz/3.1GHz)"));
        QCOMPARE(cell(ZoneOfferModel::BandwidthColumn), QStringLiteral("1.5 Gbps"));
        QCOMPARE(cell(ZoneOfferModel::StatusColumn), QStringLiteral("On sale"));
        // The ratio is Memory/Cpu, whatever the name says ("MEDIUM4" with 6 GB).
        const QModelIndex medium = model.indexOfType(QStringLiteral("SA5.MEDIUM4"));
        QCOMPARE(medium.siblingAtColumn(ZoneOfferModel::RatioColumn).data().toString(),
                 QStringLiteral("1:3"));
        QCOMPARE(medium.siblingAtColumn(ZoneOfferModel::PriceColumn).data().toString(),
                 QStringLiteral("¥0.25")); // no discount: one price
        QCOMPARE(medium.siblingAtColumn(ZoneOfferModel::StatusColumn).data().toString(),
                 QStringLiteral("Nearly sold out"));
        QVERIFY(medium.data(ZoneOfferModel::UnderStockRole).toBool());
        // The family row sums up what it sells.
        QCOMPARE(model.index(0, ZoneOfferModel::RatioColumn).data().toString(),
                 QStringLiteral("1:2, 1:3"));
    }

    void onlyTypesOnSaleAreSelectable()
    {
        ZoneOfferModel model;
        model.setOffer(offer());
        const QModelIndex soldOut = model.indexOfType(QStringLiteral("S5.MEDIUM4"));
        QVERIFY(soldOut.isValid());
        QVERIFY(!(model.flags(soldOut) & Qt::ItemIsSelectable));
        QVERIFY(!(model.flags(soldOut) & Qt::ItemIsEnabled));
        QCOMPARE(soldOut.siblingAtColumn(ZoneOfferModel::StatusColumn).data().toString(),
                 QStringLiteral("Sold out: 实例已售罄"));
        QVERIFY(soldOut.data(Qt::ToolTipRole).toString().contains(QStringLiteral("实例已售罄")));
        const QModelIndex odd = model.indexOfType(QStringLiteral("S5.SMALL2"));
        QVERIFY(!(model.flags(odd) & Qt::ItemIsSelectable));
        QCOMPARE(odd.siblingAtColumn(ZoneOfferModel::StatusColumn).data().toString(),
                 QStringLiteral("Not on sale (PAUSED)"));
        const QModelIndex selling = model.indexOfType(QStringLiteral("S5.LARGE8"));
        QVERIFY(model.flags(selling) & Qt::ItemIsSelectable);
        // A family groups; it is never a choice.
        QVERIFY(!(model.flags(model.indexOfFamily(QStringLiteral("S5"))) & Qt::ItemIsSelectable));
        QCOMPARE(model.typeAt(model.indexOfFamily(QStringLiteral("S5"))), nullptr);
        QVERIFY(!model.indexOfType(QStringLiteral("C6.LARGE8")).isValid());
    }

    void pricesKeepTheirDigits()
    {
        QCOMPARE(ZoneOfferModel::priceText(0.5), QStringLiteral("0.50"));
        QCOMPARE(ZoneOfferModel::priceText(0.0125), QStringLiteral("0.0125"));
        InstanceTypeOffer none = type("S5.SMALL1", 1, 1, 0);
        none.unitPrice.reset();
        none.unitPriceDiscount.reset();
        QCOMPARE(ZoneOfferModel::priceColumnText(none), QStringLiteral("—"));
    }

    void anEmptyOfferShowsNothing()
    {
        ZoneOfferModel model;
        model.setOffer(offer());
        model.setOffer(ZoneOffer{});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestZoneOfferModel)
#include "tst_zoneoffermodel.moc"
