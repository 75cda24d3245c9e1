// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "catalog/catalog.h"
#include "spec/launchspec.h"
#include "validation/findings.h"
#include "validation/validationcontext.h"

// Password and key: the rule set follows the image's OS, and never a guess at it.
class LoginRules
{
public:
    static void check(const LaunchSpec &spec, const Catalog &catalog,
                      const ValidationContext &context, Findings &out);
};
