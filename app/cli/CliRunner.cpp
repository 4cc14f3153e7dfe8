#include "CliRunner.h"

#include "app/AppInfo.h"

#include <QCommandLineParser>
#include <QTextStream>

CliRunner::CliRunner(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

QString CliRunner::usage() const
{
    return tr("Usage: tally-cli [--help] [--version] COMMAND [OPTIONS]\n"
              "\n"
              "Tally's command-line companion: it shares profiles, the keychain and the "
              "conversation database with the Tally app.\n"
              "\n"
              "Options:\n"
              "  -h, --help       Show this help and exit.\n"
              "  -v, --version    Show the version and exit.\n");
}

int CliRunner::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    // Options after the command belong to the command, so stop at the first positional argument.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show help."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           tr("Show the version."));
    parser.addOption(helpOption);
    parser.addOption(versionOption);
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run."));

    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << '\n' << usage();
        m_err.flush();
        return UsageError;
    }
    if (parser.isSet(versionOption)) {
        m_out << AppInfo::versionLine() << '\n';
        return Ok;
    }
    if (parser.isSet(helpOption)) {
        m_out << usage();
        return Ok;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        m_err << tr("No command given.") << '\n' << usage();
        return UsageError;
    }
    m_err << tr("Unknown command: %1").arg(positional.first()) << '\n' << usage();
    return UsageError;
}
