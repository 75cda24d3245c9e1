// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "catalog/catalogtypes.h"

#include <QHash>
#include <QList>
#include <QString>

// Everything a Catalog knows, filled by CatalogParser and shared read-only between copies.
struct CatalogData
{
    QList<CatalogRegion> regions;
    QList<CatalogZone> zones;
    QList<InstanceFamily> families;
    QList<DiskType> diskTypes;
    QList<ImageTypeInfo> imageTypes;
    QList<BandwidthTypeInfo> bandwidthTypes;
    SizeRule bandwidth;
    SizeRule goodsNum;
    SizeRule linuxSystemDisk;
    SizeRule windowsSystemDisk;
    PasswordRuleSet linuxPassword;
    PasswordRuleSet windowsPassword;
    // API 3.0's (v3Passwords); the API 2.0 sets when the catalog gives none.
    PasswordRuleSet linuxPasswordV3;
    PasswordRuleSet windowsPasswordV3;
    int instanceNameMaxLength = 0;
    int clientTokenMaxLength = 0;
    QString storageTypeNumbering;
    QHash<int, QString> v3SizeByCpu; // 2 -> MEDIUM

    // Indexes into the lists above, for the validator's hot path.
    QHash<int, qsizetype> zoneIndex;
    QHash<QString, qsizetype> familyIndex;
};
