#include "domain/MessageStats.h"

std::optional<double> MessageStats::outputSpeed(qint64 completionTokens, std::optional<qint64> firstTokenMs,
                                                std::optional<qint64> lastTokenMs,
                                                std::optional<double> serverMeasured)
{
    if (serverMeasured && *serverMeasured > 0)
        return serverMeasured;
    if (!firstTokenMs || !lastTokenMs || completionTokens < 2)
        return std::nullopt;
    const qint64 spanMs = *lastTokenMs - *firstTokenMs;
    if (spanMs <= 0)
        return std::nullopt; // everything arrived at once: no honest speed to show
    // The first token opens the span, so n tokens span n-1 intervals.
    return double(completionTokens - 1) * 1000.0 / double(spanMs);
}
