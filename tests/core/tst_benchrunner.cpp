// The benchmark engine against the real test server with scripted streams of known timings:
// what counts as the first token, how a chunk's gap is split over its tokens, which usage
// object counts, how errors are classified and kept out of the latencies, warm-up, open-loop
// latency from the scheduled time, real concurrency on Qt 6.4, the cost cap and Stop.
// Timings are lower bounds the server guarantees (it waits at least that long), never
// wall-clock budgets the machine must meet.
#include "api/NetworkPool.h"
#include "bench/BenchRunner.h"
#include "bench/StreamTimeline.h"
#include "domain/TokenEstimator.h"

#include "TestServer.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using Outcome = BenchRecord::Outcome;

namespace {

constexpr qint64 kMs = 1'000'000;

QJsonObject roleOnlyChunk()
{
    QJsonObject chunk = ScriptedResponse::contentChunk(QString());
    QJsonArray choices = chunk.value(QStringLiteral("choices")).toArray();
    QJsonObject choice = choices.first().toObject();
    choice.insert(QStringLiteral("delta"), QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}});
    choices[0] = choice;
    chunk.insert(QStringLiteral("choices"), choices);
    return chunk;
}

QByteArray data(const QJsonObject &object)
{
    return ScriptedResponse::sseData(object);
}

// A stream whose parts come after the given delays (ms), each part one SSE event.
ScriptedResponse timedStream(const QList<QPair<QByteArray, int>> &events)
{
    ScriptedResponse response = ScriptedResponse::eventStream({});
    for (const auto &[bytes, delay] : events)
        response.parts.append({bytes, delay});
    return response;
}

} // namespace

class TstBenchRunner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void roleOnlyFirstChunkIsNotTheFirstToken();
    void aThreeTokenChunkSplitsItsGapThreeWays();
    void usageIsTheLastUsageObjectNotASum();
    void errorsAreClassifiedAndLeftOutOfLatency();
    void warmupIsLeftOut();
    void openLoopCountsLatencyFromTheScheduledTime();
    void tenInFlightAtOnceReachTheServer();
    void costCapStopsBeforeItIsPassed();
    void stopKeepsThePartialResult();
    void aRequestThatCannotBeSentRefusesTheRun();
    void progressReportsLiveFigures();

private:
    BenchSpec spec(int requests, int concurrency = 1, int warmup = 0) const;
    BenchResult runToEnd(BenchRunner &runner, const BenchSpec &spec, QList<BenchRecord> *records = nullptr);

    TestServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
};

void TstBenchRunner::init()
{
    m_server = new TestServer(this);
    QVERIFY(m_server->start());
    m_network = new QNetworkAccessManager(this);
}

void TstBenchRunner::cleanup()
{
    delete m_network;
    delete m_server;
}

BenchSpec TstBenchRunner::spec(int requests, int concurrency, int warmup) const
{
    BenchSpec spec;
    spec.request.baseUrl = m_server->baseUrl();
    spec.request.keyRequired = false;
    spec.request.provider = QStringLiteral("test");
    spec.request.model = QStringLiteral("test-model");
    spec.request.maxTokens = 16;
    spec.requests = requests;
    spec.concurrency = concurrency;
    spec.warmup = warmup;
    spec.timeoutMs = 10'000;
    return spec;
}

