// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "sandbox/sandboxreply.h"
#include "sandbox/v3/v3call.h"

#include <QCoreApplication>

#include <optional>

class Catalog;
class InstanceStore;
class V3Protocol;

// API 3.0 ResetInstancesInternetMaxBandwidth and InquiryPriceResetInstancesInternetMaxBandwidth
// (cvm, doc 213/15721 and 213/15732): InstanceIds.N and
// InternetAccessible.InternetMaxBandwidthOut, checked by BandwidthChange. The answers use the
// codes the service lists for these actions: InvalidInstanceId.NotFound,
// InvalidParameterValue.Range, UnsupportedOperation.InstanceStatePending /
// InstanceStateTerminating, InvalidInstance.NotSupported (creation failed), MissingParameter.
// StartTime and EndTime are refused (they are for monthly bandwidth only), and so is more than
// one instance: BANDWIDTH_POSTPAID_BY_HOUR bandwidth is not changed in batches.
class V3BandwidthActions
{
    Q_DECLARE_TR_FUNCTIONS(V3BandwidthActions)

public:
    V3BandwidthActions(InstanceStore *store, const Catalog *catalog);

    void registerWith(V3Protocol &protocol);

    SandboxReply reset(const V3Call &call);
    // Price.BandwidthPrice{UnitPrice, ChargeUnit}: the instance's bandwidth at the new cap, CNY
    // per hour (ChargeUnit HOUR) or per GB of traffic (GB), from PriceModel.
    SandboxReply inquiryPrice(const V3Call &call) const;

private:
    // The request's instance id and bandwidth, or the error reply.
    std::optional<SandboxReply> refusal(const V3Call &call, QString *instanceId, int *mbps) const;

    InstanceStore *m_store;
    const Catalog *m_catalog;
};
