// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "validation/validator.h"

#include <benchmark/benchmark.h>

// The budget is 20 µs median per validate() on a full spec: the wizard runs it on every
// keystroke and the sandbox on every request.

namespace {

LaunchSpec fullSpec()
{
    LaunchSpec s;
    s.region = QStringLiteral("ap-guangzhou");
    s.zoneId = 100003;
    s.instanceType = QStringLiteral("CVM.S2");
    s.cpu = 8;
    s.mem = 32;
    s.imageId = QStringLiteral("img-31tjrtph");
    s.imageType = LaunchSpec::PublicImage;
    s.bandwidthType = LaunchSpec::PayByTraffic;
    s.bandwidth = 10;
    s.wanIp = true;
    s.vpcId = QStringLiteral("vpc-abc12345");
    s.subnetId = QStringLiteral("subnet-xyz98765");
    s.isVpcGateway = true;
    s.storageType = 4;
    s.storageSize = 500;
    s.rootSize = 50;
    s.goodsNum = 10;
    s.password = QStringLiteral("Abcdefgh1234!");
    s.projectId = 1002;
    s.clientToken = QStringLiteral("9b2f6e0c-6f3a-4a55-9a52-1d9c5f4a0b11");
    s.instanceName = QStringLiteral("构建机-01");
    return s;
}

ValidationContext fullContext()
{
    ValidationContext c;
    c.imageOs = OsFamily::Linux;
    QList<Subnet> subnets;
    for (int i = 0; i < 8; ++i) {
        Subnet s;
        s.subnetId = i == 0 ? QStringLiteral("subnet-xyz98765")
                            : QStringLiteral("subnet-%1").arg(i, 8, 10, QLatin1Char('0'));
        s.vpcId = QStringLiteral("vpc-abc12345");
        s.zoneIds = {100003};
        subnets << s;
    }
    c.subnets = subnets;
    return c;
}

void validSpec(benchmark::State &state)
{
    const Catalog &catalog = Catalog::builtIn();
    const LaunchSpec spec = fullSpec();
    const ValidationContext context = fullContext();
    for (auto _ : state) {
        Findings f = Validator::validate(spec, catalog, context);
        benchmark::DoNotOptimize(f);
    }
}

// The wizard's worst ordinary case: several fields wrong at once, each with a hint.
void specWithErrors(benchmark::State &state)
{
    const Catalog &catalog = Catalog::builtIn();
    LaunchSpec spec = fullSpec();
    spec.instanceType = QStringLiteral("CVM.M2");
    spec.cpu = 4;
    spec.mem = 16;
    spec.storageSize = 105;
    spec.rootSize = 45;
    spec.password = QStringLiteral("abcdefgh");
    spec.goodsNum = 0;
    const ValidationContext context = fullContext();
    for (auto _ : state) {
        Findings f = Validator::validate(spec, catalog, context);
        benchmark::DoNotOptimize(f);
    }
}

} // namespace

BENCHMARK(validSpec);
BENCHMARK(specWithErrors);
BENCHMARK_MAIN();
