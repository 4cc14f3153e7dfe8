#pragma once

#include "api/ChatRequest.h"
#include "chat/SendOutcome.h"
#include "domain/Message.h"
#include "pricing/Budget.h"
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

// The chat workflow of one conversation, shared by the window and tally-cli: checks the budget,
// stores the question, builds the request from the conversation as it reads (the selected
// versions; failed turns left out; the oldest turns dropped to fit the context window), streams
// the reply into the store (crash-safe, through ReplySaver) and tells the view as it grows.
// Nothing is destroyed: Regenerate adds a reply version, Edit a question version, Retry asks the
// stored question again without a second copy, Continue extends the cut-off reply in place.
// Each conversation streams on its own, so several can at once.
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
        // Spending limits checked before every request (unset: none).
        Budget budget;
    };

    ConversationSession(ConversationStore &store, ProviderClient &client, const PriceTable &prices,
                        qint64 conversationId, QObject *parent = nullptr);
    ~ConversationSession() override;

    qint64 conversationId() const { return m_conversationId; }
    // The response cache to consult when Settings::cacheTtlMs is set (null: none).
    void setResponseCache(ResponseCache *cache) { m_cache = cache; }

    // Stores the question and starts the reply. Refused (nothing stored, nothing sent) while a
    // reply streams, when a blocking budget is reached, or when the database refuses the question
    // (then `error` says why and the caller still holds the text).
    SendOutcome send(const QString &prompt, const Settings &settings, StoreError *error = nullptr);
    // Asks the latest question again after a failure: a failed reply with no text is replaced,
    // one with text is kept as a version. The question is never stored twice.
    SendOutcome retry(const Settings &settings, StoreError *error = nullptr);
    // A new reply version to the question `replyId` answers; the old one stays, browsable. Never
    // answered from the cache.
    SendOutcome regenerate(qint64 replyId, const Settings &settings, StoreError *error = nullptr);
    // A new version of the latest question with `text`, and its reply; the old version and its
    // reply stay.
    SendOutcome edit(qint64 questionId, const QString &text, const Settings &settings, StoreError *error = nullptr);
    // Extends the cut-off reply `replyId` in the same message (the partial text is sent as the
    // assistant's turn with a request to go on; the footer says "continued").
    SendOutcome continueReply(qint64 replyId, const Settings &settings, StoreError *error = nullptr);
    // After "context too long": asks again with only as many recent turns as fit half the window,
    // or says that the question alone is too long.
    SendOutcome shortenAndRetry(const Settings &settings, StoreError *error = nullptr);
    // Shows another version of a question or reply (the ‹ › buttons).
    bool selectVersion(qint64 messageId, StoreError *error = nullptr);

    // The context a new question would be sent with (the system prompt and the conversation as
    // it reads), for the composer's estimate: the same rule as the send.
    QList<ChatMessage> contextForNewQuestion(const Settings &settings) const;
    // Older turns are left out, oldest first, until the request fits `window` minus the reply's
    // room; the system prompt and the last message always stay. Returns how many went.
    static int trimToWindow(QList<ChatMessage> &messages, std::optional<qint64> window, std::optional<int> maxTokens);

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
    // The conversation got its first title (from its first question).
    void titleChanged(const QString &title);

private:
    // The request for the question at `path[questionIndex]` (or a new question when it is past
    // the end): the system prompt and the turns before it that are context.
    ChatRequest requestFor(const Settings &settings, const QList<Message> &path, qsizetype questionIndex) const;
    ChatRequest baseRequest(const Settings &settings) const;
    // Sent (with the budget's warning, if any) or why not: busy, or a budget that stops sending.
    SendOutcome admit(const Settings &settings) const;
    SendOutcome answer(const Message &question, const QList<Message> &path, qsizetype questionIndex,
                       const Settings &settings, bool useCache, const std::optional<BudgetStatus> &budgetWarning,
                       StoreError *error);
    SendOutcome stored(bool ok, const StoreError *error) const;
    // `cacheKey` (empty: the cache is off) is where a complete reply is kept.
    bool startReply(const ChatRequest &request, const Settings &settings, const QByteArray &cacheKey, qint64 questionId,
                    StoreError *error, const std::optional<Message> &continuing = std::nullopt);
    // Stores the cached answer under `cacheKey` as the reply, if there is one; true when it did.
    bool answerFromCache(const ChatRequest &request, const Settings &settings, const QByteArray &cacheKey,
                         qint64 questionId, StoreError *error);
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
