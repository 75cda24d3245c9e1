// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// The client's pace against the in-process sandbox over loopback (V3CloudApi, NetworkTransport,
// real HTTP): a 1,000-instance launch (10 RunInstances of 100) and a 10,000-instance poll round
// (one StatusTracker round: 100 DescribeInstances of 100 ids), each once through the RatePacer
// and once unpaced for comparison, against the sandbox's own rate limiter (on, as on the real
// service: RunInstances 10 a second, DescribeInstances 40, per account). Two figures per run:
// the requests counted on the client side as they enter the Transport (the busiest 1-second
// window must stay at or under the pacer's rate, 10 and 20 a second), and the requests the
// sandbox refused with RequestLimitExceeded (a paced run must have none). Either failing fails
// the program. The launches use today's world (S5.SMALL2, CLOUD_PREMIUM disks), with the zone's
// quota raised to hold them. A plain timed program: each scenario is one event, not a loop.
#include "api/ratepacer.h"
#include "api/v3/v3cloudapi.h"
#include "benchsupport.h"
#include "launch/statustracker.h"
#include "sandbox/instancestore.h"
#include "sandbox/sandboxservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace {

using BenchSupport::CountingTransport;

constexpr int LaunchInstances = 1000;
constexpr int PolledInstances = 10000;

int busiestSecond(QList<qint64> times)
{
    std::sort(times.begin(), times.end());
    int best = 0;
    qsizetype first = 0;
    for (qsizetype last = 0; last < times.size(); ++last) {
        while (times.at(last) - times.at(first) >= RatePacer::WindowNs)
            ++first;
        best = std::max(best, int(last - first + 1));
    }
    return best;
}

LaunchSpec launchSpec(int batch)
{
    LaunchSpec s;
    s.region = QStringLiteral("ap-guangzhou");
    s.zoneId = 100003;
    s.instanceType = QStringLiteral("S5.SMALL2"); // sold in ap-guangzhou-3 (v3world.json)
    s.cpu = 1;
    s.mem = 2;
    s.imageId = QStringLiteral("img-31tjrtph");
    s.imageType = LaunchSpec::PublicImage;
    s.dataDisks = {{QStringLiteral("CLOUD_PREMIUM"), 50}};
    s.bandwidth = 1;
    s.goodsNum = 100;
    s.password = QStringLiteral("Sandbox123!");
    s.instanceName = QStringLiteral("pacing");
    s.clientToken = QStringLiteral("pacing-%1").arg(batch);
    return s;
}

struct Figures
{
    QString scenario;
    QString action;
    int requests = 0;
    int failed = 0;
    int refused = 0; // RequestLimitExceeded answers of the sandbox
    double wallMs = 0;
    int busiest = 0;
    int rate = 0;
    bool paced = true;
};

void report(QTextStream &out, const Figures &f)
{
    const double perSecond = f.wallMs > 0 ? f.requests * 1000.0 / f.wallMs : 0;
    out << QStringLiteral("%1 | %2 | %3 | %4 | %5 ms | %6/s | busiest second: %7 (limit %8) | "
                          "RequestLimitExceeded: %10%9\n")
               .arg(f.scenario, -26)
               .arg(f.paced ? QStringLiteral("paced  ") : QStringLiteral("unpaced"))
               .arg(f.action, -17)
               .arg(f.requests)
               .arg(f.wallMs, 0, 'f', 0)
               .arg(perSecond, 0, 'f', 1)
               .arg(f.busiest)
               .arg(f.rate)
               .arg(f.failed ? QStringLiteral(" | %1 failed").arg(f.failed) : QString())
               .arg(f.refused);
    out.flush();
}

