#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// Parses `tally-cli [global options] COMMAND [options]` and runs the command. Exit codes follow
// the contract in the product brief (0 ok, 2 usage or configuration error, ...).
class CliRunner final
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)

public:
    enum ExitCode : int {
        Ok = 0,
        UsageError = 2,
    };

    CliRunner(QTextStream &out, QTextStream &err);

    // Runs with the full argument list (argv[0] first) and returns the process exit code.
    int run(const QStringList &arguments);

private:
    QString usage() const;

    QTextStream &m_out;
    QTextStream &m_err;
};
