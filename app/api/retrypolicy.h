// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/apierror.h"

#include <functional>

// When and how long to wait before trying a failed call again. Only errors whose verdict is not
// Final are retried. The delay d of attempt n (1 is the first retry) is min(cap, base * 2^(n-1));
// an outcome-unknown error (Retryable) waits a random time in [d * (1 - jitter), d]. A "not now"
// error (RetryAfterPause) waits at least pauseDelayMs: with f = max(d, pauseDelayMs), a random
// time in [f, f * (1 + jitter)], so the floor does not wipe out the jitter and rate-limited
// clients do not come back in step. All delays in ms. The caller keeps the clientToken across
// attempts.
class RetryPolicy
{
public:
    int maxAttempts = 4;     // attempts in all, the first one included; 1 = never retry
    int baseDelayMs = 500;   // before the first retry
    int maxDelayMs = 8000;   // cap on any single delay
    int pauseDelayMs = 5000; // minimum wait after a RetryAfterPause error (rate limit)
    double jitter = 0.5;     // 0 = fixed delays; the share of a delay that is random

    static RetryPolicy never()
    {
        RetryPolicy p;
        p.maxAttempts = 1;
        return p;
    }

    // `failedAttempts` counts the attempts made so far (>= 1). Returns the delay in ms before the
    // next attempt, or -1 when the call must give up with `error`.
    int nextDelayMs(int failedAttempts, const ApiError &error) const;

    // Source of randomness in [0, 1); replaceable in tests. Defaults to QRandomGenerator.
    std::function<double()> random;
};
