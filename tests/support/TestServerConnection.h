#pragma once

#include "RecordedRequest.h"
#include "ScriptedResponse.h"

#include <QByteArray>
#include <QObject>
#include <QQueue>

#include <optional>

class QTcpSocket;
class QTimer;
class TestServer;

// One accepted TCP connection of the TestServer: parses HTTP/1.1 requests (keep-alive, several
// per connection), asks the server what to answer, and plays the scripted response write by
// write on timers, so delays and splits are real socket writes the client sees separately.
class TestServerConnection final : public QObject
{
    Q_OBJECT

public:
    TestServerConnection(QTcpSocket *socket, int id, TestServer *server);
    ~TestServerConnection() override;

    void closeNow();
    // A response held until released (ScriptedResponse::heldUntilReleased) starts now.
    void releaseHeld();
    bool isHolding() const { return m_held.has_value(); }

Q_SIGNALS:
    void closed(TestServerConnection *connection);

private:
    struct Step
    {
        enum class Kind { Write, Drop, Finish };
        Kind kind = Kind::Write;
        QByteArray bytes;
        int delayMs = 0;
        qint64 repeat = 1; // a Write sent this many times, as the client reads
    };

    void onReadyRead();
    bool parseOneRequest();
    void startResponse(const ScriptedResponse &response);
    void playNext();
    void resetConnection();
    // Writes copies of a repeated step while the socket's buffer is short; false when it must
    // wait for the client to read (bytesWritten resumes it).
    bool writeRepeated(Step &step);

    QTcpSocket *m_socket = nullptr;
    TestServer *m_server = nullptr;
    QTimer *m_timer = nullptr;
    int m_id = 0;
    QByteArray m_buffer;
    QQueue<Step> m_steps;
    std::optional<ScriptedResponse> m_held;
    ScriptedResponse::DropMode m_dropMode = ScriptedResponse::DropMode::Close;
    bool m_responding = false;
    bool m_closeWhenDone = false;
    bool m_requestCloses = false;
    bool m_waitingForDrain = false;
};
