#pragma once

#include "api/ApiError.h"
#include "domain/TokenUsage.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

// What one chunk of a chat-completions stream (or a whole non-streamed completion) says:
// text for choice 0, reasoning text, the finish reason, usage, cost, speed, or an error.
// Unknown fields, other choice indexes and tool-call fragments are ignored on purpose.
struct ChatChunk
{
    bool valid = false;    // false: the data was not a JSON object
    QString content;       // text delta for choice 0 (empty when none)
    QString reasoning;     // reasoning_content (DeepSeek, llama.cpp) or reasoning (Ollama)
    QString finishReason;  // empty while the reply goes on
    QString model;
    std::optional<TokenUsage> usage;      // always Source::Reported
    std::optional<double> reportedCost;   // OpenRouter usage.cost, in USD
    std::optional<double> tokensPerSecond; // llama.cpp timings.predicted_per_second
    std::optional<ApiError> error;        // an error sent inside the stream
    // Numbers the provider sent that cannot be right (negative or absurd token counts, a negative
    // or absurd cost), in words for a diagnostic; they were left out, so Tally estimates instead.
    QStringList problems;

    bool hasText() const { return !content.isEmpty() || !reasoning.isEmpty(); }

    // Parses the data of one SSE event. `eventName` is the SSE "event:" field ("error" marks
    // an error record).
    static ChatChunk fromStreamData(const QByteArray &json, const QByteArray &eventName = {});
    // The same, always through QJsonDocument: what fromStreamData() does for anything its fast
    // path (StreamChunkScanner) declines, and the reference that path is checked against.
    static ChatChunk fromStreamDataDocument(const QByteArray &json, const QByteArray &eventName = {});
    // Parses a complete non-streamed chat.completion object.
    static ChatChunk fromCompletion(const QByteArray &json);
};
