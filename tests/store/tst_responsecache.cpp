// The opt-in response cache: exact-match keys, the time to live, clearing, and a conversation
// answered from it at no cost while regenerate still asks the provider.
#include "api/ProviderClient.h"
#include "chat/ConversationSession.h"
#include "pricing/PriceTable.h"
#include "store/ConversationStore.h"
#include "store/Database.h"
#include "store/ResponseCache.h"

#include "TestServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TstResponseCache final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void keyCoversWhatChangesTheAnswerAndNothingElse();
    void storesFindsExpiresAndClears();
    void anIdenticalQuestionIsAnsweredFromTheCacheAtNoCost();

private:
    static ChatRequest request();

    QTemporaryDir *m_dir = nullptr;
    Database *m_database = nullptr;
};

void TstResponseCache::init()
{
    m_dir = new QTemporaryDir;
    m_database = new Database(m_dir->filePath(QStringLiteral("tally.db")));
    QVERIFY(m_database->open().ok());
}

void TstResponseCache::cleanup()
{
    delete m_database;
    delete m_dir;
}

ChatRequest TstResponseCache::request()
{
    ChatRequest request;
    request.baseUrl = QUrl(QStringLiteral("https://api.holysheep.ai/v1"));
    request.apiKey = QStringLiteral("sk-one");
    request.model = QStringLiteral("stepfun-v3");
    request.messages = {ChatMessage::system(QStringLiteral("Be brief.")), ChatMessage::user(QStringLiteral("สวัสดี"))};
    request.temperature = 0.7;
    return request;
}

void TstResponseCache::keyCoversWhatChangesTheAnswerAndNothingElse()
{
    const QByteArray key = request().cacheKey();
    QCOMPARE(key.size(), 64); // SHA-256 in hex
    ChatRequest other = request();
    other.apiKey = QStringLiteral("sk-two"); // the key is not part of it (and never stored)
    other.stream = false;
    other.baseUrl = QUrl(QStringLiteral("https://api.holysheep.ai/v1/")); // nor a trailing slash
    QCOMPARE(other.cacheKey(), key);
    for (const auto &change : std::initializer_list<std::function<void(ChatRequest &)>>{
             [](ChatRequest &r) { r.model = QStringLiteral("stepfun-v2"); },
             [](ChatRequest &r) { r.temperature = 0.8; },
             [](ChatRequest &r) { r.maxTokens = 100; },
             [](ChatRequest &r) { r.topP = 0.5; },
             [](ChatRequest &r) { r.messages.last().content += u'!'; },
             [](ChatRequest &r) { r.baseUrl = QUrl(QStringLiteral("https://api.openai.com/v1")); }}) {
        ChatRequest changed = request();
        change(changed);
        QVERIFY(changed.cacheKey() != key);
    }
}

void TstResponseCache::storesFindsExpiresAndClears()
{
    ResponseCache cache(*m_database);
    const QByteArray key = request().cacheKey();
    QVERIFY(!cache.find(key, 3'600'000));
    Message reply;
    reply.role = Message::Role::Assistant;
    reply.content = QStringLiteral("สวัสดีครับ");
    reply.model = QStringLiteral("stepfun-v3");
    MessageStats stats;
    stats.usage.promptTokens = 12;
    stats.usage.completionTokens = 4;
    stats.usage.source = TokenUsage::Source::Reported;
    reply.stats = stats;
    QVERIFY(cache.put(key, reply, 3'600'000));
    const std::optional<ResponseCache::Entry> hit = cache.find(key, 3'600'000);
    QVERIFY(hit);
    QCOMPARE(hit->content, QStringLiteral("สวัสดีครับ"));
    QCOMPARE(hit->promptTokens, 12);
    QVERIFY(hit->tokensReported);
    QCOMPARE(cache.count(), 1);
    QTest::qWait(5);
    QVERIFY(!cache.find(key, 1)); // older than the time to live: not used
    QCOMPARE(cache.clear(), std::optional<int>(1));
    QCOMPARE(cache.count(), 0);
}

void TstResponseCache::anIdenticalQuestionIsAnsweredFromTheCacheAtNoCost()
{
    ConversationStore store(*m_database);
    ResponseCache cache(*m_database);
    TestServer server;
    QVERIFY(server.start());
    QNetworkAccessManager network;
    ProviderClient client(&network);
    const PriceTable prices = PriceTable::bundled();
    ConversationSession::Settings settings;
    settings.profile = ProviderProfile::fromPreset(*ProviderPreset::find(QStringLiteral("holysheep")), QStringLiteral("hs"));
    settings.profile.baseUrl = server.baseUrl();
    settings.apiKey = QStringLiteral("sk-cache");
    settings.cacheTtlMs = 3'600'000;

    server.enqueueChat(ScriptedResponse::chatStream({QStringLiteral("Forty"), QStringLiteral("-two")}, 100, 20));
    const qint64 first = store.createConversation(Conversation())->id;
    ConversationSession one(store, client, prices, first);
    one.setResponseCache(&cache);
    QSignalSpy firstDone(&one, &ConversationSession::replyFinished);
    QVERIFY(one.send(QStringLiteral("The answer?"), settings));
    QVERIFY(firstDone.wait(10'000));
    QVERIFY(firstDone.first().first().value<Message>().cost->source() != CostEstimate::Source::Cached);
    QCOMPARE(server.requestCount(), 1);

    // The same question in a new conversation: no request, the same text, $0 marked cached.
    const qint64 second = store.createConversation(Conversation())->id;
    ConversationSession two(store, client, prices, second);
    two.setResponseCache(&cache);
    QSignalSpy secondDone(&two, &ConversationSession::replyFinished);
    QVERIFY(two.send(QStringLiteral("The answer?"), settings));
    QVERIFY(secondDone.wait(1000));
    const Message cached = secondDone.first().first().value<Message>();
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(cached.content, QStringLiteral("Forty-two"));
    QCOMPARE(cached.cost->source(), CostEstimate::Source::Cached);
    QCOMPARE(cached.cost->amount(), 0.0);
    QCOMPARE(cached.stats->usage.completionTokens, 20);
    QCOMPARE(store.messages(second).last().cost->source(), CostEstimate::Source::Cached); // stored as such

    // Regenerate bypasses the cache; with the cache off, nothing is looked up either.
    server.enqueueChat(ScriptedResponse::chatStream({QStringLiteral("Fresh")}, 100, 5));
    QSignalSpy regenerated(&two, &ConversationSession::replyFinished);
    QVERIFY(two.regenerate(cached.id, settings));
    QVERIFY(regenerated.wait(10'000));
    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(regenerated.first().first().value<Message>().content, QStringLiteral("Fresh"));
    settings.cacheTtlMs.reset();
    server.enqueueChat(ScriptedResponse::chatStream({QStringLiteral("Uncached")}, 100, 5));
    const qint64 third = store.createConversation(Conversation())->id;
    ConversationSession three(store, client, prices, third);
    three.setResponseCache(&cache);
    QSignalSpy thirdDone(&three, &ConversationSession::replyFinished);
    QVERIFY(three.send(QStringLiteral("The answer?"), settings));
    QVERIFY(thirdDone.wait(10'000));
    QCOMPARE(server.requestCount(), 3);
}

QTEST_GUILESS_MAIN(TstResponseCache)
#include "tst_responsecache.moc"
