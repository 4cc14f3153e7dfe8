#pragma once

#include "TerminalFilter.h"

#include <QIODevice>

#include <cstdio>

// tally-cli's stderr (and the stdout of its help and version texts) as a QIODevice for
// QTextStream: writes go straight to the C stream, through a TerminalFilter when that stream is
// a terminal, so no message, title or provider error can drive the terminal.
class ConsoleDevice final : public QIODevice
{
public:
    explicit ConsoleDevice(FILE *stream);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    FILE *m_stream = nullptr;
    TerminalFilter m_filter;
};
