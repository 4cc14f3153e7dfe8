// tally-cli with the conversation database: chat --save, conversations list | export | import.
#include "CliProcess.h"
#include "SecretScan.h"
#include "TestServer.h"

#include "app/AppInfo.h"
#include "formats/ConversationJson.h"
#include "store/ConversationStore.h"
#include "settings/AppSettings.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

class TstCliStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void saveCreatesAndContinuesAConversation();
    void exportImportExportIsIdentical();
    void markdownExportReadsWell();
    void badInputIsAUsageError();
    void aFileWithoutAnIdIsImportedWithoutCallingItACopy();
    void appAndCliShareTheDatabase();
    void anEchoedKeyIsNeitherStoredNorExported();
    void aFullDiskFailsTheCommandAndSaysWhatWasKept();
    void aBlockingBudgetStopsTheSendWithItsOwnExitCode();
    void importRefusesNumbersThatMakeNoSense_data();
    void importRefusesNumbersThatMakeNoSense();
    void aDamagedDatabaseIsReadButNeverWritten();

private:
    QStringList chat() const;
    TestServer *m_server = nullptr;
};

void TstCliStore::initTestCase()
{
    AppInfo::registerApplication(); // the same data folder as tally-cli's
}

void TstCliStore::init()
{
    m_server = new TestServer(this);
    QVERIFY(m_server->start());
}

void TstCliStore::cleanup()
{
    delete m_server;
    QFile::remove(Database::defaultPath());
}

QStringList TstCliStore::chat() const
{
    return {QStringLiteral("chat"), QStringLiteral("--base-url"), m_server->baseUrl().toString(),
            QStringLiteral("--api-key-env"), QStringLiteral("TALLY_TEST_KEY"), QStringLiteral("--model"),
            QStringLiteral("stepfun-v3")};
}

void TstCliStore::saveCreatesAndContinuesAConversation()
{
    m_server->enqueueChat(ScriptedResponse::eventStream(
        {ScriptedResponse::sseData(ScriptedResponse::contentChunk(QStringLiteral("Bangkok is "), QStringLiteral("stepfun-v3"))),
         ScriptedResponse::sseData(ScriptedResponse::contentChunk(QStringLiteral("hot."), QStringLiteral("stepfun-v3"))),
         ScriptedResponse::sseData(ScriptedResponse::finishChunk(QStringLiteral("stop"), QStringLiteral("stepfun-v3"))),
         ScriptedResponse::sseData(ScriptedResponse::usageChunk(12, 4, QStringLiteral("stepfun-v3"))),
         ScriptedResponse::sseDone()}));
    CliRun run = runTallyCli(chat() << QStringLiteral("--save") << QStringLiteral("--system")
                                    << QStringLiteral("Be brief.") << QStringLiteral("Weather in Bangkok?"));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("Bangkok is hot."));
    QVERIFY(run.err.contains("Saved in conversation 1."));

    const CliRun list = runTallyCli({QStringLiteral("conversations"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.startsWith("1\t"));
    QVERIFY(list.out.contains("\t2\t-\tWeather in Bangkok?\n")); // the question and the reply

    // "--save 1" continues it, sending the earlier turns as context.
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("Bring water.")}, 20, 3));
    run = runTallyCli(chat() << QStringLiteral("--save") << QStringLiteral("1") << QStringLiteral("And tomorrow?"));
    QCOMPARE(run.exitCode, 0);
    const QJsonArray sent = m_server->requests().last().jsonBody().value(QStringLiteral("messages")).toArray();
    QCOMPARE(sent.size(), 4);
    QCOMPARE(sent.at(0).toObject().value(QStringLiteral("content")).toString(), QStringLiteral("Be brief."));
    QCOMPARE(sent.at(1).toObject().value(QStringLiteral("content")).toString(), QStringLiteral("Weather in Bangkok?"));
    QCOMPARE(sent.at(2).toObject().value(QStringLiteral("content")).toString(), QStringLiteral("Bangkok is hot."));
    QCOMPARE(sent.at(3).toObject().value(QStringLiteral("content")).toString(), QStringLiteral("And tomorrow?"));

    Database database(Database::defaultPath());
    QVERIFY(database.open().ok());
    ConversationStore store(database);
    const QList<Message> messages = store.messages(1);
    QCOMPARE(messages.size(), 4);
    QCOMPARE(messages.at(1).state, Message::State::Complete);
    QCOMPARE(messages.at(1).stats->usage.promptTokens, 12);
    QCOMPARE(messages.at(1).stats->usage.source, TokenUsage::Source::Reported);
    QCOMPARE(messages.at(1).cost->sourceName(), QStringLiteral("estimated"));
    QCOMPARE(messages.at(1).cost->amount(), 16 * 0.38 / 1e6);
    QCOMPARE(messages.at(3).content, QStringLiteral("Bring water."));
    // The second reply came from "test-model", which has no price: unknown, never a zero.
    QCOMPARE(messages.at(3).cost->sourceName(), QStringLiteral("unknown"));

    // A failed reply is stored as an error, with the question kept.
    m_server->enqueueChat(ScriptedResponse::openAiError(401, QStringLiteral("bad key"), QStringLiteral("invalid_request_error")));
    run = runTallyCli(chat() << QStringLiteral("--save=1") << QStringLiteral("Still there?"));
    QCOMPARE(run.exitCode, 3);
    const QList<Message> after = store.messages(1);
    QCOMPARE(after.size(), 6);
    QCOMPARE(after.at(4).content, QStringLiteral("Still there?"));
    QCOMPARE(after.at(5).state, Message::State::Error);
    QCOMPARE(after.at(5).errorKind, QStringLiteral("authentication"));
}

