#include "pricing/Budget.h"

#include "domain/CostEstimate.h"

std::optional<BudgetStatus> BudgetStatus::check(const Budget &budget, double spentInConversation, double spentToday,
                                                double spentThisMonth)
{
    // The widest period first: a month that is over says more than the conversation that tipped it.
    const struct
    {
        Period period;
        double spent;
        double limit;
    } limits[] = {{Period::Month, spentThisMonth, budget.perMonth},
                  {Period::Day, spentToday, budget.perDay},
                  {Period::Conversation, spentInConversation, budget.perConversation}};
    for (const auto &limit : limits) {
        if (limit.limit > 0 && limit.spent >= limit.limit)
            return BudgetStatus{limit.period, limit.spent, limit.limit, budget.currency, budget.block};
    }
    return std::nullopt;
}

QString BudgetStatus::message() const
{
    const QString spentText = CostEstimate::restored(spent, currency, CostEstimate::Source::Estimated).format();
    const QString limitText = CostEstimate::restored(limit, currency, CostEstimate::Source::Estimated).format();
    switch (period) {
    case Period::Conversation:
        return tr("This conversation has cost %1 of its %2 budget.").arg(spentText, limitText);
    case Period::Day:
        return tr("Today's replies have cost %1 of the %2 daily budget.").arg(spentText, limitText);
    case Period::Month:
        return tr("This month's replies have cost %1 of the %2 monthly budget.").arg(spentText, limitText);
    }
    return {};
}
