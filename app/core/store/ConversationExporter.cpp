#include "store/ConversationExporter.h"
#include "store/ConversationStore.h"

#include "app/AppInfo.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>
#include <limits>

namespace {

constexpr auto kFormatName = QLatin1String("tally-conversation");

// Integers above 2^53 do not survive a trip through a JSON number as double.
constexpr double kMaxExactInteger = 9007199254740992.0;

// ---------------------------------------------------------------------------------------------
// JSON out

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
// JSON in

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String: {
        QString text = value.toString();
        if (text.size() > 40)
            text = text.left(40) + QStringLiteral("…");
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    case QJsonValue::Array: return QCoreApplication::translate("ConversationExporter", "a list");
    case QJsonValue::Object: return QCoreApplication::translate("ConversationExporter", "an object");
    case QJsonValue::Undefined: break;
    }
    return QCoreApplication::translate("ConversationExporter", "nothing");
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool missing(QString *error, const QString &path)
{
    return fail(error, QCoreApplication::translate("ConversationExporter", "%1 is missing.").arg(path));
}

QString child(const QString &path, QLatin1String key)
{
    return path + QLatin1Char('.') + key;
}

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

bool isWholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && std::trunc(number) == number && std::fabs(number) <= kMaxExactInteger;
}

bool readString(const QJsonObject &object, QLatin1String key, const QString &path, bool required, QString *out,
                QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && required)
        return missing(error, child(path, key));
    if (isAbsent(value) && !required) {
        *out = QString();
        return true;
    }
    if (!value.isString()) {
        return fail(error, QCoreApplication::translate("ConversationExporter", "%1 must be a string, not %2.")
                               .arg(child(path, key), describe(value)));
    }
    *out = value.toString();
    return true;
}

bool readBool(const QJsonObject &object, QLatin1String key, const QString &path, bool *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (isAbsent(value)) {
        *out = false;
        return true;
    }
    if (!value.isBool()) {
        return fail(error, QCoreApplication::translate("ConversationExporter", "%1 must be true or false, not %2.")
                               .arg(child(path, key), describe(value)));
    }
    *out = value.toBool();
    return true;
}

bool readOptionalNumber(const QJsonObject &object, QLatin1String key, const QString &path,
                        std::optional<double> *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (isAbsent(value)) {
        *out = std::nullopt;
        return true;
    }
    if (!value.isDouble()) {
        return fail(error, QCoreApplication::translate("ConversationExporter", "%1 must be a number or null, not %2.")
                               .arg(child(path, key), describe(value)));
    }
    *out = value.toDouble();
    return true;
}

bool readOptionalInteger(const QJsonObject &object, QLatin1String key, const QString &path,
                         std::optional<qint64> *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (isAbsent(value)) {
        *out = std::nullopt;
        return true;
    }
    if (!isWholeNumber(value)) {
        return fail(error,
                    QCoreApplication::translate("ConversationExporter", "%1 must be a whole number or null, not %2.")
                        .arg(child(path, key), describe(value)));
    }
    *out = value.toInteger();
    return true;
}

bool readInteger(const QJsonObject &object, QLatin1String key, const QString &path, bool required, qint64 *out,
                 QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && required)
        return missing(error, child(path, key));
    if (isAbsent(value) && !required) {
        *out = 0;
        return true;
    }
    if (!isWholeNumber(value)) {
        return fail(error, QCoreApplication::translate("ConversationExporter", "%1 must be a whole number, not %2.")
                               .arg(child(path, key), describe(value)));
    }
    *out = value.toInteger();
    return true;
}

bool readTime(const QJsonObject &object, QLatin1String key, const QString &path, QDateTime *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (isAbsent(value)) {
        *out = QDateTime();
        return true;
    }
    // Qt alone would also take a date without a time, or a time without a zone (read as the
    // importing machine's local time, so the same file would mean different instants).
    static const QRegularExpression pattern(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})$"));
    const QString text = value.toString();
    const QDateTime time = value.isString() && pattern.match(text).hasMatch()
        ? QDateTime::fromString(text, Qt::ISODateWithMs)
        : QDateTime();
    if (!time.isValid()) {
        return fail(error, QCoreApplication::translate("ConversationExporter",
                                                       "%1 must be a time such as 2026-11-28T00:40:12.345Z, not %2.")
                               .arg(child(path, key), describe(value)));
    }
    *out = time.toUTC();
    return true;
}

