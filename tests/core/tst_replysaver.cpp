// The growing reply is on disk at least every half second and in full at the end, whatever the
// stream does; a failed save keeps the text in memory and tries again.
#include "api/ChatStream.h"
#include "api/ProviderClient.h"
#include "store/ConversationStore.h"
#include "store/Database.h"
#include "chat/ReplySaver.h"

#include "TestServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TstReplySaver final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void savesTheGrowingReplyAndTheEnd();
    void storesHowTheReplyEnded_data();
    void storesHowTheReplyEnded();
    void aFullDiskKeepsTheTextAndRetries();
    void theFinalSaveIsRetriedUntilStored();

private:
    Message startReply();
    ChatRequest request() const;

    QTemporaryDir *m_dir = nullptr;
    Database *m_database = nullptr;
    ConversationStore *m_store = nullptr;
    TestServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    qint64 m_conversationId = 0;
};

void TstReplySaver::init()
{
    m_dir = new QTemporaryDir;
    m_database = new Database(m_dir->filePath(QStringLiteral("tally.db")));
    QVERIFY(m_database->open().ok());
    m_store = new ConversationStore(*m_database);
    m_server = new TestServer(this);
    QVERIFY(m_server->start());
    m_network = new QNetworkAccessManager(this);
    m_conversationId = m_store->createConversation(Conversation())->id;
}

void TstReplySaver::cleanup()
{
    delete m_network;
    delete m_server;
    delete m_store;
    delete m_database;
    delete m_dir;
}

Message TstReplySaver::startReply()
{
    Message reply;
    reply.conversationId = m_conversationId;
    reply.role = Message::Role::Assistant;
    reply.state = Message::State::Streaming;
    return *m_store->appendMessage(reply);
}

ChatRequest TstReplySaver::request() const
{
    ChatRequest chat;
    chat.baseUrl = m_server->baseUrl();
    chat.apiKey = QStringLiteral("sk-test");
    chat.model = QStringLiteral("stepfun-v3");
    chat.messages = {ChatMessage::user(QStringLiteral("Count"))};
    return chat;
}

void TstReplySaver::savesTheGrowingReplyAndTheEnd()
{
    QStringList pieces;
    for (int i = 0; i < 60; ++i)
        pieces << QStringLiteral("w%1 ").arg(i);
    m_server->enqueueChat(ScriptedResponse::chatStream(pieces, 10, 60, 40)); // ~2.4 s
    ProviderClient client(m_network);
    ChatStream *stream = client.createChat(request());
    const Message reply = startReply();
    ReplySaver saver(*m_store, reply, stream,
                     [](const ChatResult &) { return CostEstimate::reported(0.5, QStringLiteral("USD")); });
    QSignalSpy saved(&saver, &ReplySaver::replySaved);
    // While it streams, the row is a growing prefix of the reply: looked at as each piece arrives.
    QList<int> seen;
    bool prefixes = true;
    connect(stream, &ChatStream::contentDelta, this, [&] {
        const QString stored = m_store->message(reply.id)->content;
        prefixes = prefixes && pieces.join(QString()).startsWith(stored);
        seen << int(stored.size());
    });
    stream->start();
    QVERIFY(saved.wait(20000));
    QVERIFY(prefixes);
    QVERIFY(saver.saveCount() >= 3);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QVERIFY(seen.at(seen.size() / 2) > 0);

    const Message stored = *m_store->message(reply.id);
    QCOMPARE(stored.state, Message::State::Complete);
    QCOMPARE(stored.content, pieces.join(QString()));
    QCOMPARE(stored.stats->usage.completionTokens, 60);
    QCOMPARE(stored.stats->usage.source, TokenUsage::Source::Reported);
    QCOMPARE(stored.cost->amount(), 0.5);
    QCOMPARE(stored.model, QStringLiteral("test-model"));
    QVERIFY(saved.first().at(1).toBool());
}

void TstReplySaver::storesHowTheReplyEnded_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<Message::State>("state");
    QTest::addColumn<QString>("errorKind");
    QTest::newRow("cut off") << 0 << Message::State::Incomplete << QStringLiteral("incomplete");
    QTest::newRow("401") << 1 << Message::State::Error << QStringLiteral("authentication");
    QTest::newRow("stopped") << 2 << Message::State::Cancelled << QStringLiteral("cancelled");
}

