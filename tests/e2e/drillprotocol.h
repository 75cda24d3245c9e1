// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/apiconfig.h"
#include "sandbox/instancestore.h"
#include "sandbox/sandboxservice.h"
#include "specbuilder.h"

#include <QString>
#include <QUrl>

#include <optional>

// What the crash and fault drills (tst_killdrill, drill-child, tst_faultdrills) need to know
// about the protocol a drill runs on, so that one drill runs on both: the sandbox account's
// profile, the create action a fault rule aims at, and a launch that protocol's world sells.
//
//   const auto version = DrillProtocol::fromName(QStringLiteral("v3"));   // "v2" or "v3"
//   ApiConfig config = DrillProtocol::config(*version, sandbox.endpoint());
//   rule.action = DrillProtocol::createAction(*version);                  // "RunInstances"
//   LaunchSpec spec = DrillProtocol::spec(*version).count(250).key(...);
namespace DrillProtocol {

inline QString name(ApiConfig::Version version)
{
    return version == ApiConfig::Version::V3 ? QStringLiteral("v3") : QStringLiteral("v2");
}

// "v2" or "v3"; nothing for anything else.
inline std::optional<ApiConfig::Version> fromName(const QString &name)
{
    if (name == QLatin1String("v2"))
        return ApiConfig::Version::V2;
    if (name == QLatin1String("v3"))
        return ApiConfig::Version::V3;
    return std::nullopt;
}

// The sandbox's default account in ap-guangzhou, as a profile of that protocol would be.
inline ApiConfig config(ApiConfig::Version version, const QUrl &endpoint)
{
    ApiConfig config;
    config.version = version;
    config.region = QStringLiteral("ap-guangzhou");
    config.endpoint = endpoint;
    config.secretId = SandboxService::DefaultSecretId;
    config.secretKey = SandboxService::DefaultSecretKey;
    return config;
}

// The action that creates instances: RunInstancesHour (API 2.0), RunInstances (API 3.0).
inline QString createAction(ApiConfig::Version version)
{
    return version == ApiConfig::Version::V3 ? QStringLiteral("RunInstances")
                                             : QStringLiteral("RunInstancesHour");
}

// One instance in 广州三区 (ap-guangzhou-3) with a 50 GB cloud data disk and 1 Mbps, no login
// chosen yet. API 2.0: the seed's CVM.S1 (1 CPU, 2 GB), basic network. API 3.0: what today's
// world sells there (cvm-api-v3-today.md §0): S5.SMALL2 (1 CPU, 2 GB), CLOUD_PREMIUM system and
// data disks, in the sandbox's VPC vpc-2ari9m7h and its 广州三区 subnet.
inline SpecBuilder spec(ApiConfig::Version version)
{
    SpecBuilder builder;
    builder.bandwidth(1);
    if (version == ApiConfig::Version::V2)
        return builder.dataDisk(2, 50);
    return builder.instance(QStringLiteral("S5.SMALL2"), 1, 2)
        .vpc(QStringLiteral("vpc-2ari9m7h"), QStringLiteral("subnet-ls9zm1zp"))
        .systemDisk(QStringLiteral("CLOUD_PREMIUM"))
        .cloudDataDisk(QStringLiteral("CLOUD_PREMIUM"), 50);
}

// Lets the sandbox's account hold `instances` live instances on either protocol: the store's
// account quota and API 3.0's pay-by-hour quota per zone (30 by default, as a new account has).
inline void allowInstances(SandboxService &sandbox, int instances)
{
    sandbox.store().setQuota(instances);
    sandbox.v3World().setQuotaPerZone(instances);
}

} // namespace DrillProtocol
