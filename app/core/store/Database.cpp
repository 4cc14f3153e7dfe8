#include "store/Database.h"

#include "app/AppInfo.h"
#include "store/Checkpointer.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace {

QAtomicInteger<quint64> g_connectionCounter;

constexpr int kCheckpointDelayMs = 1000;
// How much of the search index one tidy-up may merge: a few milliseconds' work.
constexpr int kMergePages = 200;

// The schema history. A step never changes once released: a new need is a new step.
// v1: conversations and messages.
// v2: per-message usage, timing and cost.
// v3: full-text search (FTS5, trigram tokenizer so Thai and Chinese, which have no spaces
//     between words, match by substring too), kept in sync by triggers. A message is indexed
//     once it stops streaming, so the periodic saves of a growing reply stay cheap.
// v4: the opt-in response cache (exact request -> reply, with its age for the TTL), and what
//     naming a conversation with a model (auto-title) cost.
// v6: the chat workflow: the draft being written in each conversation; versions of a question
//     (edited) and of a reply (regenerated), with the one the conversation goes on with;
//     replies extended by Continue; and a ledger of what each request cost, which deleting a
//     message does not change (budgets count what was paid), filled from the replies so far.
// v5: benchmark runs: a few columns for the history list and the whole tally-bench summary
//     (figures and histograms) as JSON, so a stored run reads back exactly.
// function-length: data table (one entry per schema version, never edited once released)
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps{
        {
            QStringLiteral("CREATE TABLE conversations ("
                           " id INTEGER PRIMARY KEY,"
                           " uuid TEXT NOT NULL UNIQUE,"
                           " title TEXT NOT NULL DEFAULT '',"
                           " pinned INTEGER NOT NULL DEFAULT 0,"
                           " created_at INTEGER NOT NULL,"
                           " updated_at INTEGER NOT NULL,"
                           " profile TEXT NOT NULL DEFAULT '',"
                           " model TEXT NOT NULL DEFAULT '',"
                           " temperature REAL,"
                           " system_prompt TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE messages ("
                           " id INTEGER PRIMARY KEY,"
                           " conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " role TEXT NOT NULL CHECK (role IN ('system','user','assistant')),"
                           " content TEXT NOT NULL DEFAULT '',"
                           " reasoning TEXT NOT NULL DEFAULT '',"
                           " state TEXT NOT NULL DEFAULT 'complete'"
                           "  CHECK (state IN ('complete','streaming','incomplete','error','cancelled')),"
                           " error_kind TEXT NOT NULL DEFAULT '',"
                           " error_message TEXT NOT NULL DEFAULT '',"
                           " model TEXT NOT NULL DEFAULT '',"
                           " created_at INTEGER NOT NULL,"
                           " updated_at INTEGER NOT NULL,"
                           " UNIQUE (conversation_id, position))"),
            QStringLiteral("CREATE INDEX conversations_by_activity ON conversations(pinned DESC, updated_at DESC)"),
        },
        {
            QStringLiteral("ALTER TABLE messages ADD COLUMN has_stats INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE messages ADD COLUMN prompt_tokens INTEGER"),
            QStringLiteral("ALTER TABLE messages ADD COLUMN completion_tokens INTEGER"),
            QStringLiteral("ALTER TABLE messages ADD COLUMN cached_tokens INTEGER"),
            QStringLiteral("ALTER TABLE messages ADD COLUMN reasoning_tokens INTEGER"),
            QStringLiteral("ALTER TABLE messages ADD COLUMN usage_source TEXT"),
            QStringLiteral("ALTER TABLE messages ADD COLUMN ttfb_ms INTEGER"),
            QStringLiteral("ALTER TABLE messages ADD COLUMN ttft_ms INTEGER"),
            QStringLiteral("ALTER TABLE messages ADD COLUMN total_ms INTEGER"),
            QStringLiteral("ALTER TABLE messages ADD COLUMN tokens_per_second REAL"),
            QStringLiteral("ALTER TABLE messages ADD COLUMN finish_reason TEXT"),
            QStringLiteral("ALTER TABLE messages ADD COLUMN attempts INTEGER"),
            QStringLiteral("ALTER TABLE messages ADD COLUMN reported_cost REAL"),
            QStringLiteral("ALTER TABLE messages ADD COLUMN cost REAL"),
            QStringLiteral("ALTER TABLE messages ADD COLUMN cost_currency TEXT"),
            QStringLiteral("ALTER TABLE messages ADD COLUMN cost_source TEXT"),
            QStringLiteral("CREATE INDEX messages_with_stats ON messages(created_at) WHERE has_stats = 1"),
        },
        {
            QStringLiteral("CREATE VIRTUAL TABLE message_fts USING fts5("
                           " content, reasoning, content='messages', content_rowid='id', tokenize='trigram')"),
            QStringLiteral("CREATE VIRTUAL TABLE conversation_fts USING fts5("
                           " title, content='conversations', content_rowid='id', tokenize='trigram')"),
            QStringLiteral("INSERT INTO message_fts(rowid, content, reasoning)"
                           " SELECT id, content, reasoning FROM messages WHERE state <> 'streaming'"),
            QStringLiteral("INSERT INTO conversation_fts(rowid, title) SELECT id, title FROM conversations"),
            QStringLiteral("CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages"
                           " WHEN new.state <> 'streaming' BEGIN"
                           "  INSERT INTO message_fts(rowid, content, reasoning) VALUES (new.id, new.content, new.reasoning);"
                           " END"),
            QStringLiteral("CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages"
                           " WHEN old.state <> 'streaming' BEGIN"
                           "  INSERT INTO message_fts(message_fts, rowid, content, reasoning)"
                           "   VALUES ('delete', old.id, old.content, old.reasoning);"
                           " END"),
            // One trigger, two statements in this order: the old text leaves the index (if it
            // was indexed: streaming rows never are), then the new text enters it (if the row no
            // longer streams). Two separate triggers would fire in an unspecified order.
            QStringLiteral("CREATE TRIGGER messages_fts_update AFTER UPDATE OF content, reasoning, state ON messages BEGIN"
                           "  INSERT INTO message_fts(message_fts, rowid, content, reasoning)"
                           "   SELECT 'delete', old.id, old.content, old.reasoning WHERE old.state <> 'streaming';"
                           "  INSERT INTO message_fts(rowid, content, reasoning)"
                           "   SELECT new.id, new.content, new.reasoning WHERE new.state <> 'streaming';"
                           " END"),
            QStringLiteral("CREATE TRIGGER conversations_fts_insert AFTER INSERT ON conversations BEGIN"
                           "  INSERT INTO conversation_fts(rowid, title) VALUES (new.id, new.title);"
                           " END"),
            QStringLiteral("CREATE TRIGGER conversations_fts_delete AFTER DELETE ON conversations BEGIN"
                           "  INSERT INTO conversation_fts(conversation_fts, rowid, title) VALUES ('delete', old.id, old.title);"
                           " END"),
            QStringLiteral("CREATE TRIGGER conversations_fts_update AFTER UPDATE OF title ON conversations BEGIN"
                           "  INSERT INTO conversation_fts(conversation_fts, rowid, title) VALUES ('delete', old.id, old.title);"
                           "  INSERT INTO conversation_fts(rowid, title) VALUES (new.id, new.title);"
                           " END"),
        },
        {
            QStringLiteral("CREATE TABLE response_cache ("
                           " key TEXT PRIMARY KEY,"
                           " created_at INTEGER NOT NULL,"
                           " model TEXT NOT NULL DEFAULT '',"
                           " content TEXT NOT NULL,"
                           " reasoning TEXT NOT NULL DEFAULT '',"
                           " prompt_tokens INTEGER NOT NULL DEFAULT 0,"
                           " completion_tokens INTEGER NOT NULL DEFAULT 0,"
                           " tokens_reported INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX response_cache_by_age ON response_cache(created_at)"),
            QStringLiteral("ALTER TABLE conversations ADD COLUMN title_cost REAL"),
            QStringLiteral("ALTER TABLE conversations ADD COLUMN title_cost_currency TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE conversations ADD COLUMN title_cost_source TEXT NOT NULL DEFAULT ''"),
        },
        {
            QStringLiteral("CREATE TABLE benchmark_runs ("
                           " id INTEGER PRIMARY KEY,"
                           " created_at INTEGER NOT NULL,"
                           " profile TEXT NOT NULL DEFAULT '',"
                           " host TEXT NOT NULL DEFAULT '',"
                           " model TEXT NOT NULL DEFAULT '',"
                           " complete INTEGER NOT NULL DEFAULT 0,"
                           " summary TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX benchmark_runs_by_time ON benchmark_runs(created_at DESC)"),
        },
        {
            QStringLiteral("ALTER TABLE conversations ADD COLUMN draft TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE messages ADD COLUMN parent_id INTEGER"),
            QStringLiteral("ALTER TABLE messages ADD COLUMN group_id INTEGER"),
            QStringLiteral("ALTER TABLE messages ADD COLUMN selected INTEGER NOT NULL DEFAULT 1"),
            QStringLiteral("ALTER TABLE messages ADD COLUMN continued INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE TABLE spending ("
                           " id INTEGER PRIMARY KEY,"
                           " conversation_id INTEGER,"
                           " message_id INTEGER,"
                           " created_at INTEGER NOT NULL,"
                           " amount REAL NOT NULL,"
                           " currency TEXT NOT NULL,"
                           " source TEXT NOT NULL,"
                           " kind TEXT NOT NULL DEFAULT 'reply')"),
            QStringLiteral("CREATE INDEX spending_by_message ON spending(message_id)"),
            QStringLiteral("CREATE INDEX spending_by_time ON spending(created_at)"),
            QStringLiteral("INSERT INTO spending (conversation_id, message_id, created_at, amount, currency, source)"
                           " SELECT conversation_id, id, created_at, cost, cost_currency, cost_source FROM messages"
                           " WHERE has_stats = 1 AND cost IS NOT NULL AND cost_currency <> ''"),
            QStringLiteral("INSERT INTO spending (conversation_id, message_id, created_at, amount, currency, source, kind)"
                           " SELECT id, NULL, created_at, title_cost, title_cost_currency, title_cost_source, 'title'"
                           " FROM conversations WHERE title_cost IS NOT NULL AND title_cost_currency <> ''"),
        },
    };
    return steps;
}

