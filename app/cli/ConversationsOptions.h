#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QCommandLineParser;

// The arguments of `tally-cli conversations` as a value: the action, its one argument (an id to
// export, a file to import) and the export format and destination. Read and checked in one
// place, before the database is opened, so the command only acts.
struct ConversationsOptions
{
    Q_DECLARE_TR_FUNCTIONS(ConversationsOptions)

public:
    enum class Action { List, Export, Import };
    enum class Format { Markdown, Json, UsageCsv };

    Action action = Action::List;
    qint64 id = 0;                  // export
    QString file;                   // import
    Format format = Format::Markdown;
    std::optional<QString> output;  // --output FILE; stdout without it

    static void declare(QCommandLineParser &parser);
    // Reads what declare() declared; false with a message for an unknown action, a missing or
    // extra argument, an id that is not a number, or an unknown format.
    bool read(const QCommandLineParser &parser, QString *error);
};
