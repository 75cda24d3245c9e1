// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class V3World;

// Reads the sandbox's API 3.0 world file (format "cvm-sandbox-v3-world", version 1; see
// resources/sandbox/v3world.json) strictly: every field of the expected JSON type, every zone a
// zone of the built-in catalog, every disk type a known one, no type twice in a zone. The first
// problem is reported with its path, e.g. "families[2].types[0].cpu: expected a whole number".
class V3WorldReader
{
    Q_DECLARE_TR_FUNCTIONS(V3WorldReader)

public:
    static constexpr const char *FormatName = "cvm-sandbox-v3-world";
    static constexpr int FormatVersion = 1;

    // Fills *world and returns true; false with *error set on bad data (*world is then partly
    // filled and must not be used).
    static bool read(const QJsonObject &json, V3World *world, QString *error);
};
