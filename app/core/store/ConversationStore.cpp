#include "store/ConversationStore.h"

#include "store/Database.h"

#include "domain/SafeText.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace {

constexpr auto kMessageColumns =
    "id, conversation_id, position, role, content, reasoning, state, error_kind, error_message, model,"
    " created_at, updated_at, has_stats, prompt_tokens, completion_tokens, cached_tokens, reasoning_tokens,"
    " usage_source, ttfb_ms, ttft_ms, total_ms, tokens_per_second, finish_reason, attempts, reported_cost,"
    " cost, cost_currency, cost_source";

constexpr auto kConversationColumns =
    "id, uuid, title, pinned, created_at, updated_at, profile, model, temperature, system_prompt,"
    " title_cost, title_cost_currency, title_cost_source";
constexpr int kConversationColumnCount = 13;

// A stale "streaming" row belongs to a writer that died: it reads as incomplete even before
// the next open marks it so.
constexpr qint64 kAbandonedStreamMs = 15'000;

qint64 toMs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QVariant nullable(std::optional<qint64> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullable(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

// A null QString binds as SQL NULL; the text columns are NOT NULL and "" is what is meant. A
// lone surrogate cannot be written as UTF-8 (SQLite would keep a "?"): U+FFFD, as shown.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : SafeText::withoutLoneSurrogates(value);
}

// The same rule on a caller's copy, so the Message or Conversation it gets back is what was stored.
void keepable(Message &message)
{
    for (QString *field : {&message.content, &message.reasoning, &message.errorKind, &message.errorMessage, &message.model})
        *field = SafeText::withoutLoneSurrogates(*field);
}

void keepable(Conversation &conversation)
{
    for (QString *field : {&conversation.title, &conversation.profile, &conversation.model, &conversation.systemPrompt})
        *field = SafeText::withoutLoneSurrogates(*field);
}

std::optional<qint64> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

std::optional<double> optionalDouble(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

Conversation conversationFrom(const QSqlQuery &query)
{
    Conversation conversation;
    conversation.id = query.value(0).toLongLong();
    conversation.uuid = query.value(1).toString();
    conversation.title = query.value(2).toString();
    conversation.pinned = query.value(3).toBool();
    conversation.createdAt = fromMs(query.value(4).toLongLong());
    conversation.updatedAt = fromMs(query.value(5).toLongLong());
    conversation.profile = query.value(6).toString();
    conversation.model = query.value(7).toString();
    conversation.temperature = optionalDouble(query.value(8));
    conversation.systemPrompt = query.value(9).toString();
    if (const auto source = CostEstimate::sourceFromName(query.value(12).toString()))
        conversation.titleCost = CostEstimate::restored(query.value(10).toDouble(), query.value(11).toString(), *source);
    return conversation;
}

// Three columns: amount (NULL when unknown or none), currency, source ("" when none).
void bindTitleCost(QSqlQuery &query, const std::optional<CostEstimate> &cost)
{
    query.addBindValue(cost && cost->isKnown() ? QVariant(cost->amount()) : QVariant(QMetaType::fromType<double>()));
    query.addBindValue(cost ? text(cost->currency()) : QStringLiteral(""));
    query.addBindValue(cost ? cost->sourceName() : QStringLiteral(""));
}

Message messageFrom(const QSqlQuery &query)
{
    Message message;
    message.id = query.value(0).toLongLong();
    message.conversationId = query.value(1).toLongLong();
    message.position = query.value(2).toInt();
    message.role = Message::roleFromName(query.value(3).toString()).value_or(Message::Role::User);
    message.content = query.value(4).toString();
    message.reasoning = query.value(5).toString();
    message.state = Message::stateFromName(query.value(6).toString()).value_or(Message::State::Incomplete);
    if (message.state == Message::State::Streaming
        && query.value(11).toLongLong() < QDateTime::currentMSecsSinceEpoch() - kAbandonedStreamMs)
        message.state = Message::State::Incomplete;
    message.errorKind = query.value(7).toString();
    message.errorMessage = query.value(8).toString();
    message.model = query.value(9).toString();
    message.createdAt = fromMs(query.value(10).toLongLong());
    if (query.value(12).toBool()) {
        MessageStats stats;
        stats.usage.promptTokens = query.value(13).toLongLong();
        stats.usage.completionTokens = query.value(14).toLongLong();
        stats.usage.cachedPromptTokens = query.value(15).toLongLong();
        stats.usage.reasoningTokens = query.value(16).toLongLong();
        stats.usage.source = query.value(17).toString() == u"reported" ? TokenUsage::Source::Reported
                                                                        : TokenUsage::Source::Estimated;
        stats.ttfbMs = optionalInt(query.value(18));
        stats.ttftMs = optionalInt(query.value(19));
        stats.totalMs = optionalInt(query.value(20));
        stats.tokensPerSecond = optionalDouble(query.value(21));
        stats.finishReason = query.value(22).toString();
        stats.attempts = query.value(23).toInt();
        stats.reportedCost = optionalDouble(query.value(24));
        stats.model = message.model;
        message.stats = stats;
    }
    if (!query.value(27).isNull()) {
        const auto source = CostEstimate::sourceFromName(query.value(27).toString())
                                .value_or(CostEstimate::Source::Unknown);
        message.cost = CostEstimate::restored(query.value(25).toDouble(), query.value(26).toString(), source);
    }
    return message;
}

// Binds the fields finishMessage() and insertMessage() share, in kMessageColumns order from
// "content" on (without created_at/updated_at).
void bindMessageFields(QSqlQuery &query, const Message &message)
{
    query.addBindValue(text(message.content));
    query.addBindValue(text(message.reasoning));
    query.addBindValue(Message::stateName(message.state));
    query.addBindValue(text(message.errorKind));
    query.addBindValue(text(message.errorMessage));
    query.addBindValue(text(message.model));
    const bool hasStats = message.stats.has_value();
    const MessageStats stats = message.stats.value_or(MessageStats());
    query.addBindValue(hasStats ? 1 : 0);
    query.addBindValue(hasStats ? QVariant(stats.usage.promptTokens) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(hasStats ? QVariant(stats.usage.completionTokens) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(hasStats ? QVariant(stats.usage.cachedPromptTokens) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(hasStats ? QVariant(stats.usage.reasoningTokens) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(hasStats ? QVariant(stats.usage.isReported() ? QStringLiteral("reported") : QStringLiteral("estimated"))
                                : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(nullable(stats.ttfbMs));
    query.addBindValue(nullable(stats.ttftMs));
    query.addBindValue(nullable(stats.totalMs));
    query.addBindValue(nullable(stats.tokensPerSecond));
    query.addBindValue(hasStats ? QVariant(text(stats.finishReason)) : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(hasStats ? QVariant(stats.attempts) : QVariant(QMetaType::fromType<int>()));
    query.addBindValue(nullable(stats.reportedCost));
    if (message.cost) {
        query.addBindValue(message.cost->isKnown() ? QVariant(message.cost->amount()) : QVariant(QMetaType::fromType<double>()));
        query.addBindValue(message.cost->currency());
        query.addBindValue(message.cost->sourceName());
    } else {
        query.addBindValue(QVariant(QMetaType::fromType<double>()));
        query.addBindValue(QVariant(QMetaType::fromType<QString>()));
        query.addBindValue(QVariant(QMetaType::fromType<QString>()));
    }
}

// The words of a query that the trigram index can match (three characters or more).
QStringList searchTerms(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList terms;
    for (const QString &word : text.split(space, Qt::SkipEmptyParts)) {
        if (word.size() >= 3)
            terms << word;
    }
    return terms;
}

// How well a message matches: occurrences of each word (a few count, a flood does not),
// weighed down gently by length so a short exact answer beats a long page that mentions it once.
double relevance(const QString &content, const QString &reasoning, const QStringList &terms)
{
    double score = 0;
    for (const QString &term : terms) {
        const int inContent = std::min<int>(5, int(content.count(term, Qt::CaseInsensitive)));
        const int inReasoning = std::min<int>(5, int(reasoning.count(term, Qt::CaseInsensitive)));
        score += inContent + 0.5 * inReasoning;
    }
    return score / std::sqrt(1.0 + double(content.size() + reasoning.size()) / 500.0);
}

// About 160 characters around the first match, every match wrapped in the markers.
QString snippetOf(const QString &text, const QStringList &terms)
{
    constexpr qsizetype kBefore = 50;
    constexpr qsizetype kLength = 160;
    qsizetype first = -1;
    for (const QString &term : terms) {
        const qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive);
        if (at >= 0 && (first < 0 || at < first))
            first = at;
    }
    const qsizetype from = first <= kBefore ? 0 : first - kBefore;
    QString snippet = text.mid(from, kLength).simplified();
    for (const QString &term : terms) {
        QString marked;
        qsizetype at = 0;
        for (qsizetype found; (found = snippet.indexOf(term, at, Qt::CaseInsensitive)) >= 0; at = found + term.size())
            marked += QStringView(snippet).sliced(at, found - at) + SearchHit::kMatchStart
                + QStringView(snippet).sliced(found, term.size()) + SearchHit::kMatchEnd;
        marked += QStringView(snippet).sliced(at);
        snippet = marked;
    }
    if (from > 0)
        snippet.prepend(u'…');
    if (from + kLength < text.size())
        snippet.append(u'…');
    return snippet;
}

// The words as an FTS5 query: each quoted (so nothing the user types is FTS syntax), all
// required.
QString ftsQuery(const QStringList &terms)
{
    QStringList quoted;
    for (const QString &term : terms)
        quoted << u'"' + QString(term).replace(u'"', QStringLiteral("\"\"")) + u'"';
    return quoted.join(QStringLiteral(" AND "));
}

// Hands a failure to a caller that asked for it (error may be null).
void report(StoreError *out, const StoreError &error)
{
    if (out)
        *out = error;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace

ConversationStore::ConversationStore(Database &database)
    : m_database(database)
{
}

ConversationStore::~ConversationStore() = default;

void ConversationStore::checkpoint() const
{
    m_database.checkpoint();
}

std::optional<Conversation> ConversationStore::createConversation(Conversation conversation, StoreError *error)
{
    if (conversation.uuid.isEmpty())
        conversation.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!conversation.createdAt.isValid())
        conversation.createdAt = fromMs(now);
    if (!conversation.updatedAt.isValid())
        conversation.updatedAt = conversation.createdAt;
    keepable(conversation);

    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO conversations (uuid, title, pinned, created_at, updated_at, profile, model,"
                                 " temperature, system_prompt, title_cost, title_cost_currency, title_cost_source)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(text(conversation.uuid));
    query.addBindValue(text(conversation.title));
    query.addBindValue(conversation.pinned ? 1 : 0);
    query.addBindValue(toMs(conversation.createdAt));
    query.addBindValue(toMs(conversation.updatedAt));
    query.addBindValue(text(conversation.profile));
    query.addBindValue(text(conversation.model));
    query.addBindValue(nullable(conversation.temperature));
    query.addBindValue(text(conversation.systemPrompt));
    bindTitleCost(query, conversation.titleCost);
    if (!query.exec()) {
        report(error, StoreError::fromSql(query.lastError()));
        return std::nullopt;
    }
    conversation.id = query.lastInsertId().toLongLong();
    return conversation;
}

bool ConversationStore::updateConversation(const Conversation &conversation, StoreError *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE conversations SET title = ?, pinned = ?, updated_at = ?, profile = ?, model = ?,"
                                 " temperature = ?, system_prompt = ?, title_cost = ?, title_cost_currency = ?,"
                                 " title_cost_source = ? WHERE id = ?"));
    query.addBindValue(text(conversation.title));
    query.addBindValue(conversation.pinned ? 1 : 0);
    query.addBindValue(toMs(conversation.updatedAt));
    query.addBindValue(text(conversation.profile));
    query.addBindValue(text(conversation.model));
    query.addBindValue(nullable(conversation.temperature));
    query.addBindValue(text(conversation.systemPrompt));
    bindTitleCost(query, conversation.titleCost);
    query.addBindValue(conversation.id);
    if (!query.exec()) {
        report(error, StoreError::fromSql(query.lastError()));
        return false;
    }
    if (query.numRowsAffected() == 0) {
        report(error, StoreError::notFound(tr("Conversation %1").arg(conversation.id)));
        return false;
    }
    return true;
}

bool ConversationStore::deleteConversation(qint64 id, StoreError *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM conversations WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        report(error, StoreError::fromSql(query.lastError()));
        return false;
    }
    if (query.numRowsAffected() == 0) {
        report(error, StoreError::notFound(tr("Conversation %1").arg(id)));
        return false;
    }
    return true;
}

std::optional<Conversation> ConversationStore::conversation(qint64 id, StoreError *error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM conversations WHERE id = ?").arg(QLatin1String(kConversationColumns)));
    query.addBindValue(id);
    if (!query.exec()) {
        report(error, StoreError::fromSql(query.lastError()));
        return std::nullopt;
    }
    if (!query.next()) {
        report(error, StoreError::notFound(tr("Conversation %1").arg(id)));
        return std::nullopt;
    }
    return conversationFrom(query);
}

std::optional<Conversation> ConversationStore::conversationByUuid(const QString &uuid, StoreError *error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM conversations WHERE uuid = ?").arg(QLatin1String(kConversationColumns)));
    query.addBindValue(uuid);
    if (!query.exec()) {
        report(error, StoreError::fromSql(query.lastError()));
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return conversationFrom(query);
}

QMap<QString, double> ConversationStore::spending(const QDateTime &since, std::optional<qint64> conversationId,
                                                  StoreError *error) const
{
    // Replies (messages_with_stats covers the time window), plus what naming conversations cost,
    // counted from the day the conversation began; one pass, summed per currency. A negative
    // cost (imports refuse them, but an older file may hold one) never lowers what a budget sees.
    const QString oneConversation = conversationId ? QStringLiteral(" AND conversation_id = :id") : QString();
    const QString oneTitle = conversationId ? QStringLiteral(" AND id = :id") : QString();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT currency, sum(amount) FROM ("
                                 " SELECT cost_currency AS currency, cost AS amount FROM messages"
                                 "  WHERE has_stats = 1 AND created_at >= :since AND cost >= 0%1"
                                 " UNION ALL"
                                 " SELECT title_cost_currency, title_cost FROM conversations"
                                 "  WHERE created_at >= :since AND title_cost >= 0%2"
                                 ") WHERE currency <> '' GROUP BY currency")
                      .arg(oneConversation, oneTitle));
    query.bindValue(QStringLiteral(":since"), since.toMSecsSinceEpoch());
    if (conversationId)
        query.bindValue(QStringLiteral(":id"), *conversationId);
    QMap<QString, double> spent;
    if (!query.exec()) {
        report(error, StoreError::fromSql(query.lastError()));
        return spent;
    }
    while (query.next())
        spent.insert(query.value(0).toString(), query.value(1).toDouble());
    return spent;
}

QList<ConversationSummary> ConversationStore::listConversations(StoreError *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT %1, (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id)"
                                       " FROM conversations c ORDER BY pinned DESC, updated_at DESC, id DESC")
                            .arg(QLatin1String(kConversationColumns));
    QList<ConversationSummary> summaries;
    if (!query.exec(sql)) {
        report(error, StoreError::fromSql(query.lastError()));
        return summaries;
    }
    QHash<qint64, qsizetype> rowOf;
    while (query.next()) {
        rowOf.insert(query.value(0).toLongLong(), summaries.size());
        summaries.append({conversationFrom(query), query.value(kConversationColumnCount).toInt(), {}, 0});
        // Naming the conversation cost something too.
        if (const std::optional<CostEstimate> &title = summaries.last().conversation.titleCost) {
            if (title->isKnown())
                summaries.last().cost[title->currency()] += title->amount();
            else
                ++summaries.last().costUnknown;
        }
    }
    // What each conversation cost so far, per currency, in one pass over the replies.
    QSqlQuery costs(m_database.connection());
    costs.setForwardOnly(true);
    if (costs.exec(QStringLiteral("SELECT conversation_id, cost_currency, sum(cost), count(*) FROM messages"
                                  " WHERE has_stats = 1 GROUP BY conversation_id, cost_currency"))) {
        while (costs.next()) {
            const auto row = rowOf.constFind(costs.value(0).toLongLong());
            if (row == rowOf.cend())
                continue;
            ConversationSummary &summary = summaries[*row];
            if (costs.value(2).isNull() || costs.value(1).toString().isEmpty())
                summary.costUnknown += costs.value(3).toInt();
            else
                summary.cost[costs.value(1).toString()] += costs.value(2).toDouble();
        }
    }
    return summaries;
}

bool ConversationStore::touchConversation(qint64 id, qint64 nowMs, StoreError *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE conversations SET updated_at = ? WHERE id = ?"));
    query.addBindValue(nowMs);
    query.addBindValue(id);
    if (query.exec())
        return true;
    report(error, StoreError::fromSql(query.lastError()));
    return false;
}

bool ConversationStore::insertMessage(Message &message, bool touch, StoreError *error)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!message.createdAt.isValid())
        message.createdAt = fromMs(now);
    keepable(message);
    // Prepared once per store and reused: an import inserts thousands of rows.
    if (!m_insertMessage) {
        m_insertMessage.emplace(m_database.connection());
        m_insertMessage->prepare(QStringLiteral(
            "INSERT INTO messages (conversation_id, position, role, content, reasoning, state, error_kind, error_message,"
            " model, has_stats, prompt_tokens, completion_tokens, cached_tokens, reasoning_tokens, usage_source, ttfb_ms,"
            " ttft_ms, total_ms, tokens_per_second, finish_reason, attempts, reported_cost, cost, cost_currency, cost_source,"
            " created_at, updated_at)"
            " VALUES (?, (SELECT coalesce(max(position), -1) + 1 FROM messages WHERE conversation_id = ?), ?,"
            " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id, position"));
    }
    QSqlQuery &query = *m_insertMessage;
    query.addBindValue(message.conversationId);
    query.addBindValue(message.conversationId);
    query.addBindValue(Message::roleName(message.role));
    bindMessageFields(query, message);
    query.addBindValue(toMs(message.createdAt));
    query.addBindValue(now);
    if (!query.exec() || !query.next()) {
        report(error, StoreError::fromSql(query.lastError()));
        query.finish();
        return false;
    }
    message.id = query.value(0).toLongLong();
    message.position = query.value(1).toInt();
    query.finish();
    return !touch || touchConversation(message.conversationId, now, error);
}

std::optional<Message> ConversationStore::appendMessage(Message message, StoreError *error)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction()) {
        report(error, StoreError::fromSql(db.lastError()));
        return std::nullopt;
    }
    if (!insertMessage(message, true, error)) {
        db.rollback();
        return std::nullopt;
    }
    if (!db.commit()) {
        report(error, StoreError::fromSql(db.lastError()));
        db.rollback();
        return std::nullopt;
    }
    m_database.checkpoint();
    return message;
}

