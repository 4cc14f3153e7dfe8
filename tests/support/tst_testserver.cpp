// Tests of the test server itself: the fault-injection tests of the engine are only as good as
// the faults this server really puts on the wire.
#include "TestServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

class TstTestServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void recordsEveryRequest();
    void servesTheModelList();
    void streamsOneBytePerWrite();
    void delaysAChunk();
    void dropsTheConnectionMidBody_data();
    void dropsTheConnectionMidBody();
    void sendsNon2xxWithJsonErrorBody();
    void sendsScriptedHeadersAndRawBodies_data();
    void sendsScriptedHeadersAndRawBodies();
    void keepsTheConnectionAliveBetweenRequests();
    void canNeverAnswer();
    void holdsAReplyUntilReleased();
    void answersUnscriptedPathsWith404();
    void usesHandlersWhenTheQueueIsEmpty();
    void repeatsAPartAsTheClientReads_data();
    void repeatsAPartAsTheClientReads();
    void sendsEndlessHeaders();

private:
    QNetworkReply *post(const QByteArray &path, const QByteArray &body,
                        const QList<QPair<QByteArray, QByteArray>> &headers = {});
    QNetworkReply *get(const QByteArray &path);
    static bool waitFinished(QNetworkReply *reply, int timeoutMs = 5000);

    TestServer *m_server = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
};

void TstTestServer::init()
{
    m_server = new TestServer(this);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QVERIFY(m_server->port() > 0);
    m_nam = new QNetworkAccessManager(this);
}

void TstTestServer::cleanup()
{
    delete m_nam;
    delete m_server;
    m_nam = nullptr;
    m_server = nullptr;
}

QNetworkReply *TstTestServer::post(const QByteArray &path, const QByteArray &body,
                                   const QList<QPair<QByteArray, QByteArray>> &headers)
{
    const QUrl url(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(QString::fromLatin1(path)));
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return m_nam->post(request, body);
}

QNetworkReply *TstTestServer::get(const QByteArray &path)
{
    QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
    url.setPath(QString::fromLatin1(path));
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return m_nam->get(request);
}

bool TstTestServer::waitFinished(QNetworkReply *reply, int timeoutMs)
{
    if (reply->isFinished())
        return true;
    QSignalSpy finished(reply, &QNetworkReply::finished);
    return finished.wait(timeoutMs);
}

void TstTestServer::recordsEveryRequest()
{
    m_server->enqueueChat(ScriptedResponse::chatCompletion(QStringLiteral("hi"), 3, 1));
    QSignalSpy received(m_server, &TestServer::requestReceived);
    const QByteArray body = R"({"model":"test-model","messages":[{"role":"user","content":"สวัสดี"}]})";
    QNetworkReply *reply = post("/v1/chat/completions?x=1", body,
                                {{"Authorization", "Bearer sk-test-123"}, {"X-Custom", "yes"}});
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    reply->deleteLater();

    QCOMPARE(received.count(), 1);
    QCOMPARE(m_server->requestCount(), 1);
    const RecordedRequest request = m_server->requests().constFirst();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.target, QByteArray("/v1/chat/completions?x=1"));
    QCOMPARE(request.path(), QByteArray("/v1/chat/completions"));
    QCOMPARE(request.version, QByteArray("HTTP/1.1"));
    QCOMPARE(request.header("authorization"), QByteArray("Bearer sk-test-123"));
    QCOMPARE(request.header("X-CUSTOM"), QByteArray("yes"));
    QVERIFY(!request.hasHeader("X-Absent"));
    QCOMPARE(request.body, body);
    QCOMPARE(request.jsonBody().value(QStringLiteral("model")).toString(), QStringLiteral("test-model"));

    m_server->clearRequests();
    QCOMPARE(m_server->requestCount(), 0);
}

void TstTestServer::servesTheModelList()
{
    m_server->setModels({QStringLiteral("stepfun-v3"), QStringLiteral("step-2-mini")});
    QNetworkReply *reply = get("/v1/models");
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QJsonArray data = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("data")).toArray();
    QCOMPARE(data.size(), 2);
    QCOMPARE(data.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("stepfun-v3"));
    reply->deleteLater();
}

