// The aggregate of a run: counts, throughput, Little's law, cost figures with their sources, the
// sanity checks, and a JSON summary that reads back exactly (how stored runs come back).
#include "bench/BenchChecks.h"
#include "bench/BenchResult.h"
#include "bench/BenchSpec.h"
#include "bench/StreamTimeline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using Outcome = BenchRecord::Outcome;

namespace {

constexpr qint64 kMs = 1'000'000;

ModelPrice price()
{
    ModelPrice price;
    price.setProvider(QStringLiteral("test"));
    price.setModel(QStringLiteral("test-model"));
    price.setInputPrice(1);
    price.setCachedInputPrice(0.5);
    price.setOutputPrice(4);
    price.setCurrency(QStringLiteral("USD"));
    return price;
}

// 100 successes of 10 ms each, back to back over 10 lanes (a closed loop at 10), and
// `errors` 500s; usage reported, cost estimated from the price.
BenchResult closedLoopRun(int errors, quint64 cachedPerRequest = 0)
{
    BenchSpec spec;
    spec.request.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/v1"));
    spec.request.provider = QStringLiteral("test");
    spec.request.model = QStringLiteral("test-model");
    spec.request.maxTokens = 50;
    spec.requests = 100 + errors;
    spec.concurrency = 10;
    BenchResult result = BenchResult::forSpec(spec, price());
    result.startedAt = QDateTime(QDate(2026, 11, 28), QTime(10, 40), Qt::UTC);
    for (int i = 0; i < 100 + errors; ++i) {
        BenchRecord record;
        record.index = i;
        const qint64 lane = i % 10;
        const qint64 round = i / 10;
        record.sentNs = round * 10 * kMs + lane;
        record.scheduledNs = record.sentNs;
        record.endNs = record.sentNs + 10 * kMs;
        StreamTimeline timeline;
        if (i < 100) {
            record.outcome = Outcome::Success;
            record.httpStatus = 200;
            record.firstTextNs = record.sentNs + 2 * kMs;
            record.lastTextNs = record.sentNs + 10 * kMs;
            record.usage = {20, 5, qint64(cachedPerRequest), 0, TokenUsage::Source::Reported};
            record.cost = price().costOf(record.usage);
            for (int piece = 0; piece < 5; ++piece)
                timeline.addPiece(record.sentNs + (2 + 2 * piece) * kMs, QStringLiteral("x"));
        } else {
            record.outcome = Outcome::ServerError;
            record.httpStatus = 500;
        }
        result.add(record, timeline);
    }
    result.peakInFlight = 10;
    result.networkManagers = 2;
    result.stop = BenchResult::Stop::Finished;
    result.finishedAt = result.startedAt.addSecs(1);
    return result;
}

} // namespace

class TstBenchResult final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsThroughputAndLittlesLaw();
    void costFiguresAreLabelled();
    void reportedCostWinsAndMixedIsEstimated();
    void checksFlagWhatMakesAFigureMeaningless();
    void jsonRoundTripsExactly();
    void jsonIsVersionedWithDefinitions();
};

void TstBenchResult::countsThroughputAndLittlesLaw()
{
    const BenchResult result = closedLoopRun(0);
    QCOMPARE(result.attempts(), 100u);
    QCOMPARE(result.successes(), 100u);
    QCOMPARE(result.errorRate(), 0.0);
    QVERIFY(std::abs(result.durationSeconds() - 0.1) < 1e-6);
    QVERIFY(std::abs(result.requestsPerSecond() - 1000) < 1);
    // 1,000 req/s x 10 ms = 10 in flight: the configured concurrency.
    QVERIFY(std::abs(result.littlesLawInFlight() - 10) < 0.01);
    QCOMPARE(result.ttft.count(), 100u);
    QVERIFY(std::abs(result.ttft.percentile(50) - 2 * kMs) < kMs / 50);
    QCOMPARE(result.itl.count(), 400u); // 4 gaps of one token each, per request
    QVERIFY(std::abs(result.tpot.percentile(50) - 2 * kMs) < kMs / 50);
    QCOMPARE(result.outputTokens, 500);
    QVERIFY(std::abs(result.outputTokensPerSecond() - 5000) < 5);
}