QList<Message> ConversationStore::messages(qint64 conversationId, StoreError *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ? ORDER BY position")
                      .arg(QLatin1String(kMessageColumns)));
    query.addBindValue(conversationId);
    QList<Message> result;
    if (!query.exec()) {
        report(error, StoreError::fromSql(query.lastError()));
        return result;
    }
    while (query.next())
        result.append(messageFrom(query));
    return result;
}

std::optional<Message> ConversationStore::message(qint64 id, StoreError *error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM messages WHERE id = ?").arg(QLatin1String(kMessageColumns)));
    query.addBindValue(id);
    if (!query.exec()) {
        report(error, StoreError::fromSql(query.lastError()));
        return std::nullopt;
    }
    if (!query.next()) {
        report(error, StoreError::notFound(tr("Message %1").arg(id)));
        return std::nullopt;
    }
    return messageFrom(query);
}

bool ConversationStore::saveStreamingText(qint64 messageId, const QString &content, const QString &reasoning,
                                          StoreError *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE messages SET content = ?, reasoning = ?, updated_at = ?"
                                 " WHERE id = ? AND state = 'streaming'"));
    query.addBindValue(text(content));
    query.addBindValue(text(reasoning));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(messageId);
    if (!query.exec()) {
        report(error, StoreError::fromSql(query.lastError()));
        return false;
    }
    return true;
}

