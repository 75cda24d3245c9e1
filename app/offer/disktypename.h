// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCoreApplication>
#include <QString>

// What the Tencent Cloud console calls an API 3.0 disk type (SystemDisk.DiskType /
// DataDisk.DiskType, cvm-api-v3-today.md §2a): "Premium cloud disk" / 高性能云硬盘 for
// CLOUD_PREMIUM. Names only: which types a zone sells is cbs DescribeDiskConfigQuota's answer.
class DiskTypeName
{
    Q_DECLARE_TR_FUNCTIONS(DiskTypeName)

public:
    // The translated name; the code itself for a type this table does not know (the service
    // may list new ones before the app learns their names).
    static QString name(const QString &diskType);
    // "Premium cloud disk (CLOUD_PREMIUM)", or the code alone for an unknown type.
    static QString withCode(const QString &diskType);
};
