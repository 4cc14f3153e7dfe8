#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// `tally-cli key set NAME | delete NAME | status NAME`: a profile's API key in the OS keychain.
// `set` reads the key from stdin (never from the command line, where `ps` would show it), with
// echo off when stdin is a terminal.
class KeyCommand final
{
    Q_DECLARE_TR_FUNCTIONS(KeyCommand)

public:
    explicit KeyCommand(QTextStream &err);
    int run(const QStringList &arguments);

private:
    QString readKey();
    QTextStream &m_err;
};