void TstTestServer::streamsOneBytePerWrite()
{
    // Thai and Chinese so that multi-byte characters are cut inside themselves on the wire.
    ScriptedResponse response = ScriptedResponse::chatStream(
        {QStringLiteral("สวัสดี"), QStringLiteral("你好"), QStringLiteral(" world")}, 5, 3);
    response.bytesPerWrite = 1;
    response.writeIntervalMs = 1;
    m_server->enqueueChat(response);
    const QByteArray expected = response.body();

    // A raw socket shows what a client really gets: many separate reads, the same bytes.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(3000));
    socket.write("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n"
                 "Connection: close\r\n\r\n{}");
    QByteArray wire;
    int reads = 0;
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    connect(&socket, &QTcpSocket::readyRead, this, [&] {
        wire += socket.readAll();
        ++reads;
    });
    QVERIFY(closed.wait(20000));
    wire += socket.readAll();

    QVERIFY(m_server->writeCount() >= expected.size());
    // At least a good share of the bytes came in reads of their own (the kernel may merge some).
    QVERIFY2(reads > expected.size() / 4, qPrintable(QStringLiteral("only %1 reads").arg(reads)));

    const qsizetype bodyStart = wire.indexOf("\r\n\r\n") + 4;
    QVERIFY(wire.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(wire.left(bodyStart).contains("Transfer-Encoding: chunked"));
    // De-chunk: every chunk is one byte, so the body is every other line's payload.
    QByteArray body;
    qsizetype at = bodyStart;
    while (true) {
        const qsizetype lineEnd = wire.indexOf("\r\n", at);
        QVERIFY(lineEnd > 0);
        bool ok = false;
        const int size = wire.mid(at, lineEnd - at).toInt(&ok, 16);
        QVERIFY(ok);
        if (size == 0)
            break;
        body += wire.mid(lineEnd + 2, size);
        at = lineEnd + 2 + size + 2;
    }
    QCOMPARE(body, expected);

    // And through QNetworkAccessManager, which must put the bytes back together unchanged.
    m_server->enqueueChat(response);
    QNetworkReply *reply = post("/v1/chat/completions", "{}");
    QByteArray received;
    connect(reply, &QNetworkReply::readyRead, this, [&] { received += reply->readAll(); });
    QVERIFY(waitFinished(reply, 20000));
    received += reply->readAll();
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(received, expected);
    QVERIFY(QString::fromUtf8(received).contains(QStringLiteral("สวัสดี")));
    reply->deleteLater();
}

void TstTestServer::delaysAChunk()
{
    const QByteArray first = ScriptedResponse::sseData(ScriptedResponse::contentChunk(QStringLiteral("a")));
    const QByteArray second = ScriptedResponse::sseData(ScriptedResponse::contentChunk(QStringLiteral("b")));
    ScriptedResponse response = ScriptedResponse::eventStream({first, second, ScriptedResponse::sseDone()});
    response.parts[1].delayMs = 400;
    m_server->enqueueChat(response);

    QNetworkReply *reply = post("/v1/chat/completions", "{}");
    QByteArray received;
    QElapsedTimer sinceFirst;
    qint64 secondAfterMs = -1;
    connect(reply, &QNetworkReply::readyRead, this, [&] {
        received += reply->readAll();
        if (!sinceFirst.isValid() && received.contains(first))
            sinceFirst.start();
        if (secondAfterMs < 0 && received.contains(second))
            secondAfterMs = sinceFirst.elapsed();
    });
    QVERIFY(waitFinished(reply));
    QCOMPARE(received, response.body());
    // The second event was held back: it arrived no sooner than the scripted delay allows.
    QVERIFY2(secondAfterMs >= 350, qPrintable(QString::number(secondAfterMs)));
    reply->deleteLater();
}

void TstTestServer::dropsTheConnectionMidBody_data()
{
    QTest::addColumn<ScriptedResponse::DropMode>("mode");
    QTest::addColumn<ScriptedResponse::Framing>("framing");
    QTest::newRow("close, chunked") << ScriptedResponse::DropMode::Close << ScriptedResponse::Framing::Chunked;
    QTest::newRow("reset, chunked") << ScriptedResponse::DropMode::Reset << ScriptedResponse::Framing::Chunked;
    QTest::newRow("close, content-length") << ScriptedResponse::DropMode::Close
                                           << ScriptedResponse::Framing::ContentLength;
    QTest::newRow("reset, content-length") << ScriptedResponse::DropMode::Reset
                                           << ScriptedResponse::Framing::ContentLength;
}

void TstTestServer::dropsTheConnectionMidBody()
{
    QFETCH(ScriptedResponse::DropMode, mode);
    QFETCH(ScriptedResponse::Framing, framing);
    ScriptedResponse response = ScriptedResponse::chatStream(
        {QStringLiteral("one "), QStringLiteral("two "), QStringLiteral("three")}, 4, 3, 20);
    response.framing = framing;
    response.dropMode = mode;
    const QByteArray full = response.body();
    response.dropAfterBodyBytes = full.size() / 2;
    m_server->enqueueChat(response);

    QNetworkReply *reply = post("/v1/chat/completions", "{}");
    QByteArray received;
    connect(reply, &QNetworkReply::readyRead, this, [&] { received += reply->readAll(); });
    QVERIFY(waitFinished(reply));
    received += reply->readAll();
    QVERIFY2(reply->error() != QNetworkReply::NoError, "a body cut short must be an error");
    // A reset may discard bytes still in flight, so only a prefix is guaranteed.
    QVERIFY(full.startsWith(received));
    if (mode == ScriptedResponse::DropMode::Close)
        QCOMPARE(received, full.left(full.size() / 2));
    reply->deleteLater();
}

void TstTestServer::sendsNon2xxWithJsonErrorBody()
{
    m_server->enqueueChat(ScriptedResponse::openAiError(401, QStringLiteral("Incorrect API key provided"),
                                                        QStringLiteral("invalid_request_error"),
                                                        QStringLiteral("invalid_api_key"))
                              .withHeader("x-request-id", "req_abc123"));
    QNetworkReply *reply = post("/v1/chat/completions", "{}");
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    QCOMPARE(reply->error(), QNetworkReply::AuthenticationRequiredError);
    QCOMPARE(reply->rawHeader("x-request-id"), QByteArray("req_abc123"));
    const QJsonObject error = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("invalid_api_key"));
    QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Incorrect API key provided"));
    reply->deleteLater();
}

