#include "store/ConversationStore.h"

#include "store/Database.h"

#include "domain/SafeText.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
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
    " cost, cost_currency, cost_source, parent_id, group_id, selected, continued";

constexpr auto kConversationColumns =
    "id, uuid, title, pinned, created_at, updated_at, profile, model, temperature, system_prompt,"
    " title_cost, title_cost_currency, title_cost_source, draft";
constexpr int kConversationColumnCount = 14;

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
    conversation.draft = query.value(13).toString();
    return conversation;
}

// Three columns: amount (NULL when unknown or none), currency, source ("" when none).
void bindTitleCost(QSqlQuery &query, const std::optional<CostEstimate> &cost)
{
    query.addBindValue(cost && cost->isKnown() ? QVariant(cost->amount()) : QVariant(QMetaType::fromType<double>()));
    query.addBindValue(cost ? text(cost->currency()) : QStringLiteral(""));
    query.addBindValue(cost ? cost->sourceName() : QStringLiteral(""));
}

// Binds the fields createConversation() and updateConversation() share, in this column order:
// title, pinned, updated_at, profile, model, temperature, system_prompt, then the title cost.
void bindConversationFields(QSqlQuery &query, const Conversation &conversation)
{
    query.addBindValue(text(conversation.title));
    query.addBindValue(conversation.pinned ? 1 : 0);
    query.addBindValue(toMs(conversation.updatedAt));
    query.addBindValue(text(conversation.profile));
    query.addBindValue(text(conversation.model));
    query.addBindValue(nullable(conversation.temperature));
    query.addBindValue(text(conversation.systemPrompt));
    bindTitleCost(query, conversation.titleCost);
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
    message.parentId = query.value(28).toLongLong();
    message.groupId = query.value(29).toLongLong();
    message.selected = query.value(30).toBool();
    message.continued = query.value(31).toBool();
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

// Runs a prepared query; a failure goes to the caller that asked for it.
bool executed(QSqlQuery &query, StoreError *error)
{
    if (query.exec())
        return true;
    report(error, StoreError::fromSql(query.lastError()));
    return false;
}

// Prepares and runs one statement with these values bound in order.
bool executed(const QSqlDatabase &db, const QString &sql, const QVariantList &values, StoreError *error)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return executed(query, error);
}

// Opens a transaction; a failure goes to the caller that asked for it.
bool begun(QSqlDatabase &db, StoreError *error)
{
    if (db.transaction())
        return true;
    report(error, StoreError::fromSql(db.lastError()));
    return false;
}

// Commits, or reports why not and rolls back, so that nothing is left half written.
bool committed(QSqlDatabase &db, StoreError *error)
{
    if (db.commit())
        return true;
    report(error, StoreError::fromSql(db.lastError()));
    db.rollback();
    return false;
}

// The one row with this id that `sql` selects, read by `from`; no such row is reported as
// `missing` not found.
template<typename Row>
std::optional<Row> rowById(const QSqlDatabase &db, const QString &sql, qint64 id, Row (*from)(const QSqlQuery &),
                           const QString &missing, StoreError *error)
{
    QSqlQuery query(db);
    query.prepare(sql);
    query.addBindValue(id);
    if (!executed(query, error))
        return std::nullopt;
    if (!query.next()) {
        report(error, StoreError::notFound(missing));
        return std::nullopt;
    }
    return from(query);
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
    query.prepare(QStringLiteral("INSERT INTO conversations (uuid, created_at, title, pinned, updated_at, profile, model,"
                                 " temperature, system_prompt, title_cost, title_cost_currency, title_cost_source)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(text(conversation.uuid));
    query.addBindValue(toMs(conversation.createdAt));
    bindConversationFields(query, conversation);
    if (!executed(query, error))
        return std::nullopt;
    conversation.id = query.lastInsertId().toLongLong();
    return conversation;
}

bool ConversationStore::updateConversation(const Conversation &conversation, StoreError *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE conversations SET title = ?, pinned = ?, updated_at = ?, profile = ?, model = ?,"
                                 " temperature = ?, system_prompt = ?, title_cost = ?, title_cost_currency = ?,"
                                 " title_cost_source = ? WHERE id = ?"));
    bindConversationFields(query, conversation);
    query.addBindValue(conversation.id);
    if (!executed(query, error))
        return false;
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
    if (!executed(query, error))
        return false;
    if (query.numRowsAffected() == 0) {
        report(error, StoreError::notFound(tr("Conversation %1").arg(id)));
        return false;
    }
    return true;
}

