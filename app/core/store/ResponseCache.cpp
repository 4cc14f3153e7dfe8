#include "store/ResponseCache.h"

#include "domain/Message.h"
#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

void report(StoreError *out, const QSqlQuery &query)
{
    if (out)
        *out = StoreError::fromSql(query.lastError());
}

} // namespace

ResponseCache::ResponseCache(Database &database)
    : m_database(database)
{
}

std::optional<ResponseCache::Entry> ResponseCache::find(const QByteArray &key, qint64 maxAgeMs, StoreError *error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT content, reasoning, model, prompt_tokens, completion_tokens, tokens_reported,"
                                 " created_at FROM response_cache WHERE key = ? AND created_at >= ?"));
    query.addBindValue(QString::fromLatin1(key));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch() - maxAgeMs);
    if (!query.exec()) {
        report(error, query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    Entry entry;
    entry.content = query.value(0).toString();
    entry.reasoning = query.value(1).toString();
    entry.model = query.value(2).toString();
    entry.promptTokens = query.value(3).toLongLong();
    entry.completionTokens = query.value(4).toLongLong();
    entry.tokensReported = query.value(5).toBool();
    entry.storedAt = QDateTime::fromMSecsSinceEpoch(query.value(6).toLongLong(), Qt::UTC);
    return entry;
}

bool ResponseCache::put(const QByteArray &key, const Message &reply, qint64 maxAgeMs, StoreError *error)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(m_database.connection());
    // Expired rows go as new ones arrive, so the cache never grows past one TTL's worth.
    query.prepare(QStringLiteral("DELETE FROM response_cache WHERE created_at < ?"));
    query.addBindValue(now - maxAgeMs);
    if (!query.exec()) {
        report(error, query);
        return false;
    }
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO response_cache"
                                 " (key, created_at, model, content, reasoning, prompt_tokens, completion_tokens, tokens_reported)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(QString::fromLatin1(key));
    query.addBindValue(now);
    query.addBindValue(reply.stats && !reply.stats->model.isEmpty() ? reply.stats->model : reply.model);
    query.addBindValue(reply.content);
    query.addBindValue(reply.reasoning.isNull() ? QStringLiteral("") : reply.reasoning);
    query.addBindValue(reply.stats ? reply.stats->usage.promptTokens : 0);
    query.addBindValue(reply.stats ? reply.stats->usage.completionTokens : 0);
    query.addBindValue(reply.stats && reply.stats->usage.isReported());
    if (!query.exec()) {
        report(error, query);
        return false;
    }
    return true;
}

std::optional<int> ResponseCache::clear(StoreError *error)
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("DELETE FROM response_cache"))) {
        report(error, query);
        return std::nullopt;
    }
    return query.numRowsAffected();
}

int ResponseCache::count(StoreError *error) const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM response_cache")) || !query.next()) {
        report(error, query);
        return 0;
    }
    return query.value(0).toInt();
}
