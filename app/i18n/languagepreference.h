// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

class QSettings;

// The operator's choice of interface language, kept in QSettings under "ui/language" as one of
// "system", "en" or "zh_CN". Only the languages the app ships are offered; anything else read
// from the settings (an older version, a hand edit) counts as "system".
class LanguagePreference
{
    Q_DECLARE_TR_FUNCTIONS(LanguagePreference)

public:
    static constexpr auto settingsKey = "ui/language";
    static constexpr auto system = "system";
    static constexpr auto english = "en";
    static constexpr auto simplifiedChinese = "zh_CN";

    // "system" followed by every language with a translation, in menu order.
    static QStringList choices();

    // How a choice is shown to the operator. Languages are named in their own language so that
    // someone who cannot read the current one still finds theirs.
    static QString displayName(const QString &choice);

    static QString read(const QSettings &settings);
    static void write(QSettings &settings, const QString &choice);

    // The language the interface uses for a choice: "en" or "zh_CN". "system" follows the
    // locale's preferred languages; Chinese written in simplified characters gets "zh_CN",
    // everything else falls back to English, the language of the source strings.
    static QString resolve(const QString &choice, const QLocale &systemLocale);
};