BenchResult TstBenchRunner::runToEnd(BenchRunner &runner, const BenchSpec &benchSpec, QList<BenchRecord> *records)
{
    QSignalSpy finished(&runner, &BenchRunner::runFinished);
    if (records)
        connect(&runner, &BenchRunner::requestFinished, this, [records](const BenchRecord &record) { records->append(record); });
    ApiError refusal;
    if (!runner.start(benchSpec, &refusal)) {
        qWarning("refused: %s", qPrintable(refusal.fullMessage()));
        return BenchResult();
    }
    if (!finished.wait(30'000))
        qWarning("the run did not finish");
    return finished.isEmpty() ? runner.result() : finished.first().first().value<BenchResult>();
}

void TstBenchRunner::roleOnlyFirstChunkIsNotTheFirstToken()
{
    // The role arrives at once; the first word only 500 ms later. TTFT is the word's.
    m_server->enqueueChat(timedStream({{data(roleOnlyChunk()), 0},
                                       {data(ScriptedResponse::contentChunk(QStringLiteral("Hello"))), 500},
                                       {data(ScriptedResponse::finishChunk()), 0},
                                       {ScriptedResponse::sseDone(), 0}}));
    BenchRunner runner(m_network, PriceTable());
    QList<BenchRecord> records;
    const BenchResult result = runToEnd(runner, spec(1), &records);
    QCOMPARE(result.successes(), 1u);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().pieces, 1);
    // The server's timers may fire up to 5% early (Qt's coarse timers): 475 ms, not 500.
    QVERIFY2(*records.first().ttftNs() >= 450 * kMs, qPrintable(QString::number(*records.first().ttftNs())));
    QVERIFY(*records.first().ttfbMs < 500); // the headers (and the role) came long before
    QCOMPARE(result.ttft.count(), 1u);
}

void TstBenchRunner::aThreeTokenChunkSplitsItsGapThreeWays()
{
    const QString three = QStringLiteral(" red green blue");
    QCOMPARE(TokenEstimator::estimateText(QStringLiteral("Hi")), 1);
    QCOMPARE(TokenEstimator::estimateText(QStringLiteral(" there")), 1);
    QCOMPARE(TokenEstimator::estimateText(three), 3);
    // Hi, then " there" 100 ms later, then three tokens in one chunk 600 ms after that. The
    // provider reports 5 output tokens: the chunks' own estimates add up to it.
    m_server->enqueueChat(timedStream({{data(ScriptedResponse::contentChunk(QStringLiteral("Hi"))), 0},
                                       {data(ScriptedResponse::contentChunk(QStringLiteral(" there"))), 100},
                                       {data(ScriptedResponse::contentChunk(three)), 600},
                                       {data(ScriptedResponse::finishChunk()), 0},
                                       {data(ScriptedResponse::usageChunk(9, 5)), 0},
                                       {ScriptedResponse::sseDone(), 0}}));
    BenchRunner runner(m_network, PriceTable());
    const BenchResult result = runToEnd(runner, spec(1));
    QCOMPARE(result.successes(), 1u);
    // One value for " there", three for the 3-token chunk; the first chunk is TTFT's.
    QCOMPARE(result.itl.count(), 4u);
    QCOMPARE(result.chunkGaps.count(), 2u);
    // The raw gap is about 600 ms (the server's timers may fire 5% early); split three ways no
    // single token took that long.
    QVERIFY(result.chunkGaps.max() >= 540 * kMs);
    QVERIFY2(result.itl.max() < result.chunkGaps.max() / 2, qPrintable(QString::number(result.itl.max())));
    QVERIFY(result.itl.max() >= 150 * kMs);
    // TPOT: (E2E - TTFT) / (5 - 1) from the same clock: about 700 / 4 ms.
    QCOMPARE(result.tpot.count(), 1u);
    QVERIFY(result.tpot.max() >= 150 * kMs);

    // The same rule on the timeline alone, with exact times.
    StreamTimeline timeline;
    timeline.addPiece(1000, QStringLiteral("Hi"));
    timeline.addPiece(1000 + 100 * kMs, QStringLiteral(" there"));
    timeline.addPiece(1000 + 700 * kMs, three);
    const QList<StreamTimeline::Gap> gaps = timeline.interTokenGaps(5);
    QCOMPARE(gaps.size(), 2);
    QCOMPARE(gaps.at(0).tokens, 1);
    QCOMPARE(gaps.at(0).perTokenNs, 100 * kMs);
    QCOMPARE(gaps.at(1).tokens, 3);
    QCOMPARE(gaps.at(1).perTokenNs, 200 * kMs);
    // A provider that counts 10 tokens doubles each chunk's share.
    QCOMPARE(timeline.interTokenGaps(10).at(1).tokens, 6);
    QCOMPARE(*timeline.timePerOutputToken(5), 700 * kMs / 4);
    QVERIFY(!timeline.timePerOutputToken(1));
}

void TstBenchRunner::usageIsTheLastUsageObjectNotASum()
{
    // Some providers repeat usage; the last object is the count, never the sum.
    m_server->enqueueChat(timedStream({{data(ScriptedResponse::contentChunk(QStringLiteral("one"))), 0},
                                       {data(ScriptedResponse::usageChunk(4, 7)), 0},
                                       {data(ScriptedResponse::finishChunk()), 0},
                                       {data(ScriptedResponse::usageChunk(4, 9)), 0},
                                       {ScriptedResponse::sseDone(), 0}}));
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("no"), QStringLiteral(" usage")}));
    BenchRunner runner(m_network, PriceTable());
    QList<BenchRecord> records;
    const BenchResult result = runToEnd(runner, spec(2), &records);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).usage.completionTokens, 9);
    QVERIFY(records.at(0).usage.isReported());
    QVERIFY(!records.at(1).usage.isReported()); // estimated, and labelled so
    QCOMPARE(result.outputTokens, 9 + records.at(1).usage.completionTokens);
    QCOMPARE(result.usageReported, 1);
    QCOMPARE(result.usageEstimated, 1);
}

