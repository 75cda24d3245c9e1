// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "spec/specfields.h"
#include "validation/findings.h"

#include <QLatin1String>
#include <QList>
#include <QString>

// Small helpers shared by the rule files; not part of the validation API.
namespace RuleHelpers {

// Findings and suggestions name fields by the table's key (SpecFields::key), never by a string
// written here.
inline Finding &add(Findings &out, SpecField field, Finding::Severity severity, const char *code,
                    const QString &message)
{
    out.append(Finding{SpecFields::key(field), severity, QLatin1String(code), message, {}});
    return out.last();
}

inline Finding &error(Findings &out, SpecField field, const char *code, const QString &message)
{
    return add(out, field, Finding::Severity::Error, code, message);
}

inline void suggest(Finding &f, SpecField field, const QVariant &value, const QString &label)
{
    f.suggestions.append(Suggestion{SpecFields::key(field), value, label});
}

// "1, 2, 4": a list of numbers for messages.
inline QString numberList(const QList<int> &values)
{
    QStringList parts;
    for (int v : values)
        parts << QString::number(v);
    return parts.join(QLatin1String(", "));
}

} // namespace RuleHelpers
