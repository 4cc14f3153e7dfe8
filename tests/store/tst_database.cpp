// Opening the database safely: new files, migrations with a kept copy, and every file Tally must
// refuse or treat gently (newer, damaged, not SQLite, read-only, full), each checked to be
// byte-for-byte untouched or still readable afterwards.
#include "store/ConversationStore.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL on a file through a connection of its own, outside the code under test.
bool rawExec(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (ok && !query.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

QVariant rawValue(const QString &path, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-read"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-read"));
    return value;
}

Conversation storeSample(ConversationStore &store, const QString &text)
{
    Conversation conversation;
    conversation.title = QStringLiteral("Sample");
    conversation = *store.createConversation(conversation);
    Message message;
    message.conversationId = conversation.id;
    message.content = text;
    store.appendMessage(message);
    return conversation;
}

} // namespace

class TstDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createsANewDatabaseWithTheRightSettings();
    void migratesAVersion1FileAndKeepsACopy();
    void refusesADatabaseFromANewerTally();
    void leavesAFileThatIsNotSqliteUntouched();
    void leavesADamagedFileUntouched();
    void opensADamagedPageReadOnlyAndNeverWritesIt();
    void opensAReadOnlyLocationForReading();
    void aFullDiskFailsTheWriteCleanly();
    void twoConnectionsShareTheFile();
    void aWriteThatEndsSomethingIsCheckpointedOnceALittleLater();
    void defaultPathIsInTheDataFolder();

private:
    QString m_path;
    QTemporaryDir *m_dir = nullptr;
};

void TstDatabase::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("data/tally.db"));
}

void TstDatabase::cleanup()
{
    delete m_dir;
}

void TstDatabase::createsANewDatabaseWithTheRightSettings()
{
    Database database(m_path);
    const Database::OpenResult result = database.open();
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QVERIFY(!result.readOnly);
    QCOMPARE(result.versionFound, 0);
    QVERIFY(result.backupPath.isEmpty()); // nothing to keep in a brand-new file
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
    QVERIFY(query.value(0).toInt() >= 1); // NORMAL or stronger
    QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
    QCOMPARE(query.value(0).toInt(), Database::kSchemaVersion);
    QCOMPARE(database.integrityCheck(), QStringLiteral("ok"));
}

void TstDatabase::migratesAVersion1FileAndKeepsACopy()
{
    // The version-1 layout, frozen here as it was released, with some data in it.
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    QVERIFY(rawExec(m_path, {
        QStringLiteral("CREATE TABLE conversations (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
                       " title TEXT NOT NULL DEFAULT '', pinned INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL, profile TEXT NOT NULL DEFAULT '', model TEXT NOT NULL DEFAULT '',"
                       " temperature REAL, system_prompt TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE messages (id INTEGER PRIMARY KEY, conversation_id INTEGER NOT NULL"
                       " REFERENCES conversations(id) ON DELETE CASCADE, position INTEGER NOT NULL,"
                       " role TEXT NOT NULL CHECK (role IN ('system','user','assistant')), content TEXT NOT NULL DEFAULT '',"
                       " reasoning TEXT NOT NULL DEFAULT '', state TEXT NOT NULL DEFAULT 'complete'"
                       " CHECK (state IN ('complete','streaming','incomplete','error','cancelled')),"
                       " error_kind TEXT NOT NULL DEFAULT '', error_message TEXT NOT NULL DEFAULT '',"
                       " model TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
                       " UNIQUE (conversation_id, position))"),
        QStringLiteral("CREATE INDEX conversations_by_activity ON conversations(pinned DESC, updated_at DESC)"),
        QStringLiteral("INSERT INTO conversations VALUES (1, 'c0ffee00-0000-4000-8000-000000000001', 'ประวัติเก่า', 1,"
                       " 1700000000000, 1700000001000, '', 'stepfun-v3', 0.7, 'Be brief.')"),
        QStringLiteral("INSERT INTO messages VALUES (1, 1, 0, 'user', 'สวัสดี 你好 hello', '', 'complete', '', '', '',"
                       " 1700000000000, 1700000000000)"),
        QStringLiteral("INSERT INTO messages VALUES (2, 1, 1, 'assistant', 'A reply about databases', 'thinking',"
                       " 'complete', '', '', 'stepfun-v3', 1700000001000, 1700000001000)"),
        QStringLiteral("PRAGMA user_version = 1"),
    }));
    const QByteArray before = fileHash(m_path);

    Database database(m_path);
    const Database::OpenResult result = database.open();
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.versionFound, 1);

    // The copy is the version-1 file as it was, data included.
    QVERIFY(QFileInfo::exists(result.backupPath));
    QVERIFY(result.backupPath.startsWith(m_path + QStringLiteral(".v1-backup-")));
    QCOMPARE(rawValue(result.backupPath, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(rawValue(result.backupPath, QStringLiteral("SELECT content FROM messages WHERE id = 1")).toString(),
             QStringLiteral("สวัสดี 你好 hello"));
    QVERIFY(!before.isEmpty());

    // The data survived, now with the new columns and the search index built from it.
    ConversationStore store(database);
    const std::optional<Conversation> conversation = store.conversation(1);
    QVERIFY(conversation);
    QCOMPARE(conversation->title, QStringLiteral("ประวัติเก่า"));
    QCOMPARE(conversation->temperature, std::optional<double>(0.7));
    const QList<Message> messages = store.messages(1);
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).content, QStringLiteral("สวัสดี 你好 hello"));
    QCOMPARE(messages.at(1).reasoning, QStringLiteral("thinking"));
    QVERIFY(!messages.at(1).stats);
    QCOMPARE(store.search(QStringLiteral("databases")).size(), 1);
    QCOMPARE(store.search(QStringLiteral("ประวัติ")).size(), 1); // the title, via the backfilled index
    QCOMPARE(database.integrityCheck(), QStringLiteral("ok"));

    // Opening again migrates nothing and keeps no second copy.
    database.close();
    const Database::OpenResult again = database.open();
    QVERIFY(again.ok());
    QCOMPARE(again.versionFound, Database::kSchemaVersion);
    QVERIFY(again.backupPath.isEmpty());
}