// A JSON object member that may be absent or null; anything else must be an object.
bool readOptionalObject(const QJsonObject &object, QLatin1String key, const QString &path,
                        std::optional<QJsonObject> *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (isAbsent(value)) {
        *out = std::nullopt;
        return true;
    }
    if (!value.isObject()) {
        return fail(error, QCoreApplication::translate("ConversationExporter", "%1 must be an object or null, not %2.")
                               .arg(child(path, key), describe(value)));
    }
    *out = value.toObject();
    return true;
}

bool notOneOf(QString *error, const QString &path, const QString &got, const QString &allowed)
{
    return fail(error, QCoreApplication::translate("ConversationExporter", "%1 \"%2\" is not one of: %3.")
                           .arg(path, got, allowed));
}

// Numbers are range-checked like settings: a value outside fails the import with the field's
// name rather than being clamped, so nothing in the file is silently changed, and a negative
// cost can never lower what a budget counts.
QString number(double value)
{
    // Token counts and limits read as the whole numbers they are, not as 1e+12.
    if (std::trunc(value) == value && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

bool inRange(double value, double min, double max, const QString &path, QString *error)
{
    if (!(value >= min)) { // NaN included
        return fail(error, QCoreApplication::translate("ConversationExporter", "%1 must be %2 or more, not %3.")
                               .arg(path, number(min), number(value)));
    }
    if (value > max) {
        return fail(error, QCoreApplication::translate("ConversationExporter", "%1 must be at most %2, not %3.")
                               .arg(path, number(max), number(value)));
    }
    return true;
}

bool inRange(const std::optional<double> &value, double min, double max, const QString &path, QString *error)
{
    return !value || inRange(*value, min, max, path, error);
}

bool inRange(const std::optional<qint64> &value, double min, double max, const QString &path, QString *error)
{
    return !value || inRange(double(*value), min, max, path, error);
}

// Times in milliseconds: from 0 to about 31 years.
constexpr double kMaxMs = 1e12;
// Any real speed is far below this.
constexpr double kMaxTokensPerSecond = 1e9;

bool readCost(const QJsonObject &object, const QString &path, CostEstimate *out, QString *error);

bool readConversation(const QJsonObject &object, Conversation *out, QString *error)
{
    const QString path = QStringLiteral("conversation");
    Conversation conversation;
    if (!readString(object, QLatin1String("uuid"), path, false, &conversation.uuid, error)
        || !readString(object, QLatin1String("title"), path, false, &conversation.title, error)
        || !readBool(object, QLatin1String("pinned"), path, &conversation.pinned, error)
        || !readTime(object, QLatin1String("created_at"), path, &conversation.createdAt, error)
        || !readTime(object, QLatin1String("updated_at"), path, &conversation.updatedAt, error)
        || !readString(object, QLatin1String("profile"), path, false, &conversation.profile, error)
        || !readString(object, QLatin1String("model"), path, false, &conversation.model, error)
        || !readOptionalNumber(object, QLatin1String("temperature"), path, &conversation.temperature, error)
        || !readString(object, QLatin1String("system_prompt"), path, false, &conversation.systemPrompt, error)
        || !inRange(conversation.temperature, 0.0, 2.0, child(path, QLatin1String("temperature")), error))
        return false;
    // Optional: exports from before drafts were kept have none.
    if (!readString(object, QLatin1String("draft"), path, false, &conversation.draft, error))
        return false;
    // Optional: exports from before auto-title have no such field.
    std::optional<QJsonObject> titleCost;
    if (!readOptionalObject(object, QLatin1String("title_cost"), path, &titleCost, error))
        return false;
    if (titleCost) {
        CostEstimate cost;
        if (!readCost(*titleCost, child(path, QLatin1String("title_cost")), &cost, error))
            return false;
        conversation.titleCost = cost;
    }
    *out = conversation;
    return true;
}

bool readUsage(const QJsonObject &object, const QString &path, TokenUsage *out, QString *error)
{
    TokenUsage usage;
    QString source;
    if (!readInteger(object, QLatin1String("prompt_tokens"), path, true, &usage.promptTokens, error)
        || !readInteger(object, QLatin1String("completion_tokens"), path, true, &usage.completionTokens, error)
        || !readInteger(object, QLatin1String("cached_tokens"), path, false, &usage.cachedPromptTokens, error)
        || !readInteger(object, QLatin1String("reasoning_tokens"), path, false, &usage.reasoningTokens, error)
        || !readString(object, QLatin1String("source"), path, true, &source, error))
        return false;
    // Non-negative and bounded, so no sum of them can overflow. Parts larger than their total are
    // allowed: providers do report cached > prompt, Tally stored what they said, and prices clamp.
    const double maxTokens = double(TokenUsage::kMaxTokens);
    if (!inRange(double(usage.promptTokens), 0, maxTokens, child(path, QLatin1String("prompt_tokens")), error)
        || !inRange(double(usage.completionTokens), 0, maxTokens, child(path, QLatin1String("completion_tokens")), error)
        || !inRange(double(usage.cachedPromptTokens), 0, maxTokens, child(path, QLatin1String("cached_tokens")), error)
        || !inRange(double(usage.reasoningTokens), 0, maxTokens, child(path, QLatin1String("reasoning_tokens")), error))
        return false;
    // Required, not defaulted: whether a count was reported or guessed is the point of showing it.
    if (source == u"reported")
        usage.source = TokenUsage::Source::Reported;
    else if (source == u"estimated")
        usage.source = TokenUsage::Source::Estimated;
    else
        return notOneOf(error, child(path, QLatin1String("source")), source, QStringLiteral("reported, estimated"));
    *out = usage;
    return true;
}

bool readCost(const QJsonObject &object, const QString &path, CostEstimate *out, QString *error)
{
    QString sourceName;
    QString currency;
    if (!readString(object, QLatin1String("source"), path, true, &sourceName, error)
        || !readString(object, QLatin1String("currency"), path, false, &currency, error))
        return false;
    const std::optional<CostEstimate::Source> source = CostEstimate::sourceFromName(sourceName);
    if (!source) {
        return notOneOf(error, child(path, QLatin1String("source")), sourceName,
                        QStringLiteral("reported, estimated, cached, unknown"));
    }
    if (*source == CostEstimate::Source::Unknown) {
        *out = CostEstimate::unknown();
        return true;
    }
    const QJsonValue amount = object.value(QLatin1String("amount"));
    if (!amount.isDouble()) {
        return fail(error,
                    QCoreApplication::translate("ConversationExporter", "%1 must be a number when the cost is %2, not %3.")
                        .arg(child(path, QLatin1String("amount")), sourceName, describe(amount)));
    }
    if (!inRange(amount.toDouble(), 0, CostEstimate::kMaxAmount, child(path, QLatin1String("amount")), error))
        return false;
    *out = CostEstimate::restored(amount.toDouble(), currency, *source);
    return true;
}

bool readMessage(const QJsonValue &value, int index, Message *out, QString *error)
{
    const QString path = QStringLiteral("messages[%1]").arg(index);
    if (!value.isObject()) {
        return fail(error, QCoreApplication::translate("ConversationExporter", "%1 must be an object, not %2.")
                               .arg(path, describe(value)));
    }
    const QJsonObject object = value.toObject();

    Message message;
    message.position = index;

    // Optional: files from before versions have none of these, and read as one version each.
    std::optional<qint64> id;
    std::optional<qint64> replyTo;
    std::optional<qint64> versionOf;
    if (!readOptionalInteger(object, QLatin1String("id"), path, &id, error)
        || !readOptionalInteger(object, QLatin1String("reply_to"), path, &replyTo, error)
        || !readOptionalInteger(object, QLatin1String("version_of"), path, &versionOf, error)
        || (object.contains(QLatin1String("selected"))
            && !readBool(object, QLatin1String("selected"), path, &message.selected, error))
        || (object.contains(QLatin1String("continued"))
            && !readBool(object, QLatin1String("continued"), path, &message.continued, error)))
        return false;
    message.id = id.value_or(0);
    message.parentId = replyTo.value_or(0);
    message.groupId = versionOf.value_or(0);

    QString roleName;
    if (!readString(object, QLatin1String("role"), path, true, &roleName, error))
        return false;
    const std::optional<Message::Role> role = Message::roleFromName(roleName);
    if (!role)
        return notOneOf(error, child(path, QLatin1String("role")), roleName, QStringLiteral("system, user, assistant"));
    message.role = *role;

    QString stateName;
    if (!readString(object, QLatin1String("content"), path, true, &message.content, error)
        || !readString(object, QLatin1String("reasoning"), path, false, &message.reasoning, error)
        || !readString(object, QLatin1String("state"), path, false, &stateName, error)
        || !readString(object, QLatin1String("model"), path, false, &message.model, error)
        || !readTime(object, QLatin1String("created_at"), path, &message.createdAt, error))
        return false;
    if (!stateName.isEmpty()) {
        const std::optional<Message::State> state = Message::stateFromName(stateName);
        if (!state) {
            return notOneOf(error, child(path, QLatin1String("state")), stateName,
                            QStringLiteral("complete, streaming, incomplete, error, cancelled"));
        }
        message.state = *state;
    }

    std::optional<QJsonObject> errorObject;
    if (!readOptionalObject(object, QLatin1String("error"), path, &errorObject, error))
        return false;
    if (errorObject) {
        const QString errorPath = child(path, QLatin1String("error"));
        if (!readString(*errorObject, QLatin1String("kind"), errorPath, false, &message.errorKind, error)
            || !readString(*errorObject, QLatin1String("message"), errorPath, false, &message.errorMessage, error))
            return false;
    }

    std::optional<QJsonObject> usageObject;
    std::optional<QJsonObject> timingObject;
    if (!readOptionalObject(object, QLatin1String("usage"), path, &usageObject, error)
        || !readOptionalObject(object, QLatin1String("timing"), path, &timingObject, error))
        return false;
    if (usageObject) {
        MessageStats stats;
        QString finishReason;
        qint64 attempts = 0;
        if (!readUsage(*usageObject, child(path, QLatin1String("usage")), &stats.usage, error)
            || !readString(object, QLatin1String("finish_reason"), path, false, &stats.finishReason, error)
            || !readInteger(object, QLatin1String("attempts"), path, false, &attempts, error)
            || !readOptionalNumber(object, QLatin1String("reported_cost"), path, &stats.reportedCost, error))
            return false;
        if (attempts < 0 || attempts > std::numeric_limits<int>::max()) {
            return fail(error, QCoreApplication::translate("ConversationExporter", "%1 must be 0 or more, not %2.")
                                   .arg(child(path, QLatin1String("attempts")), QString::number(attempts)));
        }
        stats.attempts = int(attempts);
        if (!inRange(stats.reportedCost, 0, CostEstimate::kMaxAmount, child(path, QLatin1String("reported_cost")), error))
            return false;
        if (timingObject) {
            const QString timingPath = child(path, QLatin1String("timing"));
            if (!readOptionalInteger(*timingObject, QLatin1String("ttfb_ms"), timingPath, &stats.ttfbMs, error)
                || !readOptionalInteger(*timingObject, QLatin1String("ttft_ms"), timingPath, &stats.ttftMs, error)
                || !readOptionalInteger(*timingObject, QLatin1String("total_ms"), timingPath, &stats.totalMs, error)
                || !readOptionalNumber(*timingObject, QLatin1String("tokens_per_second"), timingPath,
                                       &stats.tokensPerSecond, error)
                || !inRange(stats.ttfbMs, 0, kMaxMs, child(timingPath, QLatin1String("ttfb_ms")), error)
                || !inRange(stats.ttftMs, 0, kMaxMs, child(timingPath, QLatin1String("ttft_ms")), error)
                || !inRange(stats.totalMs, 0, kMaxMs, child(timingPath, QLatin1String("total_ms")), error)
                || !inRange(stats.tokensPerSecond, 0, kMaxTokensPerSecond,
                            child(timingPath, QLatin1String("tokens_per_second")), error))
                return false;
        }
        // Storage keeps one model per message and reads it into both; an import must match.
        stats.model = message.model;
        message.stats = stats;
    } else {
        // Stats without usage would be silently dropped: say so instead.
        for (QLatin1String key : {QLatin1String("timing"), QLatin1String("finish_reason"), QLatin1String("attempts"),
                                  QLatin1String("reported_cost")}) {
            if (!isAbsent(object.value(key))) {
                return fail(error, QCoreApplication::translate("ConversationExporter",
                                                               "%1 is given, but %2 is null; stats need usage.")
                                       .arg(child(path, key), child(path, QLatin1String("usage"))));
            }
        }
    }

    std::optional<QJsonObject> costObject;
    if (!readOptionalObject(object, QLatin1String("cost"), path, &costObject, error))
        return false;
    if (costObject) {
        CostEstimate cost;
        if (!readCost(*costObject, child(path, QLatin1String("cost")), &cost, error))
            return false;
        message.cost = cost;
    }

    *out = message;
    return true;
}

// ---------------------------------------------------------------------------------------------
// Markdown

// The closing fence a Markdown text leaves open, or an empty string. Follows CommonMark's fence
// rules (``` or ~~~, at least three, at most three spaces of indent; a closer is the same
// character, at least as long, with nothing after it) because a reply cut off inside a code
// block would otherwise turn everything after it in the file into code.
QString openFenceCloser(const QString &text)
{
    QChar fenceChar;
    qsizetype fenceLength = 0; // 0 while outside a fence
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    for (QStringView line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        qsizetype indent = 0;
        while (indent < line.size() && line.at(indent) == u' ')
            ++indent;
        if (indent > 3 || indent == line.size())
            continue;
        const QStringView rest = line.mid(indent);
        const QChar c = rest.front();
        if (c != u'`' && c != u'~')
            continue;
        qsizetype run = 0;
        while (run < rest.size() && rest.at(run) == c)
            ++run;
        if (run < 3)
            continue;
        const QStringView after = rest.mid(run);
        if (fenceLength == 0) {
            // A backtick in the info string makes the line inline code, not a fence.
            if (c == u'`' && after.contains(u'`'))
                continue;
            fenceChar = c;
            fenceLength = run;
        } else if (c == fenceChar && run >= fenceLength && after.trimmed().isEmpty()) {
            fenceLength = 0;
        }
    }
    return fenceLength == 0 ? QString() : QString(fenceLength, fenceChar);
}

// The text as a Markdown block that cannot leak into what follows: trailing newlines dropped
// (the caller adds the blank line) and an open code fence closed.
QString closedBlock(const QString &text)
{
    QString block = text;
    while (block.endsWith(u'\n') || block.endsWith(u'\r'))
        block.chop(1);
    const QString closer = openFenceCloser(block);
    if (!closer.isEmpty())
        block += QLatin1Char('\n') + closer;
    return block;
}

QString blockquote(const QString &text)
{
    const QStringList lines = closedBlock(text).split(u'\n');
    QStringList quoted;
    quoted.reserve(lines.size());
    for (const QString &line : lines)
        quoted.append(line.isEmpty() ? QStringLiteral(">") : QString(QStringLiteral("> ") + line));
    return quoted.join(u'\n');
}

// Text that goes inside an italic line: emphasis, code and link characters are escaped so a
// model id such as "*-preview" cannot end the italics early.
QString inlineText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (QChar c : text) {
        if (QStringView(u"\\`*_[]<>").contains(c))
            escaped += u'\\';
        escaped += c;
    }
    return escaped.simplified();
}

QString duration(qint64 ms, const QLocale &locale)
{
    if (ms < 1000)
        return QCoreApplication::translate("ConversationExporter", "%1 ms").arg(locale.toString(ms));
    return QCoreApplication::translate("ConversationExporter", "%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', 1));
}

QString roleHeading(Message::Role role)
{
    switch (role) {
    case Message::Role::System: return QCoreApplication::translate("ConversationExporter", "System");
    case Message::Role::User: return QCoreApplication::translate("ConversationExporter", "You");
    case Message::Role::Assistant: break;
    }
    return QCoreApplication::translate("ConversationExporter", "Assistant");
}

// "⚠ Incomplete reply: ..." and the like, or empty for a complete message.
QString stateMark(const Message &message)
{
    const QString detail = message.errorMessage.isEmpty() ? message.errorKind : message.errorMessage;
    QString what;
    switch (message.state) {
    case Message::State::Complete: return QString();
    case Message::State::Streaming:
        what = QCoreApplication::translate("ConversationExporter", "Still being received when exported");
        break;
    case Message::State::Incomplete:
        what = QCoreApplication::translate("ConversationExporter", "Incomplete reply");
        break;
    case Message::State::Error: what = QCoreApplication::translate("ConversationExporter", "Error"); break;
    case Message::State::Cancelled:
        what = QCoreApplication::translate("ConversationExporter", "Stopped before the end");
        break;
    }
    QString mark = QStringLiteral("**⚠ ") + what + QStringLiteral("**");
    if (!detail.isEmpty())
        mark += QStringLiteral(": ") + inlineText(detail);
    return mark;
}

QString statsFooter(const Message &message, const QLocale &locale)
{
    QStringList parts;
    if (!message.model.isEmpty())
        parts.append(inlineText(message.model));
    if (const std::optional<MessageStats> &stats = message.stats) {
        const TokenUsage &usage = stats->usage;
        const QString prompt = locale.toString(usage.promptTokens);
        const QString completion = locale.toString(usage.completionTokens);
        parts.append(usage.isReported()
                         ? QCoreApplication::translate("ConversationExporter", "%1 → %2 tokens (reported)")
                               .arg(prompt, completion)
                         : QCoreApplication::translate("ConversationExporter", "≈ %1 → %2 tokens (estimated)")
                               .arg(prompt, completion));
        if (usage.cachedPromptTokens > 0) {
            parts.append(QCoreApplication::translate("ConversationExporter", "%1 cached")
                             .arg(locale.toString(usage.cachedPromptTokens)));
        }
        if (usage.reasoningTokens > 0) {
            parts.append(QCoreApplication::translate("ConversationExporter", "%1 reasoning")
                             .arg(locale.toString(usage.reasoningTokens)));
        }
        if (stats->ttftMs)
            parts.append(QCoreApplication::translate("ConversationExporter", "TTFT %1").arg(duration(*stats->ttftMs, locale)));
        if (stats->totalMs)
            parts.append(QCoreApplication::translate("ConversationExporter", "total %1").arg(duration(*stats->totalMs, locale)));
        if (stats->tokensPerSecond) {
            parts.append(QCoreApplication::translate("ConversationExporter", "%1 tokens/s")
                             .arg(locale.toString(*stats->tokensPerSecond, 'f', 1)));
        }
        if (stats->attempts > 1)
            parts.append(QCoreApplication::translate("ConversationExporter", "%n attempts", nullptr, stats->attempts));
    }
    if (const std::optional<CostEstimate> &cost = message.cost) {
        if (cost->isKnown()) {
            parts.append(QCoreApplication::translate("ConversationExporter", "cost %1 (%2)")
                             .arg(cost->format(locale), cost->sourceWord()));
        } else {
            parts.append(QCoreApplication::translate("ConversationExporter", "cost %1").arg(cost->format(locale)));
        }
    }
    // A bare model name is not a stats line; user messages carry the model too.
    if (!message.stats && !message.cost)
        return QString();
    return QLatin1Char('*') + parts.join(QStringLiteral(" · ")) + QLatin1Char('*');
}

// ---------------------------------------------------------------------------------------------
// CSV

QByteArray csvText(const QString &text)
{
    QString value = text;
    // A spreadsheet runs a cell that starts with one of these as a formula, so a conversation
    // title like "=HYPERLINK(...)" would execute when the CSV is opened (CSV injection, OWASP).
    // The apostrophe makes it plain text; tab and CR are on OWASP's list for the same reason.
    if (!value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.front()))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\r') || value.contains(u'\n')) {
        value.replace(u'"', QStringLiteral("\"\""));
        value = QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value.toUtf8();
}

QByteArray csvNumber(std::optional<qint64> value)
{
    return value ? QByteArray::number(*value) : QByteArray();
}

QByteArray csvNumber(std::optional<double> value)
{
    // Fixed notation with the shortest exact digits: no exponent for spreadsheets to misread,
    // no locale separators, and no rounding of small costs.
    return value ? QByteArray::number(*value, 'f', QLocale::FloatingPointShortest) : QByteArray();
}

QByteArray csvTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs).toUtf8() : QByteArray();
}

} // namespace

