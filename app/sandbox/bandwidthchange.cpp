// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/bandwidthchange.h"

#include "catalog/catalog.h"
#include "sandbox/instancestore.h"

BandwidthChange::Check BandwidthChange::check(const InstanceStore &store, const Catalog &catalog,
                                              const QString &account, const QStringList &ids,
                                              int mbps)
{
    Check result;
    const SizeRule rule = catalog.bandwidth();
    if (mbps < rule.min || mbps > rule.max) {
        result.problem = Problem::OutOfRange;
        return result;
    }
    const qint64 now = store.nowMs();
    for (const QString &id : ids) {
        result.instanceId = id;
        const auto found = store.instance(account, id);
        if (!found) {
            result.problem = Problem::NotFound;
            return result;
        }
        result.instance = *found;
        switch (found->stateAt(now)) {
        case SandboxInstance::State::Running:
            continue;
        case SandboxInstance::State::Creating:
            result.problem = Problem::Pending;
            return result;
        case SandboxInstance::State::Returning:
            result.problem = Problem::Terminating;
            return result;
        case SandboxInstance::State::CreateFailed:
            result.problem = Problem::LaunchFailed;
            return result;
        case SandboxInstance::State::Returned:
            // Gone: the service no longer lists it.
            result.problem = Problem::NotFound;
            return result;
        }
    }
    return result;
}
