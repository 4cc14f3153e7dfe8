#include "ChatCommand.h"

#include "ChatOptions.h"
#include "ChatRecorder.h"
#include "CommandLine.h"
#include "EndpointOptions.h"
#include "ExitCode.h"
#include "InterruptWatcher.h"
#include "StandardOutput.h"
#include "StatsReport.h"

#include "api/ChatStream.h"
#include "api/ProviderClient.h"
#include "chat/ReplyCost.h"
#include "pricing/PriceTable.h"
#include "settings/AppSettings.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDIN_FILENO);
#else
    return false;
#endif
}

bool stdoutIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDOUT_FILENO);
#else
    return false;
#endif
}

// The request without its messages: the profile's endpoint and key, the options, and the limits
// set in Settings, as the app applies them.
ChatRequest requestFor(const ChatOptions &options, const EndpointOptions &endpoint, const AppSettings &settings)
{
    ChatRequest request;
    if (options.model)
        request.model = *options.model;
    request.applyProfile(endpoint.profile()); // URL, key rules, headers, and the default model
    request.apiKey = endpoint.apiKey();
    request.stream = options.stream;
    request.idleTimeoutMs = settings.value(AppSettings::IdleTimeoutSeconds) * 1000;
    request.totalTimeoutMs = settings.value(AppSettings::RequestTimeoutSeconds) * 1000;
    request.maxReplyBytes = settings.replyLimitBytes();
    request.temperature = options.temperature;
    request.maxTokens = options.maxTokens;
    return request;
}

} // namespace

int ChatCommand::run(const QStringList &rawArguments)
{
    ChatOptions options;
    QString error;
    const std::optional<QStringList> arguments = options.takeSave(rawArguments, &error);
    if (!arguments) {
        m_err << error << '\n';
        return ExitCode::Usage;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Send a prompt and stream the reply to stdout."));
    parser.addHelpOption();
    EndpointOptions endpoint;
    endpoint.addTo(parser);
    ChatOptions::declare(parser);
    if (const std::optional<int> done = CommandLine::parse(parser, *arguments, m_err))
        return *done;
    if (!options.read(parser, &error) || !endpoint.read(parser, &error)) {
        m_err << error << '\n';
        return ExitCode::Usage;
    }
    const std::optional<QString> prompt = readPrompt(options.prompt);
    if (!prompt)
        return ExitCode::Usage;
    return execute(options, endpoint, *prompt);
}

std::optional<QString> ChatCommand::readPrompt(const QString &fromArguments)
{
    QString prompt = fromArguments;
    if (prompt.isEmpty()) {
        if (stdinIsTerminal()) {
            m_err << tr("No prompt: give it as an argument or on stdin.") << '\n';
            return std::nullopt;
        }
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            m_err << tr("Cannot read stdin: %1").arg(in.errorString()) << '\n';
            return std::nullopt;
        }
        prompt = QString::fromUtf8(in.readAll());
    }
    if (prompt.trimmed().isEmpty()) {
        m_err << tr("The prompt is empty.") << '\n';
        return std::nullopt;
    }
    return prompt;
}