void TstBenchRunner::errorsAreClassifiedAndLeftOutOfLatency()
{
    ScriptedResponse slowSuccess = ScriptedResponse::chatStream({QStringLiteral("ok")}, 3, 1);
    m_server->enqueueChat(slowSuccess);
    m_server->enqueueChat(ScriptedResponse::openAiError(500, QStringLiteral("boom"), QStringLiteral("server_error")));
    m_server->enqueueChat(ScriptedResponse::openAiError(429, QStringLiteral("slow down"), QStringLiteral("rate_limit"))
                              .withHeader("Retry-After", "3"));
    m_server->enqueueChat(ScriptedResponse::openAiError(401, QStringLiteral("bad key"), QStringLiteral("auth")));
    m_server->enqueueChat(ScriptedResponse::eventStream(
        {data(ScriptedResponse::contentChunk(QStringLiteral("partial"))),
         R"(data: {"error":{"message":"overloaded","code":"overloaded"}})" "\n\n"}));
    ScriptedResponse truncated = ScriptedResponse::chatStream({QStringLiteral("cut"), QStringLiteral(" off")});
    truncated.dropAfterBodyBytes = truncated.body().size() / 3;
    m_server->enqueueChat(truncated);
    m_server->enqueueChat(ScriptedResponse::chatStream({}));
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("ok again")}, 3, 2));

    BenchRunner runner(m_network, PriceTable());
    QList<BenchRecord> records;
    const BenchResult result = runToEnd(runner, spec(8), &records);
    QCOMPARE(result.attempts(), 8u);
    QCOMPARE(result.successes(), 2u);
    QCOMPARE(result.count(Outcome::ServerError), 1u);
    QCOMPARE(result.count(Outcome::RateLimited), 1u);
    QCOMPARE(result.count(Outcome::ClientError), 1u);
    QCOMPARE(result.count(Outcome::StreamError), 1u);
    QCOMPARE(result.count(Outcome::Truncated), 1u);
    QCOMPARE(result.count(Outcome::Empty), 1u);
    QCOMPARE(result.errorRate(), 6.0 / 8.0);
    QCOMPARE(*result.maxRetryAfterMs, 3000); // no retry: the 429 is data
    QCOMPARE(m_server->requestCount(), 8);
    // Latency figures are the two successes'; the errors have their own distribution.
    QCOMPARE(result.e2e.count(), 2u);
    QCOMPARE(result.ttft.count(), 2u);
    QCOMPARE(result.errorLatency.count(), 6u);
    QCOMPARE(records.at(3).errorKind, ApiError::Kind::Authentication);
    QCOMPARE(records.at(3).httpStatus, 401);
}

void TstBenchRunner::warmupIsLeftOut()
{
    // Two slow warm-up replies (cold caches, a first TLS handshake) must not touch the figures.
    for (int i = 0; i < 2; ++i) {
        ScriptedResponse slow = ScriptedResponse::chatStream({QStringLiteral("warm")});
        slow.headerDelayMs = 600;
        m_server->enqueueChat(slow);
    }
    for (int i = 0; i < 3; ++i)
        m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("fast")}));
    BenchRunner runner(m_network, PriceTable());
    QList<BenchRecord> records;
    const BenchResult result = runToEnd(runner, spec(3, 2, 2), &records);
    QCOMPARE(result.warmupDone, 2u);
    QCOMPARE(result.attempts(), 3u);
    QCOMPARE(result.e2e.count(), 3u);
    QVERIFY(result.e2e.max() < 600 * kMs);
    QVERIFY(records.at(0).warmup && records.at(1).warmup && !records.at(2).warmup);
    // The measured phase starts after the warm-up ended, so its duration leaves it out too.
    QVERIFY(result.firstSendNs >= records.at(1).endNs);
}

