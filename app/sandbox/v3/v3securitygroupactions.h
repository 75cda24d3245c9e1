// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "sandbox/sandboxreply.h"
#include "sandbox/v3/v3call.h"

#include <QCoreApplication>

class V3Protocol;
class V3World;

// The vpc service's security group look-ups (cvm-api-v3-today.md §4), from the V3World:
// DescribeSecurityGroups (SecurityGroupIds or Filters security-group-id / security-group-name /
// project-id, not both: InvalidParameter.Coexist; Offset/Limit as the API's Strings, Limit
// 1–100, default "20"; TotalCount; ProjectId a String) and DescribeSecurityGroupPolicies
// (SecurityGroupPolicySet {Version, Ingress, Egress}; an unknown id:
// ResourceNotFound). Read-only; groups belong to a region, shared by every account.
class V3SecurityGroupActions
{
    Q_DECLARE_TR_FUNCTIONS(V3SecurityGroupActions)

public:
    explicit V3SecurityGroupActions(const V3World *world);

    void registerWith(V3Protocol &protocol);

    SandboxReply describeSecurityGroups(const V3Call &call) const;
    SandboxReply describeSecurityGroupPolicies(const V3Call &call) const;

private:
    const V3World *m_world;
};
