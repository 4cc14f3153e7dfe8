#pragma once

#include "api/ApiError.h"
#include "domain/CostEstimate.h"
#include "domain/TokenUsage.h"

#include <QJsonObject>
#include <QString>

#include <optional>

struct ChatResult;

// One benchmark request as it happened: when the load model wanted it sent and when it was,
// when its first and last text and its end arrived (all on the run's monotonic clock, in ns),
// how it ended, its tokens and its cost. One line of --requests-out.
struct BenchRecord
{
    // How an attempt ended. Everything but Success is an error except Cancelled (the user's
    // Stop), which is neither.
    enum class Outcome {
        Success,
        RateLimited,  // 429
        ClientError,  // other 4xx (and a request that could not be sent)
        ServerError,  // 5xx
        Timeout,
        ConnectError, // no response at all: refused, reset, DNS, TLS
        StreamError,  // the provider said error inside a 2xx answer
        Truncated,    // the answer broke off or ended without its end marker
        Empty,        // complete, without any text
        Cancelled,
    };
    static constexpr int kOutcomeCount = 10;

    int index = 0; // in sending order, warm-up first
    bool warmup = false;
    bool latencyFromScheduled = false; // open loop: latency counts from scheduledNs
    qint64 scheduledNs = 0;
    qint64 sentNs = 0;
    std::optional<qint64> firstTextNs;
    std::optional<qint64> lastTextNs;
    qint64 endNs = 0; // the stream closed, or the request failed
    std::optional<qint64> ttfbMs; // ChatStream's own (headers), from the send
    int pieces = 0;

    Outcome outcome = Outcome::Success;
    int httpStatus = 0;
    ApiError::Kind errorKind = ApiError::Kind::None;
    QString errorMessage; // the provider's words or the network's, short
    std::optional<qint64> retryAfterMs;
    bool http2 = false;
    QString model; // the model that answered

    TokenUsage usage; // the last usage object the provider sent, else estimated
    CostEstimate cost;

    qint64 originNs() const { return latencyFromScheduled ? scheduledNs : sentNs; }
    qint64 queueNs() const { return sentNs - scheduledNs; }
    std::optional<qint64> ttftNs() const;
    std::optional<qint64> e2eNs() const;
    qint64 closedNs() const { return endNs - originNs(); }
    bool isSuccess() const { return outcome == Outcome::Success; }
    bool isError() const { return outcome != Outcome::Success && outcome != Outcome::Cancelled; }
    // Whether the provider answered 2xx, so the request is likely billed.
    bool isBilled() const { return httpStatus >= 200 && httpStatus < 300; }

    static Outcome classify(const ChatResult &result);
    // "success", "rate_limited", "client_error", ...: the words of the JSON.
    static QString outcomeName(Outcome outcome);
    // The same, translated, for the table.
    static QString outcomeLabel(Outcome outcome);

    // One --requests-out line: times in ms with microsecond resolution.
    QJsonObject toJson() const;
};
