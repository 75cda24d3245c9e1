// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "launch/instancemodel.h"

#include <QCoreApplication>
#include <QSortFilterProxyModel>

#include <benchmark/benchmark.h>

namespace {

constexpr int Rows = 10000;
constexpr int Changed = 100;

LaunchRecord bigLaunch()
{
    LaunchRecord record;
    record.id = QStringLiteral("11111111-2222-3333-4444-555555555555");
    record.createdAt = QDateTime::currentDateTimeUtc();
    record.spec.instanceName = QStringLiteral("bench");
    record.spec.cpu = 2;
    record.spec.mem = 4;
    for (int b = 0; b < Rows / 100; ++b) {
        BatchRecord batch;
        batch.count = 100;
        batch.clientToken = QStringLiteral("token-%1").arg(b);
        batch.state = BatchRecord::State::Answered;
        for (int i = 0; i < 100; ++i)
            batch.instanceIds << QStringLiteral("ins-%1").arg(b * 100 + i, 8, 10, QLatin1Char('0'));
        record.batches << batch;
    }
    return record;
}

QList<InstanceInfo> answer(const LaunchRecord &record, bool variant)
{
    QList<InstanceInfo> infos;
    const QStringList ids = record.instanceIds();
    for (int i = 0; i < ids.size(); ++i) {
        InstanceInfo info;
        info.instanceId = ids.at(i);
        info.name = QStringLiteral("bench");
        info.zoneId = 100003;
        info.zoneName = QStringLiteral("广州三区");
        info.cpu = 2;
        info.mem = 4;
        info.lanIp = QStringLiteral("10.0.%1.%2").arg(i / 256).arg(i % 256);
        // 100 rows spread over the table (every 100th) differ between the two variants.
        const bool moves = variant && i % (Rows / Changed) == 0;
        info.state = moves ? InstanceState::Running : InstanceState::Creating;
        infos << info;
    }
    return infos;
}

// One tracker answer of all 10,000 instances, 100 of them changed.
void fullAnswer(benchmark::State &state, bool withProxy)
{
    InstanceModel model;
    QSortFilterProxyModel proxy;
    if (withProxy) {
        proxy.setSourceModel(&model);
        proxy.setSortRole(InstanceModel::SortRole);
        proxy.sort(InstanceModel::StatusColumn);
    }
    const LaunchRecord record = bigLaunch();
    model.addLaunch(record);
    const QList<InstanceInfo> a = answer(record, false);
    const QList<InstanceInfo> b = answer(record, true);
    model.updateInstances(a);
    bool flip = true;
    for (auto _ : state) {
        model.updateInstances(flip ? b : a);
        flip = !flip;
    }
}

// Only the 100 changed instances (what StatusTracker actually emits).
void changedOnly(benchmark::State &state)
{
    InstanceModel model;
    const LaunchRecord record = bigLaunch();
    model.addLaunch(record);
    const QList<InstanceInfo> a = answer(record, false);
    const QList<InstanceInfo> b = answer(record, true);
    model.updateInstances(a);
    QList<InstanceInfo> toB;
    QList<InstanceInfo> toA;
    for (int i = 0; i < Rows; i += Rows / Changed) {
        toB << b.at(i);
        toA << a.at(i);
    }
    bool flip = true;
    for (auto _ : state) {
        model.updateInstances(flip ? toB : toA);
        flip = !flip;
    }
}

} // namespace

BENCHMARK_CAPTURE(fullAnswer, model, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(fullAnswer, sorted_proxy, true)->Unit(benchmark::kMillisecond);
BENCHMARK(changedOnly)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
