#pragma once

#include "api/ChatResult.h"
#include "domain/Message.h"
#include "store/StoreError.h"

#include <QObject>
#include <QPointer>

#include <functional>

class ChatStream;
class ConversationStore;
class QTimer;

// Keeps a streaming reply safe on disk: saves the growing text at most every 500 ms (never per
// token, so the stream's hot path only sets a flag), touches the row now and then so a live
// writer is told from a dead one, and stores the final state, stats and cost at the end. If a
// save fails (a full disk), the text stays in message() and the next save tries again.
class ReplySaver final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSaveIntervalMs = 500;
    static constexpr int kHeartbeatMs = 5000;

    using CostFunction = std::function<CostEstimate(const ChatResult &)>;

    // `message` is the reply's row, already stored with State::Streaming.
    ReplySaver(ConversationStore &store, const Message &message, ChatStream *stream, CostFunction cost,
               QObject *parent = nullptr);
    ~ReplySaver() override;

    // The latest state in memory, saved or not.
    Message message() const { return m_message; }
    StoreError lastError() const { return m_lastError; }
    bool isDone() const { return m_done; }
    int saveCount() const { return m_saves; }

    // Maps how a reply ended to the state it is stored with.
    static Message::State stateFor(ChatResult::State state);

Q_SIGNALS:
    void saveFailed(const StoreError &error);
    // The reply ended and its final state was written (saved == true) or could not be.
    void replySaved(const Message &message, bool saved);

private:
    void onText();
    void saveNow();
    void onFinished(const ChatResult &result);

    ConversationStore &m_store;
    Message m_message;
    QPointer<ChatStream> m_stream;
    CostFunction m_cost;
    QTimer *m_timer = nullptr;
    StoreError m_lastError;
    bool m_dirty = false;
    bool m_done = false;
    int m_saves = 0;
    qint64 m_lastSaveMs = 0;
    qint64 m_lastCheckpointMs = 0;
};