std::optional<Conversation> ConversationStore::conversation(qint64 id, StoreError *error) const
{
    return rowById(m_database.connection(),
                   QStringLiteral("SELECT %1 FROM conversations WHERE id = ?").arg(QLatin1String(kConversationColumns)),
                   id, conversationFrom, tr("Conversation %1").arg(id), error);
}

std::optional<Conversation> ConversationStore::conversationByUuid(const QString &uuid, StoreError *error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM conversations WHERE uuid = ?").arg(QLatin1String(kConversationColumns)));
    query.addBindValue(uuid);
    if (!executed(query, error))
        return std::nullopt;
    if (!query.next())
        return std::nullopt;
    return conversationFrom(query);
}

QMap<QString, double> ConversationStore::spending(const QDateTime &since, std::optional<qint64> conversationId,
                                                  StoreError *error) const
{
    // From the ledger: what was paid stays counted, whatever became of the message since.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT currency, sum(amount) FROM spending WHERE created_at >= :since%1"
                                 " GROUP BY currency")
                      .arg(conversationId ? QStringLiteral(" AND conversation_id = :id") : QString()));
    query.bindValue(QStringLiteral(":since"), since.toMSecsSinceEpoch());
    if (conversationId)
        query.bindValue(QStringLiteral(":id"), *conversationId);
    QMap<QString, double> spent;
    if (!executed(query, error))
        return spent;
    while (query.next())
        spent.insert(query.value(0).toString(), query.value(1).toDouble());
    return spent;
}

bool ConversationStore::recordSpending(qint64 conversationId, qint64 messageId, const CostEstimate &cost,
                                       const QDateTime &at, StoreError *error)
{
    // Only money: a cached reply, an unknown price or nothing at all adds no row.
    if (!cost.isKnown() || cost.currency().isEmpty() || cost.source() == CostEstimate::Source::Cached
        || !std::isfinite(cost.amount()) || cost.amount() <= 0)
        return true;
    QSqlQuery query(m_database.connection());
    if (messageId > 0) {
        // A reply is paid once, whatever its later saves (Continue adds to the same message, so
        // its row holds the sum so far).
        query.prepare(QStringLiteral("UPDATE spending SET amount = ?, currency = ?, source = ? WHERE message_id = ?"));
        query.addBindValue(cost.amount());
        query.addBindValue(cost.currency());
        query.addBindValue(cost.sourceName());
        query.addBindValue(messageId);
        if (!executed(query, error))
            return false;
        if (query.numRowsAffected() > 0)
            return true;
    }
    query.prepare(QStringLiteral("INSERT INTO spending (conversation_id, message_id, created_at, amount, currency, source, kind)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(conversationId > 0 ? QVariant(conversationId) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(messageId > 0 ? QVariant(messageId) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(at.isValid() ? at.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(cost.amount());
    query.addBindValue(cost.currency());
    query.addBindValue(cost.sourceName());
    query.addBindValue(messageId > 0 ? QStringLiteral("reply") : QStringLiteral("title"));
    return executed(query, error);
}

bool ConversationStore::setDraft(qint64 conversationId, const QString &draft, StoreError *error)
{
    return executed(m_database.connection(), QStringLiteral("UPDATE conversations SET draft = ? WHERE id = ?"),
                    {text(draft), conversationId}, error);
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
    return executed(m_database.connection(), QStringLiteral("UPDATE conversations SET updated_at = ? WHERE id = ?"),
                    {nowMs, id}, error);
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
            " created_at, updated_at, parent_id, group_id, selected, continued)"
            " VALUES (?, (SELECT coalesce(max(position), -1) + 1 FROM messages WHERE conversation_id = ?), ?,"
            " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id, position"));
    }
    QSqlQuery &query = *m_insertMessage;
    query.addBindValue(message.conversationId);
    query.addBindValue(message.conversationId);
    query.addBindValue(Message::roleName(message.role));
    bindMessageFields(query, message);
    query.addBindValue(toMs(message.createdAt));
    query.addBindValue(now);
    query.addBindValue(message.parentId > 0 ? QVariant(message.parentId) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(message.groupId > 0 ? QVariant(message.groupId) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(message.selected ? 1 : 0);
    query.addBindValue(message.continued ? 1 : 0);
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
    if (!begun(db, error))
        return std::nullopt;
    if (!insertMessage(message, true, error)) {
        db.rollback();
        return std::nullopt;
    }
    if (!committed(db, error))
        return std::nullopt;
    m_database.checkpointSoon();
    return message;
}

QList<Message> ConversationStore::messages(qint64 conversationId, StoreError *error) const
{
    StoreError readError;
    const QList<Message> all = allMessages(conversationId, &readError);
    if (readError.isError()) {
        report(error, readError);
        return {};
    }
    return selectedPath(all);
}

QList<Message> ConversationStore::allMessages(qint64 conversationId, StoreError *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ? ORDER BY position")
                      .arg(QLatin1String(kMessageColumns)));
    query.addBindValue(conversationId);
    QList<Message> result;
    if (!executed(query, error))
        return result;
    while (query.next())
        result.append(messageFrom(query));
    return result;
}

