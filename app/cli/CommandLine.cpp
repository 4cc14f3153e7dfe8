#include "CommandLine.h"

#include "ExitCode.h"
#include "StandardOutput.h"
#include "TerminalFilter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace CommandLine {

QString rawDescription()
{
    return QCoreApplication::translate("CommandLine",
                                       "Write replies, titles and messages as they came, control characters and escape "
                                       "sequences included. Without it they are shown as visible signs when the output "
                                       "is a terminal; pipes and files always get them unchanged.");
}

std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, QTextStream &err)
{
    const QCommandLineOption raw(QStringLiteral("raw"), rawDescription());
    parser.addOption(raw);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return ExitCode::Usage;
    }
    if (parser.isSet(raw))
        TerminalFilter::setRaw(true);
    if (parser.isSet(QStringLiteral("help"))) {
        StandardOutput::write(parser.helpText());
        return ExitCode::Ok;
    }
    return std::nullopt;
}

std::optional<int> refuseArguments(const QCommandLineParser &parser, const QString &message, QTextStream &err)
{
    if (parser.positionalArguments().isEmpty())
        return std::nullopt;
    err << message.arg(parser.positionalArguments().first()) << '\n';
    return ExitCode::Usage;
}

} // namespace CommandLine
