// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/ratepacer.h"

#include <QElapsedTimer>
#include <QMutexLocker>

#include <algorithm>

namespace {

struct Rate
{
    const char *action;
    int perSecond;
};

// Documented (or observed) limits per action; see the class comment for the sources. API 2.0's
// RunInstancesHour has no preserved figure: it gets its successor's.
constexpr Rate Rates[] = {
    {"RunInstances", 10},
    {"RunInstancesHour", 10},
    {"DescribeInstances", 20},
};

} // namespace

RatePacer::RatePacer(std::function<qint64()> clockNs)
    : m_clock(std::move(clockNs))
{
    if (!m_clock) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_clock = [timer] { return timer->nsecsElapsed(); };
    }
}

RatePacer &RatePacer::shared()
{
    static RatePacer pacer;
    return pacer;
}

int RatePacer::ratePerSecond(const QString &action)
{
    for (const Rate &rate : Rates) {
        if (action == QLatin1String(rate.action))
            return rate.perSecond;
    }
    return DefaultPerSecond;
}

RatePacer::Bucket &RatePacer::bucket(const QString &account, const QString &action)
{
    return m_buckets[account + u'\n' + action];
}

qint64 RatePacer::reserve(const QString &account, const QString &action)
{
    // A whole window (and the guard) across `rate` slots: release() then never has to hold a
    // request that kept its slot.
    const qint64 spacing = (WindowNs + GuardNs) / ratePerSecond(action);
    QMutexLocker lock(&m_mutex);
    Bucket &b = bucket(account, action);
    const qint64 now = m_clock();
    const qint64 slot = std::max(now, b.nextSlotNs);
    b.nextSlotNs = slot + spacing;
    return slot - now;
}

qint64 RatePacer::release(const QString &account, const QString &action)
{
    const size_t rate = size_t(ratePerSecond(action));
    QMutexLocker lock(&m_mutex);
    Bucket &b = bucket(account, action);
    const qint64 now = m_clock();
    if (b.sent.size() >= rate) {
        // The request `rate` sends ago must be a whole window (and the guard) in the past.
        const qint64 free = b.sent.front() + WindowNs + GuardNs;
        if (now < free)
            return free - now;
        b.sent.pop_front();
    }
    b.sent.push_back(now);
    return 0;
}