void TstCliStore::exportImportExportIsIdentical()
{
    m_server->enqueueChat(ScriptedResponse::eventStream({
        R"(data: {"model":"stepfun-v3","choices":[{"index":0,"delta":{"reasoning_content":"คิดก่อน "}}]})" "\n\n",
        R"(data: {"model":"stepfun-v3","choices":[{"index":0,"delta":{"content":"你好！\n```python\nprint('hi')\n```"}}]})" "\n\n",
        ScriptedResponse::sseData(ScriptedResponse::finishChunk()), ScriptedResponse::sseDone()}));
    QCOMPARE(runTallyCli(chat() << QStringLiteral("--save") << QStringLiteral("สวัสดี")).exitCode, 0);

    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.json"));
    QCOMPARE(runTallyCli({QStringLiteral("conversations"), QStringLiteral("export"), QStringLiteral("1"),
                          QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), first}).exitCode, 0);

    // Into a fresh database, then out again.
    QVERIFY(QFile::rename(Database::defaultPath(), Database::defaultPath() + QStringLiteral(".old")));
    QFile::remove(Database::defaultPath() + QStringLiteral("-wal"));
    QFile::remove(Database::defaultPath() + QStringLiteral("-shm"));
    const CliRun imported = runTallyCli({QStringLiteral("conversations"), QStringLiteral("import"), first});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.out, QByteArray("1\n"));
    const CliRun second = runTallyCli({QStringLiteral("conversations"), QStringLiteral("export"), QStringLiteral("1"),
                                       QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(second.exitCode, 0);
    QFile firstFile(first);
    QVERIFY(firstFile.open(QIODevice::ReadOnly));
    const QByteArray firstBytes = firstFile.readAll();
    QCOMPARE(second.out, firstBytes);
    const QJsonObject json = QJsonDocument::fromJson(firstBytes).object();
    QCOMPARE(json.value(QStringLiteral("messages")).toArray().size(), 2);

    // Importing it again where it already is makes a copy with a new identity, and says so.
    const CliRun copy = runTallyCli({QStringLiteral("conversations"), QStringLiteral("import"), first});
    QCOMPARE(copy.exitCode, 0);
    QCOMPARE(copy.out, QByteArray("2\n"));
    QVERIFY(copy.err.contains("copy"));
}

void TstCliStore::markdownExportReadsWell()
{
    m_server->enqueueChat(ScriptedResponse::eventStream({
        R"(data: {"choices":[{"index":0,"delta":{"reasoning_content":"ผู้ใช้ถามเรื่องโค้ด"}}]})" "\n\n",
        R"(data: {"choices":[{"index":0,"delta":{"content":"นี่คือตัวอย่าง:\n\n```cpp\nint main() { return 0; }\n```\n"}}]})" "\n\n",
        ScriptedResponse::sseData(ScriptedResponse::finishChunk()),
        ScriptedResponse::sseData(ScriptedResponse::usageChunk(25, 18)), ScriptedResponse::sseDone()}));
    QCOMPARE(runTallyCli(chat() << QStringLiteral("--save") << QStringLiteral("ขอตัวอย่างโค้ด C++")).exitCode, 0);
    const CliRun markdown = runTallyCli({QStringLiteral("conversations"), QStringLiteral("export"), QStringLiteral("1"),
                                         QStringLiteral("--format"), QStringLiteral("md")});
    QCOMPARE(markdown.exitCode, 0);
    const QString text = QString::fromUtf8(markdown.out);
    QVERIFY(text.startsWith(QStringLiteral("# ขอตัวอย่างโค้ด C++")));
    QVERIFY(text.contains(QStringLiteral("```cpp\nint main() { return 0; }\n```")));
    QVERIFY(text.contains(QStringLiteral("<details>")));
    QVERIFY(text.contains(QStringLiteral("ผู้ใช้ถามเรื่องโค้ด")));
    QVERIFY(text.contains(QStringLiteral("25")));
    QFile sample(QString::fromLocal8Bit(qgetenv("TALLY_MARKDOWN_SAMPLE")));
    if (!sample.fileName().isEmpty() && sample.open(QIODevice::WriteOnly))
        sample.write(markdown.out); // for the closing note: how an export reads
}

void TstCliStore::aFileWithoutAnIdIsImportedWithoutCallingItACopy()
{
    // A file written by hand (or by another tool) may leave out the conversation's uuid: the
    // import gives it one, and nothing was in the database before, so nothing was copied.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hand-written.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format":"tally-conversation","version":1,"conversation":{"title":"By hand"},)"
               R"("messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello"}]})");
    file.close();
    const CliRun run = runTallyCli({QStringLiteral("conversations"), QStringLiteral("import"), path});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("1\n"));
    QVERIFY2(!run.err.contains("copy"), run.err.constData());
}

