#include "bench/LoopbackChatServer.h"

#include "bench/LoopbackChatConnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

namespace {

QByteArray sse(const QJsonObject &object)
{
    return "data: " + QJsonDocument(object).toJson(QJsonDocument::Compact) + "\n\n";
}

QJsonObject chunk(const QJsonObject &delta, const QJsonValue &finishReason = QJsonValue())
{
    return {{QStringLiteral("id"), QStringLiteral("chatcmpl-loopback")},
            {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
            {QStringLiteral("created"), 0},
            {QStringLiteral("model"), QLatin1String(LoopbackChatServer::kModel)},
            {QStringLiteral("choices"), QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                               {QStringLiteral("delta"), delta},
                                                               {QStringLiteral("finish_reason"), finishReason}}}}};
}

QJsonObject usage()
{
    return {{QStringLiteral("prompt_tokens"), LoopbackChatServer::kPromptTokens},
            {QStringLiteral("completion_tokens"), LoopbackChatServer::kStreamChunks},
            {QStringLiteral("total_tokens"), LoopbackChatServer::kPromptTokens + LoopbackChatServer::kStreamChunks}};
}

QString word(int i)
{
    return QStringLiteral(" word%1").arg(i);
}

} // namespace

LoopbackChatServer::LoopbackChatServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection())
            new LoopbackChatConnection(socket, this);
    });
}

LoopbackChatServer::~LoopbackChatServer()
{
    // Connections tell the server when they close: delete them while the counters still exist,
    // not later among QObject's children.
    qDeleteAll(findChildren<LoopbackChatConnection *>(Qt::FindDirectChildrenOnly));
}

bool LoopbackChatServer::listen(const QHostAddress &address, quint16 port)
{
    // Enough backlog for a load tool opening many connections at once.
    m_server->setMaxPendingConnections(1024);
    if (!m_server->listen(address, port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

QString LoopbackChatServer::errorString() const
{
    return m_server->errorString();
}

const QByteArray &LoopbackChatServer::completionResponse()
{
    static const QByteArray body = [] {
        QStringList words;
        for (int i = 0; i < kStreamChunks; ++i)
            words << word(i);
        const QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")},
                                  {QStringLiteral("content"), words.join(QString())}};
        const QJsonObject object{
            {QStringLiteral("id"), QStringLiteral("chatcmpl-loopback")},
            {QStringLiteral("object"), QStringLiteral("chat.completion")},
            {QStringLiteral("created"), 0},
            {QStringLiteral("model"), QLatin1String(kModel)},
            {QStringLiteral("choices"), QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                               {QStringLiteral("message"), message},
                                                               {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}},
            {QStringLiteral("usage"), usage()}};
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }();
    return body;
}

const QByteArray &LoopbackChatServer::streamResponse()
{
    static const QByteArray body = [] {
        // As real servers do: a role-only first chunk (not a token), the words, a finish chunk,
        // the usage chunk that stream_options asks for, and the end marker.
        QByteArray events = sse(chunk({{QStringLiteral("role"), QStringLiteral("assistant")}}));
        for (int i = 0; i < kStreamChunks; ++i)
            events += sse(chunk({{QStringLiteral("content"), word(i)}}));
        events += sse(chunk(QJsonObject(), QStringLiteral("stop")));
        QJsonObject usageChunk = chunk(QJsonObject());
        usageChunk.insert(QStringLiteral("choices"), QJsonArray());
        usageChunk.insert(QStringLiteral("usage"), usage());
        events += sse(usageChunk);
        events += "data: [DONE]\n\n";
        return events;
    }();
    return body;
}

LoopbackChatServer::Stats LoopbackChatServer::stats() const
{
    Stats stats;
    stats.requests = m_requests.load();
    stats.streamed = m_streamed.load();
    stats.connectionsAccepted = m_accepted.load();
    stats.openConnections = m_open.load();
    stats.peakConnections = m_peak.load();
    stats.serverTtftMeanNs = stats.requests ? double(m_serverNsTotal.load()) / double(stats.requests) : 0.0;
    stats.serverTtftMaxNs = m_serverNsMax.load();
    return stats;
}

void LoopbackChatServer::resetStats()
{
    m_requests = 0;
    m_streamed = 0;
    m_accepted = 0;
    m_peak = m_open.load();
    m_serverNsTotal = 0;
    m_serverNsMax = 0;
}

void LoopbackChatServer::connectionOpened()
{
    ++m_accepted;
    const int open = ++m_open;
    int peak = m_peak.load();
    while (open > peak && !m_peak.compare_exchange_weak(peak, open)) {
    }
}

void LoopbackChatServer::connectionClosed()
{
    --m_open;
}

void LoopbackChatServer::requestAnswered(bool streamed, qint64 serverNs)
{
    ++m_requests;
    if (streamed)
        ++m_streamed;
    m_serverNsTotal += serverNs;
    qint64 max = m_serverNsMax.load();
    while (serverNs > max && !m_serverNsMax.compare_exchange_weak(max, serverNs)) {
    }
}

QByteArray LoopbackChatServer::statsJson() const
{
    const Stats now = stats();
    const QJsonObject object{{QStringLiteral("requests"), double(now.requests)},
                             {QStringLiteral("streamed"), double(now.streamed)},
                             {QStringLiteral("connections_accepted"), double(now.connectionsAccepted)},
                             {QStringLiteral("open_connections"), now.openConnections},
                             {QStringLiteral("peak_connections"), now.peakConnections},
                             {QStringLiteral("server_ttft_mean_ms"), now.serverTtftMeanNs / 1e6},
                             {QStringLiteral("server_ttft_max_ms"), double(now.serverTtftMaxNs) / 1e6}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
