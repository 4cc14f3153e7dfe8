#pragma once

#include <QList>

// What can be done to one message from the transcript. Tally's own actions are buttons the
// transcript draws under a message, never links inside the text, so nothing a reply contains
// can trigger one.
enum class MessageAction {
    Copy,           // the message's text, as Markdown
    Regenerate,     // ask again for the latest reply
    Edit,           // take the latest question back to change it
    Delete,
    Retry,          // send a failed question again
    Continue,       // extend a reply that was cut off
    PreviousVersion,
    NextVersion,
};

using MessageActions = QList<MessageAction>;
