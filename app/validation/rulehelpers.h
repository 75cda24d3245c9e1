// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "spec/specfields.h"
#include "validation/findings.h"
#include "validation/validator.h"

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

// The items of a list as the message's language writes them: "a, b, c" in English, "a、b、c"
// in Chinese (the translation of the separator).
inline QString listOf(const QStringList &items)
{
    return items.join(Validator::tr(", ", "between the items of a list"));
}

// "1, 2, 4": a list of numbers for messages.
inline QString numberList(const QList<int> &values)
{
    QStringList parts;
    for (int v : values)
        parts << QString::number(v);
    return listOf(parts);
}

// "16 GB": a memory or disk size in GB, as the catalog counts them.
inline QString gb(int value)
{
    return Validator::tr("%1 GB").arg(value);
}

// "1 core", "4 cores". Not %n: the sandbox validates requests with no translator loaded, where
// Qt would print "core(s)".
inline QString cores(int value)
{
    return value == 1 ? Validator::tr("1 core") : Validator::tr("%1 cores").arg(value);
}

// A choice of core counts: "1 core", "2 cores", "1, 2, 4 cores".
inline QString coreChoices(const QList<int> &values)
{
    return values.size() == 1 ? cores(values.first())
                              : Validator::tr("%1 cores").arg(numberList(values));
}

} // namespace RuleHelpers