void TstDatabase::refusesADatabaseFromANewerTally()
{
    {
        Database database(m_path);
        QVERIFY(database.open().ok());
        ConversationStore store(database);
        storeSample(store, QStringLiteral("keep me"));
    }
    QVERIFY(rawExec(m_path, {QStringLiteral("PRAGMA user_version = 99")}));
    const QByteArray before = fileHash(m_path);

    Database database(m_path);
    const Database::OpenResult result = database.open();
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind(), StoreError::Kind::NewerVersion);
    QVERIFY(result.error.message().contains(QStringLiteral("newer version")));
    QVERIFY(!database.isOpen());
    QCOMPARE(fileHash(m_path), before);
    QCOMPARE(rawValue(m_path, QStringLiteral("PRAGMA user_version")).toInt(), 99); // not downgraded
    QCOMPARE(rawValue(m_path, QStringLiteral("SELECT content FROM messages")).toString(), QStringLiteral("keep me"));
}

void TstDatabase::leavesAFileThatIsNotSqliteUntouched()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("These are my notes, not a database.\n");
    file.close();
    const QByteArray before = fileHash(m_path);
    const QStringList filesBefore = QDir(QFileInfo(m_path).absolutePath()).entryList(QDir::Files);

    Database database(m_path);
    const Database::OpenResult result = database.open();
    QCOMPARE(result.error.kind(), StoreError::Kind::Corrupt);
    QVERIFY(result.error.message().contains(QStringLiteral("not an SQLite file")));
    QCOMPARE(fileHash(m_path), before);
    QCOMPARE(QDir(QFileInfo(m_path).absolutePath()).entryList(QDir::Files), filesBefore); // no -wal, no -shm

    // The way out: a new database beside it, the old file kept as it is.
    const QString fresh = Database::freshPathBeside(m_path);
    QVERIFY(fresh != m_path);
    QCOMPARE(QFileInfo(fresh).absolutePath(), QFileInfo(m_path).absolutePath());
    Database replacement(fresh);
    QVERIFY(replacement.open().ok());
    QCOMPARE(fileHash(m_path), before);
}

void TstDatabase::leavesADamagedFileUntouched()
{
    {
        Database database(m_path);
        QVERIFY(database.open().ok());
        ConversationStore store(database);
        storeSample(store, QStringLiteral("soon damaged"));
    }
    QVERIFY(rawExec(m_path, {QStringLiteral("PRAGMA journal_mode=DELETE")})); // fold the WAL in
    // Keep the SQLite header, scribble over the schema on page 1.
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(100));
    file.write(QByteArray(3000, '\xA5'));
    file.close();
    const QByteArray before = fileHash(m_path);

    Database database(m_path);
    const Database::OpenResult result = database.open();
    QCOMPARE(result.error.kind(), StoreError::Kind::Corrupt);
    QVERIFY(result.error.message().contains(QStringLiteral("damaged")));
    QVERIFY(!database.isOpen());
    QCOMPARE(fileHash(m_path), before);
}

