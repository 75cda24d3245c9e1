// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "validation/findings.h"

bool Findings::hasErrors() const
{
    return firstError() != nullptr;
}

const Finding *Findings::firstError() const
{
    for (const Finding &f : *this) {
        if (f.isError())
            return &f;
    }
    return nullptr;
}

const Finding *Findings::find(const QString &field, const QString &code) const
{
    for (const Finding &f : *this) {
        if (f.field == field && f.code == code)
            return &f;
    }
    return nullptr;
}

Findings Findings::forField(const QString &field) const
{
    Findings result;
    for (const Finding &f : *this) {
        if (f.field == field)
            result << f;
    }
    return result;
}

Findings Findings::errors() const
{
    Findings result;
    for (const Finding &f : *this) {
        if (f.isError())
            result << f;
    }
    return result;
}

bool Findings::hasError(const QString &field) const
{
    for (const Finding &f : *this) {
        if (f.isError() && f.field == field)
            return true;
    }
    return false;
}

QStringList Findings::fieldsWithErrors() const
{
    QStringList result;
    for (const Finding &f : *this) {
        if (f.isError() && !result.contains(f.field))
            result << f.field;
    }
    return result;
}
