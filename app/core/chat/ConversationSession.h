#pragma once

#include "api/ChatRequest.h"
#include "domain/Message.h"
#include "settings/ProviderProfile.h"
#include "store/StoreError.h"

#include <QObject>
#include <QPointer>

#include <optional>

class ChatStream;
class ConversationStore;
class PriceTable;
class ProviderClient;
class ReplySaver;
class ResponseCache;
class QTimer;

// Sending in one conversation: stores the prompt, builds the request from the conversation's
// history and settings, streams the reply into the store (crash-safe, through ReplySaver) and
// tells the view as it grows. Each conversation streams on its own, so several can at once.
class ConversationSession final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kUpdateIntervalMs = 16;

    struct Settings
    {
        ProviderProfile profile;
        QString apiKey;   // never logged, never stored
        QString model;    // empty: the profile's default
        std::optional<double> temperature;
        std::optional<int> maxTokens;
        std::optional<double> topP;
        QString systemPrompt;
        // The model's context window, when known: older turns that would not fit are left out.
        std::optional<qint64> contextWindow;
        int idleTimeoutMs = 120'000; // no data for this long ends the reply
        int requestTimeoutMs = 1'800'000; // the most one reply may take, streaming included
        qint64 maxReplyBytes = ChatRequest::kDefaultMaxReplyBytes; // AppSettings::replyLimitBytes()
        // Set: answer from the response cache when an identical request was answered within this
        // time, and keep new replies there. Unset: the cache is off.
        std::optional<qint64> cacheTtlMs;
    };

    ConversationSession(ConversationStore &store, ProviderClient &client, const PriceTable &prices,
                        qint64 conversationId, QObject *parent = nullptr);
    ~ConversationSession() override;

    qint64 conversationId() const { return m_conversationId; }
    // The response cache to consult when Settings::cacheTtlMs is set (null: none).
    void setResponseCache(ResponseCache *cache) { m_cache = cache; }

    // Stores the prompt and starts the reply. Returns false when the prompt could not be stored
    // (a full disk): then nothing was sent and the caller still holds the text.
    bool send(const QString &prompt, const Settings &settings, StoreError *error = nullptr);
    // Asks again for a reply to the conversation as stored, which must end with a question
    // (regenerate: the caller removed the old reply first). Never answered from the cache.
    bool resend(const Settings &settings, StoreError *error = nullptr);
    // Stops the reply; the text so far is kept and stored as stopped.
    void stop();
    bool isStreaming() const;
    // The reply as it stands in memory while it streams.
    std::optional<Message> streamingMessage() const;
    // Replies that ended but could not be stored yet (a full disk), in full as they ended. They
    // are saved again, more and more rarely, until replyStoredLater() says each one is in.
    QList<Message> unsavedReplies() const;
    // Tries to store the unsaved replies now (the user freed some space).
    void retrySaving();

Q_SIGNALS:
    void messageStored(const Message &message); // the prompt, then the reply's row
    // The growing reply, at most every kUpdateIntervalMs (and once more before it finishes):
    // whoever keeps the text shares it, and a stream that appends to a shared text copies it,
    // so a signal per token would copy a long reply a thousand times a second.
    void replyUpdated(qint64 messageId, const QString &content, const QString &reasoning);
    void replyFinished(const Message &message);
    void saveFailed(const StoreError &error);
    // A reply whose final save had failed (see unsavedReplies()) is now stored in full.
    void replyStoredLater(const Message &message);
    // Older messages were left out of the request so that it fits the context window.
    void historyTrimmed(int droppedMessages);

private:
    ChatRequest buildRequest(const Settings &settings, StoreError *error) const;
    static int trimToWindow(ChatRequest &request, const Settings &settings);
    // `cacheKey` (empty: the cache is off) is where a complete reply is kept.
    bool startReply(const ChatRequest &request, const Settings &settings, const QByteArray &cacheKey, StoreError *error);
    // Stores the cached answer under `cacheKey` as the reply, if there is one; true when it did.
    bool answerFromCache(const ChatRequest &request, const Settings &settings, const QByteArray &cacheKey,
                         StoreError *error);
    QByteArray cacheKeyFor(const ChatRequest &request, const Settings &settings) const;

    ConversationStore &m_store;
    ProviderClient &m_client;
    const PriceTable &m_prices;
    qint64 m_conversationId = 0;
    QPointer<ChatStream> m_stream;
    ReplySaver *m_saver = nullptr;        // the streaming reply's
    QList<ReplySaver *> m_unsaved;         // replies that ended but are not stored yet
    ResponseCache *m_cache = nullptr;
    QTimer *m_updateTimer = nullptr;
    qint64 m_updatingReply = 0;
};
