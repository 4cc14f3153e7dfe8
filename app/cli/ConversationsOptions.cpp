#include "ConversationsOptions.h"

#include <QCommandLineParser>
#include <QStringList>

void ConversationsOptions::declare(QCommandLineParser &parser)
{
    parser.addOptions({
        QCommandLineOption(QStringLiteral("format"), tr("Export format: md, json or csv (usage)."),
                           QStringLiteral("FORMAT"), QStringLiteral("md")),
        QCommandLineOption(QStringLiteral("output"), tr("Write to FILE instead of stdout."), QStringLiteral("FILE")),
    });
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, export ID or import FILE."));
}

bool ConversationsOptions::read(const QCommandLineParser &parser, QString *error)
{
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    if (verb != u"list" && verb != u"export" && verb != u"import") {
        *error = tr("Say what to do: list, export ID or import FILE.");
        return false;
    }
    action = verb == u"list" ? Action::List : verb == u"export" ? Action::Export : Action::Import;
    if (action != Action::List && positional.size() != 2) {
        *error = tr("%1 needs exactly one argument.").arg(verb);
        return false;
    }
    const QString name = parser.value(QStringLiteral("format"));
    if (name != u"md" && name != u"json" && name != u"csv") {
        *error = tr("--format must be md, json or csv.");
        return false;
    }
    format = name == u"json" ? Format::Json : name == u"csv" ? Format::UsageCsv : Format::Markdown;
    if (parser.isSet(QStringLiteral("output")))
        output = parser.value(QStringLiteral("output"));
    if (action == Action::Import)
        file = positional.at(1);
    if (action == Action::Export) {
        bool ok = false;
        id = positional.at(1).toLongLong(&ok);
        if (!ok) {
            *error = tr("\"%1\" is not a conversation id (see `tally-cli conversations list`).").arg(positional.at(1));
            return false;
        }
    }
    return true;
}