void TstBenchResult::costFiguresAreLabelled()
{
    const BenchResult result = closedLoopRun(3, 10);
    QCOMPARE(result.errors(), 3u);
    // Errors (500s) are not billed: tokens and cost are the 100 successes'.
    QCOMPARE(result.billedRequests, 100);
    const CostEstimate total = result.totalCost();
    QCOMPARE(total.source(), CostEstimate::Source::Estimated);
    // Per request: 10 uncached x 1 + 10 cached x 0.5 + 5 x 4 = 35 per million tokens.
    QVERIFY(std::abs(total.amount() - 100 * 35e-6) < 1e-12);
    QVERIFY(std::abs(result.costPerRequest().amount() - 35e-6) < 1e-12);
    QVERIFY(std::abs(result.costPerMillionInput().amount() - 0.75) < 1e-9);
    QVERIFY(std::abs(result.costPerMillionOutput().amount() - 4) < 1e-9);
    QVERIFY(std::abs(result.costPerMillionBlended().amount() - 35e-6 / 25 * 1e6) < 1e-9);
    QVERIFY(std::abs(result.cachedShare() - 0.5) < 1e-9);
}

void TstBenchResult::reportedCostWinsAndMixedIsEstimated()
{
    BenchResult result;
    BenchRecord record;
    record.outcome = Outcome::Success;
    record.httpStatus = 200;
    record.endNs = kMs;
    record.cost = CostEstimate::reported(0.5, QStringLiteral("USD"));
    result.add(record, StreamTimeline());
    QCOMPARE(result.totalCost().source(), CostEstimate::Source::Reported);
    record.cost = CostEstimate::estimated(0.25, QStringLiteral("USD"));
    result.add(record, StreamTimeline());
    QCOMPARE(result.totalCost().source(), CostEstimate::Source::Estimated);
    QCOMPARE(result.totalCost().amount(), 0.75);
    record.cost = CostEstimate::unknown();
    result.add(record, StreamTimeline());
    QVERIFY(!result.totalCost().isKnown()); // one unpriced request makes the total unknown, not low
}

void TstBenchResult::checksFlagWhatMakesAFigureMeaningless()
{
    BenchResult result = closedLoopRun(0);
    const auto find = [](const QList<BenchChecks::Check> &checks, const QString &code) {
        for (const BenchChecks::Check &check : checks) {
            if (check.code == code)
                return std::optional<BenchChecks::Check>(check);
        }
        return std::optional<BenchChecks::Check>();
    };
    QList<BenchChecks::Check> checks = BenchChecks::of(result);
    QVERIFY(find(checks, QStringLiteral("littles_law"))->ok);
    QVERIFY(find(checks, QStringLiteral("peak_in_flight"))->ok);
    QVERIFY(find(checks, QStringLiteral("p99_samples"))->ok);
    QVERIFY(!find(checks, QStringLiteral("usage_missing")));
    QVERIFY(!find(checks, QStringLiteral("rate_limited")));

    // A client that only ever had 6 in flight at concurrency 10 (Qt 6.4's queue) is caught.
    result.peakInFlight = 6;
    result.concurrency = 16;
    result.clientCpuSeconds = 0.095; // 95% of one core over 0.1 s
    BenchRecord limited;
    limited.outcome = Outcome::RateLimited;
    limited.httpStatus = 429;
    limited.retryAfterMs = 2000;
    limited.endNs = 50 * kMs;
    BenchRecord estimated;
    estimated.outcome = Outcome::Success;
    estimated.httpStatus = 200;
    estimated.endNs = 60 * kMs;
    estimated.lastTextNs = 55 * kMs;
    result.add(limited, StreamTimeline());
    result.add(estimated, StreamTimeline()); // usage not reported
    checks = BenchChecks::of(result);
    QVERIFY(!find(checks, QStringLiteral("littles_law"))->ok);
    QVERIFY(!find(checks, QStringLiteral("peak_in_flight"))->ok);
    QVERIFY(!find(checks, QStringLiteral("usage_missing"))->ok);
    QVERIFY(!find(checks, QStringLiteral("rate_limited"))->ok);
    QVERIFY(find(checks, QStringLiteral("rate_limited"))->message.contains(QStringLiteral("2")));
    QVERIFY(!find(checks, QStringLiteral("client_ceiling"))->ok);

    BenchResult few = closedLoopRun(0);
    few.e2e.clear();
    few.e2e.record(kMs, 40);
    QVERIFY(!find(BenchChecks::of(few), QStringLiteral("p99_samples"))->ok);
}

