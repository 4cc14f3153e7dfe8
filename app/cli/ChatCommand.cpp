#include "ChatCommand.h"

#include "EndpointOptions.h"
#include "ExitCode.h"
#include "InterruptWatcher.h"
#include "StatsReport.h"

#include "api/ChatStream.h"
#include "api/ProviderClient.h"
#include "pricing/PriceTable.h"

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

// Raw UTF-8 to stdout, flushed per delta so a pipe sees the reply as it streams.
void writeOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace

ChatCommand::ChatCommand(QTextStream &err)
    : m_err(err)
{
}

int ChatCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Send a prompt and stream the reply to stdout."));
    parser.addHelpOption();
    EndpointOptions endpoint;
    endpoint.addTo(parser);
    const QCommandLineOption modelOption(QStringLiteral("model"),
                                         tr("Model id (default %1).").arg(EndpointOptions::defaultModel()),
                                         QStringLiteral("ID"));
    const QCommandLineOption systemOption(QStringLiteral("system"), tr("System prompt."), QStringLiteral("TEXT"));
    const QCommandLineOption temperatureOption(QStringLiteral("temperature"), tr("Sampling temperature, 0 to 2."),
                                               QStringLiteral("T"));
    const QCommandLineOption maxTokensOption(QStringLiteral("max-tokens"), tr("Maximum reply length in tokens."),
                                             QStringLiteral("N"));
    const QCommandLineOption noStreamOption(QStringLiteral("no-stream"), tr("One request without streaming."));
    const QCommandLineOption statsOption(QStringLiteral("stats-json"),
                                         tr("Write the stats object to FILE when done, even on failure."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption reasoningOption(QStringLiteral("show-reasoning"),
                                             tr("Print the model's reasoning text to stderr."));
    for (const QCommandLineOption &option : {modelOption, systemOption, temperatureOption, maxTokensOption,
                                             noStreamOption, statsOption, reasoningOption})
        parser.addOption(option);
    parser.addPositionalArgument(QStringLiteral("prompt"), tr("The prompt; read from stdin when absent."),
                                 QStringLiteral("[PROMPT]"));

    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << '\n';
        return ExitCode::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        return ExitCode::Ok;
    }

    QString error;
    if (!endpoint.read(parser, &error)) {
        m_err << error << '\n';
        return ExitCode::Usage;
    }

    ChatRequest request;
    request.baseUrl = endpoint.baseUrl();
    request.apiKey = endpoint.apiKey();
    request.keyRequired = endpoint.keyRequired();
    request.model = parser.isSet(modelOption) ? parser.value(modelOption) : EndpointOptions::defaultModel();
    request.stream = !parser.isSet(noStreamOption);
    if (parser.isSet(temperatureOption)) {
        bool ok = false;
        const double temperature = parser.value(temperatureOption).toDouble(&ok);
        if (!ok || temperature < 0 || temperature > 2) {
            m_err << tr("--temperature must be a number from 0 to 2.") << '\n';
            return ExitCode::Usage;
        }
        request.temperature = temperature;
    }
    if (parser.isSet(maxTokensOption)) {
        bool ok = false;
        const int maxTokens = parser.value(maxTokensOption).toInt(&ok);
        if (!ok || maxTokens < 1) {
            m_err << tr("--max-tokens must be a whole number of at least 1.") << '\n';
            return ExitCode::Usage;
        }
        request.maxTokens = maxTokens;
    }

    QString prompt = parser.positionalArguments().join(u' ');
    if (prompt.isEmpty()) {
        if (stdinIsTerminal()) {
            m_err << tr("No prompt: give it as an argument or on stdin.") << '\n';
            return ExitCode::Usage;
        }
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            m_err << tr("Cannot read stdin: %1").arg(in.errorString()) << '\n';
            return ExitCode::Usage;
        }
        prompt = QString::fromUtf8(in.readAll());
    }
    if (prompt.trimmed().isEmpty()) {
        m_err << tr("The prompt is empty.") << '\n';
        return ExitCode::Usage;
    }
    if (parser.isSet(systemOption))
        request.messages.append(ChatMessage::system(parser.value(systemOption)));
    request.messages.append(ChatMessage::user(prompt));

    QNetworkAccessManager network;
    ProviderClient client(&network);
    ChatStream *stream = client.createChat(request);
    const bool showReasoning = parser.isSet(reasoningOption);
    QObject::connect(stream, &ChatStream::contentDelta, stream, &writeOut);
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
        writeOut(QStringLiteral("\n")); // only for people: a pipe gets the reply byte for byte

    const std::optional<ModelPrice> price = PriceTable::bundled().find(QString(), result.stats.model);
    const CostEstimate cost = result.stats.reportedCost
        ? CostEstimate::reported(*result.stats.reportedCost, QStringLiteral("USD"))
        : CostEstimate::estimate(result.stats.usage, price);

    if (result.error.isError() && result.error.kind() != ApiError::Kind::Cancelled)
        m_err << result.error.fullMessage() << '\n';
    if (parser.isSet(statsOption)) {
        QString writeError;
        if (!StatsReport::write(parser.value(statsOption), StatsReport::build(result, cost), &writeError))
            m_err << tr("Could not write the stats to %1: %2").arg(parser.value(statsOption), writeError) << '\n';
    }
    m_err.flush();
    return ExitCode::forResult(result);
}
