#include "TestServerConnection.h"

#include "TestServer.h"

#include <QTcpSocket>
#include <QTimer>

#include <utility>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace {

// A repeated part waits while this much is still queued in the socket: enough to keep loopback
// busy, little enough that a "2 GB" body costs the server a megabyte.
constexpr qint64 kMaxQueuedBytes = 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 402: return "Payment Required";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 413: return "Payload Too Large";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 529: return "Site Overloaded";
    default: return "Status";
    }
}

} // namespace

TestServerConnection::TestServerConnection(QTcpSocket *socket, int id, TestServer *server)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
    , m_timer(new QTimer(this))
    , m_id(id)
{
    m_socket->setParent(this);
    // Small writes must leave at once, or "one byte per write" would be merged by Nagle.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &TestServerConnection::playNext);
    connect(m_socket, &QTcpSocket::readyRead, this, &TestServerConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_waitingForDrain && m_socket->bytesToWrite() < kMaxQueuedBytes) {
            m_waitingForDrain = false;
            playNext();
        }
    });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_timer->stop();
        m_steps.clear();
        m_held.reset();
        m_waitingForDrain = false;
        Q_EMIT closed(this);
    });
}

TestServerConnection::~TestServerConnection() = default;

void TestServerConnection::closeNow()
{
    m_held.reset();
    m_timer->stop();
    m_steps.clear();
    m_waitingForDrain = false;
    m_socket->abort();
}

void TestServerConnection::releaseHeld()
{
    if (std::optional<ScriptedResponse> held = std::exchange(m_held, std::nullopt))
        startResponse(*held);
}

void TestServerConnection::onReadyRead()
{
    m_buffer += m_socket->readAll();
    while (!m_responding && parseOneRequest()) {
    }
}

bool TestServerConnection::parseOneRequest()
{
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;

    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    RecordedRequest request;
    request.connectionId = m_id;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    request.version = requestLine.value(2);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }

    const qsizetype bodyStart = headerEnd + 4;
    const qsizetype length = request.header("Content-Length").toLongLong();
    if (m_buffer.size() - bodyStart < length)
        return false; // wait for the rest of the body
    request.body = m_buffer.mid(bodyStart, length);
    m_buffer.remove(0, bodyStart + length);

    m_requestCloses = request.header("Connection").compare("close", Qt::CaseInsensitive) == 0;
    m_server->record(request);
    startResponse(m_server->responseFor(request));
    return true;
}

