#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstdio>

// Makes text safe for a terminal. A reply, a title or a provider's error can carry control
// characters and escape sequences (clear the screen, set the window title, write the clipboard
// with OSC 52, hide a link with OSC 8); a terminal would obey them. This replaces, in UTF-8 as
// it streams out, each C0 control other than tab and newline (a carriage return too, unless a
// newline follows it in the same piece) with its visible Control Pictures sign (ESC shows as ␛,
// so an escape sequence prints as harmless text), DEL with ␡, and the C1 controls
// U+0080..U+009F with U+FFFD. tally-cli does this only for a stream that is a terminal, and not
// with --raw: pipes and files get the bytes as they came.
class TerminalFilter final
{
public:
    QByteArray filter(QByteArrayView utf8);
    // Writes `bytes` to `stream` and flushes it: through this filter when shouldFilter(stream),
    // else as they are.
    void write(FILE *stream, QByteArrayView bytes);

    // True when `stream` is a terminal and --raw was not given.
    static bool shouldFilter(FILE *stream);
    static void setRaw(bool raw);
    static bool isRaw();

private:
    bool m_pendingLead = false; // the last piece ended in 0xC2: a C1 control may follow
};
