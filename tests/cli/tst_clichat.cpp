// `tally-cli chat` and `tally-cli models` as scripts call them: the real executable against the
// local test server, checking stdout bytes, the stats JSON and the exit codes of the brief.
#include "CliProcess.h"
#include "TestServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

namespace {

QList<QByteArray> stepfunStream(const QStringList &pieces, bool withUsage)
{
    QList<QByteArray> events;
    for (const QString &piece : pieces)
        events.append(ScriptedResponse::sseData(ScriptedResponse::contentChunk(piece, QStringLiteral("stepfun-v3"))));
    events.append(ScriptedResponse::sseData(ScriptedResponse::finishChunk(QStringLiteral("stop"), QStringLiteral("stepfun-v3"))));
    if (withUsage)
        events.append(ScriptedResponse::sseData(ScriptedResponse::usageChunk(1000, 2000, QStringLiteral("stepfun-v3"))));
    events.append(ScriptedResponse::sseDone());
    return events;
}

} // namespace

class TstCliChat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void replyOnStdoutIsByteIdentical();
    void statsJsonWithReportedUsageAndCost();
    void statsJsonWithEstimatedUsage();
    void promptFromStdin();
    void exitCodes_data();
    void exitCodes();
    void missingKeyIsAUsageErrorAndSendsNothing();
    void streamOptionsFallback();
    void ctrlCKeepsThePartialReplyAndExits130();
    void modelsListsIds();
    void modelsFollowsNoRedirectToAnotherOrigin();
    void requestsGoThroughTheProxyFromSettings();
    void missingTlsBackendIsExplainedBeforeSending();
    void aHundredMegabyteReplyStopsAtTheLimit();
    void aTwoGigabyteModelListIsRefused();
    void timeoutsComeFromSettings();
    void anEchoedKeyNeverReachesTheTerminalOrTheStats();
    void statsJsonHoldsOnlyNumbersThatMakeSense_data();
    void statsJsonHoldsOnlyNumbersThatMakeSense();
    void aBrokenPriceOverrideIsReportedAndTheOthersUsed();

private:
    CliRun runCli(const QStringList &arguments, const QByteArray &stdinData = {});
    QStringList base() const;

    TestServer *m_server = nullptr;
    QTemporaryDir *m_dir = nullptr;
    QString m_cli;
};

void TstCliChat::init()
{
    m_cli = qEnvironmentVariable("TALLY_CLI");
    QVERIFY(!m_cli.isEmpty());
    m_server = new TestServer(this);
    QVERIFY(m_server->start());
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
}

void TstCliChat::cleanup()
{
    delete m_server;
    delete m_dir;
}

QStringList TstCliChat::base() const
{
    return {QStringLiteral("chat"), QStringLiteral("--base-url"), m_server->baseUrl().toString(),
            QStringLiteral("--api-key-env"), QStringLiteral("TALLY_TEST_KEY"), QStringLiteral("--model"),
            QStringLiteral("stepfun-v3")};
}

CliRun TstCliChat::runCli(const QStringList &arguments, const QByteArray &stdinData)
{
    // m_cli may point at a copy of tally-cli (the TLS test); runTallyCli reads TALLY_CLI.
    const QByteArray saved = qgetenv("TALLY_CLI");
    qputenv("TALLY_CLI", m_cli.toLocal8Bit());
    const CliRun run = runTallyCli(arguments, stdinData);
    qputenv("TALLY_CLI", saved);
    return run;
}

void TstCliChat::replyOnStdoutIsByteIdentical()
{
    const QStringList pieces{QStringLiteral("สวัสดีครับ\n"), QStringLiteral("你好，"), QStringLiteral("world 🎉"),
                             QStringLiteral("\n```cpp\nint main() {}\n```")};
    ScriptedResponse response = ScriptedResponse::eventStream(stepfunStream(pieces, true));
    response.bytesPerWrite = 7;
    m_server->enqueueChat(response);
    const CliRun run = runCli(base() << QStringLiteral("Say hello"));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, pieces.join(QString()).toUtf8());
    const RecordedRequest sent = m_server->requests().first();
    QCOMPARE(sent.header("Authorization"), QByteArray("Bearer sk-cli-test"));
    QCOMPARE(sent.jsonBody().value(QStringLiteral("messages")).toArray().last().toObject()
                 .value(QStringLiteral("content")).toString(), QStringLiteral("Say hello"));
    QVERIFY(!run.err.contains("sk-cli-test")); // the key never shows up in output
}

