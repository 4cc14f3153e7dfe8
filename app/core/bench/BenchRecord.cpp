#include "bench/BenchRecord.h"

#include "api/ChatResult.h"

#include <QCoreApplication>

#include <cmath>

namespace {

double ms(qint64 ns)
{
    return std::round(double(ns) / 1e3) / 1e3;
}

QJsonValue optionalMs(std::optional<qint64> ns)
{
    return ns ? QJsonValue(ms(*ns)) : QJsonValue();
}

} // namespace

std::optional<qint64> BenchRecord::ttftNs() const
{
    if (!firstTextNs)
        return std::nullopt;
    return *firstTextNs - originNs();
}

std::optional<qint64> BenchRecord::e2eNs() const
{
    if (!lastTextNs)
        return std::nullopt;
    return *lastTextNs - originNs();
}

BenchRecord::Outcome BenchRecord::classify(const ChatResult &result)
{
    using Kind = ApiError::Kind;
    switch (result.state) {
    case ChatResult::State::Complete:
        return result.content.isEmpty() && result.reasoning.isEmpty() ? Outcome::Empty : Outcome::Success;
    case ChatResult::State::Cancelled:
        return Outcome::Cancelled;
    case ChatResult::State::Incomplete:
        // ChatStream keeps the provider's words when an error event cut the text short.
        return result.error.providerMessage().isEmpty() && result.error.providerCode().isEmpty()
                   ? Outcome::Truncated
                   : Outcome::StreamError;
    case ChatResult::State::Failed:
        break;
    }
    const ApiError &error = result.error;
    const int status = error.httpStatus();
    if (error.kind() == Kind::Timeout)
        return Outcome::Timeout;
    if (error.kind() == Kind::Cancelled)
        return Outcome::Cancelled;
    if (status == 0) {
        if (error.kind() == Kind::Network)
            return Outcome::ConnectError;
        return error.kind() == Kind::Incomplete ? Outcome::Truncated : Outcome::ClientError;
    }
    if (status == 429)
        return Outcome::RateLimited;
    if (status >= 500)
        return Outcome::ServerError;
    if (status >= 300)
        return Outcome::ClientError;
    // A 2xx answer that still failed: it broke off, or said error in its body.
    return error.kind() == Kind::Incomplete || error.kind() == Kind::Network ? Outcome::Truncated : Outcome::StreamError;
}

QString BenchRecord::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success: return QStringLiteral("success");
    case Outcome::RateLimited: return QStringLiteral("rate_limited");
    case Outcome::ClientError: return QStringLiteral("client_error");
    case Outcome::ServerError: return QStringLiteral("server_error");
    case Outcome::Timeout: return QStringLiteral("timeout");
    case Outcome::ConnectError: return QStringLiteral("connect_error");
    case Outcome::StreamError: return QStringLiteral("stream_error");
    case Outcome::Truncated: return QStringLiteral("truncated");
    case Outcome::Empty: return QStringLiteral("empty");
    case Outcome::Cancelled: return QStringLiteral("cancelled");
    }
    return QString();
}

QString BenchRecord::outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success: return QCoreApplication::translate("BenchRecord", "success");
    case Outcome::RateLimited: return QCoreApplication::translate("BenchRecord", "rate limited (429)");
    case Outcome::ClientError: return QCoreApplication::translate("BenchRecord", "client error (4xx)");
    case Outcome::ServerError: return QCoreApplication::translate("BenchRecord", "server error (5xx)");
    case Outcome::Timeout: return QCoreApplication::translate("BenchRecord", "timeout");
    case Outcome::ConnectError: return QCoreApplication::translate("BenchRecord", "connection failed");
    case Outcome::StreamError: return QCoreApplication::translate("BenchRecord", "error mid-stream");
    case Outcome::Truncated: return QCoreApplication::translate("BenchRecord", "truncated stream");
    case Outcome::Empty: return QCoreApplication::translate("BenchRecord", "empty completion");
    case Outcome::Cancelled: return QCoreApplication::translate("BenchRecord", "cancelled");
    }
    return QString();
}

QJsonObject BenchRecord::toJson() const
{
    QJsonObject object{
        {QStringLiteral("index"), index},
        {QStringLiteral("warmup"), warmup},
        {QStringLiteral("outcome"), outcomeName(outcome)},
        {QStringLiteral("status"), httpStatus ? QJsonValue(httpStatus) : QJsonValue()},
        {QStringLiteral("latency_from"), latencyFromScheduled ? QStringLiteral("scheduled") : QStringLiteral("sent")},
        {QStringLiteral("scheduled_ms"), ms(scheduledNs)},
        {QStringLiteral("sent_ms"), ms(sentNs)},
        {QStringLiteral("queue_ms"), ms(queueNs())},
        {QStringLiteral("ttfb_ms"), ttfbMs ? QJsonValue(double(*ttfbMs)) : QJsonValue()},
        {QStringLiteral("ttft_ms"), optionalMs(ttftNs())},
        {QStringLiteral("e2e_ms"), optionalMs(e2eNs())},
        {QStringLiteral("closed_ms"), ms(closedNs())},
        {QStringLiteral("pieces"), pieces},
        {QStringLiteral("model"), model},
        {QStringLiteral("prompt_tokens"), double(usage.promptTokens)},
        {QStringLiteral("output_tokens"), double(usage.completionTokens)},
        {QStringLiteral("cached_tokens"), double(usage.cachedPromptTokens)},
        {QStringLiteral("reasoning_tokens"), double(usage.reasoningTokens)},
        {QStringLiteral("usage_source"), usage.isReported() ? QStringLiteral("reported") : QStringLiteral("estimated")},
        {QStringLiteral("cost"), cost.isKnown() ? QJsonValue(cost.amount()) : QJsonValue()},
        {QStringLiteral("cost_currency"), cost.isKnown() ? QJsonValue(cost.currency()) : QJsonValue()},
        {QStringLiteral("cost_source"), cost.sourceName()},
        {QStringLiteral("http_version"),
         httpStatus ? QJsonValue(http2 ? QStringLiteral("2") : QStringLiteral("1.1")) : QJsonValue()},
        // Qt does not say whether a request went over a connection it had already opened.
        {QStringLiteral("reused_connection"), QJsonValue()},
    };
    if (isError() || outcome == Outcome::Cancelled) {
        object.insert(QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("kind"), ApiError::kindName(errorKind)},
                                  {QStringLiteral("message"), errorMessage},
                                  {QStringLiteral("retry_after_ms"),
                                   retryAfterMs ? QJsonValue(double(*retryAfterMs)) : QJsonValue()}});
    }
    return object;
}
