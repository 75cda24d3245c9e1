// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Looks for a secret in files, in every form it could have been written in: as UTF-8, as UTF-16
// (QSettings, QDataStream), percent-encoded (a request body or URL), base64 (@ByteArray, JSON).
namespace SecretScan {

QList<QByteArray> forms(const QString &secret);
// The files under each path (a file or a directory, recursively) that contain a form of
// `secret`, each as "path (form)". Unreadable files are reported too: a scan must not skip.
QStringList filesContaining(const QStringList &paths, const QString &secret);
// The lines of `lines` that contain a form of `secret`.
QStringList linesContaining(const QStringList &lines, const QString &secret);

} // namespace SecretScan
