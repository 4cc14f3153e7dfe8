#include "StandardOutput.h"

#include "TerminalFilter.h"

#include <cstdio>

namespace StandardOutput {

void write(QByteArrayView bytes)
{
    // One filter for the whole run: a C1 control may be split between two writes.
    static TerminalFilter filter;
    if (TerminalFilter::shouldFilter(stdout)) {
        const QByteArray safe = filter.filter(bytes);
        std::fwrite(safe.constData(), 1, size_t(safe.size()), stdout);
    } else {
        std::fwrite(bytes.data(), 1, size_t(bytes.size()), stdout);
    }
    std::fflush(stdout);
}

void write(const QString &text)
{
    write(QByteArrayView(text.toUtf8()));
}

} // namespace StandardOutput
