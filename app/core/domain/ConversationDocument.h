#pragma once

#include "domain/Conversation.h"
#include "domain/Message.h"

#include <QList>

// A whole conversation as one value: its own fields and all its messages in order. This is what
// an export writes and an import reads, so a conversation can leave one database and arrive in
// another without a half-written state in between. Database ids inside it mean something only
// in the database it came from; a file never carries them.
struct ConversationDocument
{
    Conversation conversation;
    QList<Message> messages; // in position order

    friend bool operator==(const ConversationDocument &, const ConversationDocument &) = default;
};