bool ConversationStore::finishMessage(const Message &message, StoreError *error)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction()) {
        report(error, StoreError::fromSql(db.lastError()));
        return false;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "UPDATE messages SET content = ?, reasoning = ?, state = ?, error_kind = ?, error_message = ?, model = ?,"
        " has_stats = ?, prompt_tokens = ?, completion_tokens = ?, cached_tokens = ?, reasoning_tokens = ?,"
        " usage_source = ?, ttfb_ms = ?, ttft_ms = ?, total_ms = ?, tokens_per_second = ?, finish_reason = ?,"
        " attempts = ?, reported_cost = ?, cost = ?, cost_currency = ?, cost_source = ?, updated_at = ? WHERE id = ?"));
    bindMessageFields(query, message);
    query.addBindValue(now);
    query.addBindValue(message.id);
    const bool ok = query.exec() && query.numRowsAffected() == 1
        && touchConversation(message.conversationId, now, error);
    if (!ok) {
        if (error && !error->isError())
            *error = query.lastError().isValid() ? StoreError::fromSql(query.lastError())
                                                 : StoreError::notFound(tr("Message %1").arg(message.id));
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        report(error, StoreError::fromSql(db.lastError()));
        db.rollback();
        return false;
    }
    m_database.checkpoint();
    return true;
}

