// `tally-cli bench` as scripts and CI call it: the real executable against the test server.
// The table and every file it writes must parse; objectives fail the exit code; Ctrl+C leaves
// the partial result on disk with 130; a cost cap stops the run before it is passed.
#include "CliProcess.h"
#include "TestServer.h"

#include "app/AppInfo.h"
#include "bench/BenchResult.h"
#include "settings/AppSettings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

namespace {

QList<QByteArray> lines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> result = file.readAll().split('\n');
    if (!result.isEmpty() && result.last().isEmpty())
        result.removeLast();
    return result;
}

// RFC 4180 fields of one CSV line without quoted commas (what these runs produce).
QHash<QString, QString> csvRow(const QString &path)
{
    const QList<QByteArray> all = lines(path);
    QHash<QString, QString> row;
    if (all.size() != 2)
        return row;
    const QStringList header = QString::fromUtf8(all.at(0)).trimmed().split(u',');
    const QStringList values = QString::fromUtf8(all.at(1)).trimmed().split(u',');
    if (header.size() != values.size())
        return row;
    for (qsizetype i = 0; i < header.size(); ++i)
        row.insert(header.at(i), values.at(i));
    return row;
}

} // namespace

class TstCliBench final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tableJsonJsonlAndCsvFor200RequestsAt10();
    void jsonOnStdoutReadsBack();
    void aFailedObjectiveExitsNonZero();
    void ctrlCWritesThePartialResultAndExits130();
    void costCapStopsBeforeItIsPassed();
    void usageErrorsExit2();
    void unauthorizedEverywhereExits3();
    void selfTestReportsTheCeiling();

private:
    QStringList base() const;

    TestServer *m_server = nullptr;
    QTemporaryDir *m_dir = nullptr;
};

void TstCliBench::initTestCase()
{
    AppInfo::registerApplication(); // the same settings file the child process reads
}

void TstCliBench::init()
{
    m_server = new TestServer(this);
    QVERIFY(m_server->start());
    m_dir = new QTemporaryDir;
    m_server->setHandler("/v1/chat/completions", [](const RecordedRequest &request) {
        if (!request.jsonBody().value(QStringLiteral("stream")).toBool())
            return ScriptedResponse::chatCompletion(QStringLiteral("Hello there"), 12, 2);
        return ScriptedResponse::chatStream({QStringLiteral("Hello"), QStringLiteral(" there")}, 12, 2);
    });
}

void TstCliBench::cleanup()
{
    delete m_server;
    delete m_dir;
}

QStringList TstCliBench::base() const
{
    return {QStringLiteral("bench"), QStringLiteral("--base-url"), m_server->baseUrl().toString(),
            QStringLiteral("--model"), QStringLiteral("test-model")};
}

