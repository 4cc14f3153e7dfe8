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
// save fails (a full disk), the whole reply stays in message() and is saved again: a growing
// reply on the next tick, the final state on the next tick and then less and less often (at
// most every 5 s) until it is stored, which replyStored() says. It outlives its stream for that.
class ReplySaver final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSaveIntervalMs = 500;
    static constexpr int kHeartbeatMs = 5000;
    static constexpr int kMaxRetryIntervalMs = 5000;

    using CostFunction = std::function<CostEstimate(const ChatResult &)>;

    // `message` is the reply's row, already stored with State::Streaming.
    ReplySaver(ConversationStore &store, const Message &message, ChatStream *stream, CostFunction cost,
               QObject *parent = nullptr);
    ~ReplySaver() override;

    // The latest state in memory, saved or not.
    Message message() const { return m_message; }
    StoreError lastError() const { return m_lastError; }
    bool isDone() const { return m_done; }
    // The reply ended and its final state is in the database.
    bool isStored() const { return m_stored; }
    // How many characters of the reply's text the database holds (what a failed save kept).
    qsizetype savedLength() const { return m_savedLength; }
    int saveCount() const { return m_saves; }
    // How many times the reply's final state was written or tried (1 + the retries after a failure).
    int finalSaveTries() const { return m_finalTries; }

    // Continue: the stream carries more of `partial`, a reply that was cut off. Its text goes
    // in front of what arrives, and its figures are added to the new request's, so the reply
    // stays one message with what it cost in all.
    void continueFrom(const Message &partial);

    // The reply's text as it grows (with what Continue extends in front).
    QString growingContent() const;
    QString growingReasoning() const;

    // Tries the final save again at once (when the user says space is free), instead of at the
    // next retry. Does nothing before the reply ended or once it is stored.
    void retryNow();

    // Maps how a reply ended to the state it is stored with.
    static Message::State stateFor(ChatResult::State state);

Q_SIGNALS:
    // Saving started failing, or fails now for another reason; not repeated on every retry.
    void saveFailed(const StoreError &error);
    // The reply ended and its final state was written (saved == true) or could not be yet.
    void replySaved(const Message &message, bool saved);
    // The final state is in the database: at the end, or on a later retry.
    void replyStored(const Message &message);

private:
    void onTick();
    void onText();
    void saveNow();
    void onFinished(const ChatResult &result);
    bool storeFinal();
    void addPartial();
    void noteFailure(const StoreError &error);

    ConversationStore &m_store;
    Message m_message;
    std::optional<Message> m_partial; // what Continue extends
    QPointer<ChatStream> m_stream;
    CostFunction m_cost;
    QTimer *m_timer = nullptr;
    StoreError m_lastError;
    bool m_failing = false;
    bool m_dirty = false;
    bool m_done = false;
    bool m_stored = false;
    int m_saves = 0;
    int m_finalTries = 0;
    int m_retryEveryTicks = 1; // while the final save fails: try on every n-th tick
    int m_ticksToRetry = 0;
    qsizetype m_savedLength = 0;
    qint64 m_lastSaveMs = 0;
    qint64 m_lastCheckpointMs = 0;
};
