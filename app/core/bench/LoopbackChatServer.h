#pragma once

#include <QHostAddress>
#include <QObject>

#include <atomic>

class QTcpServer;

// A chat-completions server on this machine that answers at once, for measuring Tally itself:
// `tally-cli bench --self-test` runs it on a thread of its own, and bench/ runs it as a separate
// process for B7. It speaks just enough HTTP/1.1 (keep-alive, Content-Length request bodies):
// POST .../chat/completions gets a fixed completion, or with "stream": true a text/event-stream
// of kStreamChunks content chunks, a finish chunk, a usage chunk and [DONE], all in one write;
// GET .../models lists kModel; GET /stats reports its counters as JSON and POST /stats/reset
// zeroes them. Nothing it sends depends on the request beyond the stream flag.
//
// The counters are atomics, safe to read from any thread: requests, connections open now and
// the most open at once, and the server's own time from a complete request to its answer
// written (the TTFT the server would claim), so a client's overhead can be told from it.
class LoopbackChatServer final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kStreamChunks = 20;
    static constexpr int kPromptTokens = 12;
    static constexpr const char *kModel = "tally-loopback";

    struct Stats
    {
        quint64 requests = 0;
        quint64 streamed = 0;
        quint64 connectionsAccepted = 0;
        int openConnections = 0;
        int peakConnections = 0;
        double serverTtftMeanNs = 0;
        qint64 serverTtftMaxNs = 0;
    };

    explicit LoopbackChatServer(QObject *parent = nullptr);
    ~LoopbackChatServer() override;

    // Listens on the address (loopback by default) and port (0: any free one). Call it on the
    // thread the server is to run on.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const { return m_port.load(); }
    QString errorString() const;

    Stats stats() const;
    void resetStats();

    // The bodies it answers with, built once.
    static const QByteArray &completionResponse();
    static const QByteArray &streamResponse();

private:
    friend class LoopbackChatConnection;
    void connectionOpened();
    void connectionClosed();
    void requestAnswered(bool streamed, qint64 serverNs);
    QByteArray statsJson() const;

    QTcpServer *m_server = nullptr;
    std::atomic<quint16> m_port{0};
    std::atomic<quint64> m_requests{0};
    std::atomic<quint64> m_streamed{0};
    std::atomic<quint64> m_accepted{0};
    std::atomic<int> m_open{0};
    std::atomic<int> m_peak{0};
    std::atomic<qint64> m_serverNsTotal{0};
    std::atomic<qint64> m_serverNsMax{0};
};