void TstCliBench::tableJsonJsonlAndCsvFor200RequestsAt10()
{
    const QString jsonl = m_dir->filePath(QStringLiteral("requests.jsonl"));
    const QString csv = m_dir->filePath(QStringLiteral("run.csv"));
    const CliRun run = runTallyCli(base() << QStringLiteral("--requests") << QStringLiteral("200")
                                          << QStringLiteral("--concurrency") << QStringLiteral("10")
                                          << QStringLiteral("--requests-out") << jsonl << QStringLiteral("--csv") << csv);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString table = QString::fromUtf8(run.out);
    for (const char *metric : {"Average latency", "P50 latency", "P99 latency", "Throughput", "Error rate",
                               "Cost per 1M tokens", "TTFT p50 / p90 / p99", "E2E p50 / p90 / p99", "Checks:"})
        QVERIFY2(table.contains(QLatin1String(metric)), metric);
    QVERIFY(table.contains(QStringLiteral("N = 200, closed loop at concurrency 10, streamed")));
    QVERIFY(table.contains(QStringLiteral("Peak in flight: 10 of 10")));
    QCOMPARE(m_server->requestCount(), 202); // two warm-up requests first

    const QList<QByteArray> records = lines(jsonl);
    QCOMPARE(records.size(), 202);
    int warmups = 0;
    for (const QByteArray &line : records) {
        QJsonParseError error;
        const QJsonObject record = QJsonDocument::fromJson(line, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(record.value(QStringLiteral("outcome")).toString(), QStringLiteral("success"));
        QCOMPARE(record.value(QStringLiteral("output_tokens")).toInt(), 2);
        QVERIFY(record.value(QStringLiteral("ttft_ms")).toDouble() > 0);
        warmups += record.value(QStringLiteral("warmup")).toBool() ? 1 : 0;
    }
    QCOMPARE(warmups, 2);

    const QHash<QString, QString> row = csvRow(csv);
    QCOMPARE(row.value(QStringLiteral("successes")), QStringLiteral("200"));
    QCOMPARE(row.value(QStringLiteral("complete")), QStringLiteral("true"));
    QCOMPARE(row.value(QStringLiteral("peak_in_flight")), QStringLiteral("10"));
    QCOMPARE(row.value(QStringLiteral("host")), QStringLiteral("127.0.0.1:%1").arg(m_server->port()));
    QVERIFY(row.value(QStringLiteral("requests_per_s")).toDouble() > 0);
}

void TstCliBench::jsonOnStdoutReadsBack()
{
    const CliRun run = runTallyCli(base() << QStringLiteral("--requests") << QStringLiteral("20")
                                          << QStringLiteral("--no-stream") << QStringLiteral("--json"));
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const std::optional<BenchResult> result = BenchResult::fromJson(json);
    QVERIFY(result);
    QCOMPARE(result->successes(), 0u + 20);
    QVERIFY(!result->stream);
    QVERIFY(!run.out.contains("Average latency")); // the JSON alone, for a script to read
    // Non-streamed requests ask for JSON; each is unique (a nonce in front of the prompt).
    const QList<RecordedRequest> sent = m_server->requests();
    QCOMPARE(sent.first().jsonBody().value(QStringLiteral("stream")).toBool(), false);
    QVERIFY(sent.at(5).body != sent.at(6).body);
}

void TstCliBench::aFailedObjectiveExitsNonZero()
{
    m_server->setHandler("/v1/chat/completions", [](const RecordedRequest &) {
        ScriptedResponse response = ScriptedResponse::chatStream({QStringLiteral("slow")}, 3, 1);
        response.headerDelayMs = 5; // no reply on this server can take under 1 ms
        return response;
    });
    const CliRun failing = runTallyCli(base() << QStringLiteral("--requests") << QStringLiteral("10")
                                              << QStringLiteral("--slo") << QStringLiteral("e2e=1ms"));
    QCOMPARE(failing.exitCode, 8);
    QVERIFY(failing.out.contains("SLO e2e:p99=1ms"));
    QVERIFY(failing.out.contains("FAILED"));
    const CliRun passing = runTallyCli(base() << QStringLiteral("--requests") << QStringLiteral("10")
                                              << QStringLiteral("--slo") << QStringLiteral("e2e=30s,errors=1%"));
    QCOMPARE(passing.exitCode, 0);
}

void TstCliBench::ctrlCWritesThePartialResultAndExits130()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGINT delivery to a child is a Unix test");
#else
    int served = 0;
    m_server->setHandler("/v1/chat/completions", [&served](const RecordedRequest &) {
        ScriptedResponse response = ScriptedResponse::chatStream({QStringLiteral("x")}, 3, 1);
        response.sendNothing = ++served > 12; // after a dozen, requests hang until Ctrl+C
        return response;
    });
    const QString jsonl = m_dir->filePath(QStringLiteral("partial.jsonl"));
    const QString csv = m_dir->filePath(QStringLiteral("partial.csv"));
    QProcess process;
    process.start(qEnvironmentVariable("TALLY_CLI"),
                  base() << QStringLiteral("--requests") << QStringLiteral("1000") << QStringLiteral("--concurrency")
                         << QStringLiteral("2") << QStringLiteral("--requests-out") << jsonl << QStringLiteral("--csv") << csv);
    QVERIFY(process.waitForStarted());
    QVERIFY(QTest::qWaitFor([&] { return m_server->requestCount() >= 14; }, 20000));
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    const QByteArray out = process.readAllStandardOutput();
    QVERIFY(out.contains("interrupted: partial result"));
    const QHash<QString, QString> row = csvRow(csv);
    QCOMPARE(row.value(QStringLiteral("complete")), QStringLiteral("false"));
    QCOMPARE(row.value(QStringLiteral("stop_reason")), QStringLiteral("interrupted"));
    QCOMPARE(row.value(QStringLiteral("successes")), QStringLiteral("10")); // 12 served, 2 of them warm-up
    QCOMPARE(row.value(QStringLiteral("cancelled")), QStringLiteral("2"));
    const QList<QByteArray> records = lines(jsonl);
    QCOMPARE(records.size(), 14); // every request that ended, the cancelled two included
    QCOMPARE(QJsonDocument::fromJson(records.last()).object().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("cancelled"));
#endif
}

