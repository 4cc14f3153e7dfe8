#include "api/ProviderClient.h"
#include "api/RetryPolicy.h"
#include "chat/ConversationSession.h"
#include "pricing/PriceTable.h"
#include "store/ConversationStore.h"
#include "store/Database.h"

#include "TestServer.h"

#include "domain/TokenEstimator.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TstConversationSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sendsWithHistoryAndStoresTheReply();
    void stopKeepsTheText();
    void twoConversationsStreamAtOnce();
    void aFullDiskSendsNothing();
    void idleTimeoutComesFromTheSettings();
    void aReplyTheDiskHadNoRoomForIsKeptAndStoredLater();
    void trimToWindow_data();
    void trimToWindow();
    void aSmallWindowLeavesOutTheOldestTurnsAndSaysHowMany();
    void shortenSendsLessOrSaysTheQuestionIsTooLong();
    void retryAsksTheQuestionOnceAndReplacesAnEmptyFailure();

private:
    ConversationSession::Settings settings() const;
    qint64 newConversation();
    // Stores the turns (user or assistant) in the conversation, in order.
    bool storeTurns(qint64 conversationId, const QList<ChatMessage> &turns);

    QTemporaryDir *m_dir = nullptr;
    Database *m_database = nullptr;
    ConversationStore *m_store = nullptr;
    TestServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    ProviderClient *m_client = nullptr;
    PriceTable m_prices = PriceTable::bundled();
};

void TstConversationSession::init()
{
    m_dir = new QTemporaryDir;
    m_database = new Database(m_dir->filePath(QStringLiteral("tally.db")));
    QVERIFY(m_database->open().ok());
    m_store = new ConversationStore(*m_database);
    m_server = new TestServer(this);
    QVERIFY(m_server->start());
    m_network = new QNetworkAccessManager(this);
    m_client = new ProviderClient(m_network, this);
}

void TstConversationSession::cleanup()
{
    delete m_client;
    delete m_network;
    delete m_server;
    delete m_store;
    delete m_database;
    delete m_dir;
}

ConversationSession::Settings TstConversationSession::settings() const
{
    ConversationSession::Settings s;
    s.profile = ProviderProfile::fromPreset(*ProviderPreset::find(QStringLiteral("holysheep")), QStringLiteral("hs"));
    s.profile.baseUrl = m_server->baseUrl();
    s.apiKey = QStringLiteral("sk-session");
    s.systemPrompt = QStringLiteral("Be brief.");
    s.temperature = 0.7;
    return s;
}

namespace {

// A turn long enough that the estimate of a request grows by many tokens with each message.
QString turnText(const QString &name)
{
    return name + QStringLiteral(": ") + QStringLiteral("a sentence about the weather and the sea. ").repeated(20);
}

qint64 estimate(const QList<ChatMessage> &messages)
{
    QList<QPair<QString, QString>> pairs;
    for (const ChatMessage &message : messages)
        pairs.append({message.role, message.content});
    return TokenEstimator::estimateMessages(pairs);
}

const ChatMessage kSystem = ChatMessage::system(QStringLiteral("Be brief."));

// The system prompt, two answered turns and a new question.
QList<ChatMessage> history(bool withSystem = true)
{
    QList<ChatMessage> messages;
    if (withSystem)
        messages << kSystem;
    messages << ChatMessage::user(turnText(QStringLiteral("q1"))) << ChatMessage::assistant(turnText(QStringLiteral("a1")))
             << ChatMessage::user(turnText(QStringLiteral("q2"))) << ChatMessage::assistant(turnText(QStringLiteral("a2")))
             << ChatMessage::user(turnText(QStringLiteral("q3")));
    return messages;
}

} // namespace

qint64 TstConversationSession::newConversation()
{
    return m_store->createConversation(Conversation())->id;
}

bool TstConversationSession::storeTurns(qint64 conversationId, const QList<ChatMessage> &turns)
{
    for (const ChatMessage &turn : turns) {
        Message message;
        message.conversationId = conversationId;
        message.role = turn.role == u"user" ? Message::Role::User : Message::Role::Assistant;
        message.content = turn.content;
        if (!m_store->appendMessage(message))
            return false;
    }
    return true;
}

