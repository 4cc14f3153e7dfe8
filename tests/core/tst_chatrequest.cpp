#include "api/ChatRequest.h"
#include "domain/ApiKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>

namespace {

// The body as it was built before it was written by hand: what every provider has been sent.
QByteArray viaQJsonDocument(const ChatRequest &request)
{
    QJsonArray messages;
    for (const ChatMessage &message : request.messages)
        messages.append(QJsonObject{{QStringLiteral("role"), message.role}, {QStringLiteral("content"), message.content}});
    QJsonObject object{{QStringLiteral("model"), request.model}, {QStringLiteral("messages"), messages}};
    if (request.temperature && std::isfinite(*request.temperature))
        object.insert(QStringLiteral("temperature"), std::clamp(*request.temperature, 0.0, 2.0));
    if (request.topP && std::isfinite(*request.topP))
        object.insert(QStringLiteral("top_p"), std::clamp(*request.topP, 0.0, 1.0));
    if (request.maxTokens && *request.maxTokens > 0)
        object.insert(QStringLiteral("max_tokens"), *request.maxTokens);
    object.insert(QStringLiteral("stream"), request.stream);
    if (request.stream && request.includeUsage)
        object.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TstChatRequest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsTheEndpoint_data();
    void buildsTheEndpoint();
    void bodyCarriesOnlyWhatIsSet();
    void bodyIsByteForByteWhatQJsonDocumentWrites_data();
    void bodyIsByteForByteWhatQJsonDocumentWrites();
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

void TstChatRequest::bodyIsByteForByteWhatQJsonDocumentWrites_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("Hello");
    QTest::newRow("empty") << QString();
    QTest::newRow("quotes and backslashes") << QStringLiteral("say \"hi\" \\ C:\\path /slash/");
    QTest::newRow("control characters") << QStringLiteral("a\b\f\n\r\tb") + QChar(0) + QChar(1) + QChar(0x1f) + QChar(0x7f);
    QTest::newRow("Thai, Chinese, emoji") << QStringLiteral("สวัสดี 你好 😀 é");
    QTest::newRow("lone surrogates") << QStringLiteral("x") + QChar(0xD800) + QStringLiteral("y") + QChar(0xDC00)
                                            + QChar(0xD83D) + QChar(0xD83D) + QChar(0xDE00) + QChar(0xD83D);
    QTest::newRow("U+FFFF and U+2028") << QString(QChar(0xFFFF)) + QChar(0x2028) + QChar(0xFEFF);
}

// The request body is written by hand for speed; providers, the response cache and anything that
// compared bodies saw QJsonDocument's bytes, and still must, for any text and any parameters.
void TstChatRequest::bodyIsByteForByteWhatQJsonDocumentWrites()
{
    QFETCH(QString, text);
    ChatRequest request;
    request.model = text + QStringLiteral("-model");
    request.messages = {ChatMessage::system(text), ChatMessage::user(QStringLiteral("q ") + text),
                        ChatMessage::assistant(text + text)};
    QCOMPARE(request.body(), viaQJsonDocument(request));
    QRandomGenerator random(42);
    const QList<std::optional<double>> numbers{std::nullopt, 0.0, 0.7, 1.0, 2.0, 1.0 / 3, 1e-7, -1.0, 5.5, 1e308,
                                               std::nan(""), 0.30000000000000004};
    for (int round = 0; round < 200; ++round) {
        request.temperature = numbers.at(random.bounded(int(numbers.size())));
        request.topP = numbers.at(random.bounded(int(numbers.size())));
        const int tokens = random.bounded(4);
        request.maxTokens = tokens == 0 ? std::nullopt : std::optional<int>(tokens == 1 ? -3 : tokens == 2 ? 1 : 2048);
        request.stream = random.bounded(2);
        request.includeUsage = random.bounded(2);
        if (round % 50 == 0)
            request.messages.clear();
        QCOMPARE(request.body(), viaQJsonDocument(request));
    }
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
