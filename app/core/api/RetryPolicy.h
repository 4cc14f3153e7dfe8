#pragma once

#include "api/ApiError.h"

#include <functional>
#include <optional>

// Decides whether a failed attempt is tried again and after how long. Only failures before the
// first byte of text are retried: after text was shown, a new attempt would duplicate it and
// bill twice. 429s wait as long as the provider asks (capped); 5xx, network errors and
// timeouts back off exponentially with jitter; quota, auth and request errors are final.
class RetryPolicy final
{
public:
    int maxRetries = 2;            // retries after the first attempt
    int baseDelayMs = 500;         // first backoff
    int maxDelayMs = 8000;         // backoff ceiling
    qint64 retryAfterCapMs = 120'000; // never wait longer than this for a Retry-After

    // Returns the delay before the next attempt, or nullopt when this error must not be
    // retried. `retriesSoFar` counts retries already made (0 after the first failure).
    std::optional<qint64> nextDelay(const ApiError &error, int retriesSoFar, bool textReceived) const;

    // Random source in [0, 1) for the jitter; tests replace it to get fixed delays.
    std::function<double()> random;
};