void TstCliChat::statsJsonWithReportedUsageAndCost()
{
    m_server->enqueueChat(ScriptedResponse::eventStream(stepfunStream({QStringLiteral("Hi")}, true)));
    const QString statsPath = m_dir->filePath(QStringLiteral("stats.json"));
    const CliRun run = runCli(base() << QStringLiteral("--stats-json") << statsPath << QStringLiteral("Hello"));
    QCOMPARE(run.exitCode, 0);
    QFile file(statsPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject stats = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(stats.value(QStringLiteral("model")).toString(), QStringLiteral("stepfun-v3"));
    QCOMPARE(stats.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("stop"));
    QCOMPARE(stats.value(QStringLiteral("prompt_tokens")).toInt(), 1000);
    QCOMPARE(stats.value(QStringLiteral("completion_tokens")).toInt(), 2000);
    QCOMPARE(stats.value(QStringLiteral("total_tokens")).toInt(), 3000);
    QCOMPARE(stats.value(QStringLiteral("usage_source")).toString(), QStringLiteral("reported"));
    // 3,000 tokens at $0.38 per million (input and output) from the bundled price table.
    QCOMPARE(stats.value(QStringLiteral("cost")).toDouble(), 0.00114);
    QCOMPARE(stats.value(QStringLiteral("cost_currency")).toString(), QStringLiteral("USD"));
    QCOMPARE(stats.value(QStringLiteral("cost_source")).toString(), QStringLiteral("estimated"));
    QCOMPARE(stats.value(QStringLiteral("attempts")).toInt(), 1);
    QVERIFY(stats.value(QStringLiteral("error")).isNull());
    QVERIFY(stats.value(QStringLiteral("ttft_ms")).isDouble());
    QVERIFY(stats.value(QStringLiteral("total_ms")).isDouble());
    QVERIFY(stats.contains(QStringLiteral("tokens_per_second")));
}

void TstCliChat::statsJsonWithEstimatedUsage()
{
    m_server->enqueueChat(ScriptedResponse::eventStream(
        stepfunStream({QStringLiteral("An answer without any usage reported by the server.")}, false)));
    const QString statsPath = m_dir->filePath(QStringLiteral("stats.json"));
    const CliRun run = runCli(base() << QStringLiteral("--stats-json") << statsPath << QStringLiteral("Hello there"));
    QCOMPARE(run.exitCode, 0);
    QFile file(statsPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject stats = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(stats.value(QStringLiteral("usage_source")).toString(), QStringLiteral("estimated"));
    QVERIFY(stats.value(QStringLiteral("prompt_tokens")).toInt() > 0);
    QVERIFY(stats.value(QStringLiteral("completion_tokens")).toInt() > 0);
    QCOMPARE(stats.value(QStringLiteral("cost_source")).toString(), QStringLiteral("estimated"));
    QVERIFY(stats.value(QStringLiteral("cost")).toDouble() > 0);
}

void TstCliChat::promptFromStdin()
{
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("ok")}));
    const CliRun run = runCli(base(), QStringLiteral("คำถามจาก stdin\n").toUtf8());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("ok"));
    QCOMPARE(m_server->requests().first().jsonBody().value(QStringLiteral("messages")).toArray().last().toObject()
                 .value(QStringLiteral("content")).toString(), QStringLiteral("คำถามจาก stdin\n"));
}

