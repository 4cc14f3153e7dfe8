#pragma once

#include "domain/CostEstimate.h"

#include <QDateTime>
#include <QString>

#include <optional>

// A conversation's own fields, as stored: identity, title, pin, times, and the per-conversation
// overrides of the profile's defaults (empty or unset means "use the profile's").
struct Conversation
{
    qint64 id = 0;     // the database row; 0 until stored
    QString uuid;      // stable identity across export and import
    QString title;
    bool pinned = false;
    QDateTime createdAt; // UTC, millisecond precision
    QDateTime updatedAt;
    QString profile;
    QString model;
    std::optional<double> temperature;
    QString systemPrompt;
    // What naming the conversation with a model cost (auto-title), counted with its replies.
    std::optional<CostEstimate> titleCost;
    // What is being written in the composer, kept across switching and restarts
    // (ConversationStore::setDraft(); updateConversation() leaves it alone).
    QString draft;

    friend bool operator==(const Conversation &, const Conversation &) = default;
};