void TstBenchRunner::openLoopCountsLatencyFromTheScheduledTime()
{
    // Four arrivals 100 ms apart, one at a time; the server stalls the first for 800 ms. The
    // three behind it wait: measured from their send they look instant, from their scheduled
    // time they took 500-700 ms, and that is what the user would have seen.
    ScriptedResponse stall = ScriptedResponse::chatStream({QStringLiteral("late")});
    stall.headerDelayMs = 800;
    m_server->enqueueChat(stall);
    for (int i = 0; i < 3; ++i)
        m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("quick")}));
    BenchSpec open = spec(4);
    open.load = BenchSpec::Load::Open;
    open.rate = 10;
    open.arrivals = BenchSpec::Arrivals::Constant;
    open.maxConcurrency = 1;
    BenchRunner runner(m_network, PriceTable());
    QList<BenchRecord> records;
    const BenchResult result = runToEnd(runner, open, &records);
    QCOMPARE(result.successes(), 4u);
    for (const BenchRecord &record : std::as_const(records)) {
        QVERIFY(record.latencyFromScheduled);
        QVERIFY2(*record.e2eNs() >= 400 * kMs, qPrintable(QString::number(*record.e2eNs())));
    }
    QCOMPARE(records.at(3).scheduledNs - records.at(0).scheduledNs, 300 * kMs);
    QVERIFY(records.at(3).queueNs() >= 400 * kMs);
    QVERIFY(result.e2e.percentile(50) >= 400 * kMs); // not a flattering p50 of a few ms
    QVERIFY(result.queue.max() >= 400 * kMs);
    QCOMPARE(result.queue.count(), 4u);
}

void TstBenchRunner::tenInFlightAtOnceReachTheServer()
{
    // Qt 6.4 gives one network manager six connections per host; at concurrency 10 the other
    // four must not wait in Qt's queue. Each reply is held long enough for all ten to arrive.
    m_server->setHandler("/v1/chat/completions", [](const RecordedRequest &) {
        ScriptedResponse held = ScriptedResponse::chatStream({QStringLiteral("x")}, 3, 1);
        held.headerDelayMs = 1500;
        return held;
    });
    BenchRunner runner(m_network, PriceTable());
    const BenchResult result = runToEnd(runner, spec(10, 10));
    QCOMPARE(result.successes(), 10u);
    QCOMPARE(m_server->peakOpenConnectionCount(), 10);
    QCOMPARE(result.peakInFlight, 10);
    QCOMPARE(result.networkManagers, 10 > NetworkPool::slotsPerManager() ? 2 : 1);
}

void TstBenchRunner::costCapStopsBeforeItIsPassed()
{
    m_server->setHandler("/v1/chat/completions",
                         [](const RecordedRequest &) { return ScriptedResponse::chatStream({QStringLiteral("x")}, 10, 2); });
    ModelPrice price;
    price.setProvider(QStringLiteral("test"));
    price.setModel(QStringLiteral("test-model"));
    price.setInputPrice(1000);  // per million tokens: 0.001 per prompt token
    price.setOutputPrice(1000);
    price.setCurrency(QStringLiteral("USD"));
    PriceTable prices;
    prices.setOverride(price);
    BenchSpec capped = spec(50, 2);
    const double worst = capped.worstCasePerRequest(prices).amount();
    QVERIFY(worst > 0);
    capped.maxCost = worst * 5.5; // room for five requests at their worst, never a sixth
    BenchRunner runner(m_network, prices);
    const BenchResult result = runToEnd(runner, capped);
    QCOMPARE(result.stop, BenchResult::Stop::CostCap);
    QVERIFY(!result.isComplete());
    QVERIFY(result.attempts() >= 5);
    QVERIFY(result.attempts() < 50);
    QVERIFY(result.totalCost().isKnown());
    QVERIFY2(result.totalCost().amount() <= *capped.maxCost,
             qPrintable(QStringLiteral("%1 > %2").arg(result.totalCost().amount()).arg(*capped.maxCost)));
    QCOMPARE(m_server->requestCount(), int(result.attempts()));

    // Without a price the cap cannot be kept, so the run does not start.
    BenchRunner unpriced(m_network, PriceTable());
    ApiError refusal;
    QVERIFY(!unpriced.start(capped, &refusal));
    QCOMPARE(refusal.kind(), ApiError::Kind::Configuration);
}

