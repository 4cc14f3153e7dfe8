#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// `tally-cli conversations list | export ID --format md|json|csv [--output FILE] | import FILE`:
// the conversation database from the command line, shared with the app.
class ConversationsCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ConversationsCommand)

public:
    explicit ConversationsCommand(QTextStream &err);
    int run(const QStringList &arguments);

private:
    QTextStream &m_err;
};
