#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// `tally-cli chat [PROMPT]`: sends one prompt (from the argument or stdin), streams the answer
// to stdout byte for byte, diagnostics to stderr, optionally writes the stats JSON, and returns
// the exit code of the brief's contract.
class ChatCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ChatCommand)

public:
    explicit ChatCommand(QTextStream &err);
    // `arguments` starts with the program name, followed by the command's own arguments.
    int run(const QStringList &arguments);

private:
    QTextStream &m_err;
};
