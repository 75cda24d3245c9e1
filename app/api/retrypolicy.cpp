// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

int RetryPolicy::nextDelayMs(int failedAttempts, const ApiError &error) const
{
    if (!error.isRetryable() || failedAttempts < 1 || failedAttempts >= maxAttempts)
        return -1;
    const double exponential =
        double(std::max(0, baseDelayMs)) * std::pow(2.0, double(failedAttempts - 1));
    const double delay = std::min(exponential, double(std::max(0, maxDelayMs)));
    const double r =
        std::clamp(random ? random() : QRandomGenerator::global()->generateDouble(), 0.0, 1.0);
    const double j = std::clamp(jitter, 0.0, 1.0);
    if (error.verdict == ApiError::Verdict::RetryAfterPause) {
        // The floor first, the jitter above it: clamping a jittered delay up to the floor would
        // send every rate-limited client back at exactly the same moment.
        const double floor = std::max(delay, double(std::max(0, pauseDelayMs)));
        return int(std::lround(floor + floor * j * r));
    }
    return int(std::lround(delay * (1.0 - j) + delay * j * r));
}