QByteArray ConversationExporter::toJson(const ConversationDocument &doc)
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

std::optional<ConversationDocument> ConversationExporter::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error, QCoreApplication::translate("ConversationExporter", "The file is not JSON: %1 at byte %2.")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QLatin1String("format")).toString() != kFormatName) {
        fail(error, QCoreApplication::translate("ConversationExporter",
                                                "The file is not a Tally conversation export (no \"format\": \"%1\").")
                        .arg(kFormatName));
        return std::nullopt;
    }

    const QJsonValue version = root.value(QLatin1String("version"));
    if (!isWholeNumber(version) || version.toInteger() < 1) {
        fail(error, QCoreApplication::translate("ConversationExporter",
                                                "version must be a format version such as %1, not %2.")
                        .arg(kFormatVersion)
                        .arg(describe(version)));
        return std::nullopt;
    }
    if (version.toInteger() > kFormatVersion) {
        fail(error, QCoreApplication::translate("ConversationExporter",
                                                "This conversation was written by a newer Tally (format version %1); "
                                                "update Tally to import it.")
                        .arg(version.toInteger()));
        return std::nullopt;
    }

    ConversationDocument doc;
    const QJsonValue conversation = root.value(QLatin1String("conversation"));
    if (conversation.isUndefined()) {
        missing(error, QStringLiteral("conversation"));
        return std::nullopt;
    }
    if (!conversation.isObject()) {
        fail(error, QCoreApplication::translate("ConversationExporter", "%1 must be an object, not %2.")
                        .arg(QStringLiteral("conversation"), describe(conversation)));
        return std::nullopt;
    }
    if (!readConversation(conversation.toObject(), &doc.conversation, error))
        return std::nullopt;

    const QJsonValue messages = root.value(QLatin1String("messages"));
    if (messages.isUndefined()) {
        missing(error, QStringLiteral("messages"));
        return std::nullopt;
    }
    if (!messages.isArray()) {
        fail(error, QCoreApplication::translate("ConversationExporter", "%1 must be a list, not %2.")
                        .arg(QStringLiteral("messages"), describe(messages)));
        return std::nullopt;
    }
    const QJsonArray list = messages.toArray();
    doc.messages.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        Message message;
        if (!readMessage(list.at(i), int(i), &message, error))
            return std::nullopt;
        doc.messages.append(message);
    }
    return doc;
}

