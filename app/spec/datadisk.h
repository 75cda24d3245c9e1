// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

// One data disk of an API 3.0 launch: RunInstances' DataDisks.N (DiskType, DiskSize). The type is
// always named (cvm-api-v3-today.md §2: an omitted DiskType means LOCAL_BASIC, which current
// families refuse); the size is in GiB, as the service counts it.
struct DataDisk
{
    QString diskType; // CLOUD_PREMIUM, CLOUD_BSSD, CLOUD_SSD, CLOUD_HSSD, ...
    int diskSize = 0; // GiB

    bool operator==(const DataDisk &) const = default;

    // At most this many data disks per instance (RunInstances DataDisks: "最多支持指定 20 块").
    static constexpr int MaxPerInstance = 20;

    // The disk as a template, the journal and the request carry it:
    // {"DiskType": "CLOUD_BSSD", "DiskSize": 100} (API 3.0's own names).
    QVariantMap toVariant() const
    {
        return {{QStringLiteral("DiskType"), diskType}, {QStringLiteral("DiskSize"), diskSize}};
    }
    // The disk from such a map; nothing when a key is missing, extra or of the wrong type
    // (DiskType a non-empty QString, DiskSize an int).
    static std::optional<DataDisk> fromVariant(const QVariant &value)
    {
        if (value.typeId() != QMetaType::QVariantMap)
            return std::nullopt;
        const QVariantMap map = value.toMap();
        const QVariant type = map.value(QStringLiteral("DiskType"));
        const QVariant size = map.value(QStringLiteral("DiskSize"));
        if (map.size() != 2 || type.typeId() != QMetaType::QString || type.toString().isEmpty() ||
            size.typeId() != QMetaType::Int)
            return std::nullopt;
        return DataDisk{type.toString(), size.toInt()};
    }
};
