#pragma once

#include "domain/MessageStats.h"

#include <optional>

// The stats of one reply, for the tests that add replies up (SessionStats, StatsBar).
inline MessageStats replyStats(const QString &model, qint64 prompt, qint64 completion, bool reported,
                               std::optional<qint64> ttft = std::nullopt, std::optional<double> speed = std::nullopt)
{
    MessageStats stats;
    stats.model = model;
    stats.usage = {prompt, completion, 0, 0, reported ? TokenUsage::Source::Reported : TokenUsage::Source::Estimated};
    stats.ttftMs = ttft;
    stats.tokensPerSecond = speed;
    return stats;
}
