#include "ChatOptions.h"

#include <QCommandLineParser>
#include <QRegularExpression>

std::optional<QStringList> ChatOptions::takeSave(const QStringList &arguments, QString *error)
{
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--save") {
            save = true;
            if (i + 1 < arguments.size() && digits.match(arguments.at(i + 1)).hasMatch())
                saveInto = arguments.at(++i).toLongLong();
        } else if (argument.startsWith(QStringLiteral("--save="))) {
            save = true;
            bool ok = false;
            saveInto = argument.mid(7).toLongLong(&ok);
            if (!ok || saveInto <= 0) {
                *error = tr("--save takes a conversation id (a number), not \"%1\".").arg(argument.mid(7));
                return std::nullopt;
            }
        } else {
            rest << argument;
        }
    }
    return rest;
}

void ChatOptions::declare(QCommandLineParser &parser)
{
    parser.addOptions({
        QCommandLineOption(QStringLiteral("model"), tr("Model id (default: the profile's default model)."),
                           QStringLiteral("ID")),
        QCommandLineOption(QStringLiteral("system"), tr("System prompt."), QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("temperature"), tr("Sampling temperature, 0 to 2."), QStringLiteral("T")),
        QCommandLineOption(QStringLiteral("max-tokens"), tr("Maximum reply length in tokens."), QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("no-stream"), tr("One request without streaming.")),
        QCommandLineOption(QStringLiteral("stats-json"), tr("Write the stats object to FILE when done, even on failure."),
                           QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("show-reasoning"), tr("Print the model's reasoning text to stderr.")),
    });
    parser.addPositionalArgument(QStringLiteral("prompt"), tr("The prompt; read from stdin when absent."),
                                 QStringLiteral("[PROMPT]"));
}

bool ChatOptions::read(const QCommandLineParser &parser, QString *error)
{
    if (parser.isSet(QStringLiteral("temperature"))) {
        bool ok = false;
        const double value = parser.value(QStringLiteral("temperature")).toDouble(&ok);
        if (!ok || !(value >= 0 && value <= 2)) { // "nan" reads as a number
            *error = tr("--temperature must be a number from 0 to 2.");
            return false;
        }
        temperature = value;
    }
    if (parser.isSet(QStringLiteral("max-tokens"))) {
        bool ok = false;
        const int value = parser.value(QStringLiteral("max-tokens")).toInt(&ok);
        if (!ok || value < 1) {
            *error = tr("--max-tokens must be a whole number of at least 1.");
            return false;
        }
        maxTokens = value;
    }
    if (parser.isSet(QStringLiteral("model")))
        model = parser.value(QStringLiteral("model"));
    if (parser.isSet(QStringLiteral("system")))
        systemPrompt = parser.value(QStringLiteral("system"));
    stream = !parser.isSet(QStringLiteral("no-stream"));
    if (parser.isSet(QStringLiteral("stats-json")))
        statsFile = parser.value(QStringLiteral("stats-json"));
    showReasoning = parser.isSet(QStringLiteral("show-reasoning"));
    prompt = parser.positionalArguments().join(u' ');
    return true;
}