bool ConversationStore::deleteMessage(qint64 id, StoreError *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM messages WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        report(error, StoreError::fromSql(query.lastError()));
        return false;
    }
    return query.numRowsAffected() == 1;
}

QList<SearchHit> ConversationStore::search(const QString &text, int limit, StoreError *error) const
{
    QList<SearchHit> hits;
    if (text.trimmed().isEmpty() || limit <= 0)
        return hits;
    const QString start(SearchHit::kMatchStart);
    const QString end(SearchHit::kMatchEnd);
    const auto fail = [&](const QSqlQuery &query) {
        report(error, StoreError::fromSql(query.lastError()));
        return QList<SearchHit>();
    };
    const QStringList terms = searchTerms(text);
    if (terms.isEmpty())
        return searchByScan(text.trimmed(), limit, error);
    const QString match = ftsQuery(terms);

    // Titles first: there are few, so ranking them all is cheap.
    QSqlQuery titles(m_database.connection());
    titles.setForwardOnly(true);
    titles.prepare(QStringLiteral("SELECT c.id, c.title, highlight(conversation_fts, 0, ?, ?), rank"
                                  " FROM conversation_fts JOIN conversations c ON c.id = conversation_fts.rowid"
                                  " WHERE conversation_fts MATCH ? ORDER BY rank LIMIT ?"));
    titles.addBindValue(start);
    titles.addBindValue(end);
    titles.addBindValue(match);
    titles.addBindValue(limit);
    if (!titles.exec())
        return fail(titles);
    while (titles.next())
        hits.append({titles.value(0).toLongLong(), titles.value(1).toString(), 0, titles.value(2).toString(),
                     titles.value(3).toDouble()});
    if (hits.size() >= limit)
        return hits;

    // Messages. FTS5's bm25() needs, for every query term, the number of documents containing
    // it, which means reading the term's whole document list: tens of milliseconds for a common
    // word in 100k messages, too slow for search-as-you-type. So FTS5 only finds the newest
    // kCandidateWindow matches (it walks rowids newest-first and stops), and they are ranked
    // here by how often and how densely the words occur, newer first on ties.
    constexpr int kCandidateWindow = 500;
    QSqlQuery candidates(m_database.connection());
    candidates.setForwardOnly(true);
    candidates.prepare(QStringLiteral("SELECT rowid FROM message_fts WHERE message_fts MATCH ?"
                                      " ORDER BY rowid DESC LIMIT ?"));
    candidates.addBindValue(match);
    candidates.addBindValue(kCandidateWindow);
    if (!candidates.exec())
        return fail(candidates);
    QStringList ids;
    while (candidates.next())
        ids << candidates.value(0).toString();
    candidates.finish();
    if (ids.isEmpty())
        return hits;

    QSqlQuery details(m_database.connection());
    details.setForwardOnly(true);
    // The ids are numbers FTS5 just returned, not user input.
    if (!details.exec(QStringLiteral("SELECT m.id, m.conversation_id, c.title, m.content, m.reasoning FROM messages m"
                                     " JOIN conversations c ON c.id = m.conversation_id WHERE m.id IN (%1)")
                          .arg(ids.join(u','))))
        return fail(details);
    QList<SearchHit> messageHits;
    while (details.next()) {
        const QString content = details.value(3).toString();
        const QString reasoning = details.value(4).toString();
        SearchHit hit{details.value(1).toLongLong(), details.value(2).toString(), details.value(0).toLongLong(), {}, 0};
        hit.rank = -relevance(content, reasoning, terms);
        hit.snippet = snippetOf(content.contains(terms.first(), Qt::CaseInsensitive) || reasoning.isEmpty() ? content
                                                                                                            : reasoning,
                                terms);
        messageHits.append(hit);
    }
    std::stable_sort(messageHits.begin(), messageHits.end(), [](const SearchHit &a, const SearchHit &b) {
        return a.rank != b.rank ? a.rank < b.rank : a.messageId > b.messageId;
    });
    messageHits.resize(std::min<qsizetype>(messageHits.size(), limit - hits.size()));
    hits += messageHits;
    return hits;
}

