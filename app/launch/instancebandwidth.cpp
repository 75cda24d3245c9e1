// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "launch/instancebandwidth.h"

#include "api/apierrorfactory.h"
#include "catalog/catalog.h"
#include "launch/instancemodel.h"
#include "launch/launchcontroller.h"

#include <QPointer>
#include <QTimer>

namespace {

// `done` gets an error of kind Refused from the event loop, as a call's answer would come.
template<typename T>
void refuseLater(const QString &action, const QString &why, QObject *context,
                 CloudApi::Callback<T> done)
{
    QTimer::singleShot(0, context, [action, why, done = std::move(done)] {
        ApiResult<T> result;
        result.error = ApiErrorFactory::refused(action, why);
        if (done)
            done(result);
    });
}

} // namespace

InstanceBandwidth::InstanceBandwidth(LaunchController *controller)
    : m_controller(controller)
{}

SizeRule InstanceBandwidth::range()
{
    return Catalog::builtIn().bandwidth();
}

ApiCall *InstanceBandwidth::quote(const QString &instanceId, int mbps, QObject *context,
                                  CloudApi::Callback<Price> done) const
{
    QString problem;
    CloudApi *api = m_controller->apiForInstance(instanceId, &problem);
    if (!api) {
        refuseLater<Price>(QStringLiteral("InquiryPriceResetInstancesInternetMaxBandwidth"),
                           problem, context, std::move(done));
        return nullptr;
    }
    if (api->version() == ApiConfig::Version::V3)
        return api->inquirePriceResetInternetMaxBandwidth(instanceId, mbps, context,
                                                          std::move(done));
    const int row = m_controller->model()->rowOfInstance(instanceId);
    const auto record = row >= 0
                            ? m_controller->launchRecord(m_controller->model()->row(row).launchId)
                            : std::nullopt;
    if (!record) {
        refuseLater<Price>(QStringLiteral("InquiryInstancePriceHour"),
                           tr("The launch of %1 is not in the journal, so its price cannot be "
                              "asked on API 2.0.")
                               .arg(instanceId),
                           context, std::move(done));
        return nullptr;
    }
    LaunchSpec spec = record->spec.withoutSecrets();
    spec.bandwidth = mbps;
    spec.goodsNum = 1;
    // The instance's part only: the bandwidth, not a new instance.
    return api->inquirePrice(spec, context, [done = std::move(done)](const ApiResult<Price> &r) {
        ApiResult<Price> bandwidth = r;
        if (bandwidth.value)
            bandwidth.value->instancePerHour.clear();
        if (done)
            done(bandwidth);
    });
}

ApiCall *InstanceBandwidth::apply(const QString &instanceId, int mbps, QObject *context,
                                  CloudApi::Callback<bool> done) const
{
    QString problem;
    CloudApi *api = m_controller->apiForInstance(instanceId, &problem);
    if (!api) {
        refuseLater<bool>(QStringLiteral("ResetInstancesInternetMaxBandwidth"), problem, context,
                          std::move(done));
        return nullptr;
    }
    QPointer<InstanceModel> model = m_controller->model();
    return api->resetInternetMaxBandwidth(
        instanceId, mbps, context,
        [model, instanceId, mbps, done = std::move(done)](const ApiResult<bool> &result) {
            InstanceModel *rows = model.data();
            const int row = rows ? rows->rowOfInstance(instanceId) : -1;
            if (result.ok() && row >= 0) {
                InstanceInfo info = rows->row(row).info;
                info.bandwidth = mbps;
                rows->updateInstances({info});
            }
            if (done)
                done(result);
        });
}
