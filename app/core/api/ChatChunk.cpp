#include "api/ChatChunk.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

qint64 intField(const QJsonObject &object, QLatin1String key)
{
    return object.value(key).toInteger();
}

TokenUsage readUsage(const QJsonObject &usage)
{
    TokenUsage result;
    result.source = TokenUsage::Source::Reported;
    result.promptTokens = intField(usage, QLatin1String("prompt_tokens"));
    result.completionTokens = intField(usage, QLatin1String("completion_tokens"));
    const QJsonObject promptDetails = usage.value(QLatin1String("prompt_tokens_details")).toObject();
    result.cachedPromptTokens = intField(promptDetails, QLatin1String("cached_tokens"));
    if (result.cachedPromptTokens == 0) // DeepSeek reports its cache this way
        result.cachedPromptTokens = intField(usage, QLatin1String("prompt_cache_hit_tokens"));
    const QJsonObject completionDetails = usage.value(QLatin1String("completion_tokens_details")).toObject();
    result.reasoningTokens = intField(completionDetails, QLatin1String("reasoning_tokens"));
    return result;
}

void readCommon(const QJsonObject &object, ChatChunk &chunk)
{
    chunk.model = object.value(QLatin1String("model")).toString();

    const QJsonValue usage = object.value(QLatin1String("usage"));
    if (usage.isObject()) {
        const QJsonObject usageObject = usage.toObject();
        chunk.usage = readUsage(usageObject);
        const QJsonValue cost = usageObject.value(QLatin1String("cost"));
        if (cost.isDouble())
            chunk.reportedCost = cost.toDouble();
    }
    const QJsonObject timings = object.value(QLatin1String("timings")).toObject();
    const QJsonValue perSecond = timings.value(QLatin1String("predicted_per_second"));
    if (perSecond.isDouble())
        chunk.tokensPerSecond = perSecond.toDouble();
}

// Choice 0 of "choices", which may be missing, null, empty, or hold other indexes first.
QJsonObject firstChoice(const QJsonObject &object)
{
    const QJsonArray choices = object.value(QLatin1String("choices")).toArray();
    for (const QJsonValue &choice : choices) {
        const QJsonObject choiceObject = choice.toObject();
        if (choiceObject.value(QLatin1String("index")).toInt(0) == 0)
            return choiceObject;
    }
    return {};
}

QString reasoningOf(const QJsonObject &delta)
{
    const QString reasoningContent = delta.value(QLatin1String("reasoning_content")).toString();
    if (!reasoningContent.isEmpty())
        return reasoningContent;
    return delta.value(QLatin1String("reasoning")).toString();
}

} // namespace

ChatChunk ChatChunk::fromStreamData(const QByteArray &json, const QByteArray &eventName)
{
    ChatChunk chunk;
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return chunk;
    chunk.valid = true;
    const QJsonObject object = document.object();
    readCommon(object, chunk);

    const QJsonObject choice = firstChoice(object);
    const QJsonObject delta = choice.value(QLatin1String("delta")).toObject();
    chunk.content = delta.value(QLatin1String("content")).toString(); // null or missing -> ""
    chunk.reasoning = reasoningOf(delta);
    chunk.finishReason = choice.value(QLatin1String("finish_reason")).toString();

    const bool errorShaped = object.contains(QLatin1String("error"))
        || object.value(QLatin1String("object")).toString() == u"error"
        || chunk.finishReason == u"error" || eventName == "error";
    if (errorShaped)
        chunk.error = ApiError::fromStreamError(object);
    return chunk;
}

ChatChunk ChatChunk::fromCompletion(const QByteArray &json)
{
    ChatChunk chunk;
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return chunk;
    chunk.valid = true;
    const QJsonObject object = document.object();
    readCommon(object, chunk);

    const QJsonObject choice = firstChoice(object);
    const QJsonObject message = choice.value(QLatin1String("message")).toObject();
    chunk.content = message.value(QLatin1String("content")).toString();
    chunk.reasoning = reasoningOf(message);
    chunk.finishReason = choice.value(QLatin1String("finish_reason")).toString();
    if (object.contains(QLatin1String("error")) || object.value(QLatin1String("object")).toString() == u"error")
        chunk.error = ApiError::fromStreamError(object);
    return chunk;
}