void TstConversationSession::sendsWithHistoryAndStoresTheReply()
{
    const qint64 id = newConversation();
    ConversationSession session(*m_store, *m_client, m_prices, id);
    QSignalSpy stored(&session, &ConversationSession::messageStored);
    QSignalSpy updated(&session, &ConversationSession::replyUpdated);
    QSignalSpy finished(&session, &ConversationSession::replyFinished);

    QList<QByteArray> events;
    for (const QString &piece : {QStringLiteral("Hello "), QStringLiteral("there")})
        events << ScriptedResponse::sseData(ScriptedResponse::contentChunk(piece, QStringLiteral("stepfun-v3")));
    events << ScriptedResponse::sseData(ScriptedResponse::finishChunk(QStringLiteral("stop"), QStringLiteral("stepfun-v3")))
           << ScriptedResponse::sseData(ScriptedResponse::usageChunk(1000, 1000, QStringLiteral("stepfun-v3")))
           << ScriptedResponse::sseDone();
    m_server->enqueueChat(ScriptedResponse::eventStream(events, 20));
    QVERIFY(session.send(QStringLiteral("Hi"), settings()));
    QVERIFY(session.isStreaming());
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(1).first().value<Message>().state, Message::State::Streaming);
    QVERIFY(!session.send(QStringLiteral("again"), settings())); // one reply at a time per conversation
    QTRY_COMPARE(finished.size(), 1);
    // Updates come at most every kUpdateIntervalMs, each the text so far; the end has it all.
    QVERIFY(updated.size() >= 1);
    QVERIFY(QStringLiteral("Hello there").startsWith(updated.last().at(1).toString()));

    const Message reply = finished.first().first().value<Message>();
    QCOMPARE(reply.state, Message::State::Complete);
    QCOMPARE(reply.content, QStringLiteral("Hello there"));
    QCOMPARE(reply.cost->amount(), 2000 * 0.38 / 1e6); // priced at the profile's provider
    QCOMPARE(m_store->messages(id).at(1), reply);

    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("Second")}));
    QVERIFY(session.send(QStringLiteral("More?"), settings()));
    QTRY_COMPARE(finished.size(), 2);
    const QJsonArray sent = m_server->requests().last().jsonBody().value(QStringLiteral("messages")).toArray();
    QCOMPARE(sent.size(), 4); // system, Hi, Hello there, More?
    QCOMPARE(sent.at(2).toObject().value(QStringLiteral("content")).toString(), QStringLiteral("Hello there"));
    QCOMPARE(m_server->requests().last().header("Authorization"), QByteArray("Bearer sk-session"));
}

void TstConversationSession::stopKeepsTheText()
{
    const qint64 id = newConversation();
    ConversationSession session(*m_store, *m_client, m_prices, id);
    QSignalSpy finished(&session, &ConversationSession::replyFinished);
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("slow "), QStringLiteral("reply "), QStringLiteral("here")}, -1, -1, 500));
    QVERIFY(session.send(QStringLiteral("Go"), settings()));
    QTRY_VERIFY(session.streamingMessage() && !session.streamingMessage()->content.isEmpty());
    session.stop();
    QTRY_COMPARE(finished.size(), 1);
    const Message reply = finished.first().first().value<Message>();
    QCOMPARE(reply.state, Message::State::Cancelled);
    QCOMPARE(reply.content, QStringLiteral("slow "));
    QVERIFY(!session.isStreaming());
}

