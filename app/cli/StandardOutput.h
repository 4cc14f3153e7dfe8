#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// tally-cli's stdout: the answer and command results only, as UTF-8 bytes (no newline
// translation, no encoding guesses), flushed at once so a pipe sees a streaming reply as it grows.
// A terminal gets them through a TerminalFilter (unless --raw); a pipe or a file byte for byte.
namespace StandardOutput {

void write(QByteArrayView bytes);
inline void write(const QByteArray &bytes) { write(QByteArrayView(bytes)); }
inline void write(const char *text) { write(QByteArrayView(text)); }
void write(const QString &text);

} // namespace StandardOutput
