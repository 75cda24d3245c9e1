// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/pricemodel.h"

#include <QTest>

class TstPriceModel : public QObject
{
    Q_OBJECT

private:
    static LaunchSpec base()
    {
        LaunchSpec s;
        s.cpu = 2;
        s.mem = 4;
        s.storageType = 2;
        s.storageSize = 100;
        s.bandwidth = 2;
        return s;
    }
    static double instance(const LaunchSpec &s, bool windows = false)
    {
        return PriceModel::quote(s, windows).instancePerHour.toDouble();
    }
    static double bandwidth(const LaunchSpec &s)
    {
        return PriceModel::quote(s, false).bandwidthPrice.toDouble();
    }

private slots:
    void pricesFollowTheConfiguration()
    {
        const LaunchSpec s = base();
        const Price price = PriceModel::quote(s, false);
        QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d\\d$"))
                    .match(price.instancePerHour)
                    .hasMatch());
        QCOMPARE(price.bandwidthUnit, QStringLiteral("HOUR"));
        LaunchSpec more = s;
        more.cpu = 4;
        QVERIFY(instance(more) > instance(s));
        more = s;
        more.mem = 16;
        QVERIFY(instance(more) > instance(s));
        more = s;
        more.storageSize = 1000;
        QVERIFY(instance(more) > instance(s));
        more = s;
        more.storageType = 4;
        QVERIFY(instance(more) > instance(s));
        QVERIFY(instance(s, true) > instance(s));
        more = s;
        more.bandwidth = 10;
        QVERIFY(bandwidth(more) > bandwidth(s));
        more = s;
        more.goodsNum = 3;
        QVERIFY(qAbs(instance(more) - instance(s) * 3) <= 0.02);
    }

    void trafficIsPerGigabyte()
    {
        LaunchSpec s = base();
        s.bandwidthType = LaunchSpec::PayByTraffic;
        const Price price = PriceModel::quote(s, false);
        QCOMPARE(price.bandwidthUnit, QStringLiteral("GB"));
        QVERIFY(price.bandwidthPrice.toDouble() > 0);
    }
};

QTEST_GUILESS_MAIN(TstPriceModel)
#include "tst_pricemodel.moc"
