#pragma once

#include "api/SseEvent.h"

#include <QByteArray>
#include <QList>

// Incremental text/event-stream decoder (WHATWG "server-sent events" rules, plus the leniencies
// chat providers need). Bytes go in as they come off the socket, in pieces of any size; complete
// events come out. Lines end at "\n", "\r\n" or a lone "\r", even when a "\r" ends one read and
// its "\n" starts the next. Nothing is decoded before its line is complete, so a multi-byte
// character split across reads is never damaged.
class SseDecoder final
{
public:
    // Feeds more bytes and returns the events they completed, in order.
    QList<SseEvent> feed(QByteArrayView bytes);
    // The stream ended. Complete lines of an event that had no closing blank line are still
    // dispatched; an unterminated last line is dropped as possibly cut, except the exact
    // "data: [DONE]" (a server that omits the final newline has still said it is done).
    QList<SseEvent> finish();
    // Forgets everything (for a new attempt on a new connection).
    void reset();

    // Bytes held back waiting for the end of their line.
    qsizetype pendingBytes() const { return m_line.size(); }

private:
    void processLine(QByteArrayView line, QList<SseEvent> &out);
    void dispatch(QList<SseEvent> &out);

    QByteArray m_line;       // the current incomplete line
    QByteArray m_data;       // data lines of the current event, joined with '\n'
    QByteArray m_eventName;
    QByteArray m_id;
    bool m_hasData = false;
    bool m_skipLeadingLf = false; // the previous read ended in '\r'
};
