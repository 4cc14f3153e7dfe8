#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class ChatStream;
class CostEstimate;
class EndpointOptions;
class QTextStream;
struct ChatOptions;
struct ChatResult;

// `tally-cli chat [PROMPT]`: sends one prompt (from the argument or stdin), streams the answer
// to stdout byte for byte, diagnostics to stderr, optionally writes the stats JSON, and returns
// the exit code of the brief's contract. In three steps: parse the options into a value
// (ChatOptions) and check them, then execute: build the request, record it with --save
// (ChatRecorder), stream and report.
class ChatCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ChatCommand)

public:
    explicit ChatCommand(QTextStream &err)
        : m_err(err)
    {
    }
    // `arguments` starts with the program name, followed by the command's own arguments.
    int run(const QStringList &arguments);

private:
    // The prompt of the arguments, or else stdin's; nothing (with the message printed) when
    // there is none.
    std::optional<QString> readPrompt(const QString &fromArguments);
    int execute(const ChatOptions &options, const EndpointOptions &endpoint, const QString &prompt);
    // Streams the reply to stdout (reasoning to stderr when asked) until the stream ends.
    ChatResult streamReply(ChatStream *stream, bool showReasoning);
    // What stderr and --stats-json get once the reply ended.
    void report(const ChatResult &result, const CostEstimate &cost, const ChatOptions &options,
                const EndpointOptions &endpoint);

    QTextStream &m_err;
};
