// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/ratelimiter.h"

#include <algorithm>

RateLimiter::RateLimiter()
{
    m_started.start();
    m_clock = [this] { return m_started.elapsed(); };
}

int RateLimiter::serviceRate(const QString &action)
{
    // API 2.0 names first map to their API 3.0 successors, then the documented rates apply.
    static const QHash<QString, QString> successors = {
        {QStringLiteral("RunInstancesHour"), QStringLiteral("RunInstances")},
        {QStringLiteral("ReturnInstance"), QStringLiteral("TerminateInstances")},
        {QStringLiteral("InquiryInstancePriceHour"), QStringLiteral("InquiryPriceRunInstances")}};
    static const QHash<QString, int> rates = {{QStringLiteral("RunInstances"), 10},
                                              {QStringLiteral("DescribeInstances"), 40},
                                              {QStringLiteral("TerminateInstances"), 10}};
    return rates.value(successors.value(action, action), DefaultRate);
}

void RateLimiter::setRate(const QString &action, int perSecond)
{
    m_rates.insert(action, std::max(1, perSecond));
    const QString suffix = u'\n' + action;
    m_buckets.removeIf([&](const auto &entry) { return entry.key().endsWith(suffix); });
}

int RateLimiter::rate(const QString &action) const
{
    return m_rates.value(action, serviceRate(action));
}

bool RateLimiter::tryAcquire(const QString &secretId, const QString &action)
{
    if (!m_enabled)
        return true;
    const int perSecond = rate(action);
    const qint64 now = m_clock();
    const QString key = secretId + u'\n' + action;
    auto found = m_buckets.find(key);
    if (found == m_buckets.end())
        found = m_buckets.insert(key, Bucket{double(perSecond), now});
    Bucket &bucket = *found;
    // A clock that goes backwards (a test's) refills nothing rather than a negative amount.
    const qint64 elapsed = std::max<qint64>(0, now - bucket.lastMs);
    bucket.tokens = std::min(double(perSecond), bucket.tokens + elapsed * perSecond / 1000.0);
    bucket.lastMs = now;
    if (bucket.tokens < 1.0) {
        ++m_refusals[action];
        return false;
    }
    bucket.tokens -= 1.0;
    return true;
}
