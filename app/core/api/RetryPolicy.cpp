#include "api/RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

std::optional<qint64> RetryPolicy::nextDelay(const ApiError &error, int retriesSoFar, bool textReceived) const
{
    if (textReceived || retriesSoFar >= maxRetries)
        return std::nullopt;

    using Kind = ApiError::Kind;
    switch (error.kind()) {
    case Kind::RateLimited:
        if (error.retryAfterMs())
            return std::min(*error.retryAfterMs(), retryAfterCapMs);
        break; // no hint: back off like any other transient error
    case Kind::Server:
    case Kind::Network:
    case Kind::Timeout:
        break;
    default:
        return std::nullopt;
    }

    // "Equal jitter": half the exponential step fixed, half random, so retries from many
    // clients spread out but never collapse to zero.
    const double step = std::min<double>(maxDelayMs, baseDelayMs * std::pow(2.0, retriesSoFar));
    const double unit = random ? random() : QRandomGenerator::global()->generateDouble();
    return qint64(step / 2 + unit * step / 2);
}
