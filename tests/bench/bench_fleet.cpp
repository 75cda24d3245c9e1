// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// The fleet on API 3.0: 10,000 instances tracked through V3CloudApi (RatePacer on, the sandbox's
// own rate limiter on, as on the real service) against a sandbox on a thread of its own, with
// the instances table (InstanceModel behind a sorted QTableView) on this, the GUI, thread.
// One poll round is measured:
// - the DescribeInstances requests sent (100 ids per request: must be 100);
// - its wall time;
// - the longest the GUI thread was blocked during it: a 1 ms precise timer's worst lateness
//   (goal: at most 16 ms, one frame);
// - resident memory (VmRSS) before the table got its 10,000 rows and after the round, the
//   difference being the client's cost of the fleet (goal: at most 40 MiB over the floor; the
//   sandbox's own instances are in the baseline, since they live in this process too);
// - and, apart, a live offer of 500 instance types: DescribeZoneInstanceConfigInfos parsed into
//   a ZoneOffer (goal: at most 50 ms after the answer).
// A plain timed program: each figure is one event. It prints Markdown rows for
// docs/benchmarks.md and fails when a goal is missed.
#include "api/ratepacer.h"
#include "api/v3/v3cloudapi.h"
#include "api/v3/v3offerparser.h"
#include "benchsupport.h"
#include "launch/instancemodel.h"
#include "launch/statustracker.h"
#include "sandbox/instancestore.h"
#include "sandboxthread.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

using BenchSupport::CountingTransport;

constexpr int Instances = 10000;
constexpr int OfferTypes = 500;
constexpr qint64 BlockGoalMs = 16;
constexpr double MemoryGoalMiB = 40;
constexpr double OfferGoalMs = 50;

// VmRSS of this process in MiB, from /proc/self/status; -1 when it cannot be read.
double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// The worst lateness of a 1 ms timer while it runs: how long the thread could not get to it,
// when that was (ms after start()) and how many times it was late by more than a frame.
class LatencyProbe
{
public:
    LatencyProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { note(m_clock.restart() - 1); });
    }
    void start()
    {
        m_worst = 0;
        m_overFrame = 0;
        m_clock.start();
        m_since.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        note(m_clock.elapsed() - 1);
        return m_worst;
    }
    qint64 worstAtMs() const { return m_worstAt; }
    int overFrame() const { return m_overFrame; }

private:
    void note(qint64 lateMs)
    {
        if (lateMs > BlockGoalMs)
            ++m_overFrame;
        if (lateMs > m_worst) {
            m_worst = lateMs;
            m_worstAt = m_since.elapsed() - lateMs;
        }
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    QElapsedTimer m_since;
    qint64 m_worst = 0;
    qint64 m_worstAt = 0;
    int m_overFrame = 0;
};

LaunchSpec fleetSpec(int batch)
{
    LaunchSpec s;
    s.region = QStringLiteral("ap-guangzhou");
    s.zoneId = 100003;
    s.instanceType = QStringLiteral("S5.SMALL2");
    s.cpu = 1;
    s.mem = 2;
    s.imageId = QStringLiteral("img-31tjrtph");
    s.imageType = LaunchSpec::PublicImage;
    s.keyId = QStringLiteral("skey-5kfo2sqr");
    s.goodsNum = 100;
    s.instanceName = QStringLiteral("fleet");
    s.clientToken = QStringLiteral("fleet-%1").arg(batch);
    return s;
}

// The journal's view of the fleet: one launch of 100 answered batches.
LaunchRecord fleetLaunch(const QStringList &ids)
{
    LaunchRecord record;
    record.id = QStringLiteral("fleet-launch");
    record.createdAt = QDateTime::currentDateTimeUtc();
    record.spec = fleetSpec(0);
    record.spec.goodsNum = int(ids.size());
    for (int b = 0; b * 100 < ids.size(); ++b) {
        BatchRecord batch;
        batch.count = 100;
        batch.clientToken = QStringLiteral("fleet-%1").arg(b);
        batch.state = BatchRecord::State::Answered;
        batch.instanceIds = ids.mid(b * 100, 100);
        record.batches << batch;
    }
    return record;
}

