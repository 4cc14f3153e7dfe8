// The log-bucketed histogram: percentiles within its stated error of the exact nearest-rank
// value over a wide range, exact min/max/mean, constant memory, merging and JSON.
#include "bench/LatencyHistogram.h"
#include "bench/LatencySummary.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>

class TstLatencyHistogram final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyHistogramIsZero();
    void smallValuesAreExact();
    void percentilesAreWithinOnePercent_data();
    void percentilesAreWithinOnePercent();
    void memoryDoesNotGrowWithCount();
    void weightedRecordAndMerge();
    void jsonRoundTrip();
    void rejectsMalformedJson();
    void summaryCarriesItsSampleCount();
};

void TstLatencyHistogram::emptyHistogramIsZero()
{
    const LatencyHistogram histogram;
    QVERIFY(histogram.isEmpty());
    QCOMPARE(histogram.percentile(50), 0);
    QCOMPARE(histogram.min(), 0);
    QCOMPARE(histogram.max(), 0);
    QCOMPARE(histogram.mean(), 0.0);
    QVERIFY(histogram.buckets().isEmpty());
}

void TstLatencyHistogram::smallValuesAreExact()
{
    LatencyHistogram histogram;
    for (qint64 v = 1; v <= 100; ++v)
        histogram.record(v);
    QCOMPARE(histogram.percentile(50), 50);
    QCOMPARE(histogram.percentile(99), 99);
    QCOMPARE(histogram.percentile(100), 100);
    QCOMPARE(histogram.percentile(0), 1);
    QCOMPARE(histogram.mean(), 50.5);
    histogram.record(-5); // a clock that went backwards counts as 0, never as a huge number
    QCOMPARE(histogram.min(), 0);
}

void TstLatencyHistogram::percentilesAreWithinOnePercent_data()
{
    QTest::addColumn<qint64>("low");
    QTest::addColumn<qint64>("high");
    QTest::newRow("microseconds") << qint64(1'000) << qint64(900'000);
    QTest::newRow("milliseconds") << qint64(1'000'000) << qint64(900'000'000);
    QTest::newRow("seconds to minutes") << qint64(1'000'000'000) << qint64(600'000'000'000);
}

void TstLatencyHistogram::percentilesAreWithinOnePercent()
{
    QFETCH(qint64, low);
    QFETCH(qint64, high);
    QRandomGenerator random(42);
    QList<qint64> values;
    LatencyHistogram histogram;
    for (int i = 0; i < 20'000; ++i) {
        // Log-uniform, like latencies with a long tail.
        const double exponent = std::log(double(low)) + random.generateDouble() * (std::log(double(high)) - std::log(double(low)));
        const qint64 value = qint64(std::exp(exponent));
        values.append(value);
        histogram.record(value);
    }
    std::sort(values.begin(), values.end());
    for (double percent : {1.0, 10.0, 50.0, 90.0, 95.0, 99.0, 99.9}) {
        const qint64 exact = values.at(qsizetype(std::ceil(percent / 100.0 * double(values.size()))) - 1);
        const qint64 estimate = histogram.percentile(percent);
        QVERIFY2(std::abs(double(estimate - exact)) <= 0.01 * double(exact),
                 qPrintable(QStringLiteral("p%1: %2 vs exact %3").arg(percent).arg(estimate).arg(exact)));
    }
    QCOMPARE(histogram.min(), values.first());
    QCOMPARE(histogram.max(), values.last());
    QCOMPARE(histogram.count(), quint64(values.size()));
}

void TstLatencyHistogram::memoryDoesNotGrowWithCount()
{
    LatencyHistogram histogram;
    QRandomGenerator random(7);
    for (int i = 0; i < 1'000'000; ++i)
        histogram.record(qint64(random.bounded(10'000'000)) + 1'000'000); // 1-11 ms
    // A million values between 1 and 11 ms fit in a few hundred buckets.
    QVERIFY(histogram.buckets().size() < 300);
    QCOMPARE(histogram.count(), 1'000'000u);
}

void TstLatencyHistogram::weightedRecordAndMerge()
{
    LatencyHistogram a;
    a.record(1'000'000, 3);
    LatencyHistogram b;
    b.record(5'000'000);
    a.merge(b);
    QCOMPARE(a.count(), 4u);
    QCOMPARE(a.max(), 5'000'000);
    QCOMPARE(a.min(), 1'000'000);
    QCOMPARE(a.mean(), 2'000'000.0);
    QVERIFY(std::abs(a.percentile(75) - 1'000'000) <= 10'000);
    LatencyHistogram empty;
    empty.merge(a);
    QCOMPARE(empty, a);
}

void TstLatencyHistogram::jsonRoundTrip()
{
    LatencyHistogram histogram;
    for (qint64 v : {qint64(3), qint64(250), qint64(12'345), qint64(7'000'000), qint64(7'000'001), qint64(4'000'000'000)})
        histogram.record(v);
    const std::optional<LatencyHistogram> back = LatencyHistogram::fromJson(histogram.toJson());
    QVERIFY(back);
    QCOMPARE(back->count(), histogram.count());
    QCOMPARE(back->min(), histogram.min());
    QCOMPARE(back->max(), histogram.max());
    QCOMPARE(back->mean(), histogram.mean());
    for (double percent : {10.0, 50.0, 90.0, 99.0})
        QCOMPARE(back->percentile(percent), histogram.percentile(percent));
    QVERIFY(LatencyHistogram::fromJson(LatencyHistogram().toJson())->isEmpty());
}

void TstLatencyHistogram::rejectsMalformedJson()
{
    QJsonObject object = LatencyHistogram().toJson();
    object.insert(QStringLiteral("unit"), QStringLiteral("ms"));
    QVERIFY(!LatencyHistogram::fromJson(object));
    LatencyHistogram one;
    one.record(10);
    QJsonObject wrongCount = one.toJson();
    wrongCount.insert(QStringLiteral("count"), 5);
    QVERIFY(!LatencyHistogram::fromJson(wrongCount));
}

void TstLatencyHistogram::summaryCarriesItsSampleCount()
{
    LatencyHistogram histogram;
    for (qint64 v = 1; v <= 40; ++v)
        histogram.record(v * 1'000'000);
    const LatencySummary summary = LatencySummary::of(histogram);
    QCOMPARE(summary.count, 40u);
    QVERIFY(summary.count < LatencySummary::kSamplesForP99);
    QCOMPARE(summary.maxNs, 40'000'000);
    const QJsonObject json = summary.toJson();
    QCOMPARE(json.value(QStringLiteral("count")).toInt(), 40);
    QCOMPARE(json.value(QStringLiteral("max")).toDouble(), 40.0);
    QVERIFY(json.contains(QStringLiteral("p99.9")));
}

QTEST_GUILESS_MAIN(TstLatencyHistogram)
#include "tst_latencyhistogram.moc"
