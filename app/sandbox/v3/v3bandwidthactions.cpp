// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/v3/v3bandwidthactions.h"

#include "catalog/catalog.h"
#include "sandbox/bandwidthchange.h"
#include "sandbox/instancestore.h"
#include "sandbox/pricemodel.h"
#include "sandbox/sandboxdata.h"
#include "sandbox/v3/v3params.h"
#include "sandbox/v3/v3protocol.h"
#include "sandbox/v3/v3reply.h"

#include <QJsonObject>

#include <limits>

V3BandwidthActions::V3BandwidthActions(InstanceStore *store, const Catalog *catalog)
    : m_store(store)
    , m_catalog(catalog)
{}

void V3BandwidthActions::registerWith(V3Protocol &protocol)
{
    const QString cvm = QStringLiteral("cvm");
    protocol.addAction(cvm, QStringLiteral("ResetInstancesInternetMaxBandwidth"),
                       [this](const V3Call &call) { return reset(call); });
    protocol.addAction(cvm, QStringLiteral("InquiryPriceResetInstancesInternetMaxBandwidth"),
                       [this](const V3Call &call) { return inquiryPrice(call); });
}

std::optional<SandboxReply> V3BandwidthActions::refusal(const V3Call &call, QString *instanceId,
                                                        int *mbps) const
{
    const QString invalid = QStringLiteral("InvalidParameter");
    QString error;
    const auto ids = V3Params::strings(call.body, QStringLiteral("InstanceIds"), &error);
    if (!ids)
        return V3Reply::error(invalid, error);
    if (ids->isEmpty()) {
        return V3Reply::error(QStringLiteral("MissingParameter"),
                              tr("The request is missing the parameter InstanceIds."));
    }
    if (ids->size() > 1) {
        return V3Reply::error(invalid,
                              tr("Invalid parameter InstanceIds: the bandwidth of "
                                 "BANDWIDTH_POSTPAID_BY_HOUR instances is changed one instance "
                                 "at a time."));
    }
    if (call.body.contains(QLatin1String("StartTime")) ||
        call.body.contains(QLatin1String("EndTime"))) {
        return V3Reply::error(invalid, tr("Invalid parameter StartTime/EndTime: they apply to "
                                          "monthly (BANDWIDTH_PREPAID) bandwidth only."));
    }
    const QJsonObject internet = call.body.value(QLatin1String("InternetAccessible")).toObject();
    if (!internet.contains(QLatin1String("InternetMaxBandwidthOut"))) {
        return V3Reply::error(QStringLiteral("MissingParameter"),
                              tr("The request is missing the parameter "
                                 "InternetAccessible.InternetMaxBandwidthOut."));
    }
    const auto value =
        V3Params::integer(internet, QStringLiteral("InternetMaxBandwidthOut"), 0,
                          std::numeric_limits<int>::min(), std::numeric_limits<int>::max(), &error);
    if (!value) {
        return V3Reply::error(QStringLiteral("InvalidParameterValue"),
                              tr("Invalid parameter InternetAccessible.InternetMaxBandwidthOut: "
                                 "expected a whole number of Mbps."));
    }

    const BandwidthChange::Check check =
        BandwidthChange::check(*m_store, *m_catalog, call.account, *ids, *value);
    const QString &id = check.instanceId;
    switch (check.problem) {
    case BandwidthChange::Problem::None:
        *instanceId = ids->constFirst();
        *mbps = *value;
        return std::nullopt;
    case BandwidthChange::Problem::OutOfRange:
        return V3Reply::error(
            QStringLiteral("InvalidParameterValue.Range"),
            tr("Invalid parameter InternetAccessible.InternetMaxBandwidthOut: %1 is not from %2 "
               "to %3 Mbps.")
                .arg(*value)
                .arg(m_catalog->bandwidth().min)
                .arg(m_catalog->bandwidth().max));
    case BandwidthChange::Problem::NotFound:
        return V3Reply::error(QStringLiteral("InvalidInstanceId.NotFound"),
                              tr("Instance %1 was not found in this account; check the id with "
                                 "DescribeInstances.")
                                  .arg(id));
    case BandwidthChange::Problem::Pending:
        return V3Reply::error(QStringLiteral("UnsupportedOperation.InstanceStatePending"),
                              tr("Instance %1 is still being created (PENDING); change its "
                                 "bandwidth once it is running.")
                                  .arg(id));
    case BandwidthChange::Problem::Terminating:
        return V3Reply::error(
            QStringLiteral("UnsupportedOperation.InstanceStateTerminating"),
            tr("Instance %1 is being terminated; its bandwidth cannot change.").arg(id));
    case BandwidthChange::Problem::LaunchFailed:
        return V3Reply::error(QStringLiteral("InvalidInstance.NotSupported"),
                              tr("Instance %1 failed to launch (LAUNCH_FAILED); it has no "
                                 "bandwidth to change.")
                                  .arg(id));
    }
    return V3Reply::error(invalid, tr("The bandwidth cannot be changed."));
}

SandboxReply V3BandwidthActions::reset(const V3Call &call)
{
    QString id;
    int mbps = 0;
    if (auto refused = refusal(call, &id, &mbps))
        return *refused;
    m_store->setBandwidth(call.account, id, mbps);
    return V3Reply::ok();
}

SandboxReply V3BandwidthActions::inquiryPrice(const V3Call &call) const
{
    QString id;
    int mbps = 0;
    if (auto refused = refusal(call, &id, &mbps))
        return *refused;
    // One instance's bandwidth at the new cap: the launch's price model, for one instance.
    const auto instance = m_store->instance(call.account, id);
    LaunchSpec spec = instance ? instance->spec : LaunchSpec();
    spec.bandwidth = mbps;
    spec.goodsNum = 1;
    const Image *image = SandboxData::findImage(spec.imageId);
    const Price price = PriceModel::quote(spec, image && SandboxData::isWindows(*image));
    return V3Reply::ok(
        {{QLatin1String("Price"),
          QJsonObject{{QLatin1String("BandwidthPrice"),
                       QJsonObject{{QLatin1String("UnitPrice"), price.bandwidthPrice.toDouble()},
                                   {QLatin1String("ChargeUnit"), price.bandwidthUnit}}}}}});
}
