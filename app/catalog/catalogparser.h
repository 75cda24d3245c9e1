// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <memory>

struct CatalogData;

// Turns the catalog JSON into CatalogData, checking everything a consumer relies on: types,
// ranges, unknown keys (typos), duplicates and cross references (a family sold in an unknown
// zone, a core count without an API 3.0 size name, ...). The first problem found is reported
// with its place in the data, e.g. "families[1].pairs[3].mem".
class CatalogParser
{
    Q_DECLARE_TR_FUNCTIONS(CatalogParser)

public:
    static std::shared_ptr<const CatalogData> parse(const QJsonObject &data, QString *error);
};
