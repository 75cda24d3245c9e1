// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "sandbox/sandboxreply.h"
#include "sandbox/v2/v2call.h"

#include <QCoreApplication>

class Catalog;
class V2Protocol;

// The API 2.0 look-up actions a launcher needs before it launches: DescribeAvailabilityZones
// (cvm; zones from the Catalog), DescribeImages (image), DescribeKeyPairs (cvm), DescribeVpcEx
// and DescribeSubnetEx (vpc). Read-only; the same for every account.
class V2ResourceActions
{
    Q_DECLARE_TR_FUNCTIONS(V2ResourceActions)

public:
    explicit V2ResourceActions(const Catalog *catalog);

    void registerWith(V2Protocol &protocol);

    SandboxReply describeAvailabilityZones(const V2Call &call) const;
    SandboxReply describeImages(const V2Call &call) const;
    SandboxReply describeKeyPairs(const V2Call &call) const;
    SandboxReply describeVpcEx(const V2Call &call) const;
    SandboxReply describeSubnetEx(const V2Call &call) const;

private:
    const Catalog *m_catalog;
};
