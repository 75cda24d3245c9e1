// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "sandbox/sandboxreply.h"
#include "sandbox/v2/v2call.h"

#include <QCoreApplication>

class Catalog;
class InstanceStore;
class V2Protocol;

// API 2.0 UpdateInstanceBandwidthHour (doc api/229/1345): instanceId and bandwidth (Mbps, both
// required), effective at once, answered {"code": 0, "message": "ok"}. Checked by
// BandwidthChange and answered with the seed's common codes: 4000 for a missing or out-of-range
// parameter, 5000 for an instance the account does not have, 5100 for one that is not running.
// API 2.0 has no price inquiry for the change.
class V2BandwidthActions
{
    Q_DECLARE_TR_FUNCTIONS(V2BandwidthActions)

public:
    V2BandwidthActions(InstanceStore *store, const Catalog *catalog);

    void registerWith(V2Protocol &protocol);

    SandboxReply updateInstanceBandwidthHour(const V2Call &call);

private:
    InstanceStore *m_store;
    const Catalog *m_catalog;
};