void TstReplySaver::storesHowTheReplyEnded()
{
    QFETCH(int, scenario);
    QFETCH(Message::State, state);
    QFETCH(QString, errorKind);
    if (scenario == 0)
        m_server->enqueueChat(ScriptedResponse::eventStream({ScriptedResponse::sseData(ScriptedResponse::contentChunk(QStringLiteral("half")))}));
    else if (scenario == 1)
        m_server->enqueueChat(ScriptedResponse::openAiError(401, QStringLiteral("bad key"), QStringLiteral("invalid_request_error")));
    else
        m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("slow "), QStringLiteral("reply")}, -1, -1, 2000));
    ProviderClient client(m_network);
    ChatStream *stream = client.createChat(request());
    const Message reply = startReply();
    ReplySaver saver(*m_store, reply, stream, {});
    QSignalSpy saved(&saver, &ReplySaver::replySaved);
    stream->start();
    if (scenario == 2) {
        QTRY_VERIFY(!stream->content().isEmpty());
        stream->cancel();
    }
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    const Message stored = *m_store->message(reply.id);
    QCOMPARE(stored.state, state);
    QCOMPARE(stored.errorKind, errorKind);
    QVERIFY(!stored.errorMessage.isEmpty());
    QCOMPARE(stored.cost, std::optional<CostEstimate>(CostEstimate::unknown())); // no cost function: unknown, not 0
    if (scenario != 1)
        QVERIFY(!stored.content.isEmpty());
}

void TstReplySaver::aFullDiskKeepsTheTextAndRetries()
{
    const Message reply = startReply();
    QSqlQuery pages(m_database->connection());
    QVERIFY(pages.exec(QStringLiteral("PRAGMA page_count")) && pages.next());
    const qint64 pageCount = pages.value(0).toLongLong();
    pages.finish();

    QStringList pieces;
    for (int i = 0; i < 30; ++i)
        pieces << QString(2000, QChar(u'a' + i % 26));
    m_server->enqueueChat(ScriptedResponse::chatStream(pieces, -1, -1, 60));
    ProviderClient client(m_network);
    ChatStream *stream = client.createChat(request());
    ReplySaver saver(*m_store, reply, stream, {});
    QSignalSpy failed(&saver, &ReplySaver::saveFailed);
    QSignalSpy saved(&saver, &ReplySaver::replySaved);
    QVERIFY(m_database->setMaxPageCount(pageCount)); // the disk is full from now on
    stream->start();
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().value<StoreError>().kind(), StoreError::Kind::DiskFull);
    QVERIFY(!stream->content().isEmpty()); // nothing received is lost

    QVERIFY(m_database->setMaxPageCount(1'000'000)); // space again
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    QVERIFY(saved.first().at(1).toBool());
    QCOMPARE(m_store->message(reply.id)->content, pieces.join(QString()));
}

// Issue 13, row 6: the disk is full for the whole reply, its end included. The saver keeps all of
// it, says once that saving fails (not on every tick), and stores it when space returns.
// A full disk is PRAGMA max_page_count through Database's seam: unprivileged and exact (a tmpfs
// needs mount rights; tst_clistore fills the disk of a real tally-cli with RLIMIT_FSIZE).
void TstReplySaver::theFinalSaveIsRetriedUntilStored()
{
    const Message reply = startReply();
    QSqlQuery pages(m_database->connection());
    QVERIFY(pages.exec(QStringLiteral("PRAGMA page_count")) && pages.next());
    const qint64 pageCount = pages.value(0).toLongLong();
    pages.finish();

    QStringList pieces;
    for (int i = 0; i < 20; ++i)
        pieces << QString(3000, QChar(u'a' + i % 26));
    m_server->enqueueChat(ScriptedResponse::chatStream(pieces, -1, -1, 30));
    ProviderClient client(m_network);
    ChatStream *stream = client.createChat(request());
    ReplySaver saver(*m_store, reply, stream, {});
    QSignalSpy failed(&saver, &ReplySaver::saveFailed);
    QSignalSpy saved(&saver, &ReplySaver::replySaved);
    QSignalSpy stored(&saver, &ReplySaver::replyStored);
    QVERIFY(m_database->setMaxPageCount(pageCount));
    stream->start();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10'000);
    QVERIFY(!saved.first().at(1).toBool()); // the end could not be written
    QVERIFY(!saver.isStored());
    QCOMPARE(saver.message().content, pieces.join(QString())); // all of it, in memory
    QCOMPARE(saver.message().state, Message::State::Complete);
    QVERIFY(m_store->message(reply.id)->content.size() < 20 * 3000);

    QTRY_VERIFY_WITH_TIMEOUT(saver.finalSaveTries() >= 3, 20'000); // a few retries, all failing
    QCOMPARE(failed.size(), 1); // said once, not on every retry
    QCOMPARE(failed.first().first().value<StoreError>().kind(), StoreError::Kind::DiskFull);
    QVERIFY(stored.isEmpty());

    QVERIFY(m_database->setMaxPageCount(1'000'000)); // space again: the next retry stores it
    QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 10'000);
    QVERIFY(saver.isStored());
    const Message kept = *m_store->message(reply.id);
    QCOMPARE(kept.content, pieces.join(QString()));
    QCOMPARE(kept.state, Message::State::Complete);
    QCOMPARE(saver.savedLength(), kept.content.size());
}

QTEST_GUILESS_MAIN(TstReplySaver)
#include "tst_replysaver.moc"
