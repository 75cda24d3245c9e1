// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "catalog/catalog.h"
#include "spec/launchspec.h"
#include "validation/findings.h"
#include "validation/validationcontext.h"

// Zone, instance type, cores and memory, disks: the rules the catalog's families decide.
class HardwareRules
{
public:
    static void check(const LaunchSpec &spec, const Catalog &catalog,
                      const ValidationContext &context, Findings &out);
};
