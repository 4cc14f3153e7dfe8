#pragma once

#include "domain/TokenUsage.h"

#include <QString>

#include <optional>

// The measured facts of one reply: how long it took to start and finish, how fast it came,
// how many tokens it used (reported or estimated) and what the provider said it cost.
// Times are from the moment the request was sent (the last attempt's, for the time to the first
// byte and token); the total counts from the first attempt, so the waits between retries are in
// it. A figure that could not be measured is empty rather than zero.
struct MessageStats
{
    std::optional<qint64> ttfbMs;  // request sent -> response headers
    std::optional<qint64> ttftMs;  // request sent -> first non-empty content or reasoning
    std::optional<qint64> totalMs; // first attempt sent -> end of the reply, retries included
    std::optional<double> tokensPerSecond;
    TokenUsage usage;
    std::optional<double> reportedCost; // provider-reported cost in USD (OpenRouter)
    QString model;        // the model the provider says answered, else the one requested
    QString finishReason;
    int attempts = 0;     // HTTP requests made for this reply, retries included

    friend bool operator==(const MessageStats &, const MessageStats &) = default;

    // Output speed: completion tokens over the time between the first and the last token,
    // unless the server measured it itself (llama.cpp), which is more exact.
    static std::optional<double> outputSpeed(qint64 completionTokens, std::optional<qint64> firstTokenMs,
                                             std::optional<qint64> lastTokenMs,
                                             std::optional<double> serverMeasured);
};
