// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/v2/v2signer.h"
#include "sandbox/sandboxrequest.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

// The parameters of one API 2.0 request, read as the real service reads them: from the query
// for GET, from the form body for POST (the query is then ignored), form-decoded ('+' is a
// space). Names are looked up in their signed form ("Placement_Zone" == "Placement.Zone").
class V2Params
{
    Q_DECLARE_TR_FUNCTIONS(V2Params)

public:
    static V2Params parse(const SandboxRequest &request);

    // Every parameter except Signature, names as sent, values decoded: the input of V2Signer.
    V2Signer::Parameters forSigning() const;

    bool contains(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }
    // name.0, name.1, ... (any indices, in index order).
    QStringList list(const QString &name) const;

    // Strict readers: a present value that is not a whole number within [min, max] sets `error`
    // (naming the parameter) and returns nothing; an absent one returns `fallback`.
    std::optional<int> integer(const QString &name, int fallback, int min, int max,
                               QString *error) const;
    std::optional<qint64> integer64(const QString &name, QString *error) const;
    // A required parameter: absent sets `error`.
    std::optional<QString> required(const QString &name, QString *error) const;

private:
    V2Signer::Parameters m_raw;
    QHash<QString, QString> m_values; // by signed name
};
