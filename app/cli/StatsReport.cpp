#include "StatsReport.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace {

QJsonValue optionalNumber(std::optional<qint64> value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue();
}

} // namespace

namespace StatsReport {

QJsonObject build(const ChatResult &result, const CostEstimate &cost)
{
    const MessageStats &stats = result.stats;
    QJsonObject object;
    object.insert(QStringLiteral("model"), stats.model);
    object.insert(QStringLiteral("finish_reason"),
                  stats.finishReason.isEmpty() ? QJsonValue() : QJsonValue(stats.finishReason));
    object.insert(QStringLiteral("prompt_tokens"), double(stats.usage.promptTokens));
    object.insert(QStringLiteral("completion_tokens"), double(stats.usage.completionTokens));
    object.insert(QStringLiteral("total_tokens"), double(stats.usage.totalTokens()));
    object.insert(QStringLiteral("usage_source"),
                  stats.usage.isReported() ? QStringLiteral("reported") : QStringLiteral("estimated"));
    object.insert(QStringLiteral("ttft_ms"), optionalNumber(stats.ttftMs));
    object.insert(QStringLiteral("total_ms"), optionalNumber(stats.totalMs));
    object.insert(QStringLiteral("tokens_per_second"),
                  stats.tokensPerSecond ? QJsonValue(*stats.tokensPerSecond) : QJsonValue());
    // An unknown price is null, never a made-up 0.
    object.insert(QStringLiteral("cost"), cost.isKnown() ? QJsonValue(cost.amount()) : QJsonValue());
    object.insert(QStringLiteral("cost_currency"), cost.isKnown() ? QJsonValue(cost.currency()) : QJsonValue());
    // The stats contract names three sources; a refused request's 0 is Tally's estimate that
    // nothing was billed.
    object.insert(QStringLiteral("cost_source"), cost.source() == CostEstimate::Source::NotCharged
                                                     ? QStringLiteral("estimated") : cost.sourceName());
    object.insert(QStringLiteral("attempts"), stats.attempts);
    if (result.error.isError()) {
        const ApiError &error = result.error;
        QString message = error.userMessage();
        if (!error.providerMessage().isEmpty())
            message += QStringLiteral(" (") + error.providerMessage() + u')';
        object.insert(QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("kind"), error.kindName()},
                                  {QStringLiteral("http_status"),
                                   error.httpStatus() > 0 ? QJsonValue(error.httpStatus()) : QJsonValue()},
                                  {QStringLiteral("message"), message},
                                  {QStringLiteral("request_id"),
                                   error.requestId().isEmpty() ? QJsonValue()
                                                               : QJsonValue(QString::fromLatin1(error.requestId()))}});
    } else {
        object.insert(QStringLiteral("error"), QJsonValue());
    }
    return object;
}

bool write(const QString &path, const QJsonObject &stats, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(stats).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace StatsReport