std::optional<Message> ConversationStore::message(qint64 id, StoreError *error) const
{
    return rowById(m_database.connection(),
                   QStringLiteral("SELECT %1 FROM messages WHERE id = ?").arg(QLatin1String(kMessageColumns)), id,
                   messageFrom, tr("Message %1").arg(id), error);
}

bool ConversationStore::saveStreamingText(qint64 messageId, const QString &content, const QString &reasoning,
                                          StoreError *error)
{
    return executed(m_database.connection(),
                    QStringLiteral("UPDATE messages SET content = ?, reasoning = ?, updated_at = ?"
                                   " WHERE id = ? AND state = 'streaming'"),
                    {text(content), text(reasoning), QDateTime::currentMSecsSinceEpoch(), messageId}, error);
}

bool ConversationStore::finishMessage(const Message &message, StoreError *error)
{
    QSqlDatabase db = m_database.connection();
    if (!begun(db, error))
        return false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "UPDATE messages SET content = ?, reasoning = ?, state = ?, error_kind = ?, error_message = ?, model = ?,"
        " has_stats = ?, prompt_tokens = ?, completion_tokens = ?, cached_tokens = ?, reasoning_tokens = ?,"
        " usage_source = ?, ttfb_ms = ?, ttft_ms = ?, total_ms = ?, tokens_per_second = ?, finish_reason = ?,"
        " attempts = ?, reported_cost = ?, cost = ?, cost_currency = ?, cost_source = ?, updated_at = ?, continued = ?"
        " WHERE id = ?"));
    bindMessageFields(query, message);
    query.addBindValue(now);
    query.addBindValue(message.continued ? 1 : 0);
    query.addBindValue(message.id);
    // The ledger learns what the reply cost in the same transaction, so a budget never misses it.
    const bool ok = query.exec() && query.numRowsAffected() == 1
        && touchConversation(message.conversationId, now, error)
        && (!message.cost || recordSpending(message.conversationId, message.id, *message.cost, message.createdAt, error));
    if (!ok) {
        if (error && !error->isError())
            *error = query.lastError().isValid() ? StoreError::fromSql(query.lastError())
                                                 : StoreError::notFound(tr("Message %1").arg(message.id));
        db.rollback();
        return false;
    }
    if (!committed(db, error))
        return false;
    m_database.checkpointSoon();
    return true;
}

