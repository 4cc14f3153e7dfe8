#pragma once

#include "pricing/Budget.h"

#include <QString>

#include <optional>

// What became of a request to send, regenerate, edit, continue or retry in a conversation: sent,
// or why not (in words for the user). The window and tally-cli show the same reasons.
struct SendOutcome
{
    enum class Kind {
        Sent,
        Busy,            // a reply is still streaming in this conversation
        BudgetBlocked,   // a budget set to stop sending was reached; nothing was stored or sent
        NothingToAnswer, // no question to answer (or the message is not one this action applies to)
        TooLong,         // the question alone does not fit the model's context window
        StoreFailed,     // the database refused (a full disk): nothing was sent
    };

    Kind kind = Kind::Sent;
    QString message; // empty when sent
    // A budget reached that only warns: the request went, and the user is told.
    std::optional<BudgetStatus> budgetWarning;

    bool ok() const { return kind == Kind::Sent; }
    explicit operator bool() const { return ok(); }

    static SendOutcome refused(Kind kind, const QString &message) { return SendOutcome{kind, message, std::nullopt}; }
};