// A streaming reply whose writer has not saved for this long belongs to a process that died.
constexpr qint64 kAbandonedStreamMs = 15'000;

bool looksLikeSqlite(const QString &path, StoreError *error)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return true; // SQLite turns a missing or empty file into a new database
    if (!file.open(QIODevice::ReadOnly)) {
        *error = StoreError(StoreError::Kind::ReadOnly,
                            Database::tr("Tally cannot read its database %1: %2").arg(path, file.errorString()));
        return false;
    }
    if (file.read(16) != QByteArray("SQLite format 3\0", 16)) {
        *error = StoreError(StoreError::Kind::Corrupt,
                            Database::tr("%1 is not a Tally database (it is not an SQLite file). Tally has left "
                                         "it exactly as it is; you can start a new database beside it.")
                                .arg(path));
        return false;
    }
    return true;
}

} // namespace

Database::Database(const QString &path)
    : m_path(path)
    , m_connectionName(QStringLiteral("tally-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return AppInfo::dataDirPath() + QStringLiteral("/tally.db");
}

QString Database::freshPathBeside(const QString &path)
{
    const QFileInfo info(path);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = info.dir().filePath(info.completeBaseName() + QStringLiteral("-new-") + stamp + QStringLiteral(".db"));
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = info.dir().filePath(info.completeBaseName() + QStringLiteral("-new-") + stamp
                                        + u'-' + QString::number(n) + QStringLiteral(".db"));
    return candidate;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    m_checkpointTimer.reset();
    m_checkpointer.reset(); // waits for a checkpoint under way and closes its connection
    checkpoint(); // leave the file whole for copies and backups
    {
        QSqlDatabase db = connection();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::exec(const QString &sql, StoreError *error) const
{
    QSqlQuery query(connection());
    if (query.exec(sql))
        return true;
    if (error)
        *error = StoreError::fromSql(query.lastError());
    return false;
}

Database::OpenResult Database::open()
{
    OpenResult result;
    close();

    // Look before SQLite touches anything: a file that is not a database stays byte for byte.
    if (!looksLikeSqlite(m_path, &result.error))
        return result;

    const QFileInfo info(m_path);
    if (!info.exists() && !QDir().mkpath(info.absolutePath())) {
        result.error = StoreError(StoreError::Kind::ReadOnly,
                                  tr("Tally cannot create its data folder %1.").arg(info.absolutePath()));
        return result;
    }
    // WAL needs to create -wal/-shm files beside the database, so the folder must be writable too.
    // access() checks the real user; the write attempt below catches everything else (ACLs,
    // read-only mounts, a changed effective user).
    const bool writable = info.exists() ? info.isWritable() && QFileInfo(info.absolutePath()).isWritable()
                                        : QFileInfo(info.absolutePath()).isWritable();
    if (!openConnection(!writable, result))
        return result;
    if (!readVersion(result)) {
        close();
        return result;
    }
    // Damage in a page the header and schema do not touch (say, page 4 of the messages table)
    // only shows when that page is read, which may be after Tally has written elsewhere in the
    // file. So the whole file is checked before the first write, and a damaged one is never
    // written: read-only, it still shows and exports whatever SQLite can read.
    const QString problems = quickCheckProblems();
    if (!problems.isEmpty())
        return openDamaged(problems, result);
    if (m_readOnly)
        return finishReadOnly(result);
    return startWriting(result);
}

Database::OpenResult Database::openDamaged(const QString &problems, OpenResult &result)
{
    result.damaged = true;
    if (result.versionFound < kSchemaVersion) {
        result.error = StoreError(StoreError::Kind::Corrupt,
                                  tr("The database %1 is damaged (%2) and from an older Tally, so it cannot be "
                                     "upgraded. Tally has left it exactly as it is; you can start a new database "
                                     "beside it.").arg(m_path, problems));
        close();
        return result;
    }
    result.notice = tr("The database %1 is damaged (%2). Tally opened it read-only and will not write to it: "
                       "what can still be read shows and exports, but nothing new is saved. Start a new "
                       "database beside it to go on.").arg(m_path, problems);
    if (!m_readOnly) {
        close();
        if (!openConnection(true, result))
            return result;
    }
    return finishReadOnly(result);
}

Database::OpenResult Database::startWriting(OpenResult &result)
{
    StoreError error;
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL"), &error)) {
        if (error.kind() != StoreError::Kind::ReadOnly) {
            result.error = error;
            close();
            return result;
        }
        // The file turned out not to be writable after all: read it, change nothing.
        close();
        if (!openConnection(true, result))
            return result;
        return finishReadOnly(result);
    }
    if (!exec(QStringLiteral("PRAGMA synchronous=NORMAL"), &error) || !exec(QStringLiteral("PRAGMA foreign_keys=ON"), &error)
        || !exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"), &error)) {
        result.error = error;
        close();
        return result;
    }
    if (result.versionFound < kSchemaVersion && !migrate(result.versionFound, result)) {
        close();
        return result;
    }
    markAbandonedStreamsIncomplete();
    // The search index merges its segments when Tally is idle (tidyUp) rather than inside the
    // write that finishes a reply: an automatic merge made an occasional finish take 6-8 ms
    // where the rest take about 1. FTS5 keeps the setting in the file; a Tally that predates it
    // merges automatically again, which is only slower. Written once, not on every start: a
    // write at each open would be start-up work for every tally-cli command too.
    QSqlQuery automerge(connection());
    if (!automerge.exec(QStringLiteral("SELECT v FROM message_fts_config WHERE k = 'automerge'"))
        || !automerge.next() || automerge.value(0).toInt() != 0)
        exec(QStringLiteral("INSERT INTO message_fts(message_fts, rank) VALUES ('automerge', 0)"), nullptr);
    return result;
}

bool Database::readVersion(OpenResult &result)
{
    const QString damaged = tr("The database %1 is damaged and cannot be read (%2). Tally has left it exactly as "
                               "it is; you can start a new database beside it.");
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        result.error = StoreError::fromSql(query.lastError());
        if (result.error.kind() == StoreError::Kind::Corrupt || result.error.kind() == StoreError::Kind::Other)
            result.error = StoreError(StoreError::Kind::Corrupt, damaged.arg(m_path, query.lastError().databaseText()));
        return false;
    }
    result.versionFound = query.value(0).toInt();
    // user_version sits in the file header; reading the schema also reads page 1, where damage
    // shows up. Either way, nothing has been written yet.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
        result.error = StoreError(StoreError::Kind::Corrupt, damaged.arg(m_path, query.lastError().databaseText()));
        return false;
    }
    if (result.versionFound > kSchemaVersion) {
        result.error = StoreError(StoreError::Kind::NewerVersion,
                                  tr("The database %1 was written by a newer version of Tally (schema %2; this "
                                     "version understands up to %3). Update Tally to open it; it has not been "
                                     "changed.")
                                      .arg(m_path)
                                      .arg(result.versionFound)
                                      .arg(kSchemaVersion));
        return false;
    }
    return true;
}

