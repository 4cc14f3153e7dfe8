#pragma once

#include <QByteArray>
#include <QObject>

class LoopbackChatServer;
class QTcpSocket;

// One keep-alive connection to the LoopbackChatServer: reads requests (several may arrive in one
// read, a request may arrive in many), answers each as soon as its body is complete, and tells
// the server when it opens and closes.
class LoopbackChatConnection final : public QObject
{
    Q_OBJECT

public:
    LoopbackChatConnection(QTcpSocket *socket, LoopbackChatServer *server);
    ~LoopbackChatConnection() override;

private:
    void onReadyRead();
    // Answers the request at the start of m_buffer if it is complete; returns its length, or 0.
    qsizetype answerOne();
    void reply(const QByteArray &status, const QByteArray &contentType, const QByteArray &body, bool chunked);

    QTcpSocket *m_socket = nullptr;
    LoopbackChatServer *m_server = nullptr;
    QByteArray m_buffer;
};
