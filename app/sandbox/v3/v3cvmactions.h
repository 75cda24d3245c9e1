// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "sandbox/sandboxinstance.h"
#include "sandbox/sandboxreply.h"
#include "sandbox/v3/v3call.h"
#include "sandbox/v3/v3world.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

class Catalog;
class InstanceStore;
class V3Protocol;

// The API 3.0 actions on instances: RunInstances, DescribeInstances, TerminateInstances and
// InquiryPriceRunInstances, on the same instance store as API 2.0 and through the same checks
// (SpecChecker), with the body read back into a LaunchSpec by V3SpecReader. `catalog` is the
// V3World's (today's families); RunInstances first asks the world whether the InstanceType is
// sold in the zone, whether the zone's pay-by-hour quota has room, whether the family takes the
// disks and whether the subnet and security groups fit the zone and region.
class V3CvmActions
{
    Q_DECLARE_TR_FUNCTIONS(V3CvmActions)

public:
    V3CvmActions(InstanceStore *store, const Catalog *catalog, const V3World *world);

    void registerWith(V3Protocol &protocol);

    SandboxReply runInstances(const V3Call &call);
    SandboxReply describeInstances(const V3Call &call) const;
    SandboxReply terminateInstances(const V3Call &call);
    SandboxReply inquiryPriceRunInstances(const V3Call &call) const;

    // "PENDING", "RUNNING", ...; empty for instances API 3.0 no longer lists (terminated).
    static QString stateName(SandboxInstance::State state);

private:
    // The spec of a launch body, or the error reply; `fields` as SpecChecker takes them.
    std::optional<SandboxReply> refusal(const V3Call &call, const QStringList &fields,
                                        LaunchSpec *spec) const;
    QJsonObject instanceJson(const SandboxInstance &instance, qint64 nowMs) const;
    // The world's refusal of a launch body: InstanceType not sold in Placement.Zone, or more
    // instances than the zone's quota has left (LimitExceeded.InstanceQuota). Nothing for a
    // resend of an answered ClientToken, or when the zone is not one of the region's. Then the
    // disks and the network, as below.
    std::optional<SandboxReply> worldRefusal(const V3Call &call) const;
    // SystemDisk.DiskType not sold with the family in the zone (UnsupportedOperation.InvalidDisk),
    // and each DataDisks.N as V3World::dataDiskRefusal says (an omitted type is LOCAL_BASIC).
    std::optional<V3Refusal> disksRefusal(const V3Call &call, const QString &zone,
                                          const QString &family) const;
    // A subnet in another zone (InvalidParameterValue.SubnetIdZoneIdNotMatch), a security group
    // the region does not have (InvalidSecurityGroupId.NotFound).
    std::optional<V3Refusal> networkRefusal(const V3Call &call, const QString &zone,
                                            int zoneId) const;

    InstanceStore *m_store;
    const Catalog *m_catalog;
    const V3World *m_world;
};