void TstTestServer::sendsScriptedHeadersAndRawBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ScriptedResponse::Framing>("framing");
    QTest::newRow("html proxy page") << 502 << QByteArray("text/html")
                                     << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>")
                                     << ScriptedResponse::Framing::ContentLength;
    QTest::newRow("json array (gemini)") << 400 << QByteArray("application/json")
                                         << QByteArray(R"([{"error":{"code":400,"message":"bad","status":"INVALID_ARGUMENT"}}])")
                                         << ScriptedResponse::Framing::ContentLength;
    QTest::newRow("empty body") << 503 << QByteArray() << QByteArray() << ScriptedResponse::Framing::ContentLength;
    QTest::newRow("close-delimited") << 200 << QByteArray("text/event-stream")
                                     << QByteArray("data: {}\n\n") << ScriptedResponse::Framing::CloseDelimited;
}

void TstTestServer::sendsScriptedHeadersAndRawBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(ScriptedResponse::Framing, framing);
    ScriptedResponse response = ScriptedResponse::raw(status, contentType, body);
    response.framing = framing;
    response.withHeader("Retry-After", "7").withHeader("retry-after-ms", "6500");
    m_server->enqueueChat(response);

    QNetworkReply *reply = post("/v1/chat/completions", "{}");
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), contentType);
    QCOMPARE(reply->rawHeader("Retry-After"), QByteArray("7"));
    QCOMPARE(reply->rawHeader("retry-after-ms"), QByteArray("6500"));
    QCOMPARE(reply->readAll(), body);
    reply->deleteLater();
}

void TstTestServer::keepsTheConnectionAliveBetweenRequests()
{
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("a")}));
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("b")}));
    for (int i = 0; i < 2; ++i) {
        QNetworkReply *reply = post("/v1/chat/completions", "{}");
        QVERIFY(waitFinished(reply));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        reply->deleteLater();
    }
    const QList<RecordedRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).connectionId, requests.at(1).connectionId);
    QCOMPARE(m_server->connectionCount(), 1);
}

void TstTestServer::canNeverAnswer()
{
    ScriptedResponse silent;
    silent.sendNothing = true;
    m_server->enqueueChat(silent);

    // A raw socket, because QNetworkAccessManager re-sends a request whose connection closes
    // before any response byte, which would hide what the server did.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(3000));
    socket.write("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}");
    QTRY_COMPARE(m_server->requestCount(), 1);
    QVERIFY(!socket.waitForReadyRead(300));
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);

    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    m_server->closeAllConnections();
    QVERIFY(closed.wait(3000));
    QCOMPARE(socket.readAll(), QByteArray());
}