QString Database::quickCheckProblems() const
{
    constexpr int kProblemsShown = 3;
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA quick_check(%1)").arg(kProblemsShown)))
        return query.lastError().databaseText().left(300);
    QStringList lines;
    while (query.next())
        lines << query.value(0).toString();
    if (query.lastError().isValid())
        lines << query.lastError().databaseText();
    if (lines == QStringList{QStringLiteral("ok")})
        return {};
    return lines.join(QStringLiteral("; ")).left(300);
}

Database::OpenResult Database::finishReadOnly(OpenResult &result)
{
    result.readOnly = true;
    if (result.notice.isEmpty())
        result.notice = tr("The database %1 cannot be written (its file or folder is read-only): you can read, but "
                           "nothing new is saved.").arg(m_path);
    if (result.versionFound < kSchemaVersion) {
        result.error = StoreError(StoreError::Kind::ReadOnly,
                                  tr("The database %1 needs an upgrade, but it cannot be written. Make it writable "
                                     "and start Tally again.").arg(m_path));
        close();
    }
    return result;
}

bool Database::openConnection(bool readOnly, OpenResult &result)
{
    m_readOnly = readOnly;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    // Another Tally (the GUI and tally-cli share the file) may hold a write lock briefly.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (db.open())
        return true;
    result.error = StoreError(StoreError::Kind::ReadOnly,
                              tr("Tally cannot open its database %1: %2").arg(m_path, db.lastError().text()));
    db = QSqlDatabase();
    close();
    return false;
}

