// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/cloudapi.h"
#include "catalog/catalogtypes.h"

#include <QCoreApplication>

class LaunchController;

// Changes the public bandwidth cap of one running instance, and quotes it first, through the
// account (profile, region) that launched the instance, whatever profile is active.
//
//   InstanceBandwidth bandwidth(controller);
//   bandwidth.quote(id, 20, this, [](const ApiResult<Price> &r) { ... });  // CNY per hour
//   bandwidth.apply(id, 20, this, [](const ApiResult<bool> &r) { ... });
//
// The journal is the record of what was launched and stays as it was; the bandwidth an instance
// has now is the service's (DescribeInstances), which the table shows. After the service accepts
// a change the row shows the new value at once, and the next answer about it confirms it.
class InstanceBandwidth
{
    Q_DECLARE_TR_FUNCTIONS(InstanceBandwidth)

public:
    explicit InstanceBandwidth(LaunchController *controller);

    // The public bandwidth range in Mbps: the catalog's rule, the one a launch is checked
    // against (cvm-api.md: 0-100 Mbps for pay-by-hour instances).
    static SizeRule range();

    // The instance's bandwidth price at `mbps`: Price::bandwidthPrice in CNY per
    // Price::bandwidthUnit ("HOUR", or "GB" when billed by traffic). API 3.0 asks
    // InquiryPriceResetInstancesInternetMaxBandwidth; API 2.0 has no such inquiry, so it asks
    // InquiryInstancePriceHour for the launch's spec, one instance at `mbps`, whose
    // data.bandwidth is that price. Without a backend for the account, `done` gets an error of
    // kind Refused that says why; nullptr is returned then.
    ApiCall *quote(const QString &instanceId, int mbps, QObject *context,
                   CloudApi::Callback<Price> done) const;
    // CloudApi::resetInternetMaxBandwidth through the instance's account; on success the model
    // row shows `mbps`. Errors as for quote().
    ApiCall *apply(const QString &instanceId, int mbps, QObject *context,
                   CloudApi::Callback<bool> done) const;

private:
    LaunchController *m_controller;
};
