#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// `tally-cli models`: lists the model ids the provider offers, one per line on stdout.
class ModelsCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ModelsCommand)

public:
    explicit ModelsCommand(QTextStream &err)
        : m_err(err)
    {
    }
    int run(const QStringList &arguments);

private:
    QTextStream &m_err;
};