void TstCliChat::exitCodes_data()
{
    QTest::addColumn<QList<ScriptedResponse>>("responses");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("stdoutBytes");

    QTest::newRow("401 -> 3") << QList<ScriptedResponse>{ScriptedResponse::openAiError(
        401, QStringLiteral("Incorrect API key provided"), QStringLiteral("invalid_request_error"), QStringLiteral("invalid_api_key"))}
                              << 3 << QStringLiteral("authentication") << QByteArray();

    ScriptedResponse limited = ScriptedResponse::openAiError(429, QStringLiteral("Rate limit reached"),
                                                             QStringLiteral("requests"), QStringLiteral("rate_limit_exceeded"));
    limited.withHeader("retry-after-ms", "20");
    QTest::newRow("429 after retries -> 4") << QList<ScriptedResponse>{limited, limited, limited} << 4
                                            << QStringLiteral("rate_limited") << QByteArray();

    QTest::newRow("context too long -> 5") << QList<ScriptedResponse>{ScriptedResponse::openAiError(
        400, QStringLiteral("This model's maximum context length is 128000 tokens."),
        QStringLiteral("invalid_request_error"), QStringLiteral("context_length_exceeded"))}
                                           << 5 << QStringLiteral("context_too_long") << QByteArray();

    ScriptedResponse dropped = ScriptedResponse::chatStream({QStringLiteral("partial "), QStringLiteral("reply")}, -1, -1, 20);
    dropped.dropAfterBodyBytes = ScriptedResponse::sseData(ScriptedResponse::contentChunk(QStringLiteral("partial "))).size() + 5;
    QTest::newRow("dropped stream -> 7") << QList<ScriptedResponse>{dropped} << 7 << QStringLiteral("incomplete")
                                         << QByteArray("partial ");

    QTest::newRow("model not found -> 2") << QList<ScriptedResponse>{ScriptedResponse::openAiError(
        404, QStringLiteral("The model `stepfun-v3` does not exist"), QStringLiteral("invalid_request_error"),
        QStringLiteral("model_not_found"))} << 2 << QStringLiteral("model_not_found") << QByteArray();

    ScriptedResponse payment = ScriptedResponse::openAiError(402, QStringLiteral("Insufficient balance"),
                                                             QStringLiteral("billing"));
    QTest::newRow("402 -> 4") << QList<ScriptedResponse>{payment} << 4 << QStringLiteral("payment_required") << QByteArray();
}

void TstCliChat::exitCodes()
{
    QFETCH(QList<ScriptedResponse>, responses);
    QFETCH(int, exitCode);
    QFETCH(QString, kind);
    QFETCH(QByteArray, stdoutBytes);
    for (const ScriptedResponse &response : responses)
        m_server->enqueueChat(response);
    const QString statsPath = m_dir->filePath(QStringLiteral("stats.json"));
    const CliRun run = runCli(base() << QStringLiteral("--stats-json") << statsPath << QStringLiteral("Hello"));
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.out, stdoutBytes);
    QVERIFY(!run.err.isEmpty()); // the reason is on stderr
    QFile file(statsPath);
    QVERIFY(file.open(QIODevice::ReadOnly)); // written even on failure
    const QJsonObject error = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("kind")).toString(), kind);
    QCOMPARE(m_server->requestCount(), int(responses.size()));
}

void TstCliChat::missingKeyIsAUsageErrorAndSendsNothing()
{
    QStringList arguments = base();
    arguments.replace(arguments.indexOf(QStringLiteral("TALLY_TEST_KEY")), QStringLiteral("TALLY_UNSET_VARIABLE"));
    const CliRun run = runCli(arguments << QStringLiteral("Hello"));
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("YOUR_HOLYSHEEP_API_KEY"));
    QCOMPARE(m_server->requestCount(), 0);

    const CliRun bad = runCli({QStringLiteral("chat"), QStringLiteral("--temperature"), QStringLiteral("3"),
                               QStringLiteral("hi")});
    QCOMPARE(bad.exitCode, 2);
    const CliRun profile = runCli({QStringLiteral("chat"), QStringLiteral("--profile"), QStringLiteral("nope"),
                                   QStringLiteral("hi")});
    QCOMPARE(profile.exitCode, 2);
    QVERIFY(profile.err.contains("nope"));
}