// Issue 13, row 10: page 4 overwritten with garbage. The header and the schema are whole, so the
// file used to open read-write, take a new conversation row, and then fail on the messages page
// with "Tally has not changed it". Now the whole file is checked first: it opens read-only, says
// why, reads what can be read, and its bytes never change.
void TstDatabase::opensADamagedPageReadOnlyAndNeverWritesIt()
{
    {
        Database database(m_path);
        QVERIFY(database.open().ok());
        ConversationStore store(database);
        for (int i = 0; i < 30; ++i)
            storeSample(store, QStringLiteral("message %1 ").arg(i).repeated(40));
    }
    // Out of WAL, so that switching back to it would itself be a write to the file.
    QVERIFY(rawExec(m_path, {QStringLiteral("PRAGMA journal_mode=DELETE")}));
    const qint64 pageSize = rawValue(m_path, QStringLiteral("PRAGMA page_size")).toLongLong();
    QVERIFY(rawValue(m_path, QStringLiteral("PRAGMA page_count")).toLongLong() > 8);
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(3 * pageSize)); // page 4
    file.write(QByteArray(int(pageSize), '\xA5'));
    file.close();
    const QByteArray before = fileHash(m_path);
    const QString folder = QFileInfo(m_path).absolutePath();

    {
        Database database(m_path);
        const Database::OpenResult result = database.open();
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QVERIFY(result.damaged);
        QVERIFY(result.readOnly);
        QVERIFY(database.isReadOnly());
        QVERIFY2(result.notice.contains(QLatin1String("damaged")) && result.notice.contains(QLatin1String("read-only")),
                 qPrintable(result.notice));
        QVERIFY2(result.notice.contains(QLatin1String("Page 4")), qPrintable(result.notice)); // SQLite's own words

        ConversationStore store(database);
        StoreError error;
        store.listConversations(&error); // what can be read is read; what cannot fails cleanly
        Conversation conversation;
        conversation.title = QStringLiteral("written into a damaged file");
        QVERIFY(!store.createConversation(conversation, &error));
        QCOMPARE(error.kind(), StoreError::Kind::ReadOnly);
        Message message;
        message.conversationId = 1;
        message.content = QStringLiteral("typed while damaged");
        QVERIFY(!store.appendMessage(message, &error));
        QCOMPARE(error.kind(), StoreError::Kind::ReadOnly);
    }
    QCOMPARE(fileHash(m_path), before);
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("tally.db")}); // no WAL made
}

void TstDatabase::opensAReadOnlyLocationForReading()
{
#ifndef Q_OS_UNIX
    QSKIP("file permissions are tested on Unix");
#else
    {
        Database database(m_path);
        QVERIFY(database.open().ok());
        ConversationStore store(database);
        storeSample(store, QStringLiteral("read me"));
    }
    QVERIFY(rawExec(m_path, {QStringLiteral("PRAGMA journal_mode=DELETE")}));
    const QString folder = QFileInfo(m_path).absolutePath();
    const QByteArray before = fileHash(m_path);
    QCOMPARE(rawValue(m_path, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("tally.db")});

    // Root ignores permission bits, so as root the check runs as "nobody" (seteuid is undone
    // below); everyone else simply loses write permission.
    const bool root = ::geteuid() == 0;
    if (root) {
        // Let "nobody" walk down to the file. Only folders inside this test's own throwaway
        // root are touched, never the system's.
        QString top = qEnvironmentVariable("TALLY_TEST_ROOT");
        if (top.isEmpty() || !m_dir->path().startsWith(top))
            top = m_dir->path();
        for (QString dir = folder; dir.startsWith(top); dir = QFileInfo(dir).absolutePath())
            QVERIFY(::chmod(QFile::encodeName(dir).constData(), 0755) == 0);
        QVERIFY(::seteuid(65534) == 0);
    } else {
        QVERIFY(::chmod(QFile::encodeName(m_path).constData(), 0444) == 0);
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0555) == 0);
    }
    auto restore = qScopeGuard([&] {
        if (root)
            [[maybe_unused]] const int ignored = ::seteuid(0);
        ::chmod(QFile::encodeName(folder).constData(), 0755);
        ::chmod(QFile::encodeName(m_path).constData(), 0644);
    });

    {
        Database database(m_path);
        const Database::OpenResult result = database.open();
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QVERIFY(result.readOnly);
        ConversationStore store(database);
        const QList<ConversationSummary> list = store.listConversations();
        QCOMPARE(list.size(), 1);
        QCOMPARE(store.messages(list.first().conversation.id).first().content, QStringLiteral("read me"));

        Message message;
        message.conversationId = list.first().conversation.id;
        message.content = QStringLiteral("typed while read-only");
        StoreError error;
        QVERIFY(!store.appendMessage(message, &error));
        QCOMPARE(error.kind(), StoreError::Kind::ReadOnly);
        QVERIFY(!error.message().isEmpty());
        QCOMPARE(message.content, QStringLiteral("typed while read-only")); // still in the caller's hands
    }
    restore.dismiss();
    if (root)
        QVERIFY(::seteuid(0) == 0);
    ::chmod(QFile::encodeName(folder).constData(), 0755);
    ::chmod(QFile::encodeName(m_path).constData(), 0644);
    QCOMPARE(fileHash(m_path), before);
