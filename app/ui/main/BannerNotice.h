#pragma once

#include <QList>
#include <QString>

// One notice of the banner above a conversation: plain text (never rich text: it may quote a
// provider's error) and the next steps Tally offers as buttons. Each conversation has its own,
// and a button acts on the conversation the notice was raised for.
struct BannerNotice
{
    enum class Action {
        Retry,       // ask the failed question again (no second copy)
        Continue,    // extend the cut-off reply
        Shorten,     // leave out older turns and ask again
        ChooseModel, // open the model list
        SetKey,      // Settings › Providers, where the key is pasted
        Undo,        // take back a delete
        Budget,      // Settings › Data & privacy, where the budget is
        SaveAgain,   // try to store a reply the disk had no room for
    };

    QString text;
    QList<Action> actions;

    bool isEmpty() const { return text.isEmpty(); }
};