QList<SearchHit> ConversationStore::searchByScan(const QString &needle, int limit, StoreError *error) const
{
    // Words shorter than three characters cannot use the trigram index: scan instead, which is
    // slower but still correct (one- and two-character Chinese words are common).
    QList<SearchHit> hits;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT c.id, c.title, 0, c.title, 0 FROM conversations c WHERE c.title LIKE ? ESCAPE '\\'"
        " UNION ALL"
        " SELECT * FROM (SELECT m.conversation_id, c.title, m.id,"
        "  substr(m.content, max(1, instr(m.content, ?) - 40), 100), 1"
        "  FROM messages m JOIN conversations c ON c.id = m.conversation_id"
        "  WHERE m.content LIKE ? ESCAPE '\\' ORDER BY m.id DESC LIMIT ?)"
        " LIMIT ?"));
    query.addBindValue(likePattern(needle));
    query.addBindValue(needle);
    query.addBindValue(likePattern(needle));
    query.addBindValue(limit);
    query.addBindValue(limit);
    if (!query.exec()) {
        report(error, StoreError::fromSql(query.lastError()));
        return hits;
    }
    const QString marked = QString(SearchHit::kMatchStart) + needle + QString(SearchHit::kMatchEnd);
    while (query.next()) {
        SearchHit hit{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong(),
                      query.value(3).toString(), query.value(4).toDouble()};
        hit.snippet.replace(needle, marked, Qt::CaseInsensitive);
        hits.append(hit);
    }
    return hits;
}

