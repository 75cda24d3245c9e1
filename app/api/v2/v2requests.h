// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/v2/v2request.h"
#include "spec/launchspec.h"

#include <QCoreApplication>
#include <QStringList>

// The request builders of the API 2.0 actions the product uses: typed input in, parameter names
// and values exactly as the documentation spells them out (cvm-api.md §1 and the seed page).
// RunInstancesHour sends every field that SpecFields names for API 2.0, as
// SpecFields::requestValue() gives it: what the operator chose, never a service default they did
// not see (wanIp is always explicit). A request that must not go out carries a refusal.
class V2Requests
{
    Q_DECLARE_TR_FUNCTIONS(V2Requests)

public:
    static constexpr int MaxIdsPerRequest = 100;
    static constexpr int MaxLimit = 100;

    // One request: spec.goodsNum is this request's count. Refused without a clientToken, with one
    // longer than 64 characters, or above InstanceCount::PerRequest instances.
    static V2Request runInstancesHour(const LaunchSpec &spec);
    static V2Request describeInstances(const QStringList &instanceIds, int offset, int limit);
    static V2Request describeAvailabilityZones(int zoneId = 0);
    static V2Request describeImages(int imageType, int offset = 0, int limit = MaxLimit);
    static V2Request describeKeyPairs(int offset = 0, int limit = MaxLimit);
    static V2Request describeVpcEx(int offset = 0, int limit = MaxLimit);
    static V2Request describeSubnetEx(const QString &vpcId, int offset = 0, int limit = MaxLimit);
    static V2Request inquiryInstancePriceHour(const LaunchSpec &spec);
    static V2Request returnInstance(const QString &instanceId);
    // UpdateInstanceBandwidthHour (doc api/229/1345): instanceId and bandwidth (Mbps).
    static V2Request updateInstanceBandwidthHour(const QString &instanceId, int mbps);
};
