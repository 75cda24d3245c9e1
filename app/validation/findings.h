// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "validation/finding.h"

#include <QList>
#include <QStringList>

// The validator's answer: a list of findings, in field order, with the look-ups the wizard (per
// field) and the sandbox (the first error, for a 4000 answer) need.
class Findings : public QList<Finding>
{
public:
    using QList<Finding>::QList;

    bool hasErrors() const;
    const Finding *firstError() const; // nullptr when there is none
    const Finding *find(const QString &field, const QString &code) const;
    Findings forField(const QString &field) const;
    Findings errors() const;
    bool hasError(const QString &field) const;
    QStringList fieldsWithErrors() const;
};
