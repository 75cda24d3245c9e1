// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "catalog/catalog.h"
#include "spec/launchspec.h"
#include "validation/passwordrules.h"
#include "validation/validator.h"

#include <QTest>

class TestPasswordRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checklist_data();
    void checklist();
    void textsComeFromTheCatalog();
    void eachProtocolHasItsOwnRules();
    void missingClasses();
};

void TestPasswordRules::checklist_data()
{
    QTest::addColumn<int>("os");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("characters");
    QTest::addColumn<bool>("length");
    QTest::addColumn<bool>("classes");

    const int linux = int(OsFamily::Linux);
    const int windows = int(OsFamily::Windows);
    QTest::newRow("linux ok") << linux << "abcdefg1" << true << true << true;
    QTest::newRow("linux empty") << linux << "" << true << false << false;
    QTest::newRow("linux one class") << linux << "ABCDEFGH" << true << true << false;
    QTest::newRow("linux letters+special") << linux << "ABCDEFG|" << true << true << true;
    QTest::newRow("linux 17") << linux << "abcdefgh123456789" << true << false << true;
    QTest::newRow("linux space") << linux << "abcd efg1" << false << true << true;
    QTest::newRow("linux accent") << linux << "abcdéfg1" << false << true << true;
    QTest::newRow("windows ok") << windows << "Abcdefgh1234" << true << true << true;
    QTest::newRow("windows two classes") << windows << "abcdefgh1234" << true << true << false;
    QTest::newRow("windows 11") << windows << "Abcdefgh123" << true << false << true;
    QTest::newRow("windows pipe") << windows << "Abcdefgh123|" << false << true << true;
}

void TestPasswordRules::checklist()
{
    QFETCH(int, os);
    QFETCH(QString, password);
    QFETCH(bool, characters);
    QFETCH(bool, length);
    QFETCH(bool, classes);
    const PasswordRules rules = PasswordRules::forOs(Catalog::builtIn(), OsFamily(os));
    const QList<PasswordRules::Check> checks = rules.check(password);
    QCOMPARE(checks.size(), 3);
    QCOMPARE(checks.at(0).id, QStringLiteral("characters"));
    QCOMPARE(checks.at(0).satisfied, characters);
    QCOMPARE(checks.at(1).id, QStringLiteral("length"));
    QCOMPARE(checks.at(1).satisfied, length);
    QCOMPARE(checks.at(2).id, QStringLiteral("classes"));
    QCOMPARE(checks.at(2).satisfied, classes);
    QCOMPARE(rules.accepts(password), characters && length && classes);
}

void TestPasswordRules::textsComeFromTheCatalog()
{
    const PasswordRules linuxRules = PasswordRules::forOs(Catalog::builtIn(), OsFamily::Linux);
    const auto checks = linuxRules.check(QString());
    QCOMPARE(checks.at(1).text, QStringLiteral("8 to 16 characters"));
    QCOMPARE(checks.at(2).text,
             QStringLiteral("At least 2 of: letters, digits, special characters"));
    QVERIFY(checks.at(0).text.contains(QLatin1String("| {")));

    PasswordRuleSet custom = Catalog::builtIn().passwordRules(OsFamily::Linux);
    custom.minLength = 10;
    custom.maxLength = 30;
    QCOMPARE(PasswordRules(custom).check(QString()).at(1).text,
             QStringLiteral("10 to 30 characters"));
    const auto windows = PasswordRules::forOs(Catalog::builtIn(), OsFamily::Windows).check({});
    QVERIFY(!windows.at(0).text.contains(QLatin1Char('|')));
    QCOMPARE(windows.at(1).text, QStringLiteral("12 to 16 characters"));
}

void TestPasswordRules::missingClasses()
{
    const PasswordRules windows = PasswordRules::forOs(Catalog::builtIn(), OsFamily::Windows);
    QCOMPARE(
        windows.missingClasses(QStringLiteral("abc123")),
        QStringList({QStringLiteral("upper-case letters"), QStringLiteral("special characters")}));
    QCOMPARE(windows.classesPresent(QStringLiteral("aB1!")), 4);
    QVERIFY(windows.missingClasses(QStringLiteral("aB1!")).isEmpty());
}

// API 3.0 takes Linux passwords of 8–30 characters and Windows ones of 12–30 (InvalidPassword,
// cvm-api-v3-today.md); RunInstancesHour (the seed) 8–16 and 12–16. One data set per protocol.
void TestPasswordRules::eachProtocolHasItsOwnRules()
{
    const QString twentyTwo = QStringLiteral("Tencent-Cloud-2026-Abc"); // 22 characters
    const PasswordRules v2 = PasswordRules::forOs(Catalog::builtIn(), OsFamily::Linux);
    const PasswordRules v3 = PasswordRules::forOs(Catalog::builtIn(), OsFamily::Linux, true);
    QVERIFY(!v2.failedChecks(twentyTwo).isEmpty());
    QVERIFY2(v3.failedChecks(twentyTwo).isEmpty(),
             qPrintable(v3.failedChecks(twentyTwo).join(u',')));
    QCOMPARE(v3.check(QString()).at(1).text, QStringLiteral("8 to 30 characters"));
    const PasswordRules windows = PasswordRules::forOs(Catalog::builtIn(), OsFamily::Windows, true);
    QCOMPARE(windows.check(QString()).at(1).text, QStringLiteral("12 to 30 characters"));
    QVERIFY(windows.failedChecks(QStringLiteral("Tencent-2026")).isEmpty());

    // The validator follows the context's protocol.
    LaunchSpec spec;
    spec.password = twentyTwo;
    ValidationContext context;
    context.imageOs = OsFamily::Linux;
    QVERIFY(!Validator::validate(spec, Catalog::builtIn(), context)
                 .forField(QStringLiteral("password"))
                 .isEmpty());
    context.apiThree = true;
    QVERIFY(Validator::validate(spec, Catalog::builtIn(), context)
                .forField(QStringLiteral("password"))
                .isEmpty());
}

QTEST_GUILESS_MAIN(TestPasswordRules)
#include "tst_passwordrules.moc"