void TestServerConnection::startResponse(const ScriptedResponse &response)
{
    m_responding = true;
    m_steps.clear();
    if (response.sendNothing)
        return; // hold the connection open and never answer
    if (response.heldUntilReleased) {
        m_held = response;
        m_held->heldUntilReleased = false;
        return;
    }

    using Framing = ScriptedResponse::Framing;

    if (!response.endlessHeader.isEmpty()) {
        m_steps.enqueue({Step::Kind::Write, "HTTP/1.1 " + QByteArray::number(response.status) + " "
                             + reasonPhrase(response.status) + "\r\n", response.headerDelayMs});
        m_steps.enqueue({Step::Kind::Write, response.endlessHeader + "\r\n", 0, ScriptedResponse::kForever});
        playNext();
        return;
    }

    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + (response.reason.isEmpty() ? reasonPhrase(response.status) : response.reason) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    switch (response.framing) {
    case Framing::Chunked:
        head += "Transfer-Encoding: chunked\r\n";
        break;
    case Framing::ContentLength:
        head += "Content-Length: " + QByteArray::number(response.bodySize()) + "\r\n";
        break;
    case Framing::CloseDelimited:
        break;
    }
    m_dropMode = response.dropMode;
    m_closeWhenDone = response.framing == Framing::CloseDelimited || m_requestCloses;
    if (m_closeWhenDone)
        head += "Connection: close\r\n";
    head += "\r\n";

    QQueue<Step> steps;
    steps.enqueue({Step::Kind::Write, head, response.headerDelayMs});

    qint64 budget = response.dropAfterBodyBytes; // < 0: no drop
    bool dropped = false;
    for (const ScriptedResponse::Part &part : response.parts) {
        if (part.repeat != 1) {
            if (part.repeat <= 0 || part.bytes.isEmpty())
                continue;
            QByteArray wire = part.bytes;
            if (response.framing == Framing::Chunked)
                wire = QByteArray::number(wire.size(), 16) + "\r\n" + wire + "\r\n";
            steps.enqueue({Step::Kind::Write, wire, part.delayMs, part.repeat});
            continue;
        }
        QByteArray payload = part.bytes;
        if (budget >= 0 && payload.size() >= budget) {
            payload.truncate(budget);
            dropped = true;
        }
        if (budget >= 0)
            budget -= payload.size();
        if (!payload.isEmpty()) {
            QByteArray wire = payload;
            if (response.framing == Framing::Chunked)
                wire = QByteArray::number(payload.size(), 16) + "\r\n" + payload + "\r\n";
            steps.enqueue({Step::Kind::Write, wire, part.delayMs});
        } else if (part.delayMs > 0) {
            steps.enqueue({Step::Kind::Write, {}, part.delayMs});
        }
        if (dropped)
            break;
    }
    if (dropped) {
        steps.enqueue({Step::Kind::Drop, {}, 0});
    } else {
        if (response.framing == Framing::Chunked)
            steps.enqueue({Step::Kind::Write, QByteArrayLiteral("0\r\n\r\n"), 0});
        steps.enqueue({Step::Kind::Finish, {}, 0});
    }

    // Cut every write into pieces of at most bytesPerWrite, spaced by writeIntervalMs.
    if (response.bytesPerWrite > 0) {
        for (const Step &step : std::as_const(steps)) {
            if (step.kind != Step::Kind::Write || step.repeat != 1 || step.bytes.size() <= response.bytesPerWrite) {
                m_steps.enqueue(step);
                continue;
            }
            for (qsizetype at = 0; at < step.bytes.size(); at += response.bytesPerWrite) {
                m_steps.enqueue({Step::Kind::Write, step.bytes.mid(at, response.bytesPerWrite),
                                 at == 0 ? step.delayMs : response.writeIntervalMs});
            }
        }
    } else {
        m_steps = steps;
    }
    playNext();
}

void TestServerConnection::playNext()
{
    while (!m_steps.isEmpty()) {
        Step &next = m_steps.head();
        if (next.delayMs > 0) {
            const int delay = next.delayMs;
            next.delayMs = 0; // waited once; the timer comes back here
            m_timer->start(delay);
            return;
        }
        if (next.kind == Step::Kind::Write && next.repeat != 1) {
            if (!writeRepeated(next))
                return;
            m_steps.dequeue();
            continue;
        }
        const Step step = m_steps.dequeue();
        switch (step.kind) {
        case Step::Kind::Write:
            if (!step.bytes.isEmpty()) {
                m_socket->write(step.bytes);
                m_socket->flush();
                m_server->countWrite();
            }
            break;
        case Step::Kind::Drop:
            resetConnection();
            return;
        case Step::Kind::Finish:
            m_responding = false;
            if (m_closeWhenDone) {
                m_socket->disconnectFromHost();
                return;
            }
            // A pipelined request may already be waiting in the buffer.
            while (!m_responding && parseOneRequest()) {
            }
            return;
        }
    }
}

bool TestServerConnection::writeRepeated(Step &step)
{
    while (step.repeat > 0) {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return false; // the client went away; disconnected() clears the steps
        if (m_socket->bytesToWrite() >= kMaxQueuedBytes) {
            m_waitingForDrain = true;
            return false;
        }
        m_socket->write(step.bytes);
        m_server->countWrite();
        if (step.repeat != ScriptedResponse::kForever)
            --step.repeat;
    }
    return true;
}

void TestServerConnection::resetConnection()
{
    m_steps.clear();
    m_responding = false;
    if (m_dropMode == ScriptedResponse::DropMode::Reset) {
#ifdef Q_OS_UNIX
        // SO_LINGER with a zero timeout turns close() into a TCP RST ("connection reset by peer").
        const linger hardClose{1, 0};
        ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hardClose,
                     sizeof hardClose);
#endif
        m_socket->abort();
        return;
    }
    m_socket->flush();
    m_socket->disconnectFromHost();
}