void TstCliChat::streamOptionsFallback()
{
    m_server->setHandler("/v1/chat/completions", [](const RecordedRequest &received) {
        if (received.jsonBody().contains(QStringLiteral("stream_options")))
            return ScriptedResponse::openAiError(400, QStringLiteral("Unknown parameter: 'stream_options'."),
                                                 QStringLiteral("invalid_request_error"));
        return ScriptedResponse::chatStream({QStringLiteral("without usage")});
    });
    const CliRun run = runCli(base() << QStringLiteral("Hello"));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("without usage"));
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->requests().at(0).jsonBody().value(QStringLiteral("stream_options")).toObject()
                 .value(QStringLiteral("include_usage")).toBool(), true);
    QVERIFY(!m_server->requests().at(1).jsonBody().contains(QStringLiteral("stream_options")));
}

void TstCliChat::ctrlCKeepsThePartialReplyAndExits130()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGINT delivery to a child is a Unix test");
#else
    QStringList pieces;
    for (int i = 0; i < 100; ++i)
        pieces << QStringLiteral("word%1 ").arg(i);
    m_server->enqueueChat(ScriptedResponse::chatStream(pieces, -1, -1, 50));
    const QString statsPath = m_dir->filePath(QStringLiteral("stats.json"));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TALLY_TEST_KEY"), QStringLiteral("sk-cli-test"));
    process.setProcessEnvironment(environment);
    process.start(m_cli, base() << QStringLiteral("--stats-json") << statsPath << QStringLiteral("Count"));
    QVERIFY(process.waitForStarted());
    QByteArray out;
    QVERIFY(QTest::qWaitFor([&] {
        out += process.readAllStandardOutput();
        return out.contains("word3 ");
    }, 20000));
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 10000));
    out += process.readAllStandardOutput();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    QVERIFY(out.size() < pieces.join(QString()).size());
    QVERIFY(pieces.join(QString()).toUtf8().startsWith(out));
    QFile file(statsPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("error")).toObject()
                 .value(QStringLiteral("kind")).toString(), QStringLiteral("cancelled"));
#endif
}

void TstCliChat::modelsFollowsNoRedirectToAnotherOrigin()
{
    TestServer other;
    QVERIFY(other.start());
    const QUrl elsewhere(QStringLiteral("http://127.0.0.1:%1/v1/models").arg(other.port()));
    m_server->enqueue("/v1/models", ScriptedResponse::raw(302, {}, {}).withHeader("Location", elsewhere.toEncoded()));
    const CliRun run = runCli({QStringLiteral("models"), QStringLiteral("--base-url"), m_server->baseUrl().toString(),
                               QStringLiteral("--api-key-env"), QStringLiteral("TALLY_TEST_KEY")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QByteArray("redirected to ").append(elsewhere.toEncoded())), run.err.constData());
    QCOMPARE(other.requestCount(), 0); // the key never went there
}

