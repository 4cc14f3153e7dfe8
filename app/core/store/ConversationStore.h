#pragma once

#include "domain/Conversation.h"
#include "domain/ConversationDocument.h"
#include "domain/Message.h"
#include "store/ConversationSummary.h"
#include "store/SearchHit.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSqlQuery>

#include <optional>

class Database;

// Reads and writes conversations and messages in an open Database. Every write is one
// transaction that either happens whole or not at all; on failure the caller gets a StoreError
// and keeps its own copy of the data, so nothing typed or received is lost.
class ConversationStore final
{
    Q_DECLARE_TR_FUNCTIONS(ConversationStore)

public:
    explicit ConversationStore(Database &database);
    ~ConversationStore();
    ConversationStore(const ConversationStore &) = delete;
    ConversationStore &operator=(const ConversationStore &) = delete;

    // Copies the write-ahead log into the database file now (see Database::checkpoint()).
    void checkpoint() const;

    // -- conversations ---------------------------------------------------------------------
    // Stores a new conversation; fills in id, uuid (if empty) and times (if unset).
    std::optional<Conversation> createConversation(Conversation conversation, StoreError *error = nullptr);
    bool updateConversation(const Conversation &conversation, StoreError *error = nullptr);
    bool deleteConversation(qint64 id, StoreError *error = nullptr);
    std::optional<Conversation> conversation(qint64 id, StoreError *error = nullptr) const;
    std::optional<Conversation> conversationByUuid(const QString &uuid, StoreError *error = nullptr) const;
    // Pinned first, then by last activity.
    QList<ConversationSummary> listConversations(StoreError *error = nullptr) const;

    // -- messages --------------------------------------------------------------------------
    // Appends at the end of its conversation; fills in id, position and createdAt.
    std::optional<Message> appendMessage(Message message, StoreError *error = nullptr);
    // The conversation as it reads: of each question and reply with versions, the selected one
    // (with its versionIndex/versionCount). What the next request is built from and what is shown.
    QList<Message> messages(qint64 conversationId, StoreError *error = nullptr) const;
    // Every stored message, versions included, in order (for export).
    QList<Message> allMessages(qint64 conversationId, StoreError *error = nullptr) const;
    // Makes this version of its question, or this reply to its question, the one shown.
    bool selectVersion(qint64 messageId, StoreError *error = nullptr);
    // Makes a reply stored before versions existed name the question it answers.
    bool setReplyTo(qint64 replyId, qint64 questionId, StoreError *error = nullptr);
    // The selected path through messages in stored order (see messages()).
    static QList<Message> selectedPath(const QList<Message> &all);
    // The versions `message` is one of (itself included), in order: the replies to its question,
    // or the versions of a question. Just itself when it has none.
    static QList<qint64> versionsOf(const QList<Message> &all, const Message &message);
    std::optional<Message> message(qint64 id, StoreError *error = nullptr) const;
    // The periodic save of a reply that is still streaming: text only, cheap (no search index).
    bool saveStreamingText(qint64 messageId, const QString &content, const QString &reasoning,
                           StoreError *error = nullptr);
    // Stores a message's final text, state, error, model, stats and cost.
    bool finishMessage(const Message &message, StoreError *error = nullptr);
    // Deletes a message; a question goes with its replies. Spending stays in the ledger.
    bool deleteMessage(qint64 id, StoreError *error = nullptr);
    // The draft of a conversation's composer (Conversation::draft).
    bool setDraft(qint64 conversationId, const QString &draft, StoreError *error = nullptr);

    // -- search, export, import -------------------------------------------------------------
    // What was spent since `since`, per currency (one conversation's, or all of them), from the
    // ledger of requests: deleting a message does not make it unpaid, and imports add nothing.
    QMap<QString, double> spending(const QDateTime &since, std::optional<qint64> conversationId = std::nullopt,
                                   StoreError *error = nullptr) const;
    // Adds what a request cost to the ledger (known, positive amounts only): a reply's cost
    // (finishMessage does it; one row per message, updated as Continue adds to it) or, with no
    // message, what naming the conversation cost. `at` is when it was paid (invalid: now).
    bool recordSpending(qint64 conversationId, qint64 messageId, const CostEstimate &cost, const QDateTime &at = {},
                        StoreError *error = nullptr);

    // Full-text search over titles, message text and reasoning: matching titles first (by
    // relevance), then messages by relevance among the 2,000 most recent that match.
    QList<SearchHit> search(const QString &text, int limit = 50, StoreError *error = nullptr) const;
    std::optional<ConversationDocument> document(qint64 conversationId, StoreError *error = nullptr) const;
    // Stores an imported conversation with all its messages. Keeps the document's uuid unless a
    // conversation already has it, in which case the copy gets a new uuid.
    std::optional<Conversation> importDocument(const ConversationDocument &document, StoreError *error = nullptr);

private:
    bool insertMessage(Message &message, bool touch, StoreError *error);
    QList<SearchHit> searchByScan(const QString &needle, int limit, StoreError *error) const;
    bool touchConversation(qint64 id, qint64 nowMs, StoreError *error);

    Database &m_database;
    std::optional<QSqlQuery> m_insertMessage;
};
