#pragma once

#include <QCoreApplication>
#include <QStringList>

class ConversationStore;
class QTextStream;
struct ConversationsOptions;

// `tally-cli conversations list | export ID --format md|json|csv [--output FILE] | import FILE`:
// the conversation database from the command line, shared with the app. The arguments are read
// into a value (ConversationsOptions) and checked; then the database is opened and each action
// is one method.
class ConversationsCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ConversationsCommand)

public:
    explicit ConversationsCommand(QTextStream &err)
        : m_err(err)
    {
    }
    int run(const QStringList &arguments);

private:
    int list(ConversationStore &store);
    int importFile(ConversationStore &store, const QString &fileName);
    int exportOne(ConversationStore &store, const ConversationsOptions &options);

    QTextStream &m_err;
};
