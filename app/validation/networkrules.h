// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "catalog/catalog.h"
#include "spec/launchspec.h"
#include "validation/findings.h"
#include "validation/validationcontext.h"

// Bandwidth, public IP, VPC, subnet and gateway.
class NetworkRules
{
public:
    static void check(const LaunchSpec &spec, const Catalog &catalog,
                      const ValidationContext &context, Findings &out);
};