void TstCliStore::badInputIsAUsageError()
{
    QTemporaryDir dir;
    const QString junk = dir.filePath(QStringLiteral("junk.json"));
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\":\"something-else\"}");
    file.close();
    CliRun run = runTallyCli({QStringLiteral("conversations"), QStringLiteral("import"), junk});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    run = runTallyCli({QStringLiteral("conversations"), QStringLiteral("export"), QStringLiteral("99")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("not found"));
    run = runTallyCli({QStringLiteral("conversations"), QStringLiteral("export"), QStringLiteral("1"),
                       QStringLiteral("--format"), QStringLiteral("pdf")});
    QCOMPARE(run.exitCode, 2);
    run = runTallyCli(chat() << QStringLiteral("--save") << QStringLiteral("42") << QStringLiteral("hi"));
    QCOMPARE(run.exitCode, 2); // no conversation 42
    QCOMPARE(m_server->requestCount(), 0);
}

void TstCliStore::appAndCliShareTheDatabase()
{
    // The app holds the database open (and writes to it) while tally-cli saves into it.
    Database app(Database::defaultPath());
    QVERIFY(app.open().ok());
    ConversationStore store(app);
    Conversation conversation;
    conversation.title = QStringLiteral("From the app");
    conversation = *store.createConversation(conversation);
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("shared")}));
    const CliRun run = runTallyCli(chat() << QStringLiteral("--save") << QString::number(conversation.id)
                                          << QStringLiteral("from the cli"));
    QCOMPARE(run.exitCode, 0);
    Message note;
    note.conversationId = conversation.id;
    note.content = QStringLiteral("and the app again");
    QVERIFY(store.appendMessage(note));
    const QList<Message> messages = store.messages(conversation.id);
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.at(1).content, QStringLiteral("shared"));
    QCOMPARE(app.integrityCheck(), QStringLiteral("ok"));
}

// Issue 13, row 5: the key a provider repeats, in its text and its error, reaches no file.
void TstCliStore::anEchoedKeyIsNeitherStoredNorExported()
{
    const QByteArray key = "sk-echo-0123456789abcdefWXYZ";
    qputenv("TALLY_ECHO_KEY", key);
    m_server->enqueueChat(ScriptedResponse::eventStream(
        {ScriptedResponse::sseData(ScriptedResponse::contentChunk(QStringLiteral("You sent sk-echo-0123"))),
         ScriptedResponse::sseData(ScriptedResponse::contentChunk(QStringLiteral("456789abcdefWXYZ."))),
         "data: {\"error\":{\"message\":\"key " + key + " is over quota\"}}\n\n"}, 20));
    const CliRun run = runTallyCli({QStringLiteral("chat"), QStringLiteral("--base-url"), m_server->baseUrl().toString(),
                                    QStringLiteral("--api-key-env"), QStringLiteral("TALLY_ECHO_KEY"), QStringLiteral("--save"),
                                    QStringLiteral("Hello")});
    qunsetenv("TALLY_ECHO_KEY");
    QCOMPARE(run.exitCode, 7);
    QCOMPARE(run.out, QByteArray("You sent sk-…WXYZ."));
    QVERIFY(!run.err.contains(key));
    QVERIFY(run.err.contains("key sk-…WXYZ is over quota"));

    QCOMPARE(filesContaining(key), QStringList()); // the database and its write-ahead log included
    for (const QString &format : {QStringLiteral("json"), QStringLiteral("md")}) {
        const CliRun exported = runTallyCli({QStringLiteral("conversations"), QStringLiteral("export"), QStringLiteral("1"),
                                             QStringLiteral("--format"), format});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(exported.out.contains("You sent sk-…WXYZ."));
        QVERIFY(exported.out.contains("key sk-…WXYZ is over quota"));
        QVERIFY2(!exported.out.contains(key), exported.out.constData());
    }
}

