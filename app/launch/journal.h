// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "launch/launchrecord.h"

#include <QObject>
#include <QString>

// The crash-safe record of every launch: what was asked, which clientTokens were used, which
// batches may have left and which instance ids came back. The Launcher writes it before a request
// leaves; start-up reads it to resend unanswered batches and to rebuild the instances table.
//
// One file per launch (<dir>/launch-<id>.json), each replaced atomically with QSaveFile: a crash
// leaves either the old or the new version of that file. One file per launch rather than one
// file for everything because a write then costs the size of one launch, not of the whole
// history, and damage (a bad disk block, a hand edit) costs one launch, which is moved aside on
// its own while the others load.
class Journal : public QObject
{
    Q_OBJECT

public:
    // QStandardPaths::AppDataLocation + "/journal".
    static QString defaultDirectory();

    explicit Journal(const QString &directory, QObject *parent = nullptr);

    QString directory() const { return m_directory; }
    QString filePath(const QString &launchId) const;

    // Replaces the launch's file atomically. On failure returns false and sets `error`
    // (translated); the previous version of the file is left as it was.
    bool save(const LaunchRecord &record, QString *error = nullptr);

    // Every readable launch, oldest first. A file that cannot be read is renamed
    // "<name>.damaged-<UTC timestamp>" and reported through damagedEntry(); it is never deleted.
    QList<LaunchRecord> load();

Q_SIGNALS:
    // `movedTo` is empty when even the rename failed; `message` is translated and says what to do.
    void damagedEntry(const QString &path, const QString &movedTo, const QString &message);

private:
    void moveAside(const QString &path, const QString &reason);

    QString m_directory;
};
