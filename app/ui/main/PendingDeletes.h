#pragma once

#include <QObject>

class AppContext;
class QTimer;

// Deletes that can be undone: a message or a conversation is only hidden at first and deleted
// from the store when the undo time is over, when another delete of its kind comes, or when the
// window closes. One of each kind is pending at a time.
class PendingDeletes final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kUndoMs = 6000;

    explicit PendingDeletes(AppContext &context, QObject *parent = nullptr);
    ~PendingDeletes() override; // what was not undone is deleted

    void deleteMessageLater(qint64 messageId);
    void deleteConversationLater(qint64 conversationId);
    qint64 pendingMessage() const { return m_message; }
    qint64 pendingConversation() const { return m_conversation; }

    // What Undo brought back (0 where nothing of that kind was pending).
    struct Undone
    {
        qint64 messageId = 0;
        qint64 conversationId = 0;
    };
    Undone undo();
    void commitMessage();
    void commitConversation();

Q_SIGNALS:
    void messageDeleted(qint64 messageId);
    void conversationDeleted(qint64 conversationId);
    void failed(const QString &message);

private:
    AppContext &m_context;
    QTimer *m_timer;
    qint64 m_message = 0;
    qint64 m_conversation = 0;
};
