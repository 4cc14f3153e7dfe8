#pragma once

#include <QtGlobal>

// Token counts of one request/reply, and whether the provider reported them or Tally estimated
// them. Cached prompt tokens and reasoning tokens are parts of the prompt and completion counts
// (as the OpenAI usage object defines them), kept apart because they are priced or shown apart.
struct TokenUsage
{
    enum class Source {
        Reported,  // from the provider's usage object
        Estimated, // from TokenEstimator, because the provider sent none
    };

    // No request or reply comes near a trillion tokens; counts are kept below it so that
    // sums over any number of replies stay far from overflowing.
    static constexpr qint64 kMaxTokens = 1'000'000'000'000;

    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 cachedPromptTokens = 0; // part of promptTokens served from the provider's cache
    qint64 reasoningTokens = 0;    // part of completionTokens spent on reasoning
    Source source = Source::Estimated;

    qint64 totalTokens() const { return promptTokens + completionTokens; }
    bool isReported() const { return source == Source::Reported; }

    friend bool operator==(const TokenUsage &, const TokenUsage &) = default;
};
