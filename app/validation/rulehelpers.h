#pragma once

#include "validation/findings.h"

#include <QLatin1String>
#include <QList>
#include <QString>

// Small helpers shared by the rule files; not part of the validation API.
namespace RuleHelpers {

inline Finding &add(Findings &out, const char *field, Finding::Severity severity, const char *code,
                    const QString &message)
{
    out.append(Finding{QLatin1String(field), severity, QLatin1String(code), message, {}});
    return out.last();
}

inline Finding &error(Findings &out, const char *field, const char *code, const QString &message)
{
    return add(out, field, Finding::Severity::Error, code, message);
}

inline void suggest(Finding &f, const char *field, const QVariant &value, const QString &label)
{
    f.suggestions.append(Suggestion{QLatin1String(field), value, label});
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