void TstConversationSession::twoConversationsStreamAtOnce()
{
    ConversationSession first(*m_store, *m_client, m_prices, newConversation());
    ConversationSession second(*m_store, *m_client, m_prices, newConversation());
    QSignalSpy firstDone(&first, &ConversationSession::replyFinished);
    QSignalSpy secondDone(&second, &ConversationSession::replyFinished);
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("a1 "), QStringLiteral("a2")}, -1, -1, 100));
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("b1 "), QStringLiteral("b2")}, -1, -1, 100));
    QVERIFY(first.send(QStringLiteral("A"), settings()));
    QVERIFY(second.send(QStringLiteral("B"), settings()));
    QVERIFY(first.isStreaming() && second.isStreaming());
    QTRY_COMPARE(firstDone.size(), 1);
    QTRY_COMPARE(secondDone.size(), 1);
    QCOMPARE(firstDone.first().first().value<Message>().content, QStringLiteral("a1 a2"));
    QCOMPARE(secondDone.first().first().value<Message>().content, QStringLiteral("b1 b2"));
}

void TstConversationSession::aFullDiskSendsNothing()
{
    const qint64 id = newConversation();
    ConversationSession session(*m_store, *m_client, m_prices, id);
    QSqlQuery pages(m_database->connection());
    QVERIFY(pages.exec(QStringLiteral("PRAGMA page_count")) && pages.next());
    const qint64 count = pages.value(0).toLongLong();
    pages.finish();
    QVERIFY(m_database->setMaxPageCount(count));
    StoreError error;
    QVERIFY(!session.send(QString(100'000, u'x'), settings(), &error));
    QCOMPARE(error.kind(), StoreError::Kind::DiskFull);
    QCOMPARE(m_server->requestCount(), 0);
    QVERIFY(!session.isStreaming());
}

void TstConversationSession::idleTimeoutComesFromTheSettings()
{
    ScriptedResponse silent;
    silent.sendNothing = true;
    m_server->enqueueChat(silent);
    RetryPolicy none;
    none.maxRetries = 0;
    m_client->setRetryPolicy(none);
    ConversationSession session(*m_store, *m_client, m_prices, newConversation());
    QSignalSpy finished(&session, &ConversationSession::replyFinished);
    ConversationSession::Settings s = settings();
    s.idleTimeoutMs = 300;
    QVERIFY(session.send(QStringLiteral("Anyone?"), s));
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().value<Message>().errorKind, QStringLiteral("timeout"));
}

// Issue 13, row 6, in the window's path: the reply whose end could not be stored stays in
// memory in full (unsavedReplies()), is stored on a retry once there is room, and the session
// says so (replyStoredLater(), for the window's message).
void TstConversationSession::aReplyTheDiskHadNoRoomForIsKeptAndStoredLater()
{
    const qint64 id = newConversation();
    ConversationSession session(*m_store, *m_client, m_prices, id);
    QStringList pieces;
    for (int i = 0; i < 20; ++i)
        pieces << QString(3000, QChar(u'k' + i % 10));
    m_server->enqueueChat(ScriptedResponse::chatStream(pieces, 5, 20, 30));
    QSignalSpy finished(&session, &ConversationSession::replyFinished);
    QSignalSpy storedLater(&session, &ConversationSession::replyStoredLater);
    QSignalSpy failed(&session, &ConversationSession::saveFailed);
    QVERIFY(session.send(QStringLiteral("Tell me everything"), settings()));
    QSqlQuery pages(m_database->connection());
    QVERIFY(pages.exec(QStringLiteral("PRAGMA page_count")) && pages.next());
    QVERIFY(m_database->setMaxPageCount(pages.value(0).toLongLong())); // full from here on
    pages.finish();

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
    QVERIFY(!failed.isEmpty());
    QCOMPARE(session.unsavedReplies().size(), 1);
    QCOMPARE(session.unsavedReplies().first().content, pieces.join(QString()));
    const qint64 replyId = session.unsavedReplies().first().id;
    QVERIFY(m_store->message(replyId)->content.size() < 20 * 3000);

    QVERIFY(m_database->setMaxPageCount(1'000'000));
    session.retrySaving(); // the window's "try again", or the next retry on its own
    QTRY_COMPARE_WITH_TIMEOUT(storedLater.size(), 1, 10'000);
    QVERIFY(session.unsavedReplies().isEmpty());
    const Message stored = *m_store->message(replyId);
    QCOMPARE(stored.content, pieces.join(QString()));
    QCOMPARE(stored.state, Message::State::Complete);
    QCOMPARE(stored.stats->usage.completionTokens, 20);
}

void TstConversationSession::trimToWindow_data()
{
    QTest::addColumn<QList<ChatMessage>>("messages");
    QTest::addColumn<std::optional<qint64>>("window");
    QTest::addColumn<std::optional<int>>("maxTokens");
    QTest::addColumn<QList<ChatMessage>>("kept");

    const QList<ChatMessage> all = history();
    // Exactly the size of the system prompt, the second turn and the question: the first turn goes.
    const QList<ChatMessage> lastTurn{all.at(0), all.at(3), all.at(4), all.at(5)};
    const qint64 lastTurnSize = estimate(lastTurn);
    QVERIFY(estimate({all.at(0), all.at(2), all.at(3), all.at(4), all.at(5)}) > lastTurnSize);

    QTest::newRow("no window known") << all << std::optional<qint64>() << std::optional<int>() << all;
    QTest::newRow("it fits") << all << std::optional<qint64>(estimate(all)) << std::optional<int>() << all;
    QTest::newRow("the oldest turn goes, the system prompt stays")
        << all << std::optional<qint64>(lastTurnSize) << std::optional<int>() << lastTurn;
    QTest::newRow("the reply's room counts")
        << all << std::optional<qint64>(lastTurnSize + 500) << std::optional<int>(500) << lastTurn;
    QTest::newRow("the question alone is too long: it and the system prompt still go")
        << all << std::optional<qint64>(1) << std::optional<int>() << QList<ChatMessage>{all.first(), all.last()};
    const QList<ChatMessage> noSystem = history(false);
    QTest::newRow("without a system prompt the question stays")
        << noSystem << std::optional<qint64>(1) << std::optional<int>() << QList<ChatMessage>{noSystem.last()};
}

void TstConversationSession::trimToWindow()
{
    QFETCH(QList<ChatMessage>, messages);
    QFETCH(std::optional<qint64>, window);
    QFETCH(std::optional<int>, maxTokens);
    QFETCH(QList<ChatMessage>, kept);
    const qsizetype before = messages.size();
    const int dropped = ConversationSession::trimToWindow(messages, window, maxTokens);
    QCOMPARE(messages, kept);
    QCOMPARE(dropped, int(before - kept.size()));
}

void TstConversationSession::aSmallWindowLeavesOutTheOldestTurnsAndSaysHowMany()
{
    const qint64 id = newConversation();
    const QList<ChatMessage> all = history();
    // The stored conversation: the two answered turns.
    QVERIFY(storeTurns(id, all.mid(1, all.size() - 2)));
    ConversationSession session(*m_store, *m_client, m_prices, id);
    QSignalSpy trimmed(&session, &ConversationSession::historyTrimmed);
    QSignalSpy finished(&session, &ConversationSession::replyFinished);
    ConversationSession::Settings s = settings();
    s.contextWindow = estimate({all.at(0), all.at(3), all.at(4), all.at(5)});
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("Sunny.")}));
    QVERIFY(session.send(all.last().content, s));
    QTRY_COMPARE(finished.size(), 1);

    // The notice's number: the two messages of the first turn.
    QCOMPARE(trimmed.size(), 1);
    QCOMPARE(trimmed.first().first().toInt(), 2);
    const QJsonArray sent = m_server->requests().last().jsonBody().value(QStringLiteral("messages")).toArray();
    QStringList contents;
    for (const QJsonValue &message : sent)
        contents << message.toObject().value(QStringLiteral("content")).toString();
    QCOMPARE(contents, (QStringList{all.at(0).content, all.at(3).content, all.at(4).content, all.at(5).content}));
    QCOMPARE(sent.first().toObject().value(QStringLiteral("role")).toString(), QStringLiteral("system"));
    // Only the request was shortened: the conversation keeps every turn.
    QCOMPARE(m_store->messages(id).size(), 6);
}