void TstBenchResult::jsonRoundTripsExactly()
{
    BenchResult result = closedLoopRun(2, 4);
    QString error;
    result.slos = *BenchSlo::parseList(QStringLiteral("ttft=5ms,errors=5%"), &error);
    result.maxRetryAfterMs = 1500;
    result.clientCpuSeconds = 0.02;
    const QJsonObject json = result.toJson();
    const std::optional<BenchResult> back = BenchResult::fromJson(json);
    QVERIFY(back);
    // Everything derived from the read-back result is what the original says.
    const QByteArray again = QJsonDocument(back->toJson()).toJson();
    const QByteArray original = QJsonDocument(json).toJson();
    QCOMPARE(again, original);
    QCOMPARE(back->slos, result.slos);
    QCOMPARE(back->e2e, result.e2e);
    QCOMPARE(back->stop, BenchResult::Stop::Finished);

    QJsonObject other = json;
    other.insert(QStringLiteral("version"), 2);
    QVERIFY(!BenchResult::fromJson(other));
    other = json;
    other.insert(QStringLiteral("format"), QStringLiteral("something-else"));
    QVERIFY(!BenchResult::fromJson(other));
}

void TstBenchResult::jsonIsVersionedWithDefinitions()
{
    const QJsonObject json = closedLoopRun(1).toJson();
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("tally-bench"));
    QCOMPARE(json.value(QStringLiteral("version")).toInt(), 1);
    QVERIFY(!json.value(QStringLiteral("qt")).toString().isEmpty());
    QVERIFY(!json.value(QStringLiteral("tally")).toString().isEmpty());
    const QJsonObject definitions = json.value(QStringLiteral("definitions")).toObject();
    for (const char *name : {"ttft", "e2e", "itl", "tpot", "output_tokens", "clock", "latency_origin"})
        QVERIFY2(definitions.contains(QLatin1String(name)), name);
    QCOMPARE(json.value(QStringLiteral("endpoint")).toObject().value(QStringLiteral("host")).toString(),
             QStringLiteral("127.0.0.1:8080"));
    QCOMPARE(json.value(QStringLiteral("requests")).toObject().value(QStringLiteral("errors")).toInt(), 1);
    const QJsonObject ttft = json.value(QStringLiteral("latency_ms")).toObject().value(QStringLiteral("ttft")).toObject();
    QCOMPARE(ttft.value(QStringLiteral("count")).toInt(), 100);
    QVERIFY(std::abs(ttft.value(QStringLiteral("p50")).toDouble() - 2.0) < 0.05);
    QCOMPARE(json.value(QStringLiteral("concurrency")).toObject().value(QStringLiteral("peak_in_flight")).toInt(), 10);
    QVERIFY(json.value(QStringLiteral("checks")).toArray().size() >= 3);
}

QTEST_GUILESS_MAIN(TstBenchResult)
#include "tst_benchresult.moc"