void TstCliChat::modelsListsIds()
{
    m_server->setModels({QStringLiteral("stepfun-v3"), QStringLiteral("step-2-mini")});
    const CliRun run = runCli({QStringLiteral("models"), QStringLiteral("--base-url"), m_server->baseUrl().toString(),
                               QStringLiteral("--api-key-env"), QStringLiteral("TALLY_TEST_KEY")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("step-2-mini\nstepfun-v3\n"));

    m_server->enqueue("/v1/models", ScriptedResponse::openAiError(401, QStringLiteral("bad key"),
                                                                  QStringLiteral("invalid_request_error")));
    const CliRun denied = runCli({QStringLiteral("models"), QStringLiteral("--base-url"), m_server->baseUrl().toString()});
    QCOMPARE(denied.exitCode, 3);
    QVERIFY(denied.out.isEmpty());

    // A key over plain http to another host is refused at once (it used to wait forever: the
    // refusal came before the event loop ran). TEST-NET-1, so nothing leaves the machine.
    QElapsedTimer timer;
    timer.start();
    const CliRun refused = runCli({QStringLiteral("models"), QStringLiteral("--base-url"), QStringLiteral("http://192.0.2.1/v1"),
                                   QStringLiteral("--api-key-env"), QStringLiteral("TALLY_TEST_KEY")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("unencrypted"), refused.err.constData());
    QVERIFY(timer.elapsed() < 10'000);
}

void TstCliChat::requestsGoThroughTheProxyFromSettings()
{
    // The settings of this test's own HOME: an HTTP proxy, which the test server plays.
    const QString folder = qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/Tally");
    QVERIFY(QDir().mkpath(folder));
    QFile ini(folder + QStringLiteral("/tally.ini"));
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write(QStringLiteral("[network]\nproxyMode=http\nproxyHost=127.0.0.1\nproxyPort=%1\n").arg(m_server->port()).toUtf8());
    ini.close();
    m_server->setHandler("/v1/models", [](const RecordedRequest &request) {
        return request.target.startsWith("http://api.example.test/")
            ? ScriptedResponse::raw(200, "application/json", R"({"data":[{"id":"via-proxy"}]})")
            : ScriptedResponse::raw(400, "text/plain", "not through the proxy");
    });
    const CliRun run = runCli({QStringLiteral("models"), QStringLiteral("--base-url"), QStringLiteral("http://api.example.test/v1")});
    QVERIFY(ini.remove());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("via-proxy\n"));
    QCOMPARE(m_server->requests().last().target, QByteArray("http://api.example.test/v1/models"));
}

void TstCliChat::missingTlsBackendIsExplainedBeforeSending()
{
    // Case 38: a copy of tally-cli whose qt.conf points Qt at an empty plugin folder has no TLS
    // backend, as a package that forgot the plugin would. It must say so, not fail obscurely.
    const QString folder = m_dir->filePath(QStringLiteral("no-tls"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/plugins")));
    const QString copy = folder + QStringLiteral("/tally-cli");
    QVERIFY(QFile::copy(m_cli, copy));
    QFile config(folder + QStringLiteral("/qt.conf"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[Paths]\nPlugins = " + QFile::encodeName(folder + QStringLiteral("/plugins")) + "\n");
    config.close();

    const QString saved = m_cli;
    m_cli = copy;
    const CliRun run = runCli({QStringLiteral("chat"), QStringLiteral("--base-url"), QStringLiteral("https://127.0.0.1:9/v1"),
                               QStringLiteral("--api-key-env"), QStringLiteral("TALLY_TEST_KEY"), QStringLiteral("hi")});
    m_cli = saved;
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("TLS"), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

// Issue 13, row 3: a 100 MB reply is kept up to the 8 MB limit (tally-cli's memory stays
// bounded: see docs/SECURITY.md for the measured peak), and ends as incomplete with the reason.
void TstCliChat::aHundredMegabyteReplyStopsAtTheLimit()
{
    ScriptedResponse response = ScriptedResponse::eventStream({});
    response.parts.append({ScriptedResponse::sseData(ScriptedResponse::contentChunk(QString(16 * 1024, u'r'))), 0, 6400});
    m_server->enqueueChat(response);
    const CliRun run = runCli(base() << QStringLiteral("Write a lot"));
    QCOMPARE(run.exitCode, 7);
    QCOMPARE(run.out.size(), qsizetype(8 * 1024 * 1024));
    QCOMPARE(run.out.count('r'), qsizetype(8 * 1024 * 1024));
    QVERIFY2(run.err.contains("size limit of 8 MB"), run.err.constData());
}

void TstCliChat::aTwoGigabyteModelListIsRefused()
{
    ScriptedResponse response = ScriptedResponse::raw(200, "application/json", "{\"data\":[");
    response.framing = ScriptedResponse::Framing::ContentLength; // announces 2 GB
    response.parts.append({QByteArray(R"({"id":"model-with-a-long-name"},)").repeated(100), 0, 671'089});
    response.parts.append({"{}]}", 0});
    QVERIFY(response.bodySize() > 2'000'000'000);
    m_server->enqueue("/v1/models", response);
    const CliRun run = runCli({QStringLiteral("models"), QStringLiteral("--base-url"), m_server->baseUrl().toString(),
                               QStringLiteral("--api-key-env"), QStringLiteral("TALLY_TEST_KEY")});
    QCOMPARE(run.exitCode, 6);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("larger than 16 MB"), run.err.constData());
}

// Issue 13, row 10: the idle and total timeouts set in Settings apply to tally-cli too.
void TstCliChat::timeoutsComeFromSettings()
{
    const QString folder = qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/Tally");
    QVERIFY(QDir().mkpath(folder));
    QFile ini(folder + QStringLiteral("/tally.ini"));
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[network]\nidleTimeoutSeconds=5\nrequestTimeoutSeconds=10\n");
    ini.close();

    // Keep-alive comments only, for 30 s after the first words: the idle timeout (5 s) ends it.
    QList<QByteArray> quiet{ScriptedResponse::sseData(ScriptedResponse::contentChunk(QStringLiteral("Hi")))};
    for (int i = 0; i < 60; ++i)
        quiet.append(": keep-alive\n\n");
    m_server->enqueueChat(ScriptedResponse::eventStream(quiet, 500));
    QElapsedTimer clock;
    clock.start();
    CliRun run = runCli(base() << QStringLiteral("Hello"));
    QCOMPARE(run.exitCode, 7);
    QCOMPARE(run.out, QByteArray("Hi"));
    QVERIFY2(run.err.contains("no data for 5"), run.err.constData());
    QVERIFY2(clock.elapsed() < 25'000, qPrintable(QString::number(clock.elapsed())));

    // Words every half second for 30 s: the total timeout (10 s) ends it.
    QList<QByteArray> slow;
    for (int i = 0; i < 60; ++i)
        slow.append(ScriptedResponse::sseData(ScriptedResponse::contentChunk(QStringLiteral("w "))));
    m_server->enqueueChat(ScriptedResponse::eventStream(slow, 500));
    clock.restart();
    run = runCli(base() << QStringLiteral("Hello"));
    QCOMPARE(run.exitCode, 7);
    QVERIFY2(run.err.contains("longer than 10 s"), run.err.constData());
    QVERIFY2(clock.elapsed() < 25'000, qPrintable(QString::number(clock.elapsed())));
    QFile::remove(ini.fileName());
}

// Issue 13, row 5: a provider that echoes the key in its error body, on every retry.
void TstCliChat::anEchoedKeyNeverReachesTheTerminalOrTheStats()
{
    const QByteArray key = "sk-echo-0123456789abcdefWXYZ";
    qputenv("TALLY_ECHO_KEY", key);
    for (int i = 0; i < 3; ++i)
        m_server->enqueueChat(ScriptedResponse::openAiError(500, QStringLiteral("Upstream refused key ") + QString::fromLatin1(key),
                                                            QStringLiteral("server_error")));
    const QString statsPath = m_dir->filePath(QStringLiteral("stats.json"));
    const CliRun run = runCli({QStringLiteral("chat"), QStringLiteral("--base-url"), m_server->baseUrl().toString(),
                               QStringLiteral("--api-key-env"), QStringLiteral("TALLY_ECHO_KEY"),
                               QStringLiteral("--stats-json"), statsPath, QStringLiteral("Hello")});
    qunsetenv("TALLY_ECHO_KEY");
    QCOMPARE(run.exitCode, 6);
    QCOMPARE(m_server->requestCount(), 3);
    QCOMPARE(m_server->requests().first().header("Authorization"), QByteArray("Bearer ") + key); // sent where it belongs
    QCOMPARE(run.err.count("Retrying"), qsizetype(2));
    QCOMPARE(run.err.count("Upstream refused key sk-…WXYZ"), qsizetype(3)); // two retries and the end
    QVERIFY2(!run.err.contains(key) && !run.err.contains("0123456789abcdef"), run.err.constData());
    QFile stats(statsPath);
    QVERIFY(stats.open(QIODevice::ReadOnly));
    const QByteArray written = stats.readAll();
    QVERIFY(written.contains("sk-…WXYZ"));
    QVERIFY2(!written.contains(key), written.constData());
}

// Issue 13, row 9: what a provider reports is not written to --stats-json as is when it cannot be
// right. A cost of 1e308 is priced from the table instead; 2^63 - 1 tokens twice made the total
// overflow to -2 and are estimated instead. stderr says what was ignored.
void TstCliChat::statsJsonHoldsOnlyNumbersThatMakeSense_data()
{
    QTest::addColumn<QByteArray>("usage");
    QTest::addColumn<QString>("usageSource");
    QTest::newRow("cost 1e308") << QByteArray(R"({"prompt_tokens":1000,"completion_tokens":2000,"cost":1e308})")
                                << QStringLiteral("reported");
    QTest::newRow("tokens 2^63 - 1")
        << QByteArray(R"({"prompt_tokens":9223372036854775807,"completion_tokens":9223372036854775807})")
        << QStringLiteral("estimated");
    QTest::newRow("tokens -1,000,000") << QByteArray(R"({"prompt_tokens":1000,"completion_tokens":-1000000})")
                                       << QStringLiteral("estimated");
}

void TstCliChat::statsJsonHoldsOnlyNumbersThatMakeSense()
{
    QFETCH(QByteArray, usage);
    QFETCH(QString, usageSource);
    m_server->enqueueChat(ScriptedResponse::eventStream(
        {ScriptedResponse::sseData(ScriptedResponse::contentChunk(QStringLiteral("Hi"), QStringLiteral("stepfun-v3"))),
         ScriptedResponse::sseData(ScriptedResponse::finishChunk(QStringLiteral("stop"), QStringLiteral("stepfun-v3"))),
         R"(data: {"model":"stepfun-v3","choices":[],"usage":)" + usage + "}\n\n", ScriptedResponse::sseDone()}));
    const QString statsPath = m_dir->filePath(QStringLiteral("stats.json"));
    const CliRun run = runCli(base() << QStringLiteral("--stats-json") << statsPath << QStringLiteral("Hello"));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("Hi"));
    QVERIFY2(run.err.contains("cannot be right"), run.err.constData());
    QFile file(statsPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    const QJsonObject stats = QJsonDocument::fromJson(json).object();
    QCOMPARE(stats.value(QStringLiteral("usage_source")).toString(), usageSource);
    const double prompt = stats.value(QStringLiteral("prompt_tokens")).toDouble();
    const double completion = stats.value(QStringLiteral("completion_tokens")).toDouble();
    QVERIFY2(prompt > 0 && prompt <= 1000 && completion > 0 && completion <= 2000, json.constData());
    QCOMPARE(stats.value(QStringLiteral("total_tokens")).toDouble(), prompt + completion);
    // Priced from the bundled table ($0.38 per million tokens), never the provider's 1e308.
    const double cost = stats.value(QStringLiteral("cost")).toDouble();
    QVERIFY2(cost > 0 && cost <= 3000 * 0.38 / 1e6 + 1e-12, json.constData());
    QCOMPARE(stats.value(QStringLiteral("cost_source")).toString(), QStringLiteral("estimated"));
    QVERIFY(!json.contains("e+308"));
}

// Issue 13, row 10: one price override in tally.ini whose JSON a hand edit broke used to drop
// every override, so replies were priced from the bundled table without a word. Now that row is
// named on stderr and the good override prices the reply.
void TstCliChat::aBrokenPriceOverrideIsReportedAndTheOthersUsed()
{
    const QString folder = qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/Tally");
    QVERIFY(QDir().mkpath(folder));
    {
        QSettings ini(folder + QStringLiteral("/tally.ini"), QSettings::IniFormat);
        ini.setValue(QStringLiteral("prices/overrides"),
                     QStringLiteral(R"([{"provider":"holysheep","model":"gpt-typo","input":1,"output":},)"
                                    R"({"provider":"holysheep","model":"stepfun-v3","input":1,"output":1,"currency":"USD"}])"));
    }
    m_server->enqueueChat(ScriptedResponse::eventStream(stepfunStream({QStringLiteral("Hi")}, true)));
    const QString statsPath = m_dir->filePath(QStringLiteral("stats.json"));
    const CliRun run = runCli(base() << QStringLiteral("--stats-json") << statsPath << QStringLiteral("Hello"));
    QFile::remove(folder + QStringLiteral("/tally.ini"));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains("Price override 1") && run.err.contains("not valid JSON"), run.err.constData());
    QFile file(statsPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject stats = QJsonDocument::fromJson(file.readAll()).object();
    // 3,000 tokens at the override's $1 per million, not the bundled $0.38.
    QCOMPARE(stats.value(QStringLiteral("cost")).toDouble(), 0.003);
}

QTEST_GUILESS_MAIN(TstCliChat)
#include "tst_clichat.moc"
