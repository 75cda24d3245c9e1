// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/v2/v2bandwidthactions.h"

#include "catalog/catalog.h"
#include "sandbox/bandwidthchange.h"
#include "sandbox/instancestore.h"
#include "sandbox/v2/v2protocol.h"
#include "sandbox/v2/v2reply.h"

#include <limits>

V2BandwidthActions::V2BandwidthActions(InstanceStore *store, const Catalog *catalog)
    : m_store(store)
    , m_catalog(catalog)
{}

void V2BandwidthActions::registerWith(V2Protocol &protocol)
{
    protocol.addAction(QStringLiteral("UpdateInstanceBandwidthHour"),
                       [this](const V2Call &call) { return updateInstanceBandwidthHour(call); });
}

SandboxReply V2BandwidthActions::updateInstanceBandwidthHour(const V2Call &call)
{
    QString error;
    const auto id = call.params.required(QStringLiteral("instanceId"), &error);
    if (!id)
        return V2Reply::error(V2Reply::InvalidParameter, error);
    if (!call.params.contains(QStringLiteral("bandwidth")))
        return V2Reply::error(V2Reply::InvalidParameter,
                              tr("The request is missing the parameter bandwidth."));
    const auto mbps =
        call.params.integer(QStringLiteral("bandwidth"), 0, std::numeric_limits<int>::min(),
                            std::numeric_limits<int>::max(), &error);
    if (!mbps) {
        return V2Reply::error(V2Reply::InvalidParameter,
                              tr("Invalid parameter bandwidth: expected a whole number of Mbps."));
    }

    const BandwidthChange::Check check =
        BandwidthChange::check(*m_store, *m_catalog, call.account, {*id}, *mbps);
    switch (check.problem) {
    case BandwidthChange::Problem::None:
        m_store->setBandwidth(call.account, *id, *mbps);
        // As the documentation's example answers (api/229/1345): message "ok".
        return SandboxReply::json({{QLatin1String("code"), 0},
                                   {QLatin1String("message"), QStringLiteral("ok")},
                                   {QLatin1String("codeDesc"), V2Reply::codeDesc(0)}});
    case BandwidthChange::Problem::OutOfRange:
        return V2Reply::error(V2Reply::InvalidParameter,
                              tr("Invalid parameter bandwidth: %1 is not from %2 to %3 Mbps.")
                                  .arg(*mbps)
                                  .arg(m_catalog->bandwidth().min)
                                  .arg(m_catalog->bandwidth().max));
    case BandwidthChange::Problem::NotFound:
        return V2Reply::error(V2Reply::ResourceNotFound,
                              tr("Instance %1 was not found in this account; check the id with "
                                 "DescribeInstances.")
                                  .arg(*id));
    case BandwidthChange::Problem::Pending:
    case BandwidthChange::Problem::Terminating:
    case BandwidthChange::Problem::LaunchFailed:
        break;
    }
    return V2Reply::error(V2Reply::OperationFailed,
                          tr("The bandwidth of instance %1 cannot be changed now: only a running "
                             "instance's can. Wait until it is running.")
                              .arg(*id));
}
