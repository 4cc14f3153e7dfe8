#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;
class QTextStream;

// The start every tally-cli command shares: parse its arguments (every command takes --raw),
// print the parser's error to stderr (exit 2) or its help to stdout (exit 0). Returns the exit
// code when the command is done already, nothing when it should go on.
namespace CommandLine {

std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, QTextStream &err);
// What --raw does, for every --help.
QString rawDescription();

} // namespace CommandLine
