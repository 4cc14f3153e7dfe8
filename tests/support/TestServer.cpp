#include "TestServer.h"

#include "TestServerConnection.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

TestServer::TestServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            auto *connection = new TestServerConnection(socket, ++m_connectionCount, this);
            m_connections.append(connection);
            m_peakOpenConnections = std::max(m_peakOpenConnections, int(m_connections.size()));
            connect(connection, &TestServerConnection::closed, this, [this](TestServerConnection *gone) {
                m_connections.removeOne(gone);
                gone->deleteLater();
            });
        }
    });
}

TestServer::~TestServer()
{
    closeAllConnections();
}

bool TestServer::start()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QString TestServer::errorString() const
{
    return m_server->errorString();
}

quint16 TestServer::port() const
{
    return m_server->serverPort();
}

QUrl TestServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port()));
}

void TestServer::enqueue(const QByteArray &path, const ScriptedResponse &response)
{
    m_queues[path].enqueue(response);
}

void TestServer::enqueueChat(const ScriptedResponse &response)
{
    enqueue(QByteArrayLiteral("/v1/chat/completions"), response);
}

void TestServer::setHandler(const QByteArray &path, Handler handler)
{
    m_handlers.insert(path, std::move(handler));
}

void TestServer::setModels(const QStringList &ids)
{
    m_models = ids;
}

QList<RecordedRequest> TestServer::requests() const
{
    return m_requests;
}

int TestServer::requestCount() const
{
    return int(m_requests.size());
}

void TestServer::clearRequests()
{
    m_requests.clear();
}

int TestServer::connectionCount() const
{
    return m_connectionCount;
}

int TestServer::openConnectionCount() const
{
    return int(m_connections.size());
}

int TestServer::peakOpenConnectionCount() const
{
    return m_peakOpenConnections;
}

int TestServer::writeCount() const
{
    return m_writeCount;
}

void TestServer::closeAllConnections()
{
    // closeNow() makes the socket emit disconnected, which edits m_connections: iterate a copy.
    const QList<TestServerConnection *> open = m_connections;
    for (TestServerConnection *connection : open)
        connection->closeNow();
}

int TestServer::heldCount() const
{
    return int(std::count_if(m_connections.cbegin(), m_connections.cend(),
                             [](const TestServerConnection *connection) { return connection->isHolding(); }));
}

void TestServer::releaseHeld()
{
    const QList<TestServerConnection *> open = m_connections; // a reply may end its connection
    for (TestServerConnection *connection : open)
        connection->releaseHeld();
}

ScriptedResponse TestServer::responseFor(const RecordedRequest &request)
{
    const QByteArray path = request.path();
    auto queue = m_queues.find(path);
    if (queue != m_queues.end() && !queue->isEmpty())
        return queue->dequeue();
    if (const auto handler = m_handlers.constFind(path); handler != m_handlers.cend())
        return (*handler)(request);
    if (request.method == "GET" && path == "/v1/models") {
        QJsonArray data;
        for (const QString &id : std::as_const(m_models)) {
            data.append(QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("object"), QStringLiteral("model")},
                                    {QStringLiteral("owned_by"), QStringLiteral("tally-test")}});
        }
        return ScriptedResponse::json(200, {{QStringLiteral("object"), QStringLiteral("list")},
                                            {QStringLiteral("data"), data}});
    }
    // Loud on purpose: a test that forgot to script a reply should see why in its output.
    qWarning("TestServer: no scripted response for %s %s", request.method.constData(),
             request.target.constData());
    return ScriptedResponse::openAiError(404, QStringLiteral("TestServer has no scripted response for %1 %2")
                                                  .arg(QString::fromLatin1(request.method),
                                                       QString::fromLatin1(request.target)),
                                         QStringLiteral("not_found"));
}

void TestServer::record(const RecordedRequest &request)
{
    m_requests.append(request);
    Q_EMIT requestReceived(request);
}

void TestServer::countWrite()
{
    ++m_writeCount;
}
