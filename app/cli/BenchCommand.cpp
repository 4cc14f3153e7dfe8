#include "BenchCommand.h"

#include "BenchOptions.h"
#include "BenchProgressLine.h"
#include "CommandLine.h"
#include "EndpointOptions.h"
#include "ExitCode.h"
#include "InterruptWatcher.h"
#include "StandardOutput.h"

#include "bench/BenchExport.h"
#include "bench/BenchRecordLog.h"
#include "bench/BenchReport.h"
#include "bench/BenchRunner.h"
#include "bench/BenchSelfTest.h"
#include "settings/AppSettings.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTextStream>

int BenchCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Benchmark a provider: latency (TTFT, ITL, TPOT, E2E), throughput, errors and cost, measured the same "
           "way every time."));
    parser.addHelpOption();
    EndpointOptions endpoint;
    endpoint.addTo(parser);
    BenchOptions::declare(parser);
    if (const std::optional<int> done = CommandLine::parse(parser, arguments, m_err))
        return *done;
    if (const std::optional<int> refused = CommandLine::refuseArguments(parser, tr("Unexpected argument: %1"), m_err))
        return *refused;
    BenchOptions options;
    QString error;
    if (!options.read(parser, &error)) {
        m_err << error << '\n';
        return ExitCode::Usage;
    }
    if (options.selfTest)
        return runSelfTest(options);
    BenchSpec spec;
    if (!endpoint.read(parser, &error) || !buildSpec(options, endpoint, spec, &error)) {
        m_err << error << '\n';
        return ExitCode::Usage;
    }
    return execute(options, spec, endpoint);
}

bool BenchCommand::buildSpec(const BenchOptions &options, const EndpointOptions &endpoint, BenchSpec &spec,
                             QString *error) const
{
    spec.request.model = options.model;
    spec.request.applyProfile(endpoint.profile()); // URL, key rules, headers, default model
    spec.request.apiKey = endpoint.apiKey();
    spec.request.stream = options.stream;
    spec.request.maxTokens = options.maxTokens;
    spec.request.temperature = options.temperature;
    spec.profileName = endpoint.profile().name;
    if (!options.promptsFile.isEmpty()) {
        QFile file(options.promptsFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read %1: %2").arg(options.promptsFile, file.errorString());
            return false;
        }
        const std::optional<PromptSet> prompts = PromptSet::fromJsonl(file.readAll(), error);
        if (!prompts)
            return false;
        spec.prompts = *prompts;
    } else if (!options.prompt.isEmpty()) {
        spec.prompts = PromptSet::single(options.prompt);
    }
    spec.uniquePrompts = !options.allowCache;
    spec.requests = options.requests;
    spec.warmup = options.warmup;
    spec.concurrency = options.concurrency;
    if (options.rate) {
        spec.load = BenchSpec::Load::Open;
        spec.rate = *options.rate;
    }
    spec.arrivals = options.arrivals == BenchOptions::Arrivals::Poisson ? BenchSpec::Arrivals::Poisson
                                                                        : BenchSpec::Arrivals::Constant;
    spec.maxConcurrency = options.maxConcurrency;
    spec.seed = options.seed;
    spec.timeoutMs = options.timeoutSeconds * 1000;
    spec.maxCost = options.maxCost;
    if (!options.slo.isEmpty()) {
        const std::optional<QList<BenchSlo>> slos = BenchSlo::parseList(options.slo, error);
        if (!slos)
            return false;
        spec.slos = *slos;
    }
    *error = spec.validate();
    return error->isEmpty();
}

