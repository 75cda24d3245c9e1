// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "spec/launchspec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// A saved launch: versioned JSON around a LaunchSpec, written and read by the wizard's
// "Save as template" / "Open template" and by `cvm-launcher FILE.json`.
//
//   {"format": "cvm-launcher-template", "version": 2, "spec": {...}}
//
// Version 2 added the API 3.0 disks and security groups (systemDiskType, dataDisks,
// securityGroupIds). A version-1 file still loads: its one data disk (storageType, storageSize)
// becomes the API 3.0 data disk list under the catalog's name for that type, which is what a
// version-1 launch sent on API 3.0, and the system disk gets LaunchSpec::DefaultSystemDiskType;
// LoadResult::notice then names what changed.
//
// Passwords are never written. Every way a file can be wrong yields a message that names the
// problem and, where there is one, the field.
class LaunchTemplate
{
    Q_DECLARE_TR_FUNCTIONS(LaunchTemplate)

public:
    static constexpr int CurrentVersion = 2;
    static constexpr qint64 MaxFileSize = 1024 * 1024;
    static inline const QString FormatName = QStringLiteral("cvm-launcher-template");

    struct LoadResult
    {
        LaunchSpec spec;
        QString error;      // translated; empty on success
        QString errorField; // the spec field at fault, when there is one
        QString notice;     // translated; set when something was dropped or migrated

        bool ok() const { return error.isEmpty(); }
    };

    static QByteArray serialize(const LaunchSpec &spec);
    static LoadResult parse(const QByteArray &data);

    static LoadResult loadFile(const QString &path);
    // Returns an empty string on success, else a translated error.
    static QString saveFile(const QString &path, const LaunchSpec &spec);
};
