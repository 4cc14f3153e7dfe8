#include "domain/SessionStats.h"

#include "ReplyStats.h"

#include <QTest>

class TstSessionStats final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sumsTokensAndCostsPerCurrency();
    void unknownCostsAreCountedNotZeroed();
    void percentilesAndMeanSpeed();
    void breaksDownByModel();
    void aRefusalCountsAsARequestWithoutTokens();
};

void TstSessionStats::sumsTokensAndCostsPerCurrency()
{
    SessionStats stats;
    stats.add(replyStats(QStringLiteral("gpt-4.1"), 100, 50, true, 300, 40), CostEstimate::reported(0.01, QStringLiteral("USD")));
    stats.add(replyStats(QStringLiteral("gpt-4.1"), 200, 10, true, 200, 30),
              CostEstimate::restored(0.02, QStringLiteral("USD"), CostEstimate::Source::Estimated));
    stats.add(replyStats(QStringLiteral("step-2-mini"), 10, 5, false, std::nullopt, std::nullopt),
              CostEstimate::restored(0.5, QStringLiteral("CNY"), CostEstimate::Source::Estimated));
    const SessionStats::Totals &totals = stats.totals();
    QCOMPARE(totals.requests, 3);
    QCOMPARE(totals.promptTokens, 310);
    QCOMPARE(totals.completionTokens, 65);
    QVERIFY(totals.tokensEstimated);
    QCOMPARE(totals.cost.value(QStringLiteral("USD")), 0.03);
    QCOMPARE(totals.cost.value(QStringLiteral("CNY")), 0.5); // never converted
    QVERIFY(totals.costEstimated);
    QCOMPARE(totals.costUnknown, 0);
}

void TstSessionStats::unknownCostsAreCountedNotZeroed()
{
    SessionStats stats;
    stats.add(replyStats(QStringLiteral("local"), 1, 1, true, 10, 10), CostEstimate::unknown());
    stats.add(replyStats(QStringLiteral("local"), 1, 1, true, 10, 10), std::nullopt);
    QCOMPARE(stats.totals().costUnknown, 2);
    QVERIFY(stats.totals().cost.isEmpty());
    QVERIFY(!stats.totals().tokensEstimated);
    stats.clear();
    QCOMPARE(stats.totals().requests, 0);
}

void TstSessionStats::percentilesAndMeanSpeed()
{
    SessionStats stats;
    QVERIFY(!stats.ttftPercentile(50));
    QVERIFY(!stats.meanTokensPerSecond());
    for (int i = 1; i <= 100; ++i)
        stats.add(replyStats(QStringLiteral("m"), 1, 1, true, i * 10, double(i)), std::nullopt);
    QCOMPARE(*stats.ttftPercentile(50), 500);
    QCOMPARE(*stats.ttftPercentile(99), 990);
    QCOMPARE(*stats.ttftPercentile(100), 1000);
    QCOMPARE(*stats.meanTokensPerSecond(), 50.5);
}

void TstSessionStats::breaksDownByModel()
{
    SessionStats stats;
    stats.add(replyStats(QStringLiteral("a"), 1, 2, true, 1, 1), CostEstimate::reported(1, QStringLiteral("USD")));
    stats.add(replyStats(QStringLiteral("b"), 3, 4, true, 1, 1), CostEstimate::reported(2, QStringLiteral("USD")));
    stats.add(replyStats(QStringLiteral("a"), 5, 6, true, 1, 1), CostEstimate::reported(3, QStringLiteral("USD")));
    QCOMPARE(stats.byModel().size(), 2);
    QCOMPARE(stats.byModel().value(QStringLiteral("a")).requests, 2);
    QCOMPARE(stats.byModel().value(QStringLiteral("a")).completionTokens, 8);
    QCOMPARE(stats.byModel().value(QStringLiteral("b")).cost.value(QStringLiteral("USD")), 2.0);
}

// A request the provider refused before generating (a 401, a 429) cost nothing and used nothing:
// the prompt Tally estimated for it is not added to the tokens (it showed as "≈ 131 → 80 tokens"
// after one refusal among two 12 → 40 replies).
void TstSessionStats::aRefusalCountsAsARequestWithoutTokens()
{
    SessionStats stats;
    stats.add(replyStats(QStringLiteral("stepfun-v3"), 12, 40, true, 10, 200), CostEstimate::reported(0.00002, QStringLiteral("USD")));
    stats.add(replyStats(QStringLiteral("stepfun-v3"), 107, 0, false), CostEstimate::notCharged(QStringLiteral("USD")));
    const SessionStats::Totals &totals = stats.totals();
    QCOMPARE(totals.requests, 2);
    QCOMPARE(totals.promptTokens, 12);
    QCOMPARE(totals.completionTokens, 40);
    QVERIFY(!totals.tokensEstimated);
    QCOMPARE(totals.costUnknown, 0);
    QCOMPARE(totals.cost.value(QStringLiteral("USD")), 0.00002);
}

QTEST_GUILESS_MAIN(TstSessionStats)
#include "tst_sessionstats.moc"