int BenchCommand::execute(const BenchOptions &options, const BenchSpec &spec, const EndpointOptions &endpoint)
{
    BenchRecordLog log;
    QString error;
    if (!options.requestsOut.isEmpty() && !log.open(options.requestsOut, &error)) {
        m_err << tr("Cannot write %1: %2").arg(options.requestsOut, error) << '\n';
        return ExitCode::Usage;
    }
    QNetworkAccessManager network;
    EndpointOptions::applyProxy(network);
    const PriceTable prices = AppSettings().priceTable(); // the user's edited prices, as in the app
    BenchRunner runner(&network, prices);
    if (const CostEstimate worst = spec.worstCaseTotal(prices); worst.isKnown()) {
        m_err << tr("This run costs at most %1 (N = %2 with the warm-up, each the largest prompt and max_tokens; "
                    "estimated).")
                     .arg(worst.format(), QLocale().toString(spec.totalRequests()))
              << '\n';
    }
    m_err.flush();

    ApiError::Kind firstError = ApiError::Kind::None;
    bool logFailed = false;
    QObject::connect(&runner, &BenchRunner::requestFinished, &runner, [&](const BenchRecord &record) {
        if (log.isOpen() && !log.append(record) && !logFailed) {
            logFailed = true;
            m_err << tr("Could not write to %1; the run goes on.").arg(options.requestsOut) << '\n';
        }
        if (!record.warmup && record.isError() && firstError == ApiError::Kind::None)
            firstError = record.errorKind;
    });
    BenchProgressLine progressLine;
    QObject::connect(&runner, &BenchRunner::progressed, &runner, [&](const BenchProgress &progress) { progressLine.show(progress); });
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &runner,
                     [&runner] { runner.stop(BenchResult::Stop::Interrupted); });

    ApiError refusal;
    if (!runner.start(spec, &refusal)) {
        m_err << refusal.fullMessage() << '\n';
        if (refusal.kind() == ApiError::Kind::MissingKey && !endpoint.keyProblem().isEmpty())
            m_err << endpoint.keyProblem() << '\n';
        return ExitCode::forError(refusal);
    }
    BenchResult result;
    QEventLoop loop; // the only event loop: nothing else runs while it waits
    QObject::connect(&runner, &BenchRunner::runFinished, &loop, [&](const BenchResult &finished) {
        result = finished;
        loop.quit();
    });
    loop.exec();
    progressLine.clear();
    log.close();

    const bool written = writeFiles(options, result);
    StandardOutput::write(options.json ? QString::fromUtf8(BenchExport::json(result)) : BenchReport::text(result));
    if (firstError != ApiError::Kind::None && result.successes() == 0)
        m_err << ApiError(firstError).userMessage() << '\n';
    m_err.flush();
    const int code = exitCodeFor(result, firstError);
    return code == ExitCode::Ok && !written ? ExitCode::Failure : code;
}

bool BenchCommand::writeFiles(const BenchOptions &options, const BenchResult &result)
{
    if (options.csvOut.isEmpty())
        return true;
    QString error;
    if (BenchExport::writeFile(options.csvOut, BenchExport::csv({result}), &error))
        return true;
    m_err << tr("Could not write %1: %2").arg(options.csvOut, error) << '\n';
    return false;
}

int BenchCommand::exitCodeFor(const BenchResult &result, ApiError::Kind firstError)
{
    if (result.stop == BenchResult::Stop::Interrupted)
        return ExitCode::Interrupted;
    if (result.attempts() > 0 && result.successes() == 0) {
        const int code = ExitCode::forError(ApiError(firstError));
        return code == ExitCode::Ok ? ExitCode::Failure : code; // e.g. only empty completions
    }
    if (result.stop == BenchResult::Stop::CostCap)
        return ExitCode::RateLimited; // out of the budget the user gave
    if (!result.slosPassed())
        return kSloFailed;
    return ExitCode::Ok;
}

int BenchCommand::runSelfTest(const BenchOptions &options)
{
    QNetworkAccessManager network; // loopback only: no proxy to apply
    BenchSelfTest test(&network, options.requestsGiven ? options.requests : BenchSelfTest::kDefaultRequests);
    BenchProgressLine progressLine;
    QObject::connect(&test, &BenchSelfTest::progressed, &test, [&](const BenchProgress &progress) { progressLine.show(progress); });
    InterruptWatcher interrupts;
    bool interrupted = false;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &test, [&] {
        interrupted = true;
        test.stop();
    });
    QEventLoop loop;
    QObject::connect(&test, &BenchSelfTest::finished, &loop, &QEventLoop::quit);
    QString error;
    if (!test.start(&error)) {
        m_err << tr("The loopback server could not start: %1").arg(error) << '\n';
        return ExitCode::Failure;
    }
    loop.exec();
    progressLine.clear();
    StandardOutput::write(options.json ? QString::fromUtf8(QJsonDocument(test.toJson()).toJson(QJsonDocument::Indented))
                                       : test.report());
    return interrupted ? ExitCode::Interrupted : ExitCode::Ok;
}
