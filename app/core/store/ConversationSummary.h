#pragma once

#include "domain/Conversation.h"

#include <QMap>

// A conversation as the sidebar lists it: its fields, how many messages it holds and what its
// replies cost so far (per currency; replies with an unknown cost are counted apart).
struct ConversationSummary
{
    Conversation conversation;
    int messageCount = 0;
    QMap<QString, double> cost;
    int costUnknown = 0;
};
