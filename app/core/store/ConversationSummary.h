#pragma once

#include "chat/Conversation.h"

// A conversation as the sidebar lists it: its fields plus how many messages it holds.
struct ConversationSummary
{
    Conversation conversation;
    int messageCount = 0;
};
