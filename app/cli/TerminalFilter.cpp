#include "TerminalFilter.h"

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

bool g_raw = false;

constexpr char kReplacement[] = "\xEF\xBF\xBD"; // U+FFFD

// U+2400 + c (Control Pictures), in UTF-8: E2 90 80+c for c < 0x20; ␡ (U+2421) for DEL.
void appendPicture(QByteArray &out, unsigned char c)
{
    out.append('\xE2');
    out.append('\x90');
    out.append(char(c == 0x7F ? 0xA1 : 0x80 + c));
}

} // namespace

void TerminalFilter::write(FILE *stream, QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return; // an empty view may hold a null pointer, which fwrite must never be given
    if (shouldFilter(stream)) {
        const QByteArray safe = filter(bytes);
        std::fwrite(safe.constData(), 1, size_t(safe.size()), stream);
    } else {
        std::fwrite(bytes.data(), 1, size_t(bytes.size()), stream);
    }
    std::fflush(stream);
}

bool TerminalFilter::shouldFilter(FILE *stream)
{
    if (g_raw)
        return false;
#ifdef Q_OS_UNIX
    return ::isatty(::fileno(stream));
#else
    Q_UNUSED(stream);
    return false; // a Windows console does not interpret these without virtual terminal mode
#endif
}

void TerminalFilter::setRaw(bool raw)
{
    g_raw = raw;
}

bool TerminalFilter::isRaw()
{
    return g_raw;
}

QByteArray TerminalFilter::filter(QByteArrayView utf8)
{
    QByteArray out;
    out.reserve(utf8.size() + 8);
    qsizetype i = 0;
    if (m_pendingLead) {
        m_pendingLead = false;
        if (!utf8.isEmpty() && (unsigned char)utf8.front() >= 0x80 && (unsigned char)utf8.front() <= 0x9F) {
            out.append(kReplacement);
            i = 1;
        } else {
            out.append('\xC2');
        }
    }
    for (; i < utf8.size(); ++i) {
        const auto c = (unsigned char)utf8.at(i);
        if (c == '\n' || c == '\t') {
            out.append(char(c));
        } else if (c == '\r') {
            if (i + 1 < utf8.size() && utf8.at(i + 1) == '\n')
                out.append('\r'); // a line end, not a way to overwrite the line
            else
                appendPicture(out, c);
        } else if (c < 0x20 || c == 0x7F) {
            appendPicture(out, c);
        } else if (c == 0xC2) {
            if (i + 1 == utf8.size()) {
                m_pendingLead = true; // decided by the next piece
            } else if ((unsigned char)utf8.at(i + 1) >= 0x80 && (unsigned char)utf8.at(i + 1) <= 0x9F) {
                out.append(kReplacement);
                ++i;
            } else {
                out.append(char(c));
            }
        } else {
            out.append(char(c));
        }
    }
    return out;
}
