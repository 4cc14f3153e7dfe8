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
    // A chat chunk is a few kilobytes; these leave room for providers that send a whole reply
    // in one event, and stop a stream whose line or event never ends before it eats the memory.
    static constexpr qsizetype kMaxLineBytes = 4 * 1024 * 1024;
    static constexpr qsizetype kMaxEventBytes = 4 * 1024 * 1024;

    // What made the decoder give up: once a line or an event grows past its limit the bytes are
    // not a usable stream any more, and everything after is ignored until reset().
    enum class Overflow { None, Line, Event };

    explicit SseDecoder(qsizetype maxLineBytes = kMaxLineBytes, qsizetype maxEventBytes = kMaxEventBytes);

    // Feeds more bytes and returns the events they completed, in order.
    QList<SseEvent> feed(QByteArrayView bytes);
    // The stream ended. Complete lines of an event that had no closing blank line are still
    // dispatched; an unterminated last line is dropped as possibly cut, except the exact
    // "data: [DONE]" (a server that omits the final newline has still said it is done).
    QList<SseEvent> finish();
    // Forgets everything, a limit that was exceeded too (for a new attempt on a new connection).
    void reset();

    // Bytes held: the line waiting for its end and the data of the event not yet dispatched.
    qsizetype pendingBytes() const { return m_line.size() + m_data.size(); }
    Overflow overflow() const { return m_overflow; }
    qsizetype maxLineBytes() const { return m_maxLineBytes; }
    qsizetype maxEventBytes() const { return m_maxEventBytes; }

private:
    void processLine(QByteArrayView line, QList<SseEvent> &out);
    void dispatch(QList<SseEvent> &out);
    void giveUp(Overflow why);

    QByteArray m_line;       // the current incomplete line
    QByteArray m_data;       // data lines of the current event, joined with '\n'
    QByteArray m_eventName;
    QByteArray m_id;
    bool m_hasData = false;
    bool m_skipLeadingLf = false; // the previous read ended in '\r'
    qsizetype m_maxLineBytes = kMaxLineBytes;
    qsizetype m_maxEventBytes = kMaxEventBytes;
    Overflow m_overflow = Overflow::None;
};
