#pragma once

#include "pricing/Budget.h"

#include <QDate>

#include <optional>

class ConversationStore;

// The budget check before a request, one rule for the window and tally-cli: what the ledger
// says was spent in this conversation, today and this month (local calendar), against the
// limits. Deleting messages does not lower it; imports do not raise it.
class SpendingGuard final
{
public:
    // The first limit reached, if any (BudgetStatus::blocks says whether it stops the send).
    static std::optional<BudgetStatus> check(const ConversationStore &store, const Budget &budget,
                                             qint64 conversationId, const QDate &today = QDate::currentDate());
};