Figures launch(SandboxService &sandbox, CountingTransport &transport, const ApiConfig &config,
               RatePacer *pacer, int round)
{
    V3CloudApi api(config, &transport);
    api.setPacer(pacer);
    transport.reset();
    sandbox.rateLimiter().resetRefusals();
    QElapsedTimer wall;
    wall.start();
    QEventLoop loop;
    int answered = 0;
    int failed = 0;
    const int batches = LaunchInstances / 100;
    for (int b = 0; b < batches; ++b) {
        LaunchSpec spec = launchSpec(round * 100 + b);
        api.runInstances(spec, &loop, [&](const ApiResult<QStringList> &result) {
            failed += result.ok() ? 0 : 1;
            if (++answered == batches)
                loop.quit();
        });
    }
    loop.exec();
    Figures f;
    f.scenario = QStringLiteral("1,000-instance launch");
    f.action = QStringLiteral("RunInstances");
    f.requests = int(transport.sent(f.action).size());
    f.failed = failed;
    f.wallMs = double(wall.nsecsElapsed()) / 1e6;
    f.busiest = busiestSecond(transport.sent(f.action));
    f.rate = RatePacer::ratePerSecond(f.action);
    f.paced = pacer != nullptr;
    f.refused = sandbox.rateLimiter().refusals(f.action);
    return f;
}

Figures pollRound(SandboxService &sandbox, CountingTransport &transport, const ApiConfig &config,
                  RatePacer *pacer, const QStringList &ids)
{
    V3CloudApi api(config, &transport);
    api.setPacer(pacer);
    StatusTracker tracker;
    tracker.setIntervals(60 * 60 * 1000, 60 * 60 * 1000); // rounds only when asked
    tracker.setCloudApi(&api);
    tracker.follow(ids);
    transport.reset();
    sandbox.rateLimiter().resetRefusals();
    QElapsedTimer wall;
    wall.start();
    QEventLoop loop;
    int failed = 0;
    QObject::connect(&tracker, &StatusTracker::pollFailed, &loop, [&] { failed = 1; });
    QObject::connect(&tracker, &StatusTracker::roundFinished, &loop, [&] { loop.quit(); });
    tracker.pollNow();
    loop.exec();
    Figures f;
    f.scenario = QStringLiteral("10,000-instance poll round");
    f.action = QStringLiteral("DescribeInstances");
    f.requests = int(transport.sent(f.action).size());
    f.failed = failed;
    f.wallMs = double(wall.nsecsElapsed()) / 1e6;
    f.busiest = busiestSecond(transport.sent(f.action));
    f.rate = RatePacer::ratePerSecond(f.action);
    f.paced = pacer != nullptr;
    f.refused = sandbox.rateLimiter().refusals(f.action);
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    SandboxService sandbox;
    sandbox.store().setQuota(2 * (PolledInstances + 2 * LaunchInstances));
    sandbox.v3World().setQuotaPerZone(2 * (PolledInstances + 2 * LaunchInstances));
    sandbox.store().setPendingMs(24 * 60 * 60 * 1000); // they stay 创建中: every id is asked
    if (!sandbox.isRateLimited()) {
        std::fprintf(stderr, "the sandbox's rate limiter is off; it is on by default\n");
        return 2;
    }
    QStringList ids;
    for (int batch = 0; batch < PolledInstances / 100; ++batch) {
        LaunchSpec spec = launchSpec(10000 + batch);
        spec.password.reset();
        spec.keyId = QStringLiteral("skey-5kfo2sqr");
        ids += sandbox.store()
                   .create(SandboxService::DefaultSecretId, spec, QStringLiteral("RunInstances"))
                   .instanceIds;
    }
    if (ids.size() != PolledInstances || !sandbox.start()) {
        std::fprintf(stderr, "the sandbox could not be set up (%d instances)\n", int(ids.size()));
        return 2;
    }
    const ApiConfig config = BenchSupport::sandboxV3Config(sandbox.endpoint());
    CountingTransport transport;

    // Each scenario gets a fresh pacer, so one does not wait for the other's slots.
    QList<Figures> figures;
    {
        RatePacer pacer;
        figures << launch(sandbox, transport, config, &pacer, 0);
    }
    figures << launch(sandbox, transport, config, nullptr, 1);
    {
        RatePacer pacer;
        figures << pollRound(sandbox, transport, config, &pacer, ids);
    }
    figures << pollRound(sandbox, transport, config, nullptr, ids);

    bool ok = true;
    for (const Figures &f : std::as_const(figures)) {
        report(out, f);
        if (f.failed)
            ok = false;
        if (f.paced && (f.busiest > f.rate || f.refused > 0))
            ok = false;
    }
    out << (ok ? "PASS: the paced runs never exceeded their rate in any 1-second window and "
                 "earned no RequestLimitExceeded\n"
               : "FAIL\n");
    return ok ? 0 : 1;
}
