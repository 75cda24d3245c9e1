// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

class QCoreApplication;

// Installs the interface translations on the application: the app's own catalogue (compiled
// into the binary under :/i18n) and Qt's qtbase catalogue, so that standard buttons and dialogs
// speak the same language. Call it before any widget is created.
class Translations
{
public:
    struct Result
    {
        QString language;       // "en" or "zh_CN"
        bool appLoaded = false; // the app's catalogue was found (and installed unless empty)
        bool qtLoaded = false;  // Qt's catalogue was found (and installed unless empty)
    };

    // language is "en" or "zh_CN" (see LanguagePreference::resolve). The translators become
    // children of app, so they live exactly as long as it does. QLocale's default becomes the
    // language's locale when the system's speaks another language (see the .cpp).
    static Result install(QCoreApplication *app, const QString &language);

    // Where the app's compiled catalogues live; a test reads them from here.
    static QString resourceDirectory();
};
