#include "api/ChatRequest.h"
#include "domain/ApiKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TstChatRequest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsTheEndpoint_data();
    void buildsTheEndpoint();
    void bodyCarriesOnlyWhatIsSet();
    void streamOptionsOnlyWhenStreaming();
    void placeholderKeyIsNoKey();
    void knowsLoopbackHosts_data();
    void knowsLoopbackHosts();
};

void TstChatRequest::buildsTheEndpoint_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("endpoint");
    QTest::newRow("plain") << QStringLiteral("https://api.holysheep.ai/v1")
                           << QStringLiteral("https://api.holysheep.ai/v1/chat/completions");
    QTest::newRow("trailing slash") << QStringLiteral("https://api.holysheep.ai/v1/")
                                    << QStringLiteral("https://api.holysheep.ai/v1/chat/completions");
    QTest::newRow("gemini") << QStringLiteral("https://generativelanguage.googleapis.com/v1beta/openai/")
                            << QStringLiteral("https://generativelanguage.googleapis.com/v1beta/openai/chat/completions");
    QTest::newRow("local") << QStringLiteral("http://localhost:11434/v1")
                           << QStringLiteral("http://localhost:11434/v1/chat/completions");
}

void TstChatRequest::buildsTheEndpoint()
{
    QFETCH(QString, base);
    QFETCH(QString, endpoint);
    ChatRequest request;
    request.baseUrl = QUrl(base);
    QCOMPARE(request.endpoint(), QUrl(endpoint));
}

void TstChatRequest::bodyCarriesOnlyWhatIsSet()
{
    ChatRequest request;
    request.model = QStringLiteral("stepfun-v3");
    request.messages = {ChatMessage::system(QStringLiteral("Be brief.")), ChatMessage::user(QStringLiteral("สวัสดี"))};
    QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("stepfun-v3"));
    QCOMPARE(body.value(QStringLiteral("messages")).toArray().size(), 2);
    QCOMPARE(body.value(QStringLiteral("messages")).toArray().at(1).toObject().value(QStringLiteral("content")).toString(),
             QStringLiteral("สวัสดี"));
    QVERIFY(!body.contains(QStringLiteral("temperature")));
    QVERIFY(!body.contains(QStringLiteral("top_p")));
    QVERIFY(!body.contains(QStringLiteral("max_tokens")));

    request.temperature = 0.7;
    request.topP = 0.9;
    request.maxTokens = 2048;
    body = QJsonDocument::fromJson(request.body()).object();
    QCOMPARE(body.value(QStringLiteral("temperature")).toDouble(), 0.7);
    QCOMPARE(body.value(QStringLiteral("top_p")).toDouble(), 0.9);
    QCOMPARE(body.value(QStringLiteral("max_tokens")).toInt(), 2048);
}

void TstChatRequest::streamOptionsOnlyWhenStreaming()
{
    ChatRequest request;
    QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    QCOMPARE(body.value(QStringLiteral("stream")).toBool(), true);
    QCOMPARE(body.value(QStringLiteral("stream_options")).toObject().value(QStringLiteral("include_usage")).toBool(), true);

    request.includeUsage = false;
    body = QJsonDocument::fromJson(request.body()).object();
    QVERIFY(!body.contains(QStringLiteral("stream_options")));

    request.includeUsage = true;
    request.stream = false;
    body = QJsonDocument::fromJson(request.body()).object();
    QCOMPARE(body.value(QStringLiteral("stream")).toBool(), false);
    QVERIFY(!body.contains(QStringLiteral("stream_options")));
}

void TstChatRequest::placeholderKeyIsNoKey()
{
    ChatRequest request;
    QVERIFY(!request.hasUsableKey());
    request.apiKey = QStringLiteral("YOUR_HOLYSHEEP_API_KEY");
    QVERIFY(ApiKey::isPlaceholder(request.apiKey));
    QVERIFY(!request.hasUsableKey());
    request.apiKey = QStringLiteral("   ");
    QVERIFY(!request.hasUsableKey());
    request.apiKey = QStringLiteral("sk-real");
    QVERIFY(request.hasUsableKey());
}

void TstChatRequest::knowsLoopbackHosts_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:8080/v1") << true;
    QTest::newRow("127.1.2.3") << QStringLiteral("http://127.1.2.3/v1") << true;
    QTest::newRow("localhost") << QStringLiteral("http://LOCALHOST:11434/v1") << true;
    QTest::newRow("::1") << QStringLiteral("http://[::1]:1234/v1") << true;
    QTest::newRow("lan") << QStringLiteral("http://192.168.1.5:1234/v1") << false;
    QTest::newRow("remote") << QStringLiteral("https://api.holysheep.ai/v1") << false;
}

void TstChatRequest::knowsLoopbackHosts()
{
    QFETCH(QString, url);
    QFETCH(bool, loopback);
    ChatRequest request;
    request.baseUrl = QUrl(url);
    QCOMPARE(request.isLoopback(), loopback);
}

QTEST_GUILESS_MAIN(TstChatRequest)
#include "tst_chatrequest.moc"