void TstBenchRunner::stopKeepsThePartialResult()
{
    int served = 0;
    m_server->setHandler("/v1/chat/completions", [&served](const RecordedRequest &) {
        ScriptedResponse response = ScriptedResponse::chatStream({QStringLiteral("x")});
        if (++served > 3)
            response.sendNothing = true; // the rest never answer: only Stop ends them
        return response;
    });
    BenchRunner runner(m_network, PriceTable());
    QSignalSpy finished(&runner, &BenchRunner::runFinished);
    QVERIFY(runner.start(spec(100, 2)));
    QTRY_COMPARE(runner.result().successes(), 3u);
    QTRY_COMPARE(runner.inFlight(), 2);
    runner.stop();
    QVERIFY(!runner.isRunning());
    QVERIFY(finished.wait(5000));
    const BenchResult result = finished.first().first().value<BenchResult>();
    QCOMPARE(result.stop, BenchResult::Stop::Stopped);
    QCOMPARE(result.successes(), 3u);
    QCOMPARE(result.count(Outcome::Cancelled), 2u);
    QCOMPARE(result.errors(), 0u); // cancelled requests are neither successes nor errors
    QCOMPARE(result.e2e.count(), 3u);
}

void TstBenchRunner::aRequestThatCannotBeSentRefusesTheRun()
{
    BenchSpec noKey = spec(5);
    noKey.request.keyRequired = true; // and no key given
    BenchRunner runner(m_network, PriceTable());
    QSignalSpy finished(&runner, &BenchRunner::runFinished);
    ApiError refusal;
    QVERIFY(!runner.start(noKey, &refusal));
    QCOMPARE(refusal.kind(), ApiError::Kind::MissingKey);
    QVERIFY(!runner.isRunning());
    QTest::qWait(50);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(m_server->requestCount(), 0);

    BenchSpec invalid = spec(0);
    QVERIFY(!runner.start(invalid, &refusal));
    QCOMPARE(refusal.kind(), ApiError::Kind::Configuration);
}

void TstBenchRunner::progressReportsLiveFigures()
{
    m_server->setHandler("/v1/chat/completions", [](const RecordedRequest &) {
        ScriptedResponse response = ScriptedResponse::chatStream({QStringLiteral("x")}, 3, 1);
        response.headerDelayMs = 20;
        return response;
    });
    BenchRunner runner(m_network, PriceTable());
    runner.setProgressIntervalMs(20);
    QList<BenchProgress> seen;
    connect(&runner, &BenchRunner::progressed, this, [&seen](const BenchProgress &progress) { seen.append(progress); });
    const BenchResult result = runToEnd(runner, spec(30, 3));
    QCOMPARE(result.successes(), 30u);
    QVERIFY(seen.size() >= 2);
    const BenchProgress &last = seen.last();
    QCOMPARE(last.done, 30);
    QCOMPARE(last.total, 30);
    QCOMPARE(last.inFlight, 0);
    QVERIFY(last.requestsPerSecond > 0);
    QVERIFY(last.e2eP50Ns.has_value() && *last.e2eP50Ns >= 20 * kMs);
    QVERIFY(last.ttftP99Ns.has_value());
    bool sawMidRun = false;
    for (const BenchProgress &progress : std::as_const(seen))
        sawMidRun = sawMidRun || (progress.done > 0 && progress.done < 30);
    QVERIFY(sawMidRun);
}

QTEST_GUILESS_MAIN(TstBenchRunner)
#include "tst_benchrunner.moc"
