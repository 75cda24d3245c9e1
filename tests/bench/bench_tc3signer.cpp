// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// API 3.0 signing: one TC3-HMAC-SHA256 signature over a RunInstances-sized JSON body, from the
// canonical request to the Authorization header (what every API 3.0 request costs to sign).
#include "api/v3/tc3signer.h"

#include <benchmark/benchmark.h>

namespace {

void signRunInstances(benchmark::State &state)
{
    const QByteArray payload =
        R"({"InstanceChargeType":"POSTPAID_BY_HOUR","Placement":{"Zone":"ap-guangzhou-3"},)"
        R"("InstanceType":"S5.MEDIUM4","ImageId":"img-31tjrtph","SystemDisk":{"DiskType":)"
        R"("CLOUD_PREMIUM","DiskSize":50},"InternetAccessible":{"InternetChargeType":)"
        R"("TRAFFIC_POSTPAID_BY_HOUR","InternetMaxBandwidthOut":1,"PublicIpAssigned":true},)"
        R"("InstanceCount":2,"InstanceName":"web","LoginSettings":{"KeyIds":["skey-5kfo2sqr"]},)"
        R"("ClientToken":"6f1a3c2e-8a4b-4d7e-9f00-123456789abc"})";
    const QString host = QStringLiteral("cvm.tencentcloudapi.com");
    const QString key = QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3Cozk1qA");
    const qint64 timestamp = 1551113065;
    for (auto _ : state) {
        const QByteArray canonical = Tc3Signer::jsonPostCanonicalRequest(host, payload);
        const QByteArray toSign =
            Tc3Signer::stringToSign(timestamp, QStringLiteral("cvm"), canonical);
        const QByteArray signature =
            Tc3Signer::signature(key, timestamp, QStringLiteral("cvm"), toSign);
        benchmark::DoNotOptimize(Tc3Signer::authorizationHeader(
            QStringLiteral("AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA"), timestamp,
            QStringLiteral("cvm"), QByteArrayLiteral("content-type;host"), signature));
    }
}

} // namespace

BENCHMARK(signRunInstances)->Unit(benchmark::kMicrosecond);
BENCHMARK_MAIN();