QString ConversationExporter::toMarkdown(const ConversationDocument &doc, const QLocale &locale)
{
    const Conversation &conversation = doc.conversation;
    QStringList blocks;

    const QString title = conversation.title.simplified();
    blocks.append(QStringLiteral("# ")
                  + (title.isEmpty() ? QCoreApplication::translate("ConversationExporter", "Untitled conversation")
                                     : title));

    QStringList facts;
    if (!conversation.model.isEmpty())
        facts.append(QCoreApplication::translate("ConversationExporter", "Model: %1").arg(conversation.model));
    if (!conversation.profile.isEmpty())
        facts.append(QCoreApplication::translate("ConversationExporter", "Profile: %1").arg(conversation.profile));
    if (conversation.temperature) {
        facts.append(QCoreApplication::translate("ConversationExporter", "Temperature: %1")
                         .arg(locale.toString(*conversation.temperature, 'g', QLocale::FloatingPointShortest)));
    }
    if (conversation.createdAt.isValid()) {
        const QDateTime local = conversation.createdAt.toLocalTime();
        facts.append(QCoreApplication::translate("ConversationExporter", "Created: %1")
                         .arg(locale.toString(local.date(), QLocale::LongFormat) + QLatin1Char(' ')
                              + locale.toString(local.time(), QLocale::ShortFormat)));
    }
    if (!facts.isEmpty())
        blocks.append(facts.join(QStringLiteral(" · ")));

    if (!conversation.systemPrompt.trimmed().isEmpty())
        blocks.append(blockquote(conversation.systemPrompt));

    // The conversation as it reads: of an edited question or a regenerated reply, the version
    // chosen (the JSON export keeps them all).
    for (const Message &message : ConversationStore::selectedPath(doc.messages)) {
        blocks.append(QStringLiteral("## ") + roleHeading(message.role));
        if (!message.reasoning.trimmed().isEmpty()) {
            // The blank lines around the text let Markdown renderers format it inside the HTML.
            blocks.append(QStringLiteral("<details><summary>")
                          + QCoreApplication::translate("ConversationExporter", "Reasoning")
                          + QStringLiteral("</summary>"));
            blocks.append(closedBlock(message.reasoning));
            blocks.append(QStringLiteral("</details>"));
        }
        if (!message.content.trimmed().isEmpty())
            blocks.append(closedBlock(message.content));
        const QString mark = stateMark(message);
        if (!mark.isEmpty())
            blocks.append(mark);
        const QString footer = statsFooter(message, locale);
        if (!footer.isEmpty())
            blocks.append(footer);
    }
    return blocks.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

QByteArray ConversationExporter::usageCsv(const QList<ConversationDocument> &docs)
{
    QByteArray csv = QByteArrayLiteral(
        "date,conversation,conversation_uuid,model,prompt_tokens,completion_tokens,cached_tokens,reasoning_tokens,"
        "usage_source,cost,currency,cost_source,ttft_ms,total_ms,tokens_per_second\r\n");
    for (const ConversationDocument &doc : docs) {
        for (const Message &message : doc.messages) {
            if (!message.stats)
                continue;
            const MessageStats &stats = *message.stats;
            const std::optional<CostEstimate> &cost = message.cost;
            const QList<QByteArray> fields{
                csvTime(message.createdAt),
                csvText(doc.conversation.title),
                csvText(doc.conversation.uuid),
                csvText(message.model),
                QByteArray::number(stats.usage.promptTokens),
                QByteArray::number(stats.usage.completionTokens),
                QByteArray::number(stats.usage.cachedPromptTokens),
                QByteArray::number(stats.usage.reasoningTokens),
                stats.usage.isReported() ? QByteArrayLiteral("reported") : QByteArrayLiteral("estimated"),
                csvNumber(cost && cost->isKnown() ? std::optional<double>(cost->amount()) : std::nullopt),
                cost ? csvText(cost->currency()) : QByteArray(),
                cost ? csvText(cost->sourceName()) : QByteArray(),
                csvNumber(stats.ttftMs),
                csvNumber(stats.totalMs),
                csvNumber(stats.tokensPerSecond),
            };
            csv += fields.join(',') + QByteArrayLiteral("\r\n");
        }
    }
    return csv;
}
