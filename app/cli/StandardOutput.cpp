#include "StandardOutput.h"

#include "TerminalFilter.h"

#include <cstdio>

namespace StandardOutput {

void write(QByteArrayView bytes)
{
    // One filter for the whole run: a C1 control may be split between two writes.
    static TerminalFilter filter;
    filter.write(stdout, bytes);
}

void write(const QString &text)
{
    write(QByteArrayView(text.toUtf8()));
}

} // namespace StandardOutput