QList<Message> ConversationStore::selectedPath(const QList<Message> &all)
{
    // Questions are grouped by their first version, replies by the question they answer; each
    // group shows its selected member (the last one marked, else the last) where the group first
    // appeared, and a question's chosen reply right after it. A reply that names no question was
    // stored before versions existed and is shown as it is, where it is.
    QHash<qint64, QList<qsizetype>> questionVersions; // by the first version's id
    QHash<qint64, QList<qsizetype>> replies;          // by the question's id
    QList<QPair<qint64, qsizetype>> order;            // (question group, 0) or (0, a standalone reply)
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Message &message = all.at(i);
        if (message.role == Message::Role::Assistant) {
            if (message.parentId > 0)
                replies[message.parentId].append(i);
            else
                order.append({0, i});
            continue;
        }
        const qint64 root = message.groupId > 0 ? message.groupId : message.id;
        if (root == 0) { // not stored (a document being written): one version
            order.append({0, i});
            continue;
        }
        if (!questionVersions.contains(root))
            order.append({root, 0});
        questionVersions[root].append(i);
    }
    const auto showOne = [&all](QList<Message> &path, const QList<qsizetype> &members) {
        qsizetype pick = members.constLast();
        for (const qsizetype member : members) {
            if (all.at(member).selected)
                pick = member;
        }
        Message shown = all.at(pick);
        shown.versionIndex = int(members.indexOf(pick)) + 1;
        shown.versionCount = int(members.size());
        path.append(shown);
        return shown.id;
    };
    QList<Message> path;
    for (const auto &[root, standalone] : std::as_const(order)) {
        if (root == 0) {
            path.append(all.at(standalone));
            continue;
        }
        const qint64 question = showOne(path, questionVersions.value(root));
        if (const auto answers = replies.constFind(question); answers != replies.cend())
            showOne(path, *answers);
    }
    return path;
}

QList<qint64> ConversationStore::versionsOf(const QList<Message> &all, const Message &message)
{
    QList<qint64> versions;
    const bool reply = message.role == Message::Role::Assistant;
    if (reply && message.parentId == 0)
        return {message.id};
    const qint64 root = message.groupId > 0 ? message.groupId : message.id;
    for (const Message &other : all) {
        const bool sibling = reply ? other.role == Message::Role::Assistant && other.parentId == message.parentId
                                   : other.role != Message::Role::Assistant && (other.id == root || other.groupId == root);
        if (sibling)
            versions.append(other.id);
    }
    return versions;
}

bool ConversationStore::selectVersion(qint64 messageId, StoreError *error)
{
    const std::optional<Message> chosen = message(messageId, error);
    if (!chosen)
        return false;
    if (chosen->role == Message::Role::Assistant && chosen->parentId == 0)
        return true; // stored before versions: it has no siblings
    QSqlDatabase db = m_database.connection();
    if (!begun(db, error))
        return false;
    // Its siblings: the other versions of the question, or the other replies to its question.
    QSqlQuery query(db);
    if (chosen->role == Message::Role::Assistant) {
        const qint64 question = chosen->parentId;
        query.prepare(QStringLiteral("UPDATE messages SET selected = (id = ?) WHERE conversation_id = ? AND role = 'assistant'"
                                     " AND parent_id = ?"));
        query.addBindValue(messageId);
        query.addBindValue(chosen->conversationId);
        query.addBindValue(question);
    } else {
        const qint64 root = chosen->groupId > 0 ? chosen->groupId : chosen->id;
        query.prepare(QStringLiteral("UPDATE messages SET selected = (id = ?) WHERE conversation_id = ? AND (id = ? OR group_id = ?)"));
        query.addBindValue(messageId);
        query.addBindValue(chosen->conversationId);
        query.addBindValue(root);
        query.addBindValue(root);
    }
    if (!query.exec() || !db.commit()) {
        report(error, StoreError::fromSql(query.lastError().isValid() ? query.lastError() : db.lastError()));
        db.rollback();
        return false;
    }
    return true;
}

bool ConversationStore::setReplyTo(qint64 replyId, qint64 questionId, StoreError *error)
{
    return executed(m_database.connection(),
                    QStringLiteral("UPDATE messages SET parent_id = ? WHERE id = ? AND role = 'assistant'"),
                    {questionId, replyId}, error);
}