int ChatCommand::execute(const ChatOptions &options, const EndpointOptions &endpoint, const QString &prompt)
{
    const AppSettings settings;
    ChatRequest request = requestFor(options, endpoint, settings);
    // With --save the reply goes into the conversation database, the same one the app uses.
    std::optional<ChatRecorder> recorder;
    if (options.save) {
        Conversation fresh;
        fresh.title = prompt.simplified().left(60);
        fresh.model = request.model;
        fresh.systemPrompt = options.systemPrompt.value_or(QString());
        recorder.emplace(m_err);
        if (const std::optional<int> failed = recorder->open(options.saveInto, fresh))
            return *failed;
    }
    const QString systemPrompt = options.systemPrompt ? *options.systemPrompt
                                 : recorder           ? recorder->conversation().systemPrompt
                                                      : QString();
    if (!systemPrompt.isEmpty())
        request.messages.append(ChatMessage::system(systemPrompt));
    if (recorder)
        request.messages += recorder->history(); // continuing: the earlier turns are the context
    request.messages.append(ChatMessage::user(prompt));
    if (recorder) {
        if (const std::optional<int> failed = recorder->checkBudget())
            return *failed;
        if (const std::optional<int> failed = recorder->addExchange(prompt, request.model))
            return *failed;
    }

    QStringList priceProblems;
    const PriceTable prices = settings.priceTable(&priceProblems); // the user's edited prices, as in the app
    for (const QString &problem : std::as_const(priceProblems))
        m_err << problem << '\n';
    const auto costOf = [&prices, provider = request.provider](const ChatResult &finished) {
        return ReplyCost::of(finished, prices, provider);
    };

    QNetworkAccessManager network;
    EndpointOptions::applyProxy(network);
    ProviderClient client(&network);
    RetryPolicy policy = client.retryPolicy();
    policy.maxRetries = settings.value(AppSettings::Retries);
    client.setRetryPolicy(policy);
    ChatStream *stream = client.createChat(request);
    if (recorder)
        recorder->follow(stream, costOf);
    const ChatResult result = streamReply(stream, options.showReasoning);

    const CostEstimate cost = costOf(result);
    int exitCode = ExitCode::forResult(result);
    if (recorder && !recorder->report(result) && exitCode == ExitCode::Ok)
        exitCode = ExitCode::Failure;
    report(result, cost, options, endpoint);
    return exitCode;
}

ChatResult ChatCommand::streamReply(ChatStream *stream, bool showReasoning)
{
    QObject::connect(stream, &ChatStream::contentDelta, stream, [](const QString &text) { StandardOutput::write(text); });
    QObject::connect(stream, &ChatStream::reasoningDelta, stream, [this, showReasoning](const QString &text) {
        if (showReasoning) {
            m_err << text;
            m_err.flush();
        }
    });
    QObject::connect(stream, &ChatStream::retryScheduled, stream,
                     [this](int retry, qint64 delayMs, const ApiError &failure) {
                         m_err << tr("%1 Retrying in %2 s (retry %3).")
                                      .arg(failure.fullMessage())
                                      .arg(delayMs / 1000.0, 0, 'f', 1)
                                      .arg(retry)
                               << '\n';
                         m_err.flush();
                     });

    ChatResult result;
    QEventLoop loop; // tally-cli's only event loop: nothing else runs while it waits
    QObject::connect(stream, &ChatStream::replyFinished, &loop, [&](const ChatResult &finished) {
        result = finished;
        loop.quit();
    });
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, stream, &ChatStream::cancel);
    stream->start();
    if (stream->isRunning())
        loop.exec();

    if (!result.content.isEmpty() && stdoutIsTerminal() && !result.content.endsWith(u'\n'))
        StandardOutput::write(QByteArrayView("\n")); // only for people: a pipe gets the reply byte for byte
    return result;
}

void ChatCommand::report(const ChatResult &result, const CostEstimate &cost, const ChatOptions &options,
                         const EndpointOptions &endpoint)
{
    for (const QString &warning : std::as_const(result.warnings))
        m_err << warning << '\n';
    if (result.error.isError() && result.error.kind() != ApiError::Kind::Cancelled)
        m_err << result.error.fullMessage() << '\n';
    if (result.error.kind() == ApiError::Kind::MissingKey && !endpoint.keyProblem().isEmpty())
        m_err << endpoint.keyProblem() << '\n';
    if (options.statsFile) {
        QString writeError;
        if (!StatsReport::write(*options.statsFile, StatsReport::build(result, cost), &writeError))
            m_err << tr("Could not write the stats to %1: %2").arg(*options.statsFile, writeError) << '\n';
    }
    m_err.flush();
}
