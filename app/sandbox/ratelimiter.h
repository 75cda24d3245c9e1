// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <functional>

// The service's request-rate limit, per (SecretId, action), as a token bucket: each action has a
// rate in requests per second, a bucket holds at most one second's worth and refills
// continuously, and a request that finds the bucket empty is refused (API 3.0
// `RequestLimitExceeded`, API 2.0 code 4400) without being carried out.
//
// Rates, requests per second: RunInstances 10, DescribeInstances 40, TerminateInstances 10, every
// other action 20. The first three are the "默认接口请求频率限制" of those actions' pages in the
// API 3.0 reference (cloud.tencent.com/document/api/213/15730, /15728, /15723) as this project
// recorded them; 20/s is the figure most other cvm and vpc pages give, used where the sandbox
// quotes no page. API 2.0 actions take the rate of their API 3.0 successor (RunInstancesHour ->
// RunInstances, ReturnInstance -> TerminateInstances, InquiryInstancePriceHour ->
// InquiryPriceRunInstances), per the migration map (document/product/1278/85298). Enabled by
// default, as on the real service; tests that burst switch it off
// (SandboxService::setRateLimited).
class RateLimiter
{
public:
    static constexpr int DefaultRate = 20; // requests per second

    RateLimiter();

    // The real service's rate for an action of either protocol, requests per second.
    static int serviceRate(const QString &action);

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    // Overrides the rate of one action (requests per second, 1 or more); resets its buckets.
    void setRate(const QString &action, int perSecond);
    int rate(const QString &action) const;

    // Takes one request of `action` by `secretId` out of its bucket: false when the bucket is
    // empty (refuse the request). Always true while disabled.
    bool tryAcquire(const QString &secretId, const QString &action);

    // How many requests of `action` were refused since the start or the last resetRefusals(),
    // for every account: what a benchmark compares with the client's pacing.
    int refusals(const QString &action) const { return m_refusals.value(action); }
    void resetRefusals() { m_refusals.clear(); }

    // Tests may replace the monotonic clock (milliseconds; only differences matter).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMs = 0;
    };

    bool m_enabled = true;
    QHash<QString, int> m_rates;      // overrides by action
    QHash<QString, Bucket> m_buckets; // by secretId + '\n' + action
    QHash<QString, int> m_refusals;   // by action
    QElapsedTimer m_started;
    std::function<qint64()> m_clock;
};
