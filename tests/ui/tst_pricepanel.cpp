// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "widgets/pricepanel.h"

#include <QTest>

// Issue 18, item 6: one total per hour (instances and hourly bandwidth), then its parts, each on
// a short line of its own; traffic billed per GB says it is not in the total.
class TestPricePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneTotalThenItsParts_data();
    void oneTotalThenItsParts();
};

void TestPricePanel::oneTotalThenItsParts_data()
{
    QTest::addColumn<QString>("instances");
    QTest::addColumn<QString>("bandwidth");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QStringList>("lines");
    // No translator is loaded: Qt writes %n plurals as "(s)".
    QTest::newRow("hourly bandwidth")
        << QStringLiteral("0.90") << QStringLiteral("0.06") << QStringLiteral("HOUR")
        << QStringList{QStringLiteral("Total: ¥0.96 per hour"),
                       QStringLiteral("3 instance(s): ¥0.90"), QStringLiteral("Bandwidth: ¥0.06")};
    QTest::newRow("finer than a fen") << QStringLiteral("0.0125") << QString() << QString()
                                      << QStringList{QStringLiteral("Total: ¥0.0125 per hour"),
                                                     QStringLiteral("3 instance(s): ¥0.0125")};
    QTest::newRow("traffic per GB")
        << QStringLiteral("1.20") << QStringLiteral("0.80") << QStringLiteral("GB")
        << QStringList{QStringLiteral("Total: ¥1.20 per hour"),
                       QStringLiteral("3 instance(s): ¥1.20"),
                       QStringLiteral("Traffic: ¥0.80 per GB, not in the total")};
    QTest::newRow("not a number") << QStringLiteral("n/a") << QString() << QString()
                                  << QStringList{QStringLiteral("3 instance(s): ¥n/a per hour")};
}

void TestPricePanel::oneTotalThenItsParts()
{
    QFETCH(QString, instances);
    QFETCH(QString, bandwidth);
    QFETCH(QString, unit);
    QFETCH(QStringList, lines);
    PricePanel panel;
    panel.setPrice(Price{instances, bandwidth, unit}, 3);
    QCOMPARE(panel.text().split(u'\n'), lines);
}

QTEST_MAIN(TestPricePanel)
#include "tst_pricepanel.moc"
