#include "ConsoleDevice.h"

ConsoleDevice::ConsoleDevice(FILE *stream)
    : m_stream(stream)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 ConsoleDevice::readData(char *, qint64)
{
    return -1;
}

qint64 ConsoleDevice::writeData(const char *data, qint64 size)
{
    const QByteArrayView bytes(data, size);
    if (TerminalFilter::shouldFilter(m_stream)) {
        const QByteArray safe = m_filter.filter(bytes);
        std::fwrite(safe.constData(), 1, size_t(safe.size()), m_stream);
    } else {
        std::fwrite(bytes.data(), 1, size_t(bytes.size()), m_stream);
    }
    std::fflush(m_stream);
    return size;
}
