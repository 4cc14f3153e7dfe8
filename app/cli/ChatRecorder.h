#pragma once

#include "chat/ReplySaver.h"
#include "domain/ChatMessage.h"
#include "domain/Conversation.h"
#include "domain/Message.h"
#include "store/ConversationStore.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class ChatStream;
class QTextStream;

// `tally-cli chat --save [ID]`: records the exchange in the conversation database the app uses,
// in the order the command needs it: open the conversation (before anything is sent), check the
// budget, store the question and an empty reply, save the reply as it streams, then say whether
// it was saved. Each step that fails says why on stderr and gives the exit code to return.
class ChatRecorder final
{
    Q_DECLARE_TR_FUNCTIONS(ChatRecorder)

public:
    explicit ChatRecorder(QTextStream &err)
        : m_err(err)
    {
    }

    // Opens the database and conversation `id` (its earlier turns become history()), or with
    // id 0 creates `fresh`. A database that opens read-only is refused: a paid reply that
    // cannot be saved is not what --save asked for.
    std::optional<int> open(qint64 id, const Conversation &fresh);
    const Conversation &conversation() const { return m_conversation; }
    // The context of the new turn: the conversation's earlier messages that go into a request.
    const QList<ChatMessage> &history() const { return m_history; }

    // The window's budget rule: a budget set to stop sending stops tally-cli too (a warning is
    // printed and the question still goes).
    std::optional<int> checkBudget();
    // Stores the question and the reply's row, streaming and empty.
    std::optional<int> addExchange(const QString &prompt, const QString &model);
    // Saves `stream`'s reply as it grows and at the end.
    void follow(ChatStream *stream, ReplySaver::CostFunction cost);
    // After the stream: says where the reply went. False when it ended but the database does
    // not hold all of it (the command then fails).
    bool report(const ChatResult &result);

private:
    QTextStream &m_err;
    std::optional<Database> m_database;
    std::optional<ConversationStore> m_store;
    Conversation m_conversation;
    QList<ChatMessage> m_history;
    std::optional<Message> m_reply;
    std::optional<ReplySaver> m_saver;
};
