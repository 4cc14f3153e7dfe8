#include "ChatCommand.h"

#include "EndpointOptions.h"
#include "settings/AppSettings.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "InterruptWatcher.h"
#include "StandardOutput.h"
#include "StatsReport.h"

#include "api/ChatStream.h"
#include "api/ProviderClient.h"
#include "pricing/PriceTable.h"
#include "store/ConversationStore.h"
#include "store/Database.h"
#include "chat/ReplySaver.h"
#include "chat/SpendingGuard.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
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

} // namespace

ChatCommand::ChatCommand(QTextStream &err)
    : m_err(err)
{
}

int ChatCommand::run(const QStringList &rawArguments)
{
    // "--save [ID]" takes an optional value, which QCommandLineParser cannot express: take it
    // out here. "--save 42" and "--save=42" continue conversation 42; a bare "--save" starts one.
    bool save = false;
    qint64 saveInto = 0;
    QStringList arguments;
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    for (qsizetype i = 0; i < rawArguments.size(); ++i) {
        const QString &argument = rawArguments.at(i);
        if (argument == u"--save") {
            save = true;
            if (i + 1 < rawArguments.size() && digits.match(rawArguments.at(i + 1)).hasMatch())
                saveInto = rawArguments.at(++i).toLongLong();
        } else if (argument.startsWith(QStringLiteral("--save="))) {
            save = true;
            bool ok = false;
            saveInto = argument.mid(7).toLongLong(&ok);
            if (!ok || saveInto <= 0) {
                m_err << tr("--save takes a conversation id (a number), not \"%1\".").arg(argument.mid(7)) << '\n';
                return ExitCode::Usage;
            }
        } else {
            arguments << argument;
        }
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Send a prompt and stream the reply to stdout."));
    parser.addHelpOption();
    EndpointOptions endpoint;
    endpoint.addTo(parser);
    const QCommandLineOption modelOption(QStringLiteral("model"),
                                         tr("Model id (default: the profile's default model)."),
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

    if (const std::optional<int> done = CommandLine::parse(parser, arguments, m_err))
        return *done;

    QString optionError;
    if (!endpoint.read(parser, &optionError)) {
        m_err << optionError << '\n';
        return ExitCode::Usage;
    }

    const AppSettings settings;
    ChatRequest request;
    if (parser.isSet(modelOption))
        request.model = parser.value(modelOption);
    request.applyProfile(endpoint.profile()); // URL, key rules, headers, and the default model
    request.apiKey = endpoint.apiKey();
    request.stream = !parser.isSet(noStreamOption);
    // The limits set in Settings, as the app applies them.
    request.idleTimeoutMs = settings.idleTimeoutSeconds() * 1000;
    request.totalTimeoutMs = settings.requestTimeoutSeconds() * 1000;
    request.maxReplyBytes = settings.replyLimitBytes();
    if (parser.isSet(temperatureOption)) {
        bool ok = false;
        const double temperature = parser.value(temperatureOption).toDouble(&ok);
        if (!ok || !(temperature >= 0 && temperature <= 2)) { // "nan" reads as a number
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
    // With --save the reply goes into the conversation database, the same one the app uses.
    std::optional<Database> database;
    std::optional<ConversationStore> store;
    Conversation conversation;
    QList<ChatMessage> history;
    if (save) {
        database.emplace(Database::defaultPath());
        const Database::OpenResult opened = database->open();
        if (!opened.ok()) {
            m_err << opened.error.message() << '\n';
            return ExitCode::Usage;
        }
        if (opened.readOnly) {
            // Before anything is sent: a paid reply that cannot be saved is not what --save asked for.
            m_err << opened.notice << '\n';
            return ExitCode::Failure;
        }
        store.emplace(*database);
        StoreError error;
        if (saveInto > 0) {
            const std::optional<Conversation> existing = store->conversation(saveInto, &error);
            if (!existing) {
                m_err << error.message() << '\n';
                return ExitCode::Usage;
            }
            conversation = *existing;
            // Continue the conversation: its earlier turns are the context of this one.
            for (const Message &earlier : store->messages(conversation.id)) {
                if (earlier.isContext())
                    history.append({Message::roleName(earlier.role), earlier.content});
            }
        } else {
            conversation.title = prompt.simplified().left(60);
            conversation.model = request.model;
            conversation.systemPrompt = parser.value(systemOption);
            const std::optional<Conversation> created = store->createConversation(conversation, &error);
            if (!created) {
                m_err << error.message() << '\n';
                return ExitCode::Failure;
            }
            conversation = *created;
        }
    }

    const QString systemPrompt = parser.isSet(systemOption) ? parser.value(systemOption) : conversation.systemPrompt;
    if (!systemPrompt.isEmpty())
        request.messages.append(ChatMessage::system(systemPrompt));
    request.messages += history;
    request.messages.append(ChatMessage::user(prompt));

    // The same budget rule as the window: a budget set to stop sending stops tally-cli too.
    if (store) {
        const std::optional<BudgetStatus> reached = SpendingGuard::check(*store, AppSettings().budget(), conversation.id);
        if (reached && reached->blocks) {
            m_err << reached->message() << ' '
                  << tr("Sending is paused by your budget; change it in Settings › Data & privacy.") << '\n';
            return ExitCode::BudgetBlocked;
        }
        if (reached)
            m_err << reached->message() << '\n'; // a warning: the question still goes
    }

    std::optional<Message> reply;
    if (store) {
        Message question;
        question.conversationId = conversation.id;
        question.role = Message::Role::User;
        question.content = prompt;
        Message answer;
        answer.conversationId = conversation.id;
        answer.role = Message::Role::Assistant;
        answer.state = Message::State::Streaming;
        answer.model = request.model;
        StoreError error;
        const std::optional<Message> storedQuestion = store->appendMessage(question, &error);
        if (storedQuestion)
            answer.parentId = storedQuestion->id; // the reply names its question, as the window's do
        if (!storedQuestion || !(reply = store->appendMessage(answer, &error))) {
            m_err << error.message() << '\n';
            return ExitCode::Failure;
        }
    }

    QStringList priceProblems;
    const PriceTable prices = settings.priceTable(&priceProblems); // the user's edited prices, as in the app
    for (const QString &problem : std::as_const(priceProblems))
        m_err << problem << '\n';
    const auto costOf = [&prices, provider = request.provider](const ChatResult &finished) {
        return prices.costOf(finished.stats, provider);
    };

    QNetworkAccessManager network;
    EndpointOptions::applyProxy(network);
    ProviderClient client(&network);
    RetryPolicy policy = client.retryPolicy();
    policy.maxRetries = settings.retries();
    client.setRetryPolicy(policy);
    ChatStream *stream = client.createChat(request);
    std::optional<ReplySaver> saver;
    if (reply) {
        saver.emplace(*store, *reply, stream, costOf);
        QObject::connect(&*saver, &ReplySaver::saveFailed, stream, [this](const StoreError &saveError) {
            m_err << saveError.message() << '\n';
            m_err.flush();
        });
    }
    const bool showReasoning = parser.isSet(reasoningOption);
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

    const CostEstimate cost = costOf(result);
    int exitCode = ExitCode::forResult(result);
    if (saver && saver->isDone()) {
        if (saver->isStored()) {
            m_err << tr("Saved in conversation %1.").arg(conversation.id) << '\n';
        } else {
            // Never "saved" when it was not: say what the database holds, and fail the command.
            const QLocale locale;
            const qsizetype total = result.content.size();
            const qsizetype kept = std::min(saver->savedLength(), total);
            m_err << (kept > 0 ? tr("The end of the reply could not be saved (%1). Conversation %2 keeps %3 of its %4 "
                                    "characters; all of it went to standard output.")
                                     .arg(saver->lastError().message())
                                     .arg(conversation.id)
                                     .arg(locale.toString(kept), locale.toString(total))
                               : tr("The reply could not be saved (%1). Conversation %2 keeps none of its %3 characters; "
                                    "all of it went to standard output.")
                                     .arg(saver->lastError().message())
                                     .arg(conversation.id)
                                     .arg(locale.toString(total)))
                  << '\n';
            if (exitCode == ExitCode::Ok)
                exitCode = ExitCode::Failure;
        }
    }

    for (const QString &warning : std::as_const(result.warnings))
        m_err << warning << '\n';
    if (result.error.isError() && result.error.kind() != ApiError::Kind::Cancelled)
        m_err << result.error.fullMessage() << '\n';
    if (result.error.kind() == ApiError::Kind::MissingKey && !endpoint.keyProblem().isEmpty())
        m_err << endpoint.keyProblem() << '\n';
    if (parser.isSet(statsOption)) {
        QString writeError;
        if (!StatsReport::write(parser.value(statsOption), StatsReport::build(result, cost), &writeError))
            m_err << tr("Could not write the stats to %1: %2").arg(parser.value(statsOption), writeError) << '\n';
    }
    m_err.flush();
    return exitCode;
}
