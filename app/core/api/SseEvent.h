#pragma once

#include <QByteArray>
#include <QString>

// One dispatched server-sent event. The data stays UTF-8 bytes: it was cut on line boundaries
// only, so it is always whole characters, and the JSON parser reads UTF-8 directly.
struct SseEvent
{
    enum class Kind {
        Message, // a normal event: data lines joined with '\n'
        RawLine, // a line with no SSE field that starts with '{' (Ollama writes raw JSON errors)
    };

    Kind kind = Kind::Message;
    QByteArray event; // the "event:" field, empty for the default "message"
    QByteArray data;
    QByteArray id;

    bool isDone() const { return kind == Kind::Message && data == "[DONE]"; }
    QString text() const { return QString::fromUtf8(data); }

    friend bool operator==(const SseEvent &, const SseEvent &) = default;
};
