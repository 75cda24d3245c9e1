// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "spec/templatelocation.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString folderKey = QStringLiteral("templates/folder");

// Keeps what is safe in a file name anywhere; a run of anything else becomes one '-'.
QString fileNamePart(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        const bool safe =
            (c.isLetterOrNumber() && c.unicode() < 128) || c == u'.' || c == u'-' || c == u'_';
        if (safe)
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    // No hidden file (".."), no name that reads as an option ("-x").
    while (out.startsWith(u'-') || out.startsWith(u'.'))
        out.remove(0, 1);
    while (out.endsWith(u'-') || out.endsWith(u'.'))
        out.chop(1);
    return out;
}

} // namespace

QString TemplateLocation::folder()
{
    // Not const: returned, so moved (clang-tidy performance-no-automatic-move).
    QString remembered = QSettings().value(folderKey).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

void TemplateLocation::remember(const QString &filePath)
{
    QSettings().setValue(folderKey, QFileInfo(filePath).absolutePath());
}

QString TemplateLocation::suggestedFileName(const LaunchSpec &spec)
{
    QStringList parts;
    if (const QString name = fileNamePart(spec.instanceName); !name.isEmpty())
        parts << name;
    QString type = fileNamePart(spec.instanceType);
    // An API 2.0 family names no size; its cores and memory do.
    if (!type.isEmpty() && spec.instanceType.startsWith(QLatin1String("CVM.")) && spec.cpu > 0 &&
        spec.mem > 0)
        type += QStringLiteral("-%1c%2g").arg(spec.cpu).arg(spec.mem);
    if (!type.isEmpty())
        parts << type;
    if (const QString region = fileNamePart(spec.region); !region.isEmpty())
        parts << region;
    if (parts.isEmpty())
        parts << QStringLiteral("launch");
    return parts.join(u'-') + QStringLiteral(".json");
}

QString TemplateLocation::suggestedPath(const LaunchSpec &spec)
{
    return QDir(folder()).filePath(suggestedFileName(spec));
}
