// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "catalog/catalogtypes.h"

#include <QTest>

class TestCatalogTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void osFamilyFromName_data();
    void osFamilyFromName();
    void localizedText();
    void sizeRule();
    void passwordClasses();
};

void TestCatalogTypes::osFamilyFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("os");
    QTest::newRow("centos") << "CentOS 7.2 64位" << int(OsFamily::Linux);
    QTest::newRow("ubuntu") << "Ubuntu Server 14.04.1 LTS 64位" << int(OsFamily::Linux);
    QTest::newRow("freebsd") << "FreeBSD 10.1 64位" << int(OsFamily::Linux);
    QTest::newRow("windows") << "Windows Server 2012 R2 64位" << int(OsFamily::Windows);
    QTest::newRow("empty") << "" << int(OsFamily::Unknown);
    QTest::newRow("private") << "my-golden-image" << int(OsFamily::Unknown);
}

void TestCatalogTypes::osFamilyFromName()
{
    QFETCH(QString, name);
    QFETCH(int, os);
    QCOMPARE(int(::osFamilyFromName(name)), os);
}

void TestCatalogTypes::localizedText()
{
    const LocalizedText t{QStringLiteral("Guangzhou Zone 3"), QStringLiteral("广州三区")};
    QCOMPARE(t.text(QLocale(QLocale::Chinese, QLocale::Taiwan)), QStringLiteral("广州三区"));
    QCOMPARE(t.text(QLocale(QLocale::German)), QStringLiteral("Guangzhou Zone 3"));
    QCOMPARE(t.text(u"zh_CN"), QStringLiteral("广州三区"));
    QCOMPARE(t.text(u"en_GB"), QStringLiteral("Guangzhou Zone 3"));
    const LocalizedText englishOnly{QStringLiteral("Only"), {}};
    QCOMPARE(englishOnly.text(u"zh"), QStringLiteral("Only"));
}

void TestCatalogTypes::sizeRule()
{
    const SizeRule r{10, 250, 10, 10};
    QVERIFY(r.contains(10));
    QVERIFY(r.contains(250));
    QVERIFY(!r.contains(0));
    QVERIFY(!r.contains(255));
    QVERIFY(!r.contains(15));
    QCOMPARE(r.nearest(15), QList<int>({10, 20}));
    QCOMPARE(r.nearest(240), QList<int>({240}));
    QCOMPARE(r.nearest(-5), QList<int>({10}));
    QCOMPARE(r.nearest(9999), QList<int>({250}));
}

void TestCatalogTypes::passwordClasses()
{
    PasswordRuleSet r;
    r.specials = QStringLiteral("!@");
    using C = PasswordRuleSet::CharClass;
    QVERIFY(r.inClass(QLatin1Char('a'), C::Letter) && r.inClass(QLatin1Char('Z'), C::Letter));
    QVERIFY(r.inClass(QLatin1Char('a'), C::Lower) && !r.inClass(QLatin1Char('a'), C::Upper));
    QVERIFY(r.inClass(QLatin1Char('7'), C::Digit));
    QVERIFY(r.inClass(QLatin1Char('@'), C::Special) && !r.inClass(QLatin1Char('#'), C::Special));
    QVERIFY(!r.allowed(QLatin1Char('#')));
    QVERIFY(!r.allowed(QChar(0x00e9)));
}

QTEST_GUILESS_MAIN(TestCatalogTypes)
#include "tst_catalogtypes.moc"
