#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

// The options of `tally-cli chat` as a value: declared on the parser, then read and checked in
// one place, so the command only sends and reports. The endpoint options (--profile,
// --base-url, --api-key-env) are EndpointOptions'. The prompt from stdin is the command's: this
// value only holds what the arguments say.
struct ChatOptions
{
    Q_DECLARE_TR_FUNCTIONS(ChatOptions)

public:
    bool save = false;      // --save: record the exchange in the conversation database
    qint64 saveInto = 0;    // --save ID: continue conversation ID (0: start one)
    std::optional<QString> model;
    std::optional<QString> systemPrompt;
    std::optional<double> temperature;
    std::optional<int> maxTokens;
    bool stream = true;
    std::optional<QString> statsFile; // --stats-json FILE
    bool showReasoning = false;
    QString prompt;         // the positional arguments joined; empty: read stdin

    // "--save [ID]" takes an optional value, which QCommandLineParser cannot express: this takes
    // it out of `arguments` into `save` and `saveInto` and returns the rest for the parser.
    // "--save 42" and "--save=42" continue conversation 42; a bare "--save" starts one. Nothing
    // with a message in `error` when "--save=" is followed by anything but a conversation id.
    std::optional<QStringList> takeSave(const QStringList &arguments, QString *error);
    static void declare(QCommandLineParser &parser);
    // Reads what declare() declared; false with a message naming the first bad value.
    bool read(const QCommandLineParser &parser, QString *error);
};
