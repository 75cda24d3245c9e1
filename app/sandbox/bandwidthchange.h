// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "sandbox/sandboxinstance.h"

#include <QString>
#include <QStringList>

class Catalog;
class InstanceStore;

// The service's rules for changing the public bandwidth cap of pay-by-hour instances, the same
// for API 2.0 UpdateInstanceBandwidthHour (doc api/229/1345) and API 3.0
// ResetInstancesInternetMaxBandwidth and its price inquiry; each protocol words the problem in
// its own codes. The range is the catalog's public bandwidth rule (cvm-api.md: 0-100 Mbps for
// hourly instances), the one the launch is checked against. Only a running instance's bandwidth
// changes: one being created or terminated, or whose creation failed, is refused, and an id the
// account does not have (another account's included) is not found.
class BandwidthChange
{
public:
    enum class Problem { None, OutOfRange, NotFound, Pending, Terminating, LaunchFailed };

    struct Check
    {
        Problem problem = Problem::None;
        QString instanceId;       // the instance at fault (all but OutOfRange)
        SandboxInstance instance; // the last instance checked (the one when there is one)
    };

    // The first problem of setting `mbps` (Mbps) on every one of `ids` of `account`, the range
    // first, then each id in order.
    static Check check(const InstanceStore &store, const Catalog &catalog, const QString &account,
                       const QStringList &ids, int mbps);
};
