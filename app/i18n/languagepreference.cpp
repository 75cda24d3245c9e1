// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "i18n/languagepreference.h"

#include <QSettings>

namespace {

QString fromLatin1(const char *text)
{
    return QString::fromLatin1(text);
}

bool isKnownChoice(const QString &choice)
{
    return LanguagePreference::choices().contains(choice);
}

QString languageOf(const QLocale &locale)
{
    if (locale.language() == QLocale::Chinese) {
        // Taiwan, Hong Kong and Macao read traditional characters, which the app does not ship.
        const bool simplified =
            locale.script() == QLocale::SimplifiedChineseScript ||
            (locale.script() == QLocale::AnyScript && locale.territory() != QLocale::Taiwan &&
             locale.territory() != QLocale::HongKong && locale.territory() != QLocale::Macao);
        return simplified ? fromLatin1(LanguagePreference::simplifiedChinese) : QString();
    }
    if (locale.language() == QLocale::English)
        return fromLatin1(LanguagePreference::english);
    return {};
}

} // namespace

QStringList LanguagePreference::choices()
{
    return {fromLatin1(system), fromLatin1(english), fromLatin1(simplifiedChinese)};
}

QString LanguagePreference::displayName(const QString &choice)
{
    if (choice == fromLatin1(english))
        return QStringLiteral("English");
    if (choice == fromLatin1(simplifiedChinese))
        return QStringLiteral("简体中文");
    return tr("System language");
}

QString LanguagePreference::read(const QSettings &settings)
{
    const QString stored = settings.value(fromLatin1(settingsKey)).toString();
    return isKnownChoice(stored) ? stored : fromLatin1(system);
}

void LanguagePreference::write(QSettings &settings, const QString &choice)
{
    settings.setValue(fromLatin1(settingsKey), isKnownChoice(choice) ? choice : fromLatin1(system));
}

QString LanguagePreference::resolve(const QString &choice, const QLocale &systemLocale)
{
    if (choice == fromLatin1(english) || choice == fromLatin1(simplifiedChinese))
        return choice;
    // uiLanguages() lists the operator's languages in order of preference (LANGUAGE on Linux,
    // the language list on Windows and macOS); the first one the app ships wins.
    for (const QString &name : systemLocale.uiLanguages()) {
        QString language = languageOf(QLocale(name));
        if (!language.isEmpty())
            return language;
    }
    return fromLatin1(english);
}
