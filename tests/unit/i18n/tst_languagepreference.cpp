// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "i18n/languagepreference.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestLanguagePreference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolvesTheSystemLocale_data();
    void resolvesTheSystemLocale();
    void anExplicitChoiceWins();
    void storesAndReadsTheChoice();
    void unknownStoredValuesMeanSystem();
    void namesEveryChoice();

private:
    QTemporaryDir m_dir;
};

void TestLanguagePreference::resolvesTheSystemLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mainland China") << "zh_CN"
                                    << "zh_CN";
    QTest::newRow("Singapore, simplified") << "zh_SG"
                                           << "zh_CN";
    QTest::newRow("explicit simplified script") << "zh_Hans_HK"
                                                << "zh_CN";
    QTest::newRow("Taiwan, traditional") << "zh_TW"
                                         << "en";
    QTest::newRow("Hong Kong, traditional") << "zh_HK"
                                            << "en";
    QTest::newRow("US English") << "en_US"
                                << "en";
    QTest::newRow("British English") << "en_GB"
                                     << "en";
    QTest::newRow("German, not shipped") << "de_DE"
                                         << "en";
    QTest::newRow("C locale") << "C"
                              << "en";
}

void TestLanguagePreference::resolvesTheSystemLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(LanguagePreference::resolve(QStringLiteral("system"), QLocale(locale)), expected);
}

void TestLanguagePreference::anExplicitChoiceWins()
{
    QCOMPARE(LanguagePreference::resolve(QStringLiteral("en"), QLocale(QStringLiteral("zh_CN"))),
             QStringLiteral("en"));
    QCOMPARE(LanguagePreference::resolve(QStringLiteral("zh_CN"), QLocale(QStringLiteral("de_DE"))),
             QStringLiteral("zh_CN"));
}

void TestLanguagePreference::storesAndReadsTheChoice()
{
    QVERIFY(m_dir.isValid());
    QSettings settings(m_dir.filePath(QStringLiteral("store.ini")), QSettings::IniFormat);
    QCOMPARE(LanguagePreference::read(settings), QStringLiteral("system"));
    LanguagePreference::write(settings, QStringLiteral("zh_CN"));
    QCOMPARE(settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
    QCOMPARE(LanguagePreference::read(settings), QStringLiteral("zh_CN"));
    LanguagePreference::write(settings, QStringLiteral("klingon"));
    QCOMPARE(LanguagePreference::read(settings), QStringLiteral("system"));
}

void TestLanguagePreference::unknownStoredValuesMeanSystem()
{
    QVERIFY(m_dir.isValid());
    QSettings settings(m_dir.filePath(QStringLiteral("unknown.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
    QCOMPARE(LanguagePreference::read(settings), QStringLiteral("system"));
    settings.setValue(QStringLiteral("ui/language"), 42);
    QCOMPARE(LanguagePreference::read(settings), QStringLiteral("system"));
}

void TestLanguagePreference::namesEveryChoice()
{
    const QStringList choices = LanguagePreference::choices();
    QCOMPARE(choices, (QStringList{QStringLiteral("system"), QStringLiteral("en"),
                                   QStringLiteral("zh_CN")}));
    QCOMPARE(LanguagePreference::displayName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
    QCOMPARE(LanguagePreference::displayName(QStringLiteral("en")), QStringLiteral("English"));
    QVERIFY(!LanguagePreference::displayName(QStringLiteral("system")).isEmpty());
}

QTEST_GUILESS_MAIN(TestLanguagePreference)
#include "tst_languagepreference.moc"
