#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;
struct ProviderProfile;

// `tally-cli key set NAME | delete NAME | status NAME`: a profile's API key in the OS keychain.
// `set` reads the key from stdin (never from the command line, where `ps` would show it), with
// echo off when stdin is a terminal. The arguments are read into a value (KeyOptions) and
// checked; then each action is one method.
class KeyCommand final
{
    Q_DECLARE_TR_FUNCTIONS(KeyCommand)

public:
    explicit KeyCommand(QTextStream &err)
        : m_err(err)
    {
    }
    int run(const QStringList &arguments);

private:
    int status(const ProviderProfile &profile);
    int remove(const ProviderProfile &profile);
    int store(const ProviderProfile &profile);
    QString readKey();

    QTextStream &m_err;
};
