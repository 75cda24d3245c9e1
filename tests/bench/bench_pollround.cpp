// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// One StatusTracker poll round for 1,000 tracked instances against the sandbox over loopback
// (V2CloudApi, NetworkTransport, real HTTP): at most 100 ids a request, so 10 requests a round.
// The sandbox runs in this process and on this thread, so a round's time includes the service's
// own work; the counters give the requests the tracker made and those the sandbox saw.
#include "api/networktransport.h"
#include "api/v2/v2cloudapi.h"
#include "launch/statustracker.h"
#include "sandbox/faultinjector.h"
#include "sandbox/instancestore.h"
#include "sandbox/sandboxservice.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <benchmark/benchmark.h>

namespace {

constexpr int Tracked = 1000;
constexpr int CounterStart = 1000000;

LaunchSpec batchSpec(int batch)
{
    LaunchSpec s;
    s.region = QStringLiteral("ap-guangzhou");
    s.zoneId = 100003;
    s.cpu = 1;
    s.mem = 2;
    s.imageId = QStringLiteral("img-31tjrtph");
    s.imageType = LaunchSpec::PublicImage;
    s.storageType = 2;
    s.storageSize = 50;
    s.bandwidth = 1;
    s.goodsNum = 100;
    s.keyId = QStringLiteral("skey-5kfo2sqr");
    s.instanceName = QStringLiteral("bench");
    s.clientToken = QStringLiteral("bench-%1").arg(batch);
    return s;
}

// Every DescribeInstances request consumes one occurrence of this zero-latency rule.
int describeRequestsSeen(SandboxService &sandbox)
{
    for (const FaultRule &rule : sandbox.faults().rules()) {
        if (rule.kind == FaultRule::Kind::Latency && rule.latencyMs == 0)
            return CounterStart - rule.remaining;
    }
    return -1;
}

void pollRound1000(benchmark::State &state)
{
    SandboxService sandbox;
    sandbox.setRateLimited(false); // a poll round of 10 DescribeInstances, repeated back to back
    sandbox.store().setQuota(2 * Tracked);
    sandbox.store().setPendingMs(24 * 60 * 60 * 1000); // they stay 创建中: nothing settles
    QStringList ids;
    for (int batch = 0; batch < Tracked / 100; ++batch)
        ids += sandbox.store()
                   .create(SandboxService::DefaultSecretId, batchSpec(batch),
                           QStringLiteral("RunInstancesHour"))
                   .instanceIds;
    if (ids.size() != Tracked || !sandbox.start()) {
        state.SkipWithError("the sandbox could not be set up");
        return;
    }
    FaultRule counter;
    counter.kind = FaultRule::Kind::Latency;
    counter.action = QStringLiteral("DescribeInstances");
    counter.remaining = CounterStart;
    sandbox.faults().addRule(counter);

    ApiConfig config;
    config.endpoint = sandbox.endpoint();
    config.secretId = SandboxService::DefaultSecretId;
    config.secretKey = SandboxService::DefaultSecretKey;
    NetworkTransport transport;
    V2CloudApi api(config, &transport);
    StatusTracker tracker;
    tracker.setCloudApi(&api);
    tracker.setIntervals(60 * 60 * 1000, 60 * 60 * 1000); // rounds only when asked
    tracker.follow(ids);

    QEventLoop loop;
    int requests = 0;
    QObject::connect(&tracker, &StatusTracker::roundFinished, &loop, [&](int n, bool) {
        requests = n;
        loop.quit();
    });
    QObject::connect(&tracker, &StatusTracker::pollFailed, &loop, [&](const QString &message) {
        state.SkipWithError(qPrintable(message));
        loop.quit();
    });
    // One unmeasured round: connections opened, first answers (everything "changed").
    tracker.pollNow();
    loop.exec();

    const int seenBefore = describeRequestsSeen(sandbox);
    int rounds = 0;
    for (auto _ : state) {
        tracker.pollNow();
        loop.exec();
        ++rounds;
    }
    state.counters["requests_per_round"] = requests;
    state.counters["sandbox_requests_per_round"] =
        rounds ? double(describeRequestsSeen(sandbox) - seenBefore) / rounds : 0.0;
    if (requests !=
        (Tracked + StatusTracker::MaxIdsPerRequest - 1) / StatusTracker::MaxIdsPerRequest)
        state.SkipWithError("a round did not take 10 requests");
}

} // namespace

BENCHMARK(pollRound1000)->Unit(benchmark::kMillisecond)->MinTime(1.0);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
