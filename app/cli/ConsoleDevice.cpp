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
    m_filter.write(m_stream, QByteArrayView(data, size));
    return size;
}