void TstTestServer::holdsAReplyUntilReleased()
{
    ScriptedResponse held = ScriptedResponse::raw(200, "text/plain", "at last");
    held.heldUntilReleased = true;
    m_server->enqueueChat(held);
    QNetworkReply *reply = post("/v1/chat/completions", "{}");
    QTRY_COMPARE(m_server->heldCount(), 1);
    QCoreApplication::processEvents();
    QVERIFY(!reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute), QVariant()); // not even a status line

    m_server->releaseHeld();
    QCOMPARE(m_server->heldCount(), 0);
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->readAll(), QByteArray("at last"));
    reply->deleteLater();
}

void TstTestServer::answersUnscriptedPathsWith404()
{
    QTest::ignoreMessage(QtWarningMsg, "TestServer: no scripted response for POST /v1/chat/completions");
    QNetworkReply *reply = post("/v1/chat/completions", "{}");
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    reply->deleteLater();
}

void TstTestServer::usesHandlersWhenTheQueueIsEmpty()
{
    // A handler can answer from the request, as a server that rejects stream_options would.
    m_server->setHandler("/v1/chat/completions", [](const RecordedRequest &request) {
        if (request.jsonBody().contains(QStringLiteral("stream_options")))
            return ScriptedResponse::openAiError(400, QStringLiteral("Unknown parameter: 'stream_options'"),
                                                 QStringLiteral("invalid_request_error"));
        return ScriptedResponse::chatStream({QStringLiteral("ok")});
    });
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("queued first")}));

    QNetworkReply *queued = post("/v1/chat/completions", R"({"stream_options":{}})");
    QVERIFY(waitFinished(queued));
    QCOMPARE(queued->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    queued->deleteLater();

    QNetworkReply *rejected = post("/v1/chat/completions", R"({"stream_options":{}})");
    QVERIFY(waitFinished(rejected));
    QCOMPARE(rejected->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    rejected->deleteLater();

    QNetworkReply *accepted = post("/v1/chat/completions", R"({"stream":true})");
    QVERIFY(waitFinished(accepted));
    QCOMPARE(accepted->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    accepted->deleteLater();
}

void TstTestServer::repeatsAPartAsTheClientReads_data()
{
    QTest::addColumn<int>("framing");
    QTest::newRow("chunked") << int(ScriptedResponse::Framing::Chunked);
    QTest::newRow("content-length") << int(ScriptedResponse::Framing::ContentLength);
}

void TstTestServer::repeatsAPartAsTheClientReads()
{
    QFETCH(int, framing);
    ScriptedResponse response = ScriptedResponse::raw(200, "text/plain", "head|");
    response.framing = ScriptedResponse::Framing(framing);
    response.parts.append({QByteArray(1000, 'x'), 0, 3000}); // 3 MB, more than the server queues at once
    response.parts.append({"|tail", 0});
    QCOMPARE(response.bodySize(), qint64(5 + 3'000'000 + 5));
    m_server->enqueue("/big", response);
    QNetworkReply *reply = get("/big");
    QVERIFY(waitFinished(reply, 20'000));
    const QByteArray body = reply->readAll();
    QCOMPARE(body.size(), 3'000'010);
    QVERIFY(body.startsWith("head|xxx"));
    QVERIFY(body.endsWith("xxx|tail"));
    QCOMPARE(body.count('x'), 3'000'000);
    reply->deleteLater();
}

void TstTestServer::sendsEndlessHeaders()
{
    ScriptedResponse response;
    response.endlessHeader = "X-Filler: " + QByteArray(100, 'y');
    m_server->enqueueChat(response);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(3000));
    socket.write("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}");
    QByteArray received;
    QVERIFY(QTest::qWaitFor([&] {
        received += socket.readAll();
        return received.size() > 4'000'000; // far more than the server ever holds at once
    }, 20'000));
    QVERIFY(received.startsWith("HTTP/1.1 200 OK\r\nX-Filler: yyy"));
    QVERIFY(!received.contains("\r\n\r\n")); // the headers never end
    socket.abort();
}

QTEST_GUILESS_MAIN(TstTestServer)
#include "tst_testserver.moc"