void TstCliBench::costCapStopsBeforeItIsPassed()
{
    {
        AppSettings settings;
        ModelPrice price;
        price.setProvider(QStringLiteral("test"));
        price.setModel(QStringLiteral("test-model"));
        price.setInputPrice(1000); // per million: a request of 12 + 2 tokens costs 0.014
        price.setOutputPrice(1000);
        price.setCurrency(QStringLiteral("USD"));
        settings.setPriceOverrides({price});
        QVERIFY(settings.sync());
    }
    const CliRun run = runTallyCli(base() << QStringLiteral("--requests") << QStringLiteral("500")
                                          << QStringLiteral("--max-tokens") << QStringLiteral("20")
                                          << QStringLiteral("--max-cost") << QStringLiteral("0.5")
                                          << QStringLiteral("--json"));
    {
        AppSettings settings;
        settings.setPriceOverrides({});
        settings.sync();
    }
    QCOMPARE(run.exitCode, 4);
    QVERIFY(run.err.contains("costs at most"));
    const std::optional<BenchResult> result = BenchResult::fromJson(QJsonDocument::fromJson(run.out).object());
    QVERIFY(result);
    QCOMPARE(result->stop, BenchResult::Stop::CostCap);
    QVERIFY(result->attempts() > 5);
    QVERIFY(m_server->requestCount() < 100);
    // What was spent, warm-up included, stays under the cap.
    const double warmup = 2 * 0.014;
    QVERIFY(result->totalCost().isKnown());
    QVERIFY2(result->totalCost().amount() + warmup <= 0.5, qPrintable(QString::number(result->totalCost().amount())));
}

void TstCliBench::usageErrorsExit2()
{
    for (const QStringList &bad : {QStringList{QStringLiteral("--requests"), QStringLiteral("0")},
                                   QStringList{QStringLiteral("--concurrency"), QStringLiteral("2"), QStringLiteral("--rate"),
                                               QStringLiteral("5")},
                                   QStringList{QStringLiteral("--slo"), QStringLiteral("speed=fast")},
                                   QStringList{QStringLiteral("--arrivals"), QStringLiteral("bursty")},
                                   QStringList{QStringLiteral("--prompts"), m_dir->filePath(QStringLiteral("none.jsonl"))},
                                   QStringList{QStringLiteral("--max-cost"), QStringLiteral("1")}}) {
        const CliRun run = runTallyCli(base() << bad);
        QVERIFY2(run.exitCode == 2, qPrintable(bad.join(u' ') + u": " + QString::fromUtf8(run.err)));
        QVERIFY(!run.err.isEmpty());
    }
    QCOMPARE(m_server->requestCount(), 0);
}

void TstCliBench::unauthorizedEverywhereExits3()
{
    m_server->setHandler("/v1/chat/completions", [](const RecordedRequest &) {
        return ScriptedResponse::openAiError(401, QStringLiteral("Incorrect API key"), QStringLiteral("invalid_request_error"));
    });
    const CliRun run = runTallyCli(base() << QStringLiteral("--requests") << QStringLiteral("5") << QStringLiteral("--warmup")
                                          << QStringLiteral("0"));
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.contains("100.00 %"));
    QCOMPARE(m_server->requestCount(), 5); // no retries in a benchmark
}

void TstCliBench::selfTestReportsTheCeiling()
{
    const CliRun run = runTallyCli({QStringLiteral("bench"), QStringLiteral("--self-test"), QStringLiteral("--requests"),
                                    QStringLiteral("300"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("tally-bench-self-test"));
    const QJsonArray parts = json.value(QStringLiteral("parts")).toArray();
    QCOMPARE(parts.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject part = parts.at(i).toObject();
        const int concurrency = i < 2 ? 10 : 1;
        QCOMPARE(part.value(QStringLiteral("stream")).toBool(), i > 0);
        QCOMPARE(part.value(QStringLiteral("concurrency")).toInt(), concurrency);
        QVERIFY(part.value(QStringLiteral("requests_per_s")).toDouble() > 0);
        // Connections stay open between parts (keep-alive), so the one-at-a-time part sees them too.
        QVERIFY(part.value(QStringLiteral("server_peak_connections")).toInt() >= concurrency);
        QCOMPARE(part.value(QStringLiteral("server_requests")).toInt(), (i < 2 ? 300 : 60) + concurrency);
        QVERIFY(part.value(QStringLiteral("overhead_ms")).isDouble());
    }
}

QTEST_GUILESS_MAIN(TstCliBench)
#include "tst_clibench.moc"
