#include "api/SseDecoder.h"

#include <cstring>

SseDecoder::SseDecoder(qsizetype maxLineBytes, qsizetype maxEventBytes)
    : m_maxLineBytes(maxLineBytes)
    , m_maxEventBytes(maxEventBytes)
{
}

QList<SseEvent> SseDecoder::feed(QByteArrayView bytes)
{
    QList<SseEvent> out;
    if (m_overflow != Overflow::None)
        return out;
    const char *p = bytes.data();
    const char *const end = p + bytes.size();

    if (m_skipLeadingLf && p != end) {
        if (*p == '\n')
            ++p;
        m_skipLeadingLf = false;
    }

    while (p != end) {
        // Find the next '\r' or '\n' quickly; most lines are long JSON with neither.
        const char *q = p;
        while (q != end && *q != '\n' && *q != '\r')
            ++q;
        if (m_line.size() + (q - p) > m_maxLineBytes) {
            giveUp(Overflow::Line);
            return out;
        }
        if (q == end) {
            m_line.append(p, end - p);
            break;
        }
        if (m_line.isEmpty()) {
            processLine(QByteArrayView(p, q - p), out);
        } else {
            m_line.append(p, q - p);
            processLine(m_line, out);
            m_line.clear();
        }
        if (m_overflow != Overflow::None)
            return out;
        if (*q == '\r') {
            ++q;
            if (q == end)
                m_skipLeadingLf = true; // its '\n' may be the first byte of the next read
            else if (*q == '\n')
                ++q;
        } else {
            ++q;
        }
        p = q;
    }
    return out;
}

QList<SseEvent> SseDecoder::finish()
{
    QList<SseEvent> out;
    if (m_overflow != Overflow::None) {
        reset();
        return out;
    }
    if (!m_line.isEmpty()) {
        const QByteArray last = m_line.trimmed();
        if (last == "data: [DONE]" || last == "data:[DONE]")
            processLine(last, out);
        m_line.clear();
    }
    dispatch(out);
    reset();
    return out;
}

void SseDecoder::reset()
{
    m_line.clear();
    m_data.clear();
    m_eventName.clear();
    m_id.clear();
    m_hasData = false;
    m_skipLeadingLf = false;
    m_overflow = Overflow::None;
}

void SseDecoder::giveUp(Overflow why)
{
    reset();
    m_overflow = why;
}

void SseDecoder::processLine(QByteArrayView line, QList<SseEvent> &out)
{
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.front() == ':')
        return; // a comment: keep-alive or a provider's "PROCESSING" note
    if (line.front() == '{' && !m_hasData) {
        // Not SSE at all: some servers (Ollama's error path) write a bare JSON object line.
        out.append(SseEvent{SseEvent::Kind::RawLine, {}, line.toByteArray(), {}});
        return;
    }

    const qsizetype colon = line.indexOf(':');
    QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value;
    if (colon >= 0) {
        value = line.sliced(colon + 1);
        if (!value.isEmpty() && value.front() == ' ')
            value = value.sliced(1); // exactly one space is part of the syntax
    }

    if (field == "data") {
        if (m_data.size() + value.size() + 1 > m_maxEventBytes) {
            giveUp(Overflow::Event);
            return;
        }
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value.data(), value.size());
        m_hasData = true;
    } else if (field == "event") {
        m_eventName = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_id = value.toByteArray();
    }
    // "retry" and unknown fields are ignored, as the standard says.
}

void SseDecoder::dispatch(QList<SseEvent> &out)
{
    if (m_hasData)
        out.append(SseEvent{SseEvent::Kind::Message, m_eventName, m_data, m_id});
    m_data.clear();
    m_eventName.clear();
    m_hasData = false;
    // The last event id persists across events, as in the standard.
}