// Issue 12, problem 5: "Shorten and send again" after a context-too-long refusal sends a shorter
// request, or, when there is nothing to leave out, says so and sends nothing (it used to send the
// identical request again).
void TstConversationSession::shortenSendsLessOrSaysTheQuestionIsTooLong()
{
    const QList<ChatMessage> all = history(false);
    const ScriptedResponse tooLong = ScriptedResponse::openAiError(
        400, QStringLiteral("This model's maximum context length is 100 tokens."), QStringLiteral("invalid_request_error"),
        QStringLiteral("context_length_exceeded"));
    const qint64 id = newConversation();
    QVERIFY(storeTurns(id, all.mid(0, all.size() - 1)));
    ConversationSession session(*m_store, *m_client, m_prices, id);
    QSignalSpy finished(&session, &ConversationSession::replyFinished);
    ConversationSession::Settings s = settings();
    s.systemPrompt.clear();
    m_server->enqueueChat(tooLong);
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("Shorter, then.")}));
    QVERIFY(session.send(all.last().content, s));
    QTRY_COMPARE(finished.size(), 1);
    const int refusedSize = int(m_server->requests().last().jsonBody().value(QStringLiteral("messages")).toArray().size());
    QCOMPARE(refusedSize, 5);
    QVERIFY(session.shortenAndRetry(s));
    QTRY_COMPARE(finished.size(), 2);
    const QJsonArray shorter = m_server->requests().last().jsonBody().value(QStringLiteral("messages")).toArray();
    QVERIFY2(shorter.size() < refusedSize, qPrintable(QString::number(shorter.size())));
    QCOMPARE(shorter.last().toObject().value(QStringLiteral("content")).toString(), all.last().content);
    QCOMPARE(m_store->messages(id).constLast().content, QStringLiteral("Shorter, then."));

    // A conversation of one question: nothing to leave out, so nothing is sent again.
    const qint64 alone = newConversation();
    ConversationSession single(*m_store, *m_client, m_prices, alone);
    QSignalSpy singleFinished(&single, &ConversationSession::replyFinished);
    m_server->enqueueChat(tooLong);
    QVERIFY(single.send(all.last().content, s));
    QTRY_COMPARE(singleFinished.size(), 1);
    const int requests = m_server->requestCount();
    const SendOutcome outcome = single.shortenAndRetry(s);
    QVERIFY(!outcome);
    QCOMPARE(outcome.kind, SendOutcome::Kind::TooLong);
    QVERIFY(outcome.message.contains(QStringLiteral("too long")));
    QCOMPARE(m_server->requestCount(), requests);
}

