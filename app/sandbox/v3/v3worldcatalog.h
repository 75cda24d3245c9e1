// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "catalog/catalog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class V3World;

// Builds the Catalog that API 3.0 launches on the sandbox are checked against (SpecChecker and
// the Validator take a Catalog): the built-in catalog's sections (regions, zones, limits,
// passwords, API 3.0 size names) with the world's families ("CVM.S5", its (cpu, mem) pairs and
// zones), its cloud disk types (data-disk sizes in GiB) and its system-disk rule replacing the
// seed's. Disk types keep the seed's storageType numbers where the seed has them (1 LOCAL_BASIC,
// 2 CLOUD_BASIC, 3 LOCAL_SSD, 4 CLOUD_SSD); new ones take the next free numbers.
class V3WorldCatalog
{
    Q_DECLARE_TR_FUNCTIONS(V3WorldCatalog)

public:
    // `systemDiskSize` is the world file's {"linux": {min, max, step, default}, "windows": ...}.
    static Catalog build(const V3World &world, const QJsonObject &systemDiskSize, QString *error);

private:
    static QJsonObject builtInSections(QString *error);
};
