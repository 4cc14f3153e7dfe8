#include "CommandLine.h"

#include "ExitCode.h"
#include "StandardOutput.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace CommandLine {

std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, QTextStream &err)
{
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return ExitCode::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        StandardOutput::write(parser.helpText());
        return ExitCode::Ok;
    }
    return std::nullopt;
}

} // namespace CommandLine
