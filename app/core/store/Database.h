#pragma once

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class Checkpointer;
class QTimer;

// The one SQLite file that holds every conversation: opens it safely (WAL, foreign keys, a busy
// timeout so the app and tally-cli can share it), migrates it forward in transactions after
// keeping a copy, and refuses, without writing a byte, files it must not touch: a database from
// a newer Tally, a file too damaged to read, or something that is not SQLite at all. A file
// that is damaged but still readable is opened read-only and never written.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // The schema version this build writes. Each step is one migration in Database.cpp.
    static constexpr int kSchemaVersion = 6;

    struct OpenResult
    {
        StoreError error;    // None when the database is usable
        bool readOnly = false;      // opened, but it cannot be written (read-only location, or damaged)
        // The file is damaged (SQLite's quick_check found problems): it is open read-only, so
        // what can still be read can be read and exported, and nothing is ever written to it.
        bool damaged = false;
        QString notice;             // why it is read-only, in words for the banner and tally-cli
        int versionFound = 0;       // user_version before any migration
        QString backupPath;         // the copy kept before migrating, if one was made
        bool ok() const { return !error.isError(); }
    };

    explicit Database(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    OpenResult open();
    void close();

    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    QSqlDatabase connection() const;

    // <data dir>/tally.db
    static QString defaultPath();
    // A free file name next to `path` for starting a new database while keeping the old file
    // exactly as it is (after it was found damaged): "tally-new-20261128-004012.db".
    static QString freshPathBeside(const QString &path);
    // SQLite's integrity_check: "ok" or the problems it lists.
    QString integrityCheck() const;
    // Copies the write-ahead log back into the database file without waiting for readers
    // (SQLite's PASSIVE checkpoint). Tally turns automatic checkpoints off so that a streaming
    // save never pays for one; the reply saver calls this every few seconds, and close() last.
    void checkpoint() const;
    // One checkpoint a second from now, however many writes ask for it meanwhile: what the store
    // asks for after a write that ends something (a reply, a send, an import). A checkpoint after
    // each write made eight replies that ended together pay for eight checkpoints, with their
    // fsyncs, in one turn of the event loop (44 ms in benchmark B6). The log holds every write
    // meanwhile, so nothing waits for it but the size of the -wal file.
    void checkpointSoon() const;
    // Limits the file to this many pages (tests use it to simulate a full disk).
    bool setMaxPageCount(qint64 pages);

private:
    // What the checkpoint a second later does: a bounded merge of the search index here, then
    // the checkpoint on a thread of its own (Checkpointer), so the window never waits for the disk.
    void tidyUp() const;
    bool openConnection(bool readOnly, OpenResult &result);
    bool readVersion(OpenResult &result);
    OpenResult finishReadOnly(OpenResult &result);
    // A file quick_check found damaged: read-only with a notice, or refused when it is older.
    OpenResult openDamaged(const QString &problems, OpenResult &result);
    // A healthy writable file: WAL and the pragmas, then the migrations it lacks.
    OpenResult startWriting(OpenResult &result);
    // SQLite's quick_check, read only: empty when the file is whole, else the first problems.
    QString quickCheckProblems() const;
    bool exec(const QString &sql, StoreError *error) const;
    bool migrate(int from, OpenResult &result);
    bool backupBeforeMigration(int from, OpenResult &result);
    void markAbandonedStreamsIncomplete();

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    mutable std::unique_ptr<QTimer> m_checkpointTimer; // made on the first checkpointSoon()
    mutable std::unique_ptr<Checkpointer> m_checkpointer; // likewise; only for a writable file
};
