// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <deque>
#include <functional>

// Keeps the app under the service's request rate, per (account, action), so that no launch or
// poll round can earn RequestLimitExceeded / 4400 by itself. Tencent Cloud counts "API + access
// region + sub-account" (https://cloud.tencent.com/document/product/1278/109059), by the time a
// request arrives: RunInstances allows 10 a second
// (https://www.tencentcloud.com/document/api/213/33237), DescribeInstances 20 (the same page's
// example; one account was seen limited near 40, so 20 is kept). Actions not in the table get
// DefaultPerSecond.
//
// Each (account, action) is a token bucket holding one token, refilled every 1/rate s: requests
// leave evenly spaced, never two within 1/rate s of each other by reservation, and a last check
// at the moment of sending (on the requests really sent) keeps every 1-second window at or under
// the rate even when the event loop wakes a request late. Spacing rather than bursts, because the
// service counts arrivals and the network may bunch a burst up further.
//
// Thread-safe. Callers: RetryingCall, for every attempt of every request of both protocols.
class RatePacer
{
public:
    static constexpr int DefaultPerSecond = 10;
    static constexpr qint64 WindowNs = 1000000000; // the service counts per second
    // Slack on the window for the time between the last check and the request leaving (signing,
    // a busy or preempted thread: 2 ms was seen to be too little on a loaded machine) and for
    // some of the network's jitter: the pace is 2.5 % under the rate.
    static constexpr qint64 GuardNs = 25000000; // 25 ms

    // `clockNs`: a monotonic clock in ns; the default is a QElapsedTimer's. Tests pass their own.
    explicit RatePacer(std::function<qint64()> clockNs = {});

    // The one pacer of the process: every CloudApi of an account shares its buckets.
    static RatePacer &shared();

    // Requests a second the pacer allows for `action` (e.g. 10 for "RunInstances").
    static int ratePerSecond(const QString &action);

    // Reserves the next free slot for one request; returns ns from now until it (0: now). The
    // caller waits that long, then calls release() before sending. A slot whose request is
    // cancelled meanwhile stays used: the pace errs on the slow side.
    qint64 reserve(const QString &account, const QString &action);
    // The request is about to leave: returns 0 and counts it as sent, or, when sending now would
    // put more than the rate into the last second (the caller woke early or others were late),
    // the ns to wait before asking again.
    qint64 release(const QString &account, const QString &action);

    qint64 nowNs() const { return m_clock(); }

private:
    struct Bucket
    {
        qint64 nextSlotNs = 0;   // when the next reservation may go out
        std::deque<qint64> sent; // the last `rate` send times, oldest first
    };
    Bucket &bucket(const QString &account, const QString &action);

    QMutex m_mutex;
    QHash<QString, Bucket> m_buckets; // by account + '\n' + action
    std::function<qint64()> m_clock;
};
