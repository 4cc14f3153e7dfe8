// Service-level objectives as `--slo` takes them, and how a result is held to them.
#include "bench/BenchResult.h"
#include "bench/BenchSlo.h"
#include "bench/StreamTimeline.h"

#include <QTest>

using Metric = BenchSlo::Metric;

class TstBenchSlo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheDocumentedForms();
    void rejectsWhatItCannotRead_data();
    void rejectsWhatItCannotRead();
    void resultIsHeldToEachObjectiveAndGoodputCounts();
};

void TstBenchSlo::parsesTheDocumentedForms()
{
    QString error;
    const std::optional<QList<BenchSlo>> slos =
        BenchSlo::parseList(QStringLiteral("ttft=500ms, e2e=10s,errors=1%,tpot:p90=50ms,itl=800us,e2e:p99.9=2m"), &error);
    QVERIFY2(slos, qPrintable(error));
    QCOMPARE(slos->size(), 6);
    QCOMPARE(slos->at(0).metric, Metric::Ttft);
    QCOMPARE(slos->at(0).percentile, 99.0);
    QCOMPARE(slos->at(0).limit, 500e6);
    QCOMPARE(slos->at(1).limit, 10e9);
    QCOMPARE(slos->at(2).metric, Metric::ErrorRate);
    QCOMPARE(slos->at(2).limit, 0.01);
    QCOMPARE(slos->at(3).percentile, 90.0);
    QCOMPARE(slos->at(4).limit, 800e3);
    QCOMPARE(slos->at(5).percentile, 99.9);
    QCOMPARE(slos->at(5).limit, 120e9);
    QCOMPARE(slos->at(0).toString(), QStringLiteral("ttft:p99=500ms"));
    QCOMPARE(slos->at(2).toString(), QStringLiteral("errors=1%"));
    // What toString() writes reads back the same (stored runs keep their objectives so).
    QCOMPARE(BenchSlo::parseList(slos->at(3).toString(), &error)->first(), slos->at(3));
    QCOMPARE(BenchSlo::parseList(QStringLiteral("e2e=1"), &error)->first().limit, 1e6); // bare number: ms
}

void TstBenchSlo::rejectsWhatItCannotRead_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("unknown metric") << QStringLiteral("speed=5ms");
    QTest::newRow("no value") << QStringLiteral("ttft");
    QTest::newRow("bad unit") << QStringLiteral("ttft=5h");
    QTest::newRow("percent over 100") << QStringLiteral("errors=150%");
    QTest::newRow("percentile on errors") << QStringLiteral("errors:p99=1%");
    QTest::newRow("empty") << QStringLiteral(" , ");
}

void TstBenchSlo::rejectsWhatItCannotRead()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!BenchSlo::parseList(text, &error));
    QVERIFY(!error.isEmpty());
}

void TstBenchSlo::resultIsHeldToEachObjectiveAndGoodputCounts()
{
    QString error;
    BenchResult result;
    result.slos = *BenchSlo::parseList(QStringLiteral("ttft=100ms,e2e=1s,errors=20%"), &error);
    // Four successes: TTFT 50, 50, 50 and 150 ms; E2E under a second. One error in five.
    for (int i = 0; i < 5; ++i) {
        BenchRecord record;
        record.index = i;
        record.sentNs = 0;
        record.httpStatus = i == 4 ? 500 : 200;
        record.outcome = i == 4 ? BenchRecord::Outcome::ServerError : BenchRecord::Outcome::Success;
        record.firstTextNs = i == 3 ? 150'000'000 : 50'000'000;
        record.lastTextNs = 200'000'000;
        record.endNs = 210'000'000;
        StreamTimeline timeline;
        if (record.isSuccess()) {
            timeline.addPiece(*record.firstTextNs, QStringLiteral("a"));
            timeline.addPiece(*record.lastTextNs, QStringLiteral("b"));
        }
        result.add(record, timeline);
    }
    const QList<BenchSloResult> slos = result.sloResults();
    QCOMPARE(slos.size(), 3);
    QVERIFY(!slos.at(0).passed); // p99 TTFT is the 150 ms one
    QCOMPARE(slos.at(0).samples, 4u);
    QVERIFY(slos.at(1).passed);
    QVERIFY(slos.at(2).passed); // 20% errors is within 20%
    QVERIFY(!result.slosPassed());
    QCOMPARE(result.goodRequests, 3u); // the slow-TTFT success is not good
    QCOMPARE(slos.at(0).toJson().value(QStringLiteral("passed")).toBool(), false);

    BenchResult nothing;
    nothing.slos = *BenchSlo::parseList(QStringLiteral("e2e=1s"), &error);
    QVERIFY(!nothing.slosPassed()); // no successful request cannot meet a latency objective
}

QTEST_GUILESS_MAIN(TstBenchSlo)
#include "tst_benchslo.moc"
