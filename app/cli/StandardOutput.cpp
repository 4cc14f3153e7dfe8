#include "StandardOutput.h"

#include <cstdio>

namespace StandardOutput {

void write(QByteArrayView bytes)
{
    std::fwrite(bytes.data(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void write(const QString &text)
{
    write(QByteArrayView(text.toUtf8()));
}

} // namespace StandardOutput
