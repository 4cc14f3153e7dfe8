#include "store/BenchmarkStore.h"

#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

void report(StoreError *out, const QSqlQuery &query)
{
    if (out)
        *out = StoreError::fromSql(query.lastError());
}

BenchmarkRun readRow(const QSqlQuery &query)
{
    BenchmarkRun run;
    run.id = query.value(0).toLongLong();
    run.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    run.profile = query.value(2).toString();
    run.host = query.value(3).toString();
    run.model = query.value(4).toString();
    run.complete = query.value(5).toBool();
    run.summary = query.value(6).toString().toUtf8();
    return run;
}

// QtSql binds a null QString as NULL; these columns hold text, empty when unknown.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

const QString kColumns = QStringLiteral("id, created_at, profile, host, model, complete, summary");

} // namespace

BenchmarkStore::BenchmarkStore(Database &database)
    : m_database(database)
{
}

std::optional<BenchmarkRun> BenchmarkStore::add(BenchmarkRun run, StoreError *error)
{
    if (!run.createdAt.isValid())
        run.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO benchmark_runs (created_at, profile, host, model, complete, summary)"
                                 " VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(run.createdAt.toMSecsSinceEpoch());
    query.addBindValue(text(run.profile));
    query.addBindValue(text(run.host));
    query.addBindValue(text(run.model));
    query.addBindValue(run.complete ? 1 : 0);
    query.addBindValue(text(QString::fromUtf8(run.summary)));
    if (!query.exec()) {
        report(error, query);
        return std::nullopt;
    }
    run.id = query.lastInsertId().toLongLong();
    run.createdAt = QDateTime::fromMSecsSinceEpoch(run.createdAt.toMSecsSinceEpoch(), Qt::UTC);
    m_database.checkpointSoon();
    return run;
}

QList<BenchmarkRun> BenchmarkStore::list(int limit, StoreError *error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT " + kColumns + u" FROM benchmark_runs ORDER BY created_at DESC, id DESC LIMIT ?");
    query.addBindValue(limit);
    QList<BenchmarkRun> runs;
    if (!query.exec()) {
        report(error, query);
        return runs;
    }
    while (query.next())
        runs.append(readRow(query));
    return runs;
}

std::optional<BenchmarkRun> BenchmarkStore::run(qint64 id, StoreError *error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT " + kColumns + u" FROM benchmark_runs WHERE id = ?");
    query.addBindValue(id);
    if (!query.exec()) {
        report(error, query);
        return std::nullopt;
    }
    if (!query.next()) {
        if (error)
            *error = StoreError(StoreError::Kind::NotFound, tr("That benchmark run is no longer stored."));
        return std::nullopt;
    }
    return readRow(query);
}

bool BenchmarkStore::remove(qint64 id, StoreError *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM benchmark_runs WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        report(error, query);
        return false;
    }
    return true;
}
