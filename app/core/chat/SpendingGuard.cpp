#include "chat/SpendingGuard.h"

#include "store/ConversationStore.h"

std::optional<BudgetStatus> SpendingGuard::check(const ConversationStore &store, const Budget &budget,
                                                 qint64 conversationId, const QDate &today)
{
    if (!budget.isSet())
        return std::nullopt;
    // Calendar day and month in local time, as people read their spending.
    const QDateTime dayStart = today.startOfDay();
    const QDateTime monthStart = QDate(today.year(), today.month(), 1).startOfDay();
    const double conversation = conversationId > 0
        ? store.spending(QDateTime::fromMSecsSinceEpoch(0), conversationId).value(budget.currency)
        : 0.0;
    return BudgetStatus::check(budget, conversation, store.spending(dayStart).value(budget.currency),
                               store.spending(monthStart).value(budget.currency));
}
