#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// Spending limits the user set: per conversation, per calendar day and per calendar month (local
// time), in one currency, and whether reaching one only warns or stops sending. Costs in other
// currencies are not converted and do not count towards these limits.
struct Budget
{
    double perConversation = 0; // 0: no limit
    double perDay = 0;
    double perMonth = 0;
    QString currency = QStringLiteral("USD");
    bool block = false;         // false: warn and send anyway

    bool isSet() const { return perConversation > 0 || perDay > 0 || perMonth > 0; }
    friend bool operator==(const Budget &, const Budget &) = default;
};

// The first limit that what was spent so far has reached, if any.
struct BudgetStatus
{
    Q_DECLARE_TR_FUNCTIONS(BudgetStatus)

public:
    enum class Period { Conversation, Day, Month };

    Period period = Period::Conversation;
    double spent = 0;
    double limit = 0;
    QString currency;
    bool blocks = false;

    // What reached what, for the banner: "This conversation has cost $1.02 of its $1.00 budget."
    QString message() const;

    static std::optional<BudgetStatus> check(const Budget &budget, double spentInConversation, double spentToday,
                                             double spentThisMonth);
};
