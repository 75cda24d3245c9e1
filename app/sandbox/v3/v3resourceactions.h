// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "sandbox/sandboxreply.h"
#include "sandbox/v3/v3call.h"

#include <QCoreApplication>

class Catalog;
class V3Protocol;

// The API 3.0 look-up actions a launcher needs before it launches: DescribeRegions and
// DescribeZones (from the Catalog), DescribeImages and DescribeKeyPairs (cvm), DescribeVpcs and
// DescribeSubnets (vpc).
// Read-only, the same world as API 2.0 (SandboxData) in API 3.0 names.
class V3ResourceActions
{
    Q_DECLARE_TR_FUNCTIONS(V3ResourceActions)

public:
    explicit V3ResourceActions(const Catalog *catalog);

    void registerWith(V3Protocol &protocol);

    SandboxReply describeZones(const V3Call &call) const;
    // Every catalog region with an API 3.0 zone; AVAILABLE when one of its zones sells a family.
    SandboxReply describeRegions() const;
    SandboxReply describeImages(const V3Call &call) const;
    SandboxReply describeKeyPairs(const V3Call &call) const;
    SandboxReply describeVpcs(const V3Call &call) const;
    SandboxReply describeSubnets(const V3Call &call) const;

private:
    const Catalog *m_catalog;
};
