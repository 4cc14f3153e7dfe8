#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// `tally-cli profiles list | show NAME | add NAME --base-url URL [--model ID] [--preset P] |
// remove NAME | default NAME`: the provider profiles the app uses, from the command line.
class ProfilesCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ProfilesCommand)

public:
    explicit ProfilesCommand(QTextStream &err);
    int run(const QStringList &arguments);

private:
    QTextStream &m_err;
};
