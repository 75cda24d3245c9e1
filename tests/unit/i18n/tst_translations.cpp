// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "cli/commandline.h"
#include "i18n/languagepreference.h"
#include "i18n/translations.h"

#include <QDir>
#include <QTest>
#include <QTranslator>

// Runs against the catalogues compiled into cvmcore, so it checks the build wiring (lrelease,
// resources, linking) as well as the loading.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cataloguesAreCompiledIn();
    void chineseTranslatesTheAppAndQt();
    void englishKeepsTheSourceStrings();

private:
    static QString helpHint();
    void removeTranslators();
};

QString TestTranslations::helpHint()
{
    // A string from cvmcore's own sources, looked up the way the app does it.
    return CommandLine::parse({QStringLiteral("cvm-launcher"), QStringLiteral("--bogus")}).text();
}

void TestTranslations::removeTranslators()
{
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestTranslations::cataloguesAreCompiledIn()
{
    const QStringList files = QDir(Translations::resourceDirectory()).entryList(QDir::Files);
    QVERIFY2(files.contains(QStringLiteral("cvm-launcher_zh_CN.qm")), qPrintable(files.join(u' ')));
    QVERIFY2(files.contains(QStringLiteral("cvm-launcher_en.qm")), qPrintable(files.join(u' ')));
}

void TestTranslations::chineseTranslatesTheAppAndQt()
{
    const QString english = helpHint();
    const Translations::Result result =
        Translations::install(QCoreApplication::instance(), QStringLiteral("zh_CN"));
    QVERIFY(result.appLoaded);
    QVERIFY2(result.qtLoaded, "qtbase_zh_CN.qm is missing: install qt6-translations-l10n");

    const QString chinese = helpHint();
    QVERIFY2(chinese != english, qPrintable(chinese));
    QVERIFY2(chinese.contains(QStringLiteral("cvm-launcher --help")), qPrintable(chinese));
    // Qt's standard button texts come from qtbase's catalogue.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    QCOMPARE(LanguagePreference::displayName(QStringLiteral("system")),
             QStringLiteral("跟随系统语言"));
    removeTranslators();
    QCOMPARE(helpHint(), english);
}

void TestTranslations::englishKeepsTheSourceStrings()
{
    const QString before = helpHint();
    const Translations::Result result =
        Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
    QVERIFY(result.appLoaded);
    QCOMPARE(helpHint(), before);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    removeTranslators();
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
