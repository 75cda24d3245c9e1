// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "secretscan.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

QList<QByteArray> SecretScan::forms(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    QList<QByteArray> list{utf8, utf16, QUrl::toPercentEncoding(secret), utf8.toBase64(),
                           utf8.toBase64(QByteArray::Base64UrlEncoding)};
    list.removeAll(QByteArray());
    // Percent-encoding leaves some secrets unchanged; one form is enough to look for.
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    return list;
}

namespace {

QStringList filesUnder(const QString &path)
{
    const QFileInfo info(path);
    if (info.isFile())
        return {info.absoluteFilePath()};
    QStringList files;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

} // namespace

QStringList SecretScan::filesContaining(const QStringList &paths, const QString &secret)
{
    const QList<QByteArray> needles = forms(secret);
    QStringList hits;
    for (const QString &path : paths) {
        for (const QString &file : filesUnder(path)) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly)) {
                hits << file + QLatin1String(" (unreadable)");
                continue;
            }
            const QByteArray content = f.readAll();
            for (int i = 0; i < needles.size(); ++i) {
                if (content.contains(needles.at(i)))
                    hits << file + QLatin1String(" (form ") + QString::number(i) + u')';
            }
        }
    }
    return hits;
}

QStringList SecretScan::linesContaining(const QStringList &lines, const QString &secret)
{
    const QList<QByteArray> needles = forms(secret);
    QStringList hits;
    for (const QString &line : lines) {
        const QByteArray utf8 = line.toUtf8();
        for (const QByteArray &needle : needles) {
            if (utf8.contains(needle) || line.contains(secret)) {
                hits << QStringLiteral("a log line of %1 characters").arg(line.size());
                break;
            }
        }
    }
    return hits;
}
