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
    double delay = std::min(exponential, double(std::max(0, maxDelayMs)));
    const double r = random ? random() : QRandomGenerator::global()->generateDouble();
    const double j = std::clamp(jitter, 0.0, 1.0);
    delay = delay * (1.0 - j) + delay * j * std::clamp(r, 0.0, 1.0);
    if (error.verdict == ApiError::Verdict::RetryAfterPause)
        delay = std::max(delay, double(pauseDelayMs));
    return int(std::lround(delay));
}
