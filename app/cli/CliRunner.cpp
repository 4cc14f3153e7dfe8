#include "CliRunner.h"

#include "BenchCommand.h"
#include "ChatCommand.h"
#include "CommandLine.h"
#include "ConversationsCommand.h"
#include "KeyCommand.h"
#include "ProfilesCommand.h"
#include "TerminalFilter.h"
#include "ModelsCommand.h"
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
              "Commands:\n"
              "  chat [PROMPT]    Send a prompt; the reply streams to stdout.\n"
              "  models           List the provider's models.\n"
              "  bench            Benchmark a provider: latency, throughput, errors and cost.\n"
              "  conversations    list | export ID --format md|json|csv | import FILE\n"
              "  profiles         list | show NAME | add NAME --base-url URL | remove NAME | default NAME\n"
              "  key              set NAME (key on stdin) | delete NAME | status NAME\n"
              "\n"
              "Options:\n"
              "  -h, --help       Show this help and exit.\n"
              "  -v, --version    Show the version and exit.\n"
              "  --raw            Write replies, titles and messages as they came, control characters\n"
              "                   and escape sequences included (every command takes it too). Without\n"
              "                   it they are shown as visible signs when the output is a terminal;\n"
              "                   pipes and files always get them unchanged.\n"
              "\n"
              "Run `tally-cli COMMAND --help` for a command's options.\n");
}

int CliRunner::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    // Options after the command belong to the command, so stop at the first positional argument.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show help."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           tr("Show the version."));
    const QCommandLineOption rawOption(QStringLiteral("raw"), CommandLine::rawDescription());
    parser.addOption(helpOption);
    parser.addOption(versionOption);
    parser.addOption(rawOption);
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run."));

    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << '\n' << usage();
        m_err.flush();
        return UsageError;
    }
    if (parser.isSet(rawOption))
        TerminalFilter::setRaw(true);
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
    // The command parses its own options: hand it "tally-cli COMMAND" as its program name.
    const QString command = positional.first();
    QStringList commandArguments{arguments.value(0) + u' ' + command};
    commandArguments += positional.mid(1);
    if (command == u"chat")
        return ChatCommand(m_err).run(commandArguments);
    if (command == u"models")
        return ModelsCommand(m_err).run(commandArguments);
    if (command == u"bench")
        return BenchCommand(m_err).run(commandArguments);
    if (command == u"conversations")
        return ConversationsCommand(m_err).run(commandArguments);
    if (command == u"profiles")
        return ProfilesCommand(m_err).run(commandArguments);
    if (command == u"key")
        return KeyCommand(m_err).run(commandArguments);

    m_err << tr("Unknown command: %1").arg(command) << '\n' << usage();
    return UsageError;
}
