// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "spec/launchspec.h"

#include <QString>
#include <QVariant>

// A fix the operator can apply with one click, and the sandbox can name in its error: set field
// (SpecFields::key(), the RunInstancesHour parameter name) to value, typed as the field table
// says: int, QString or bool; a null QVariant means "unset" (optional fields only).
// A secret (the password) is never suggested: only unsetting one.
struct Suggestion
{
    QString field;
    QVariant value;
    QString label; // short and translated: "32 GB", "CVM.S2", "No data disk"

    // Writes the value into spec through the field table. False (spec untouched) when the field
    // is unknown, the value has the wrong type for it, or it would set a secret.
    bool applyTo(LaunchSpec &spec) const;

    bool operator==(const Suggestion &) const = default;
};
