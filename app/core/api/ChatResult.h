#pragma once

#include "api/ApiError.h"
#include "domain/MessageStats.h"

#include <QString>
#include <QStringList>

// The outcome of one reply: how it ended, all the text that arrived (kept whatever happened),
// the error if any, and its stats.
struct ChatResult
{
    enum class State {
        Complete,   // [DONE] or a finish_reason arrived
        Incomplete, // text arrived, then the stream broke or ended without a proper end
        Failed,     // no reply: an error before any text
        Cancelled,  // the user stopped it
    };

    State state = State::Failed;
    QString content;
    QString reasoning;
    ApiError error; // Kind::None when Complete
    MessageStats stats;
    int httpStatus = 0; // of the last attempt's answer; 0 when none came
    bool http2 = false; // the last attempt's answer came over HTTP/2
    // What Tally did not believe and left out (a negative cost, impossible token counts), for a
    // diagnostic: the reply itself is fine.
    QStringList warnings;

    bool isComplete() const { return state == State::Complete; }
};