// Issue 13, row 6: the disk fills during a long reply. tally-cli must not say "Saved" and exit 0
// with a tenth of the reply stored: it fails, and says how much of the reply the database holds.
void TstCliStore::aFullDiskFailsTheCommandAndSaysWhatWasKept()
{
#ifndef Q_OS_UNIX
    QSKIP("RLIMIT_FSIZE is how this test fills the disk");
#else
    {
        Database database(Database::defaultPath()); // created here, so only the reply needs room
        QVERIFY(database.open().ok());
    }
    const qint64 databaseBytes = QFileInfo(Database::defaultPath()).size();
    QStringList pieces;
    for (int i = 0; i < 64; ++i)
        pieces << QString(64 * 1024, QChar(u'a' + i % 26)); // 4 MB over about 3 s
    m_server->enqueueChat(ScriptedResponse::chatStream(pieces, 10, 1000, 50));
    const CliRun run = runTallyCliOnAFullDisk(chat() << QStringLiteral("--save") << QStringLiteral("Write a lot"),
                                              databaseBytes + 1024 * 1024);
    const QByteArray whole = pieces.join(QString()).toUtf8();
    QCOMPARE(run.out, whole); // nothing received is lost: all of it went out
    QCOMPARE(run.exitCode, 6);
    QVERIFY2(!run.err.contains("Saved in conversation"), run.err.constData());
    QVERIFY2(run.err.contains("could not be saved"), run.err.constData());

    Database database(Database::defaultPath());
    QVERIFY(database.open().ok());
    ConversationStore store(database);
    const QList<Message> messages = store.messages(1);
    QCOMPARE(messages.size(), 2);
    const QString kept = messages.at(1).content;
    QVERIFY(kept.size() < whole.size());
    QVERIFY(QString::fromUtf8(whole).startsWith(kept));
    // The message says exactly what the database holds.
    const QByteArray keptCount = QLocale().toString(kept.size()).toUtf8();
    QVERIFY2(kept.isEmpty() ? run.err.contains("keeps none") : run.err.contains(QByteArray("keeps ").append(keptCount).append(" of its")),
             run.err.constData());
#endif
}

// Issue 12, acceptance 2: the CLI follows the window's budget rule, from the same settings and ledger.
void TstCliStore::aBlockingBudgetStopsTheSendWithItsOwnExitCode()
{
    m_server->enqueueChat(ScriptedResponse::eventStream(
        {ScriptedResponse::sseData(ScriptedResponse::contentChunk(QStringLiteral("Paid answer."), QStringLiteral("stepfun-v3"))),
         ScriptedResponse::sseData(ScriptedResponse::finishChunk(QStringLiteral("stop"), QStringLiteral("stepfun-v3"))),
         ScriptedResponse::sseData(ScriptedResponse::usageChunk(120000, 80000, QStringLiteral("stepfun-v3"))),
         ScriptedResponse::sseDone()}));
    CliRun run = runTallyCli(chat() << QStringLiteral("--save") << QStringLiteral("First question"));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(m_server->requestCount(), 1);

    {
        AppSettings settings; // tally.ini where tally-cli reads it
        Budget budget;
        budget.perDay = 0.01; // the first answer cost more than this
        budget.block = true;
        settings.setBudget(budget);
        settings.sync();
    }
    run = runTallyCli(chat() << QStringLiteral("--save") << QStringLiteral("1") << QStringLiteral("Second question"));
    QCOMPARE(run.exitCode, 9);
    QVERIFY2(run.err.contains("daily budget"), run.err.constData());
    QVERIFY(run.err.contains("paused"));
    QCOMPARE(m_server->requestCount(), 1); // nothing was sent
    const CliRun list = runTallyCli({QStringLiteral("conversations"), QStringLiteral("list")});
    QVERIFY(list.out.contains("\t2\t")); // and nothing was stored
    QFile::remove(AppSettings().path());
}