// A DescribeZoneInstanceConfigInfos answer listing `count` types (every tenth sold out).
QByteArray offerAnswer(int count)
{
    QJsonArray set;
    for (int i = 0; i < count; ++i) {
        const int cpu = 1 << (i % 7);
        const int memory = cpu * (1 << (i % 4));
        set.append(QJsonObject{
            {QStringLiteral("Zone"), QStringLiteral("ap-guangzhou-3")},
            {QStringLiteral("InstanceType"), QStringLiteral("F%1.SIZE%2").arg(i / 10).arg(i)},
            {QStringLiteral("InstanceFamily"), QStringLiteral("F%1").arg(i / 10)},
            {QStringLiteral("TypeName"), QStringLiteral("标准型F%1").arg(i / 10)},
            {QStringLiteral("InstanceChargeType"), QStringLiteral("POSTPAID_BY_HOUR")},
            {QStringLiteral("Cpu"), cpu},
            {QStringLiteral("Memory"), memory},
            {QStringLiteral("Status"),
             i % 10 == 9 ? QStringLiteral("SOLD_OUT") : QStringLiteral("SELL")},
            {QStringLiteral("StatusCategory"), QStringLiteral("EnoughStock")},
            {QStringLiteral("Price"),
             QJsonObject{{QStringLiteral("UnitPrice"), 0.12 * cpu},
                         {QStringLiteral("UnitPriceDiscount"), 0.1 * cpu},
                         {QStringLiteral("ChargeUnit"), QStringLiteral("HOUR")}}},
            {QStringLiteral("CpuType"), QStringLiteral("Intel Xeon Cascade Lake 8255C")},
            {QStringLiteral("Frequency"), QStringLiteral("2.5GHz/3.1GHz")},
            {QStringLiteral("InstanceBandwidth"), 1.5},
            {QStringLiteral("InstancePps"), 30},
            {QStringLiteral("LocalDiskTypeList"), QJsonArray()},
        });
    }
    const QJsonObject response{{QStringLiteral("InstanceTypeQuotaSet"), set},
                               {QStringLiteral("RequestId"), QStringLiteral("bench")}};
    return QJsonDocument(QJsonObject{{QStringLiteral("Response"), response}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char **argv)
{
    // A window that is drawn but never shown on a screen: the figures are the app's, not a
    // display server's.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);

    SandboxThread sandbox;
    QStringList ids = sandbox.call([](SandboxService &s) {
        s.setRateLimited(true); // the real service's limits (SandboxThread turns them off)
        s.store().setQuota(2 * Instances);
        s.v3World().setQuotaPerZone(2 * Instances);
        s.store().setPendingMs(24 * 60 * 60 * 1000); // they stay 创建中: every id is asked
        QStringList created;
        for (int batch = 0; batch < Instances / 100; ++batch) {
            created += s.store()
                           .create(SandboxService::DefaultSecretId, fleetSpec(batch),
                                   QStringLiteral("RunInstances"))
                           .instanceIds;
        }
        return created;
    });
    if (!sandbox.isListening() || ids.size() != Instances) {
        std::fprintf(stderr, "the sandbox could not be set up (%d instances)\n", int(ids.size()));
        return 2;
    }

    InstanceModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(InstanceModel::SortRole);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(InstanceModel::StatusColumn, Qt::AscendingOrder);
    view.resize(1200, 800);
    view.show();
    QCoreApplication::processEvents();
    const double baselineMiB = residentMiB();

    const ApiConfig config = BenchSupport::sandboxV3Config(sandbox.endpoint());
    CountingTransport transport;
    RatePacer pacer;
    V3CloudApi api(config, &transport);
    api.setPacer(&pacer);
    StatusTracker tracker;
    tracker.setIntervals(60 * 60 * 1000, 60 * 60 * 1000); // rounds only when asked
    tracker.setCloudApi(&api);
    QObject::connect(&tracker, &StatusTracker::instancesUpdated, &model,
                     &InstanceModel::updateInstances);

    // The table gets its rows as the journal gives them at start-up, and the tracker follows
    // them (as LaunchController does then); that is timed apart from the round, whose blocking
    // is the figure.
    QElapsedTimer rowsClock;
    rowsClock.start();
    model.addLaunch(fleetLaunch(ids));
    tracker.follow(ids);
    QCoreApplication::processEvents();
    const double rowsMs = double(rowsClock.nsecsElapsed()) / 1e6;

    LatencyProbe probe;
    probe.start();
    QElapsedTimer wall;
    wall.start();
    QEventLoop loop;
    bool failed = false;
    QObject::connect(&tracker, &StatusTracker::pollFailed, &loop, [&] { failed = true; });
    QObject::connect(&tracker, &StatusTracker::roundFinished, &loop, [&] { loop.quit(); });
    tracker.pollNow();
    loop.exec();
    const double roundMs = double(wall.nsecsElapsed()) / 1e6;
    const qint64 blockedMs = probe.stop();
    QCoreApplication::processEvents();
    const double afterMiB = residentMiB();
    const int requests = int(transport.sent(QStringLiteral("DescribeInstances")).size());
    const int refused = sandbox.call([](SandboxService &s) {
        return s.rateLimiter().refusals(QStringLiteral("DescribeInstances"));
    });

    const QByteArray offer = offerAnswer(OfferTypes);
    QElapsedTimer offerClock;
    offerClock.start();
    const auto parsed = V3OfferParser::describeZoneInstanceConfigInfos(offer);
    const double offerMs = double(offerClock.nsecsElapsed()) / 1e6;
    const bool offerOk = parsed.ok() && parsed.value->size() == OfferTypes;

    const double costMiB = afterMiB - baselineMiB;
    const bool ok =
        !failed && requests == Instances / 100 && refused == 0 && model.rowCount() == Instances;
    out << "| Figure | Measured | Goal |\n|---|---|---|\n";
    out << QStringLiteral("| 10,000-instance poll round (API 3.0): DescribeInstances sent | %1 | "
                          "100 |\n")
               .arg(requests);
    out << QStringLiteral("| ... RequestLimitExceeded from the sandbox's limiter | %1 | 0 |\n")
               .arg(refused);
    out << QStringLiteral("| ... wall time | %1 ms | (paced at 20/s: about 5 s) |\n")
               .arg(roundMs, 0, 'f', 0);
    out << QStringLiteral("| ... longest GUI-thread block (1 ms timer lateness) | %1 ms | ≤ %2 ms "
                          "|\n")
               .arg(blockedMs)
               .arg(BlockGoalMs);
    out << QStringLiteral("| ... when the longest block began; blocks over %1 ms | at %2 ms; %3 | "
                          "|\n")
               .arg(BlockGoalMs)
               .arg(probe.worstAtMs())
               .arg(probe.overFrame());
    out << QStringLiteral("| 10,000 rows added to the table and followed at start-up (one block) | "
                          "%1 ms | |\n")
               .arg(rowsMs, 0, 'f', 0);
    out << QStringLiteral("| Resident memory before the rows / with 10,000 rows | %1 / %2 MiB | "
                          "|\n")
               .arg(baselineMiB, 0, 'f', 1)
               .arg(afterMiB, 0, 'f', 1);
    out << QStringLiteral("| ... the fleet's cost (difference) | %1 MiB | ≤ %2 MiB |\n")
               .arg(costMiB, 0, 'f', 1)
               .arg(MemoryGoalMiB, 0, 'f', 0);
    out << QStringLiteral("| Live offer of 500 types: DescribeZoneInstanceConfigInfos parsed | "
                          "%1 ms | ≤ %2 ms |\n")
               .arg(offerMs, 0, 'f', 1)
               .arg(OfferGoalMs, 0, 'f', 0);
    out.flush();
    const bool goals =
        blockedMs <= BlockGoalMs && costMiB <= MemoryGoalMiB && offerMs <= OfferGoalMs && offerOk;
    if (!goals)
        std::fprintf(stderr, "bench_fleet: a goal was missed (see the table)\n");
    if (!ok)
        std::fprintf(stderr, "bench_fleet: the round did not complete as it should\n");
    return ok ? (goals ? 0 : 3) : 1;
}