// Issue 12, problem 1, in core: Retry after a refusal sends the stored question once (not a second
// copy of it), and the failed reply that holds no text makes way for the answer.
void TstConversationSession::retryAsksTheQuestionOnceAndReplacesAnEmptyFailure()
{
    RetryPolicy none; // the refusal reaches the session, as with retries set to 0 in Settings
    none.maxRetries = 0;
    m_client->setRetryPolicy(none);
    const qint64 id = newConversation();
    ConversationSession session(*m_store, *m_client, m_prices, id);
    QSignalSpy finished(&session, &ConversationSession::replyFinished);
    ConversationSession::Settings s = settings();
    s.systemPrompt.clear();
    m_server->enqueueChat(ScriptedResponse::openAiError(429, QStringLiteral("Slow down"), QStringLiteral("rate_limit_error")));
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("Now then.")}));
    QVERIFY(session.send(QStringLiteral("Question X"), s));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(m_store->messages(id).constLast().state, Message::State::Error);

    QVERIFY(session.retry(s));
    QTRY_COMPARE(finished.size(), 2);
    const QJsonArray sent = m_server->requests().last().jsonBody().value(QStringLiteral("messages")).toArray();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().toObject().value(QStringLiteral("content")).toString(), QStringLiteral("Question X"));
    const QList<Message> stored = m_store->messages(id);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.first().content, QStringLiteral("Question X"));
    QCOMPARE(stored.last().content, QStringLiteral("Now then."));
    QCOMPARE(m_store->allMessages(id).size(), 2); // no version of the empty failure is kept
}

QTEST_GUILESS_MAIN(TstConversationSession)
#include "tst_conversationsession.moc"
