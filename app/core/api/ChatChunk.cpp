#include "api/ChatChunk.h"

#include "api/StreamChunkScanner.h"

#include "domain/CostEstimate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QCoreApplication>

#include <cmath>

namespace {

// A token count as a provider may send it: absent or null is 0; a whole number from 0 to
// TokenUsage::kMaxTokens is itself; anything else (negative, a fraction, 2^63 - 1, text) makes
// the whole usage object untrustworthy.
bool readCount(const QJsonObject &object, QLatin1String key, qint64 *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        *out = 0;
        return true;
    }
    const double number = value.toDouble(-1);
    if (!value.isDouble() || !(number >= 0 && number <= double(TokenUsage::kMaxTokens)) || std::trunc(number) != number)
        return false;
    *out = value.toInteger(qint64(number));
    return *out >= 0 && *out <= TokenUsage::kMaxTokens;
}

std::optional<TokenUsage> readUsage(const QJsonObject &usage)
{
    TokenUsage result;
    result.source = TokenUsage::Source::Reported;
    const QJsonObject promptDetails = usage.value(QLatin1String("prompt_tokens_details")).toObject();
    const QJsonObject completionDetails = usage.value(QLatin1String("completion_tokens_details")).toObject();
    qint64 deepSeekCache = 0;
    if (!readCount(usage, QLatin1String("prompt_tokens"), &result.promptTokens)
        || !readCount(usage, QLatin1String("completion_tokens"), &result.completionTokens)
        || !readCount(promptDetails, QLatin1String("cached_tokens"), &result.cachedPromptTokens)
        || !readCount(usage, QLatin1String("prompt_cache_hit_tokens"), &deepSeekCache)
        || !readCount(completionDetails, QLatin1String("reasoning_tokens"), &result.reasoningTokens))
        return std::nullopt;
    if (result.cachedPromptTokens == 0) // DeepSeek reports its cache this way
        result.cachedPromptTokens = deepSeekCache;
    // A part larger than its total is kept as reported: ModelPrice::costOf() clamps it, so it
    // cannot make a cost negative.
    return result;
}

QString asText(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1)).left(200);
}

void readCommon(const QJsonObject &object, ChatChunk &chunk)
{
    chunk.model = object.value(QLatin1String("model")).toString();

    const QJsonValue usage = object.value(QLatin1String("usage"));
    if (usage.isObject()) {
        const QJsonObject usageObject = usage.toObject();
        chunk.usage = readUsage(usageObject);
        if (!chunk.usage) {
            chunk.problems << QCoreApplication::translate("ChatChunk", "The provider reported token counts that cannot be "
                                                                       "right (%1); Tally estimated them instead.")
                                  .arg(asText(usage));
        }
        const QJsonValue cost = usageObject.value(QLatin1String("cost"));
        if (cost.isDouble() && CostEstimate::isPlausibleAmount(cost.toDouble())) {
            chunk.reportedCost = cost.toDouble();
        } else if (!cost.isUndefined() && !cost.isNull()) {
            chunk.problems << QCoreApplication::translate("ChatChunk", "The provider reported a cost of %1, which cannot "
                                                                       "be right; Tally estimated the cost instead.")
                                  .arg(asText(cost));
        }
    }
    const QJsonObject timings = object.value(QLatin1String("timings")).toObject();
    const QJsonValue perSecond = timings.value(QLatin1String("predicted_per_second"));
    // A speed no machine reaches is not shown (Tally measures its own instead).
    if (perSecond.isDouble() && perSecond.toDouble() > 0 && perSecond.toDouble() < 1e9)
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

// What a stream chunk and a whole completion share: the common fields and choice 0's text,
// which is under `part` ("delta" in a stream, "message" in a completion). Not valid when the
// JSON is not an object; `object` is the parsed object.
ChatChunk readChunk(const QByteArray &json, QLatin1String part, QJsonObject &object)
{
    ChatChunk chunk;
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return chunk;
    chunk.valid = true;
    object = document.object();
    readCommon(object, chunk);

    const QJsonObject choice = firstChoice(object);
    const QJsonObject text = choice.value(part).toObject();
    chunk.content = text.value(QLatin1String("content")).toString(); // null or missing -> ""
    chunk.reasoning = reasoningOf(text);
    chunk.finishReason = choice.value(QLatin1String("finish_reason")).toString();
    return chunk;
}

bool isErrorObject(const QJsonObject &object)
{
    return object.contains(QLatin1String("error")) || object.value(QLatin1String("object")).toString() == u"error";
}

} // namespace

ChatChunk ChatChunk::fromStreamData(const QByteArray &json, const QByteArray &eventName)
{
    // Nearly every chunk is text for choice 0: read without building a document (about a
    // tenth of the time); the scanner leaves everything else to the full parse below.
    if (std::optional<ChatChunk> scanned = StreamChunkScanner::scan(json, eventName))
        return std::move(*scanned);
    return fromStreamDataDocument(json, eventName);
}

ChatChunk ChatChunk::fromStreamDataDocument(const QByteArray &json, const QByteArray &eventName)
{
    QJsonObject object;
    ChatChunk chunk = readChunk(json, QLatin1String("delta"), object);
    if (!chunk.valid)
        return chunk;
    if (isErrorObject(object) || chunk.finishReason == u"error" || eventName == "error")
        chunk.error = ApiError::fromStreamError(object);
    return chunk;
}

ChatChunk ChatChunk::fromCompletion(const QByteArray &json)
{
    QJsonObject object;
    ChatChunk chunk = readChunk(json, QLatin1String("message"), object);
    if (chunk.valid && isErrorObject(object))
        chunk.error = ApiError::fromStreamError(object);
    return chunk;
}