bool Database::backupBeforeMigration(int from, OpenResult &result)
{
    QSqlQuery tables(connection());
    if (!tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !tables.next()) {
        result.error = StoreError::fromSql(tables.lastError());
        return false;
    }
    if (from == 0 && tables.value(0).toInt() == 0)
        return true; // a brand-new file: nothing to keep
    tables.finish();

    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString backup = m_path + QStringLiteral(".v%1-backup-%2").arg(from).arg(stamp);
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = m_path + QStringLiteral(".v%1-backup-%2-%3").arg(from).arg(stamp).arg(n);
    // VACUUM INTO writes a consistent, self-contained copy even while the WAL holds changes.
    QSqlQuery copy(connection());
    copy.prepare(QStringLiteral("VACUUM INTO ?"));
    copy.addBindValue(backup);
    if (!copy.exec()) {
        result.error = StoreError(StoreError::kindFromSql(copy.lastError()),
                                  tr("Tally could not keep a copy of the database before upgrading it (%1), so it "
                                     "did not upgrade. Nothing was changed.").arg(copy.lastError().databaseText()));
        QFile::remove(backup);
        return false;
    }
    result.backupPath = backup;
    return true;
}

bool Database::migrate(int from, OpenResult &result)
{
    if (!backupBeforeMigration(from, result))
        return false;
    QSqlDatabase db = connection();
    for (int version = from + 1; version <= kSchemaVersion; ++version) {
        if (!db.transaction()) {
            result.error = StoreError::fromSql(db.lastError());
            return false;
        }
        StoreError error;
        bool ok = true;
        for (const QString &statement : migrations().at(version - 1)) {
            if (!exec(statement, &error)) {
                ok = false;
                break;
            }
        }
        if (ok)
            ok = exec(QStringLiteral("PRAGMA user_version = %1").arg(version), &error);
        if (!ok || !db.commit()) {
            db.rollback();
            if (!error.isError())
                error = StoreError::fromSql(db.lastError());
            result.error = StoreError(error.kind(), tr("Upgrading the database to version %1 failed, and the "
                                                       "database was left at version %2: %3")
                                                        .arg(version)
                                                        .arg(version - 1)
                                                        .arg(error.message()));
            return false;
        }
    }
    return true;
}

