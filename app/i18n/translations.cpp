// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

bool installCatalogue(QCoreApplication *app, const QString &fileName, const QString &directory)
{
    auto *translator = new QTranslator(app);
    if (!translator->load(fileName, directory)) {
        delete translator;
        return false;
    }
    // Qt refuses to install an empty catalogue; the English one is empty until the sources
    // have a plural (%n) string, and that is no failure.
    if (translator->isEmpty()) {
        delete translator;
        return true;
    }
    return QCoreApplication::installTranslator(translator);
}

} // namespace

QString Translations::resourceDirectory()
{
    return QStringLiteral(":/i18n");
}

Translations::Result Translations::install(QCoreApplication *app, const QString &language)
{
    Result result;
    result.language = language;
    // Names that come from data in both languages (the catalog's zones, regions, disk types)
    // follow QLocale(): it must speak the interface's language, not only the system's, or an
    // English system with the Chinese interface shows "Guangzhou Zone 3" among Chinese text.
    // Kept as it is when the languages agree, so the system's own formats stay.
    const QLocale wanted(language);
    if (QLocale().language() != wanted.language())
        QLocale::setDefault(wanted);
    // The English catalogue only holds plural forms (%n); the source strings are English.
    result.appLoaded =
        installCatalogue(app, QStringLiteral("cvm-launcher_") + language, resourceDirectory());
    // Qt ships no English catalogue: its source strings are English too. A missing qtbase file
    // (qt6-translations-l10n not installed) leaves standard buttons in English, nothing worse.
    result.qtLoaded = installCatalogue(app, QStringLiteral("qtbase_") + language,
                                       QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return result;
}