std::optional<ConversationDocument> ConversationStore::document(qint64 conversationId, StoreError *error) const
{
    const std::optional<Conversation> found = conversation(conversationId, error);
    if (!found)
        return std::nullopt;
    StoreError readError;
    ConversationDocument document{*found, messages(conversationId, &readError)};
    if (readError.isError()) {
        report(error, readError);
        return std::nullopt;
    }
    return document;
}

std::optional<Conversation> ConversationStore::importDocument(const ConversationDocument &document, StoreError *error)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction()) {
        report(error, StoreError::fromSql(db.lastError()));
        return std::nullopt;
    }
    Conversation conversation = document.conversation;
    conversation.id = 0;
    if (conversation.uuid.isEmpty() || conversationByUuid(conversation.uuid))
        conversation.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::optional<Conversation> stored = createConversation(conversation, error);
    bool ok = stored.has_value();
    for (qsizetype i = 0; ok && i < document.messages.size(); ++i) {
        Message message = document.messages.at(i);
        message.id = 0;
        message.conversationId = stored->id;
        ok = insertMessage(message, false, error);
    }
    // Restore the exported activity time: inserting messages moved it to "now".
    ok = ok && touchConversation(stored->id, toMs(document.conversation.updatedAt), error);
    if (!ok || !db.commit()) {
        if (error && !error->isError())
            *error = StoreError::fromSql(db.lastError());
        db.rollback();
        return std::nullopt;
    }
    stored->updatedAt = document.conversation.updatedAt;
    m_database.checkpoint();
    return stored;
}
