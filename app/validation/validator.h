// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "catalog/catalog.h"
#include "spec/launchspec.h"
#include "validation/findings.h"
#include "validation/validationcontext.h"

#include <QCoreApplication>

// Checks one launch against the catalog: every rule of the RunInstancesHour seed page, each
// finding with a message that says how to fix it and suggestions that do. Pure and fast (no I/O,
// no protocol version), so the wizard runs it on every keystroke and the sandbox runs the same
// code to answer 4000 naming the parameter. What only the service knows (quota, balance,
// bandwidth-package accounts, stock) is not guessed here.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    static Findings validate(const LaunchSpec &spec, const Catalog &catalog,
                             const ValidationContext &context = {});
};
