// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/ratepacer.h"
#include "api/v3/v3cloudapi.h"
#include "faketransport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTest>

#include <algorithm>

namespace {

constexpr qint64 Ms = 1000000;

// The most requests whose times (ns, sorted) fall in any half-open window of one second, less
// `slackNs`: the times are taken after the pacer's check, and a loaded machine may preempt the
// thread in between for longer than the pacer's guard.
int busiestSecond(QList<qint64> times, qint64 slackNs = 0)
{
    std::sort(times.begin(), times.end());
    int best = 0;
    qsizetype first = 0;
    for (qsizetype last = 0; last < times.size(); ++last) {
        while (times.at(last) - times.at(first) >= RatePacer::WindowNs - slackNs)
            ++first;
        best = std::max(best, int(last - first + 1));
    }
    return best;
}

} // namespace

class TestRatePacer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ratesFromTheTable()
    {
        QCOMPARE(RatePacer::ratePerSecond(QStringLiteral("RunInstances")), 10);
        QCOMPARE(RatePacer::ratePerSecond(QStringLiteral("RunInstancesHour")), 10);
        QCOMPARE(RatePacer::ratePerSecond(QStringLiteral("DescribeInstances")), 20);
        QCOMPARE(RatePacer::ratePerSecond(QStringLiteral("DescribeZones")),
                 RatePacer::DefaultPerSecond);
    }

    // Ten batches of a 1,000-instance launch leave evenly spaced: the eleventh request is a
    // whole second (and the guard) after the first.
    void reservationsAreEvenlySpaced()
    {
        qint64 now = 0;
        RatePacer pacer([&now] { return now; });
        const QString run = QStringLiteral("RunInstances");
        const qint64 spacing = (RatePacer::WindowNs + RatePacer::GuardNs) / 10;
        for (int i = 0; i < 11; ++i)
            QCOMPARE(pacer.reserve(QStringLiteral("AKIDa"), run), i * spacing);
        QVERIFY(10 * spacing >= RatePacer::WindowNs);
        // Time passes: the next slot is after the last one, not before.
        now = 2000 * Ms;
        QCOMPARE(pacer.reserve(QStringLiteral("AKIDa"), run), 0);
        QCOMPARE(pacer.reserve(QStringLiteral("AKIDa"), run), spacing);
    }

    void accountsAndActionsHaveTheirOwnBuckets()
    {
        qint64 now = 0;
        RatePacer pacer([&now] { return now; });
        QCOMPARE(pacer.reserve(QStringLiteral("AKIDa"), QStringLiteral("RunInstances")), 0);
        QCOMPARE(pacer.reserve(QStringLiteral("AKIDb"), QStringLiteral("RunInstances")), 0);
        QCOMPARE(pacer.reserve(QStringLiteral("AKIDa"), QStringLiteral("DescribeInstances")), 0);
        QVERIFY(pacer.reserve(QStringLiteral("AKIDa"), QStringLiteral("RunInstances")) > 0);
    }

    // The last check counts what really left: a caller that woke early (or others that were
    // late) cannot put an eleventh RunInstances into one second.
    void releaseHoldsTheEleventhRequestOfASecond()
    {
        qint64 now = 0;
        RatePacer pacer([&now] { return now; });
        const QString run = QStringLiteral("RunInstances");
        for (int i = 0; i < 10; ++i) {
            now = i * Ms;
            QCOMPARE(pacer.release(QStringLiteral("AKIDa"), run), 0);
        }
        now = 500 * Ms;
        QCOMPARE(pacer.release(QStringLiteral("AKIDa"), run),
                 RatePacer::WindowNs + RatePacer::GuardNs - 500 * Ms);
        now = RatePacer::WindowNs + RatePacer::GuardNs;
        QCOMPARE(pacer.release(QStringLiteral("AKIDa"), run), 0);
        QVERIFY(pacer.release(QStringLiteral("AKIDa"), run) > 0); // the second one's window
        QCOMPARE(pacer.release(QStringLiteral("AKIDb"), run), 0);
    }

    // Through a backend: 45 DescribeInstances and 15 DescribeZones started at once never exceed
    // 20 and 10 in any second, and still finish at that pace, not slower.
    void aBackendKeepsToThePace()
    {
        QElapsedTimer clock;
        clock.start();
        QHash<QString, QList<qint64>> sent;
        FakeTransport transport;
        transport.setHandler([&](const TransportRequest &request) {
            sent[request.action] << clock.nsecsElapsed();
            if (request.action == QLatin1String("DescribeZones"))
                return FakeResponse::json(
                    R"({"Response":{"TotalCount":0,"ZoneSet":[],"RequestId":"r"}})");
            return FakeResponse::json(
                R"({"Response":{"TotalCount":0,"InstanceSet":[],"RequestId":"r"}})");
        });
        ApiConfig config;
        config.version = ApiConfig::Version::V3;
        config.endpoint = QUrl(QStringLiteral("http://127.0.0.1:9"));
        config.secretId = QStringLiteral("AKIDpacingtest");
        config.secretKey = QStringLiteral("not-a-real-key");
        RatePacer pacer;
        V3CloudApi api(config, &transport);
        api.setPacer(&pacer);
        int answered = 0;
        for (int i = 0; i < 45; ++i)
            api.describeInstances({QStringLiteral("ins-%1").arg(i)}, 0, 1, this,
                                  [&answered](const ApiResult<InstancePage> &) { ++answered; });
        for (int i = 0; i < 15; ++i)
            api.describeZones(this, [&answered](const ApiResult<QList<Zone>> &) { ++answered; });
        QTRY_COMPARE_WITH_TIMEOUT(answered, 60, 10000);
        QCOMPARE(sent.value(QStringLiteral("DescribeInstances")).size(), 45);
        QCOMPARE(sent.value(QStringLiteral("DescribeZones")).size(), 15);
        const qint64 slack = 50 * Ms;
        const int describes = busiestSecond(sent.value(QStringLiteral("DescribeInstances")), slack);
        const int zones = busiestSecond(sent.value(QStringLiteral("DescribeZones")), slack);
        QVERIFY2(describes <= 20 && describes >= 15, qPrintable(QString::number(describes)));
        QVERIFY2(zones <= 10 && zones >= 7, qPrintable(QString::number(zones)));
        // 45 at 20 a second: the last leaves after about 2.2 s, not much later.
        const qint64 last = sent.value(QStringLiteral("DescribeInstances")).constLast();
        QVERIFY2(last >= 2200 * Ms && last < 4000 * Ms, qPrintable(QString::number(last / Ms)));
        // Unpaced, the same 45 leave at once: the pacing above is what kept them apart.
        sent.clear();
        api.setPacer(nullptr);
        answered = 0;
        for (int i = 0; i < 45; ++i)
            api.describeInstances({QStringLiteral("ins-%1").arg(i)}, 0, 1, this,
                                  [&answered](const ApiResult<InstancePage> &) { ++answered; });
        QTRY_COMPARE(answered, 45);
        QCOMPARE(busiestSecond(sent.value(QStringLiteral("DescribeInstances"))), 45);
    }
};

QTEST_GUILESS_MAIN(TestRatePacer)
#include "tst_ratepacer.moc"