// Issue 13, row 9: `conversations import` of a shared file with a cost of -1000 USD or a
// temperature of 1e308 fails as a usage error naming the field, and stores nothing.
void TstCliStore::importRefusesNumbersThatMakeNoSense_data()
{
    QTest::addColumn<bool>("negativeCost");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("cost -1000 USD") << true << QByteArray("messages[0].cost.amount must be 0 or more, not -1000.");
    QTest::newRow("temperature 1e308") << false << QByteArray("conversation.temperature must be at most 2, not 1e+308.");
}

void TstCliStore::importRefusesNumbersThatMakeNoSense()
{
    QFETCH(bool, negativeCost);
    QFETCH(QByteArray, field);
    ConversationDocument document;
    document.conversation.title = QStringLiteral("Shared");
    Message reply;
    reply.role = Message::Role::Assistant;
    reply.content = QStringLiteral("answer");
    reply.createdAt = QDateTime::currentDateTimeUtc();
    reply.stats = MessageStats();
    reply.cost = CostEstimate::reported(negativeCost ? -1000.0 : 0.5, QStringLiteral("USD"));
    if (!negativeCost)
        document.conversation.temperature = 1e308;
    document.messages = {reply};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ConversationJson::toJson(document));
    file.close();
    const CliRun run = runTallyCli({QStringLiteral("conversations"), QStringLiteral("import"), path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(field), run.err.constData());
    const CliRun list = runTallyCli({QStringLiteral("conversations"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(!list.out.contains("Shared"), list.out.constData());
}

// Issue 13, row 10: the database with page 4 overwritten. Commands that would write say why and
// fail before anything is sent or written; reading commands say so and go on; the file's bytes
// never change.
void TstCliStore::aDamagedDatabaseIsReadButNeverWritten()
{
    for (int i = 0; i < 20; ++i)
        m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("answer %1 ").arg(i).repeated(60)}));
    for (int i = 0; i < 20; ++i)
        QCOMPARE(runTallyCli(chat() << QStringLiteral("--save") << QStringLiteral("question %1").arg(i)).exitCode, 0);
    const QString path = Database::defaultPath();
    qint64 pageSize = 0;
    {
        // Out of WAL, so that even switching back to it would show as a change to the file.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
        pageSize = query.value(0).toLongLong();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > 8 * pageSize);
    QVERIFY(file.seek(3 * pageSize)); // page 4
    file.write(QByteArray(int(pageSize), '\xA5'));
    file.close();
    const auto hash = [&path] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                           : QByteArray();
    };
    const QByteArray before = hash();
    const int requestsBefore = m_server->requestCount();

    CliRun run = runTallyCli(chat() << QStringLiteral("--save") << QStringLiteral("one more"));
    QCOMPARE(run.exitCode, 6);
    QVERIFY2(run.err.contains("damaged") && run.err.contains("read-only"), run.err.constData());
    QCOMPARE(m_server->requestCount(), requestsBefore); // nothing paid for that could not be kept

    QTemporaryDir dir;
    const QString shared = dir.filePath(QStringLiteral("shared.json"));
    ConversationDocument document;
    document.conversation.title = QStringLiteral("Shared");
    QFile out(shared);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(ConversationJson::toJson(document));
    out.close();
    run = runTallyCli({QStringLiteral("conversations"), QStringLiteral("import"), shared});
    QCOMPARE(run.exitCode, 6);
    QVERIFY2(run.err.contains("damaged"), run.err.constData());

    run = runTallyCli({QStringLiteral("conversations"), QStringLiteral("list")});
    QVERIFY2(run.err.contains("damaged"), run.err.constData());
    QCOMPARE(run.exitCode, 0); // the conversations table is whole: it is listed
    QVERIFY2(run.out.contains("question 19"), run.out.constData());
    run = runTallyCli({QStringLiteral("conversations"), QStringLiteral("export"), QStringLiteral("20"),
                       QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.err.contains("damaged"), run.err.constData());

    QCOMPARE(hash(), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))); // not even a write-ahead log was started
}

QTEST_GUILESS_MAIN(TstCliStore)
#include "tst_clistore.moc"
