// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "launch/journal.h"

#include "launch/launchrecordjson.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace {
const QString FilePrefix = QStringLiteral("launch-");
const QString FileSuffix = QStringLiteral(".json");
} // namespace

QString Journal::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("journal"));
}

Journal::Journal(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{}

QString Journal::filePath(const QString &launchId) const
{
    return QDir(m_directory).filePath(FilePrefix + launchId + FileSuffix);
}

bool Journal::save(const LaunchRecord &record, QString *error)
{
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = tr("The launch journal could not be written (%1). Check that the disk is not "
                        "full and that the data folder is writable.")
                         .arg(reason);
        return false;
    };
    if (!QDir().mkpath(m_directory))
        return fail(tr("cannot create %1").arg(m_directory));
    QSaveFile file(filePath(record.id));
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const QByteArray bytes = LaunchRecordJson::write(record);
    if (file.write(bytes) != bytes.size())
        return fail(file.errorString());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

QList<LaunchRecord> Journal::load()
{
    QList<LaunchRecord> records;
    const QDir dir(m_directory);
    const QStringList names = dir.entryList({FilePrefix + QLatin1Char('*') + FileSuffix},
                                            QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (file.size() > LaunchRecordJson::MaxFileSize) {
            moveAside(path,
                      tr("it is larger than %1 MiB").arg(LaunchRecordJson::MaxFileSize >> 20));
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            // Unreadable now is not damaged: leave it for the next start and say so.
            Q_EMIT damagedEntry(path, QString(),
                                tr("The launch record %1 could not be read (%2); it was left in "
                                   "place. Check its permissions and restart CVM Launcher.")
                                    .arg(path, file.errorString()));
            continue;
        }
        // read() caps at the limit even if the file grew after the size check.
        const LaunchRecordJson::ReadResult read =
            LaunchRecordJson::read(file.read(LaunchRecordJson::MaxFileSize + 1));
        file.close();
        if (!read.ok()) {
            moveAside(path, read.error);
            continue;
        }
        if (name != FilePrefix + read.record.id + FileSuffix) {
            moveAside(path, tr("its name does not match the launch it holds"));
            continue;
        }
        records << read.record;
    }
    std::stable_sort(
        records.begin(), records.end(),
        [](const LaunchRecord &a, const LaunchRecord &b) { return a.createdAt < b.createdAt; });
    return records;
}

void Journal::moveAside(const QString &path, const QString &reason)
{
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    QString target = path + QStringLiteral(".damaged-") + stamp;
    for (int n = 1; QFile::exists(target); ++n)
        target = path + QStringLiteral(".damaged-") + stamp + QLatin1Char('-') + QString::number(n);
    if (QFile::rename(path, target)) {
        Q_EMIT damagedEntry(path, target,
                            tr("A damaged launch record was moved aside to %1: %2. The instances "
                               "of that launch are not shown; look them up in the Tencent Cloud "
                               "console if you need them.")
                                .arg(target, reason));
    } else {
        Q_EMIT damagedEntry(path, QString(),
                            tr("A damaged launch record (%1) could not be moved aside: %2. Move "
                               "it out of the journal folder by hand.")
                                .arg(path, reason));
    }
}