bool ConversationStore::deleteMessage(qint64 id, StoreError *error)
{
    const std::optional<Message> doomed = message(id, error);
    if (!doomed)
        return false;
    QSqlDatabase db = m_database.connection();
    if (!begun(db, error))
        return false;
    QSqlQuery query(db);
    bool ok = true;
    if (doomed->role != Message::Role::Assistant) {
        // A question goes with its answers; another version of it takes its place.
        query.prepare(QStringLiteral("DELETE FROM messages WHERE conversation_id = ? AND role = 'assistant' AND parent_id = ?"));
        query.addBindValue(doomed->conversationId);
        query.addBindValue(id);
        ok = query.exec();
        // Replies stored before versions existed name no question: they answer the one before them.
        QSqlQuery legacy(db);
        legacy.prepare(QStringLiteral(
            "DELETE FROM messages WHERE conversation_id = :c AND role = 'assistant' AND parent_id IS NULL"
            " AND position > :p AND position < coalesce((SELECT min(position) FROM messages WHERE conversation_id = :c"
            " AND role <> 'assistant' AND position > :p), 9223372036854775807)"));
        legacy.bindValue(QStringLiteral(":c"), doomed->conversationId);
        legacy.bindValue(QStringLiteral(":p"), doomed->position);
        ok = ok && legacy.exec();
        if (ok && doomed->groupId == 0) {
            // The first version held the group together: the next one leads it now.
            QSqlQuery regroup(db);
            regroup.prepare(QStringLiteral("UPDATE messages SET group_id = (SELECT min(id) FROM messages WHERE group_id = ?)"
                                           " WHERE group_id = ?"));
            regroup.addBindValue(id);
            regroup.addBindValue(id);
            ok = regroup.exec();
            QSqlQuery lead(db);
            lead.prepare(QStringLiteral("UPDATE messages SET group_id = NULL WHERE id = group_id"));
            ok = ok && lead.exec();
        }
    }
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM messages WHERE id = ?"));
    remove.addBindValue(id);
    ok = ok && remove.exec() && remove.numRowsAffected() == 1;
    if (!ok || !db.commit()) {
        report(error, StoreError::fromSql(remove.lastError().isValid() ? remove.lastError() : db.lastError()));
        db.rollback();
        return false;
    }
    return true;
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
    if (!executed(query, error))
        return hits;
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
    ConversationDocument document{*found, allMessages(conversationId, &readError)};
    if (readError.isError()) {
        report(error, readError);
        return std::nullopt;
    }
    return document;
}

std::optional<Conversation> ConversationStore::importDocument(const ConversationDocument &document, StoreError *error)
{
    QSqlDatabase db = m_database.connection();
    if (!begun(db, error))
        return std::nullopt;
    Conversation conversation = document.conversation;
    conversation.id = 0;
    if (conversation.uuid.isEmpty() || conversationByUuid(conversation.uuid))
        conversation.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::optional<Conversation> stored = createConversation(conversation, error);
    bool ok = stored.has_value();
    // Versions refer to each other by the document's ids; the rows get new ones.
    QHash<qint64, qint64> newIds;
    for (qsizetype i = 0; ok && i < document.messages.size(); ++i) {
        Message message = document.messages.at(i);
        const qint64 documentId = message.id;
        message.id = 0;
        message.conversationId = stored->id;
        message.parentId = newIds.value(message.parentId, 0);
        message.groupId = newIds.value(message.groupId, 0);
        ok = insertMessage(message, false, error);
        if (ok && documentId != 0)
            newIds.insert(documentId, message.id);
    }
    ok = ok && (document.conversation.draft.isEmpty() || setDraft(stored->id, document.conversation.draft, error));
    // Restore the exported activity time: inserting messages moved it to "now".
    ok = ok && touchConversation(stored->id, toMs(document.conversation.updatedAt), error);
    if (!ok || !db.commit()) {
        if (error && !error->isError())
            *error = StoreError::fromSql(db.lastError());
        db.rollback();
        return std::nullopt;
    }
    stored->updatedAt = document.conversation.updatedAt;
    m_database.checkpointSoon();
    return stored;
}
