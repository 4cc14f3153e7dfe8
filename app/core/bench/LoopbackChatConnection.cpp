#include "bench/LoopbackChatConnection.h"

#include "bench/LoopbackChatServer.h"

#include <QElapsedTimer>
#include <QTcpSocket>

namespace {
// A request head larger than this is not one our clients send.
constexpr qsizetype kMaxHead = 64 * 1024;
constexpr qsizetype kMaxBody = 4 * 1024 * 1024;

// The value of a header in a request head, case-insensitively by name; empty when absent.
QByteArray headerValue(const QByteArray &head, const QByteArray &lowerName)
{
    qsizetype at = head.indexOf("\r\n");
    while (at >= 0 && at < head.size()) {
        const qsizetype end = head.indexOf("\r\n", at + 2);
        const QByteArray line = head.mid(at + 2, (end < 0 ? head.size() : end) - at - 2);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == lowerName)
            return line.mid(colon + 1).trimmed();
        if (end < 0)
            break;
        at = end;
    }
    return QByteArray();
}
} // namespace

LoopbackChatConnection::LoopbackChatConnection(QTcpSocket *socket, LoopbackChatServer *server)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_server->connectionOpened();
    connect(m_socket, &QTcpSocket::readyRead, this, &LoopbackChatConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

LoopbackChatConnection::~LoopbackChatConnection()
{
    m_server->connectionClosed();
}

void LoopbackChatConnection::onReadyRead()
{
    m_buffer += m_socket->readAll();
    while (!m_buffer.isEmpty()) {
        const qsizetype used = answerOne();
        if (used == 0)
            break;
        m_buffer.remove(0, used);
    }
    if (m_buffer.size() > kMaxHead + kMaxBody)
        m_socket->abort();
}

qsizetype LoopbackChatConnection::answerOne()
{
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return 0;
    const QByteArray head = m_buffer.left(headEnd);
    bool lengthOk = true;
    const QByteArray lengthText = headerValue(head, "content-length");
    const qsizetype length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&lengthOk);
    if (!lengthOk || length < 0 || length > kMaxBody) {
        m_socket->abort();
        return 0;
    }
    const qsizetype total = headEnd + 4 + length;
    if (m_buffer.size() < total)
        return 0;

    QElapsedTimer serverClock;
    serverClock.start();
    const qsizetype lineEnd = head.indexOf("\r\n");
    const QList<QByteArray> requestLine = head.left(lineEnd < 0 ? head.size() : lineEnd).split(' ');
    const QByteArray method = requestLine.value(0);
    QByteArray path = requestLine.value(1);
    if (const qsizetype query = path.indexOf('?'); query >= 0)
        path.truncate(query);
    const bool http10 = requestLine.value(2) == "HTTP/1.0";
    const QByteArray connection = headerValue(head, "connection").toLower();
    const bool keepAlive = http10 ? connection == "keep-alive" : connection != "close";
    const QByteArrayView body = QByteArrayView(m_buffer).sliced(headEnd + 4, length);

    bool streamed = false;
    if (method == "POST" && path.endsWith("/chat/completions")) {
        streamed = body.contains("\"stream\":true") || body.contains("\"stream\": true");
        if (streamed)
            reply("200 OK", "text/event-stream", LoopbackChatServer::streamResponse(), !http10);
        else
            reply("200 OK", "application/json", LoopbackChatServer::completionResponse(), false);
        m_server->requestAnswered(streamed, serverClock.nsecsElapsed());
    } else if (method == "GET" && path.endsWith("/models")) {
        reply("200 OK", "application/json",
              QByteArrayLiteral(R"({"object":"list","data":[{"id":")") + LoopbackChatServer::kModel
                  + QByteArrayLiteral(R"(","object":"model","owned_by":"tally"}]})"),
              false);
    } else if (method == "GET" && path == "/stats") {
        reply("200 OK", "application/json", m_server->statsJson(), false);
    } else if (method == "POST" && path == "/stats/reset") {
        m_server->resetStats();
        reply("200 OK", "application/json", m_server->statsJson(), false);
    } else {
        reply("404 Not Found", "application/json", QByteArrayLiteral(R"({"error":{"message":"not found"}})"), false);
    }
    if (!keepAlive)
        m_socket->disconnectFromHost();
    return total;
}

void LoopbackChatConnection::reply(const QByteArray &status, const QByteArray &contentType, const QByteArray &body,
                                   bool chunked)
{
    QByteArray out;
    out.reserve(body.size() + 160);
    out += "HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\nConnection: keep-alive\r\n";
    if (chunked)
        out += "Transfer-Encoding: chunked\r\n\r\n" + QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n0\r\n\r\n";
    else
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    m_socket->write(out);
    m_socket->flush();
}
