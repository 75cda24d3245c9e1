// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "sandbox/sandboxreply.h"
#include "sandbox/v3/v3call.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class InstanceStore;
class V3Protocol;
class V3World;

// What the sandbox sells now, in API 3.0 (cvm-api-v3-today.md §1–§3), read from the V3World:
// cvm DescribeZoneInstanceConfigInfos (InstanceTypeQuotaSet: Cpu/Memory in GB, Status
// SELL/SOLD_OUT, Price floats in CNY per hour), DescribeInstanceFamilyConfigs and
// DescribeAccountQuota (PostPaidQuotaSet per zone: the account's live instances against the
// world's quota per zone), and cbs DescribeDiskConfigQuota (DiskConfigSet, sizes in GiB). Only
// POSTPAID_BY_HOUR is sold. Refusals use the real codes: InvalidFilter,
// InvalidFilterValue.LimitExceeded (more than 10 filters or 100 values),
// InvalidZone.MismatchRegion, MissingParameter / InvalidParameterValue (InquiryType).
class V3CatalogActions
{
    Q_DECLARE_TR_FUNCTIONS(V3CatalogActions)

public:
    V3CatalogActions(const V3World *world, const InstanceStore *store);

    void registerWith(V3Protocol &protocol);

    SandboxReply describeZoneInstanceConfigInfos(const V3Call &call) const;
    SandboxReply describeInstanceFamilyConfigs(const V3Call &call) const;
    SandboxReply describeAccountQuota(const V3Call &call) const;
    SandboxReply describeDiskConfigQuota(const V3Call &call) const;

private:
    // The zones of the call's region that the world sells in, narrowed to `asked` when it is
    // not empty; nothing (and *refusal) when `asked` names a zone outside the region.
    std::optional<QStringList> zonesOf(const V3Call &call, const QStringList &asked,
                                       SandboxReply *refusal) const;

    const V3World *m_world;
    const InstanceStore *m_store;
};
