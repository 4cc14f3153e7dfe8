#pragma once

#include "ExitCode.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

// The start every tally-cli command shares: parse its arguments (every command takes --raw),
// print the parser's error to stderr (exit 2) or its help to stdout (exit 0). Returns the exit
// code when the command is done already, nothing when it should go on.
namespace CommandLine {

std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, QTextStream &err);

// The same for a command whose arguments are all read into an options value (one with
// declare() and read()): with its description and --help, then `options` read and checked,
// their error printed to stderr (exit 2).
template<typename Options>
std::optional<int> parseInto(Options &options, const QString &description, const QStringList &arguments,
                             QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    Options::declare(parser);
    if (const std::optional<int> done = parse(parser, arguments, err))
        return done;
    QString error;
    if (!options.read(parser, &error)) {
        err << error << '\n';
        return ExitCode::Usage;
    }
    return std::nullopt;
}

// For a command that takes no positional arguments: when there is one, prints `message` (the
// command's words, %1 the argument) to stderr and returns the exit code.
std::optional<int> refuseArguments(const QCommandLineParser &parser, const QString &message, QTextStream &err);
// What --raw does, for every --help.
QString rawDescription();

} // namespace CommandLine
