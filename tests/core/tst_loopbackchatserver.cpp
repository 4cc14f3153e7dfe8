// The fast loopback server the self-test and B7 measure against: it answers Tally's own
// requests in both modes, keeps connections alive, counts them and reports itself.
#include "api/ChatStream.h"
#include "api/ProviderClient.h"
#include "bench/LoopbackChatServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTest>

class TstLoopbackChatServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void answersStreamedAndNot_data();
    void answersStreamedAndNot();
    void keepsAliveAndAnswersPipelinedRequests();
    void countsConnectionsAndReportsStats();

private:
    ChatResult chat(bool stream, QString *streamed = nullptr);
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server->port())); }

    LoopbackChatServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
};

void TstLoopbackChatServer::init()
{
    m_server = new LoopbackChatServer(this);
    QVERIFY(m_server->listen());
    m_network = new QNetworkAccessManager(this);
}

void TstLoopbackChatServer::cleanup()
{
    delete m_network;
    delete m_server;
}

ChatResult TstLoopbackChatServer::chat(bool stream, QString *streamed)
{
    ChatRequest request;
    request.baseUrl = baseUrl();
    request.keyRequired = false;
    request.model = QStringLiteral("any");
    request.stream = stream;
    request.messages = {ChatMessage::user(QStringLiteral("hello"))};
    ProviderClient client(m_network);
    ChatStream *reply = client.createChat(request);
    ChatResult result;
    bool done = false;
    int pieces = 0;
    connect(reply, &ChatStream::contentDelta, this, [&](const QString &text) {
        ++pieces;
        if (streamed)
            *streamed += text;
    });
    connect(reply, &ChatStream::replyFinished, this, [&](const ChatResult &finished) {
        result = finished;
        done = true;
    });
    reply->start();
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("no answer");
    if (stream && pieces != LoopbackChatServer::kStreamChunks)
        qWarning("%d pieces", pieces);
    return result;
}

void TstLoopbackChatServer::answersStreamedAndNot_data()
{
    QTest::addColumn<bool>("stream");
    QTest::newRow("streamed") << true;
    QTest::newRow("not streamed") << false;
}

void TstLoopbackChatServer::answersStreamedAndNot()
{
    QFETCH(bool, stream);
    QString streamed;
    const ChatResult result = chat(stream, &streamed);
    QVERIFY(result.isComplete());
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.content.count(QStringLiteral(" word")), LoopbackChatServer::kStreamChunks);
    QCOMPARE(result.stats.usage.completionTokens, LoopbackChatServer::kStreamChunks);
    QVERIFY(result.stats.usage.isReported());
    QCOMPARE(result.stats.model, QLatin1String(LoopbackChatServer::kModel));
    QCOMPARE(streamed, result.content);
    QCOMPARE(m_server->stats().streamed, stream ? 1u : 0u);
}

void TstLoopbackChatServer::keepsAliveAndAnswersPipelinedRequests()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray body = R"({"model":"m","messages":[],"stream":false})";
    const QByteArray request = "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                               "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket.write(request + request); // two in one write, the second split from the first by nothing
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).count("HTTP/1.1 200 OK") == 2, 5000);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(m_server->stats().requests, 2u);
    QCOMPARE(m_server->stats().connectionsAccepted, 1u);
}

void TstLoopbackChatServer::countsConnectionsAndReportsStats()
{
    QList<QTcpSocket *> sockets;
    for (int i = 0; i < 3; ++i) {
        auto *socket = new QTcpSocket(this);
        socket->connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket->waitForConnected(5000));
        sockets.append(socket);
    }
    QTRY_COMPARE(m_server->stats().openConnections, 3);
    QCOMPARE(m_server->stats().peakConnections, 3);
    qDeleteAll(sockets);
    QTRY_COMPARE(m_server->stats().openConnections, 0);
    QCOMPARE(m_server->stats().peakConnections, 3);

    QNetworkReply *reply = m_network->get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/stats").arg(m_server->port()))));
    QTRY_VERIFY(reply->isFinished());
    const QJsonObject stats = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(stats.value(QStringLiteral("peak_connections")).toInt(), 3);
    QVERIFY(stats.contains(QStringLiteral("server_ttft_mean_ms")));
    delete reply;
    m_server->resetStats();
    QCOMPARE(m_server->stats().requests, 0u);
    QCOMPARE(m_server->stats().peakConnections, m_server->stats().openConnections);
}

QTEST_GUILESS_MAIN(TstLoopbackChatServer)
#include "tst_loopbackchatserver.moc"