void Database::markAbandonedStreamsIncomplete()
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("UPDATE messages SET state = 'incomplete' WHERE state = 'streaming' AND updated_at < ?"));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch() - kAbandonedStreamMs);
    query.exec(); // best effort: readers treat stale streaming rows as incomplete anyway
}

QString Database::integrityCheck() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return query.lastError().text();
    QStringList lines;
    while (query.next())
        lines << query.value(0).toString();
    return lines.join(u'\n');
}

void Database::checkpointSoon() const
{
    if (!m_checkpointTimer) {
        m_checkpointTimer = std::make_unique<QTimer>();
        m_checkpointTimer->setSingleShot(true);
        m_checkpointTimer->setInterval(kCheckpointDelayMs);
        QObject::connect(m_checkpointTimer.get(), &QTimer::timeout, m_checkpointTimer.get(), [this] { tidyUp(); });
    }
    if (!m_checkpointTimer->isActive())
        m_checkpointTimer->start(); // not restarted: a stream of writes still checkpoints every second
}

void Database::tidyUp() const
{
    if (!isOpen() || m_readOnly)
        return;
    // A bounded piece of the search index's merging (FTS5 'merge' with a page budget), then the
    // checkpoint, which then copies the merged pages too.
    exec(QStringLiteral("INSERT INTO message_fts(message_fts, rank) VALUES ('merge', %1)").arg(kMergePages), nullptr);
    if (!m_checkpointer)
        m_checkpointer = std::make_unique<Checkpointer>(m_path);
    m_checkpointer->request();
}

void Database::checkpoint() const
{
    if (m_checkpointTimer)
        m_checkpointTimer->stop(); // this one does what the pending one would have
    if (isOpen() && !m_readOnly)
        exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"), nullptr);
}

bool Database::setMaxPageCount(qint64 pages)
{
    return exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages), nullptr);
}