#endif
}

void TstDatabase::aFullDiskFailsTheWriteCleanly()
{
    Database database(m_path);
    QVERIFY(database.open().ok());
    ConversationStore store(database);
    const Conversation conversation = storeSample(store, QStringLiteral("written before the disk filled"));

    // Cap the file at the pages it has now: the next write that needs a page fails like a full disk.
    QSqlQuery pages(database.connection());
    QVERIFY(pages.exec(QStringLiteral("PRAGMA page_count")) && pages.next());
    const qint64 pageCount = pages.value(0).toLongLong();
    pages.finish();
    QVERIFY(database.setMaxPageCount(pageCount));

    Message big;
    big.conversationId = conversation.id;
    big.content = QString(200'000, u'x'); // needs new pages
    StoreError error;
    QVERIFY(!store.appendMessage(big, &error));
    QCOMPARE(error.kind(), StoreError::Kind::DiskFull);
    QVERIFY(error.message().contains(QStringLiteral("disk is full")));
    QCOMPARE(big.content.size(), 200'000); // the unsaved text is still in memory

    // Earlier data is intact and readable, and the database is sound.
    const QList<Message> messages = store.messages(conversation.id);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().content, QStringLiteral("written before the disk filled"));
    QCOMPARE(database.integrityCheck(), QStringLiteral("ok"));

    // Space comes back: the kept text can be saved after all.
    QVERIFY(database.setMaxPageCount(1'000'000));
    QVERIFY(store.appendMessage(big, &error));
    QCOMPARE(store.messages(conversation.id).size(), 2);
}

void TstDatabase::twoConnectionsShareTheFile()
{
    // The GUI and tally-cli each hold their own connection to the same file.
    Database gui(m_path);
    Database cli(m_path);
    QVERIFY(gui.open().ok());
    QVERIFY(cli.open().ok());
    ConversationStore guiStore(gui);
    ConversationStore cliStore(cli);
    const Conversation conversation = storeSample(guiStore, QStringLiteral("from the app"));
    for (int i = 0; i < 50; ++i) {
        Message message;
        message.conversationId = conversation.id;
        message.content = QStringLiteral("line %1").arg(i);
        QVERIFY((i % 2 ? guiStore : cliStore).appendMessage(message));
    }
    QCOMPARE(guiStore.messages(conversation.id).size(), 51);
    QCOMPARE(cliStore.messages(conversation.id).size(), 51);
    const QList<Message> messages = cliStore.messages(conversation.id);
    for (int i = 0; i < messages.size(); ++i)
        QCOMPARE(messages.at(i).position, i);
}

void TstDatabase::aWriteThatEndsSomethingIsCheckpointedOnceALittleLater()
{
    Database database(m_path);
    QVERIFY(database.open().ok());
    ConversationStore store(database);
    const std::optional<Conversation> conversation = store.createConversation({});
    QVERIFY(conversation);
    database.checkpoint();
    const qint64 before = QFileInfo(m_path).size();
    // Three finished replies, as eight streams ending together would store them.
    for (int i = 0; i < 3; ++i) {
        Message reply;
        reply.conversationId = conversation->id;
        reply.role = Message::Role::Assistant;
        reply.state = Message::State::Streaming;
        std::optional<Message> stored = store.appendMessage(reply);
        QVERIFY(stored);
        stored->state = Message::State::Complete;
        stored->content = QString(100'000, QLatin1Char('a' + i));
        QVERIFY(store.finishMessage(*stored));
    }
    // Each write went to the log; none paid for copying it back into the file.
    QCOMPARE(QFileInfo(m_path).size(), before);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(m_path).size() > before + 200'000, 5000);
    // What was written reads back whole, and the search index found all three after its merge.
    QCOMPARE(store.search(QStringLiteral("bbbb")).size(), 1);
    QCOMPARE(database.integrityCheck(), QStringLiteral("ok"));
}

void TstDatabase::defaultPathIsInTheDataFolder()
{
    QCoreApplication::setApplicationName(QStringLiteral("Tally"));
    QVERIFY(Database::defaultPath().endsWith(QStringLiteral("/Tally/tally.db")));
}

QTEST_GUILESS_MAIN(TstDatabase)
#include "tst_database.moc"
