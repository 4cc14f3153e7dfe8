#include "formats/ConversationJson.h"

#include "formats/JsonReader.h"

#include "app/AppInfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <limits>

namespace {

constexpr auto kFormatName = QLatin1String("tally-conversation");
using Need = JsonReader::Need;

// Times in milliseconds: from 0 to about 31 years.
constexpr double kMaxMs = 1e12;
// Any real speed is far below this.
constexpr double kMaxTokensPerSecond = 1e9;

// ---------------------------------------------------------------------------------------------
// Writing

QJsonValue timeValue(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue(QJsonValue::Null);
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue optionalValue(std::optional<qint64> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalValue(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue costValue(const std::optional<CostEstimate> &cost)
{
    if (!cost)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{
        // Unknown holds NaN, which JSON cannot carry; null says "no figure".
        {QStringLiteral("amount"), cost->isKnown() ? QJsonValue(cost->amount()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("currency"), cost->currency()},
        {QStringLiteral("source"), cost->sourceName()},
    };
}

QJsonObject conversationObject(const Conversation &conversation)
{
    return QJsonObject{
        {QStringLiteral("uuid"), conversation.uuid},
        {QStringLiteral("title"), conversation.title},
        {QStringLiteral("pinned"), conversation.pinned},
        {QStringLiteral("created_at"), timeValue(conversation.createdAt)},
        {QStringLiteral("updated_at"), timeValue(conversation.updatedAt)},
        {QStringLiteral("profile"), conversation.profile},
        {QStringLiteral("model"), conversation.model},
        {QStringLiteral("temperature"), optionalValue(conversation.temperature)},
        {QStringLiteral("system_prompt"), conversation.systemPrompt},
        {QStringLiteral("title_cost"), costValue(conversation.titleCost)},
        {QStringLiteral("draft"), conversation.draft},
    };
}

// Versions (an edited question, a regenerated reply) name each other by these ids, which mean
// nothing outside the file: an import gives the messages new ones.
QJsonValue idValue(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonObject messageObject(const Message &message)
{
    QJsonObject object{
        {QStringLiteral("role"), Message::roleName(message.role)},
        {QStringLiteral("content"), message.content},
        {QStringLiteral("reasoning"), message.reasoning},
        {QStringLiteral("state"), Message::stateName(message.state)},
        {QStringLiteral("model"), message.model},
        {QStringLiteral("created_at"), timeValue(message.createdAt)},
        {QStringLiteral("id"), idValue(message.id)},
        {QStringLiteral("reply_to"), idValue(message.parentId)},
        {QStringLiteral("version_of"), idValue(message.groupId)},
        {QStringLiteral("selected"), message.selected},
        {QStringLiteral("continued"), message.continued},
    };

    if (message.errorKind.isEmpty() && message.errorMessage.isEmpty()) {
        object.insert(QStringLiteral("error"), QJsonValue(QJsonValue::Null));
    } else {
        object.insert(QStringLiteral("error"), QJsonObject{
                                                   {QStringLiteral("kind"), message.errorKind},
                                                   {QStringLiteral("message"), message.errorMessage},
                                               });
    }

    if (const std::optional<MessageStats> &stats = message.stats) {
        const TokenUsage &usage = stats->usage;
        object.insert(QStringLiteral("usage"),
                      QJsonObject{
                          {QStringLiteral("prompt_tokens"), usage.promptTokens},
                          {QStringLiteral("completion_tokens"), usage.completionTokens},
                          {QStringLiteral("cached_tokens"), usage.cachedPromptTokens},
                          {QStringLiteral("reasoning_tokens"), usage.reasoningTokens},
                          {QStringLiteral("source"),
                           usage.isReported() ? QStringLiteral("reported") : QStringLiteral("estimated")},
                      });
        object.insert(QStringLiteral("timing"), QJsonObject{
                                                    {QStringLiteral("ttfb_ms"), optionalValue(stats->ttfbMs)},
                                                    {QStringLiteral("ttft_ms"), optionalValue(stats->ttftMs)},
                                                    {QStringLiteral("total_ms"), optionalValue(stats->totalMs)},
                                                    {QStringLiteral("tokens_per_second"),
                                                     optionalValue(stats->tokensPerSecond)},
                                                });
        object.insert(QStringLiteral("finish_reason"), stats->finishReason);
        object.insert(QStringLiteral("attempts"), stats->attempts);
        object.insert(QStringLiteral("reported_cost"), optionalValue(stats->reportedCost));
    } else {
        // Present but null rather than absent, so every message has the same shape for readers.
        for (const QString &key : {QStringLiteral("usage"), QStringLiteral("timing"), QStringLiteral("finish_reason"),
                                   QStringLiteral("attempts"), QStringLiteral("reported_cost")})
            object.insert(key, QJsonValue(QJsonValue::Null));
    }

    object.insert(QStringLiteral("cost"), costValue(message.cost));
    return object;
}

// ---------------------------------------------------------------------------------------------
// Reading: one function per object of the format, each through a JsonReader.

bool readCost(const JsonReader &in, CostEstimate *out)
{
    QString sourceName;
    QString currency;
    if (!in.string(QLatin1String("source"), Need::Required, &sourceName)
        || !in.string(QLatin1String("currency"), Need::Optional, &currency))
        return false;
    const std::optional<CostEstimate::Source> source = CostEstimate::sourceFromName(sourceName);
    if (!source)
        return in.notOneOf(QLatin1String("source"), sourceName, QStringLiteral("reported, estimated, cached, unknown"));
    if (*source == CostEstimate::Source::Unknown) {
        *out = CostEstimate::unknown();
        return true;
    }
    const QLatin1String key("amount");
    const QJsonValue amount = in.object().value(key);
    if (!amount.isDouble()) {
        return in.fail(ConversationJson::tr("%1 must be a number when the cost is %2, not %3.")
                           .arg(in.pathOf(key), sourceName, JsonReader::describe(amount)));
    }
    if (!in.inRange(key, amount.toDouble(), 0, CostEstimate::kMaxAmount))
        return false;
    *out = CostEstimate::restored(amount.toDouble(), currency, *source);
    return true;
}

// A cost member that may be null (`cost`, `title_cost`).
bool readOptionalCost(const JsonReader &in, QLatin1String key, std::optional<CostEstimate> *out)
{
    std::optional<JsonReader> costObject;
    if (!in.child(key, &costObject))
        return false;
    if (!costObject)
        return true;
    CostEstimate cost;
    if (!readCost(*costObject, &cost))
        return false;
    *out = cost;
    return true;
}

bool readConversation(const JsonReader &in, Conversation *out)
{
    Conversation conversation;
    if (!in.string(QLatin1String("uuid"), Need::Optional, &conversation.uuid)
        || !in.string(QLatin1String("title"), Need::Optional, &conversation.title)
        || !in.boolean(QLatin1String("pinned"), &conversation.pinned)
        || !in.time(QLatin1String("created_at"), &conversation.createdAt)
        || !in.time(QLatin1String("updated_at"), &conversation.updatedAt)
        || !in.string(QLatin1String("profile"), Need::Optional, &conversation.profile)
        || !in.string(QLatin1String("model"), Need::Optional, &conversation.model)
        || !in.optionalNumber(QLatin1String("temperature"), &conversation.temperature)
        || !in.string(QLatin1String("system_prompt"), Need::Optional, &conversation.systemPrompt)
        || !in.inRange(QLatin1String("temperature"), conversation.temperature, 0.0, 2.0)
        // Optional: exports from before drafts were kept have none.
        || !in.string(QLatin1String("draft"), Need::Optional, &conversation.draft)
        // Optional: exports from before auto-title have no such field.
        || !readOptionalCost(in, QLatin1String("title_cost"), &conversation.titleCost))
        return false;
    *out = conversation;
    return true;
}

bool readUsage(const JsonReader &in, TokenUsage *out)
{
    TokenUsage usage;
    QString source;
    if (!in.integer(QLatin1String("prompt_tokens"), Need::Required, &usage.promptTokens)
        || !in.integer(QLatin1String("completion_tokens"), Need::Required, &usage.completionTokens)
        || !in.integer(QLatin1String("cached_tokens"), Need::Optional, &usage.cachedPromptTokens)
        || !in.integer(QLatin1String("reasoning_tokens"), Need::Optional, &usage.reasoningTokens)
        || !in.string(QLatin1String("source"), Need::Required, &source))
        return false;
    // Non-negative and bounded, so no sum of them can overflow. Parts larger than their total are
    // allowed: providers do report cached > prompt, Tally stored what they said, and prices clamp.
    const double maxTokens = double(TokenUsage::kMaxTokens);
    if (!in.inRange(QLatin1String("prompt_tokens"), double(usage.promptTokens), 0, maxTokens)
        || !in.inRange(QLatin1String("completion_tokens"), double(usage.completionTokens), 0, maxTokens)
        || !in.inRange(QLatin1String("cached_tokens"), double(usage.cachedPromptTokens), 0, maxTokens)
        || !in.inRange(QLatin1String("reasoning_tokens"), double(usage.reasoningTokens), 0, maxTokens))
        return false;
    // Required, not defaulted: whether a count was reported or guessed is the point of showing it.
    if (source == u"reported")
        usage.source = TokenUsage::Source::Reported;
    else if (source == u"estimated")
        usage.source = TokenUsage::Source::Estimated;
    else
        return in.notOneOf(QLatin1String("source"), source, QStringLiteral("reported, estimated"));
    *out = usage;
    return true;
}

bool readTiming(const JsonReader &in, MessageStats *stats)
{
    return in.optionalInteger(QLatin1String("ttfb_ms"), &stats->ttfbMs)
        && in.optionalInteger(QLatin1String("ttft_ms"), &stats->ttftMs)
        && in.optionalInteger(QLatin1String("total_ms"), &stats->totalMs)
        && in.optionalNumber(QLatin1String("tokens_per_second"), &stats->tokensPerSecond)
        && in.inRange(QLatin1String("ttfb_ms"), stats->ttfbMs, 0, kMaxMs)
        && in.inRange(QLatin1String("ttft_ms"), stats->ttftMs, 0, kMaxMs)
        && in.inRange(QLatin1String("total_ms"), stats->totalMs, 0, kMaxMs)
        && in.inRange(QLatin1String("tokens_per_second"), stats->tokensPerSecond, 0, kMaxTokensPerSecond);
}

// Which versions a message belongs to. Optional: files from before versions have none of
// these, and read as one version each.
bool readVersions(const JsonReader &in, Message *message)
{
    std::optional<qint64> id;
    std::optional<qint64> replyTo;
    std::optional<qint64> versionOf;
    if (!in.optionalInteger(QLatin1String("id"), &id)
        || !in.optionalInteger(QLatin1String("reply_to"), &replyTo)
        || !in.optionalInteger(QLatin1String("version_of"), &versionOf)
        || (in.object().contains(QLatin1String("selected")) && !in.boolean(QLatin1String("selected"), &message->selected))
        || (in.object().contains(QLatin1String("continued"))
            && !in.boolean(QLatin1String("continued"), &message->continued)))
        return false;
    message->id = id.value_or(0);
    message->parentId = replyTo.value_or(0);
    message->groupId = versionOf.value_or(0);
    return true;
}

// Role, text, state, model, time and error.
bool readText(const JsonReader &in, Message *message)
{
    QString roleName;
    if (!in.string(QLatin1String("role"), Need::Required, &roleName))
        return false;
    const std::optional<Message::Role> role = Message::roleFromName(roleName);
    if (!role)
        return in.notOneOf(QLatin1String("role"), roleName, QStringLiteral("system, user, assistant"));
    message->role = *role;

    QString stateName;
    if (!in.string(QLatin1String("content"), Need::Required, &message->content)
        || !in.string(QLatin1String("reasoning"), Need::Optional, &message->reasoning)
        || !in.string(QLatin1String("state"), Need::Optional, &stateName)
        || !in.string(QLatin1String("model"), Need::Optional, &message->model)
        || !in.time(QLatin1String("created_at"), &message->createdAt))
        return false;
    if (!stateName.isEmpty()) {
        const std::optional<Message::State> state = Message::stateFromName(stateName);
        if (!state) {
            return in.notOneOf(QLatin1String("state"), stateName,
                               QStringLiteral("complete, streaming, incomplete, error, cancelled"));
        }
        message->state = *state;
    }

    std::optional<JsonReader> error;
    if (!in.child(QLatin1String("error"), &error))
        return false;
    return !error
        || (error->string(QLatin1String("kind"), Need::Optional, &message->errorKind)
            && error->string(QLatin1String("message"), Need::Optional, &message->errorMessage));
}

// The stats of a reply: usage, timing and the figures beside them. Without usage there are no
// stats, and the other members must be absent too.
bool readStats(const JsonReader &in, Message *message)
{
    std::optional<JsonReader> usage;
    std::optional<JsonReader> timing;
    if (!in.child(QLatin1String("usage"), &usage) || !in.child(QLatin1String("timing"), &timing))
        return false;
    if (!usage) {
        // Stats without usage would be silently dropped: say so instead.
        for (QLatin1String key : {QLatin1String("timing"), QLatin1String("finish_reason"), QLatin1String("attempts"),
                                  QLatin1String("reported_cost")}) {
            if (!JsonReader::isAbsent(in.object().value(key))) {
                return in.fail(ConversationJson::tr("%1 is given, but %2 is null; stats need usage.")
                                   .arg(in.pathOf(key), in.pathOf(QLatin1String("usage"))));
            }
        }
        return true;
    }
    MessageStats stats;
    qint64 attempts = 0;
    if (!readUsage(*usage, &stats.usage)
        || !in.string(QLatin1String("finish_reason"), Need::Optional, &stats.finishReason)
        || !in.integer(QLatin1String("attempts"), Need::Optional, &attempts)
        || !in.optionalNumber(QLatin1String("reported_cost"), &stats.reportedCost))
        return false;
    if (attempts < 0 || attempts > std::numeric_limits<int>::max()) {
        return in.fail(ConversationJson::tr("%1 must be 0 or more, not %2.")
                           .arg(in.pathOf(QLatin1String("attempts")), QString::number(attempts)));
    }
    stats.attempts = int(attempts);
    if (!in.inRange(QLatin1String("reported_cost"), stats.reportedCost, 0, CostEstimate::kMaxAmount)
        || (timing && !readTiming(*timing, &stats)))
        return false;
    // Storage keeps one model per message and reads it into both; an import must match.
    stats.model = message->model;
    message->stats = stats;
    return true;
}

bool readMessage(const QJsonValue &value, int index, QString *error, Message *out)
{
    const QString path = QStringLiteral("messages[%1]").arg(index);
    if (!value.isObject()) {
        return JsonReader(QJsonObject(), path, error)
            .fail(ConversationJson::tr("%1 must be an object, not %2.").arg(path, JsonReader::describe(value)));
    }
    const JsonReader in(value.toObject(), path, error);
    Message message;
    message.position = index;
    if (!readVersions(in, &message) || !readText(in, &message) || !readStats(in, &message)
        || !readOptionalCost(in, QLatin1String("cost"), &message.cost))
        return false;
    *out = message;
    return true;
}

// The root's "format" and "version": a file of this format that this Tally can read.
bool readHeader(const QJsonDocument &document, const JsonReader &root)
{
    if (!document.isObject() || root.object().value(QLatin1String("format")).toString() != kFormatName) {
        return root.fail(ConversationJson::tr("The file is not a Tally conversation export (no \"format\": \"%1\").")
                             .arg(kFormatName));
    }
    const QJsonValue version = root.object().value(QLatin1String("version"));
    if (!JsonReader::isWholeNumber(version) || version.toInteger() < 1) {
        return root.fail(ConversationJson::tr("version must be a format version such as %1, not %2.")
                             .arg(ConversationJson::kFormatVersion)
                             .arg(JsonReader::describe(version)));
    }
    if (version.toInteger() > ConversationJson::kFormatVersion) {
        return root.fail(ConversationJson::tr("This conversation was written by a newer Tally (format version %1); "
                                              "update Tally to import it.")
                             .arg(version.toInteger()));
    }
    return true;
}

// A member of the root that must be there and be of one type.
bool requireMember(const JsonReader &root, QLatin1String key, bool isRightType, const QString &sentence)
{
    const QJsonValue value = root.object().value(key);
    if (value.isUndefined())
        return root.missing(key);
    return isRightType || root.fail(sentence.arg(QString(key), JsonReader::describe(value)));
}

} // namespace

QByteArray ConversationJson::toJson(const ConversationDocument &doc)
{
    QJsonArray messages;
    for (const Message &message : doc.messages)
        messages.append(messageObject(message));

    const QJsonObject root{
        {QStringLiteral("format"), kFormatName},
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("exported_by"), QString(AppInfo::displayName() + QLatin1Char(' ') + AppInfo::version())},
        {QStringLiteral("conversation"), conversationObject(doc.conversation)},
        {QStringLiteral("messages"), messages},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<ConversationDocument> ConversationJson::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const JsonReader root(document.object(), QString(), error);
    if (parseError.error != QJsonParseError::NoError) {
        root.fail(tr("The file is not JSON: %1 at byte %2.").arg(parseError.errorString()).arg(parseError.offset));
        return std::nullopt;
    }
    const QLatin1String conversationKey("conversation");
    const QLatin1String messagesKey("messages");
    ConversationDocument doc;
    if (!readHeader(document, root)
        || !requireMember(root, conversationKey, root.object().value(conversationKey).isObject(),
                          tr("%1 must be an object, not %2."))
        || !readConversation(JsonReader(root.object().value(conversationKey).toObject(), conversationKey, error),
                             &doc.conversation)
        || !requireMember(root, messagesKey, root.object().value(messagesKey).isArray(), tr("%1 must be a list, not %2.")))
        return std::nullopt;
    const QJsonArray list = root.object().value(messagesKey).toArray();
    doc.messages.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        Message message;
        if (!readMessage(list.at(i), int(i), error, &message))
            return std::nullopt;
        doc.messages.append(message);
    }
    return doc;
}
