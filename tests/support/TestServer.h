#pragma once

#include "RecordedRequest.h"
#include "ScriptedResponse.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QStringList>
#include <QUrl>

#include <functional>

class QTcpServer;
class TestServerConnection;

// A local OpenAI-compatible HTTP/1.1 server for tests: listens on 127.0.0.1 on a free port,
// answers GET /v1/models from a model list and every other request from what the test scripted
// (a queue per path, or a handler), and records every request it receives. It runs on the
// test's own event loop, so a test drives client and server together.
class TestServer final : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<ScriptedResponse(const RecordedRequest &)>;

    explicit TestServer(QObject *parent = nullptr);
    ~TestServer() override;

    // Starts listening on 127.0.0.1:0. Returns false (and says why in errorString()) on failure.
    bool start();
    QString errorString() const;
    quint16 port() const;
    // http://127.0.0.1:PORT/v1, the base URL a client is given.
    QUrl baseUrl() const;

    // Responses for a path (e.g. "/v1/chat/completions"), used in order, one per request.
    void enqueue(const QByteArray &path, const ScriptedResponse &response);
    // Shortcut for enqueue("/v1/chat/completions", response).
    void enqueueChat(const ScriptedResponse &response);
    // Called when a path's queue is empty; overrides the built-in /v1/models answer too.
    void setHandler(const QByteArray &path, Handler handler);
    // The ids GET /v1/models lists (default: "test-model").
    void setModels(const QStringList &ids);

    QList<RecordedRequest> requests() const;
    int requestCount() const;
    void clearRequests();
    // Number of TCP connections accepted so far.
    int connectionCount() const;
    // Connections open now, and the most that were open at the same time.
    int openConnectionCount() const;
    int peakOpenConnectionCount() const;
    // Number of socket write calls made for response bytes (to check how replies were split).
    int writeCount() const;

    // Closes every open connection at once, e.g. to end "never answers" replies.
    void closeAllConnections();
    // Replies held until released (ScriptedResponse::heldUntilReleased): how many wait now, and
    // answering all of them.
    int heldCount() const;
    void releaseHeld();

Q_SIGNALS:
    void requestReceived(const RecordedRequest &request);

private:
    friend class TestServerConnection;
    ScriptedResponse responseFor(const RecordedRequest &request);
    void record(const RecordedRequest &request);
    void countWrite();

    QTcpServer *m_server = nullptr;
    QHash<QByteArray, QQueue<ScriptedResponse>> m_queues;
    QHash<QByteArray, Handler> m_handlers;
    QStringList m_models{QStringLiteral("test-model")};
    QList<RecordedRequest> m_requests;
    QList<TestServerConnection *> m_connections;
    int m_connectionCount = 0;
    int m_peakOpenConnections = 0;
    int m_writeCount = 0;
};
