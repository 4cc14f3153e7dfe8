#include "api/ChatResult.h"
#include "chat/ReplyCost.h"
#include "pricing/PriceTable.h"

#include <QTest>

// What a finished request costs: the provider's refusals before generation are not charged,
// everything else is priced as before.
class TstReplyCost final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusalsBeforeGenerationAreNotCharged_data();
    void refusalsBeforeGenerationAreNotCharged();
    void whatMayHaveBeenBilledIsPriced();
    void textThatArrivedIsPriced();
    void aReportedCostWins();

private:
    static ChatResult failed(ApiError::Kind kind);
};

ChatResult TstReplyCost::failed(ApiError::Kind kind)
{
    ChatResult result;
    result.state = ChatResult::State::Failed;
    result.error = ApiError(kind);
    result.stats.attempts = 1;
    result.stats.model = QStringLiteral("stepfun-v3");
    result.stats.usage.promptTokens = 1200; // what an estimate of the prompt would count
    return result;
}

void TstReplyCost::refusalsBeforeGenerationAreNotCharged_data()
{
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::newRow("401/403") << ApiError::Kind::Authentication;
    QTest::newRow("400") << ApiError::Kind::BadRequest;
    QTest::newRow("402") << ApiError::Kind::PaymentRequired;
    QTest::newRow("429") << ApiError::Kind::RateLimited;
    QTest::newRow("context") << ApiError::Kind::ContextTooLong;
    QTest::newRow("404 model") << ApiError::Kind::ModelNotFound;
    QTest::newRow("no key") << ApiError::Kind::MissingKey;
}

void TstReplyCost::refusalsBeforeGenerationAreNotCharged()
{
    QFETCH(ApiError::Kind, kind);
    const PriceTable prices = PriceTable::bundled();
    QVERIFY(prices.findForPreset(QStringLiteral("holysheep"), QStringLiteral("stepfun-v3"))); // a price exists
    const ChatResult result = failed(kind);
    QVERIFY(ReplyCost::wasRefused(result));
    const CostEstimate cost = ReplyCost::of(result, prices, QStringLiteral("holysheep"));
    QCOMPARE(cost.source(), CostEstimate::Source::NotCharged);
    QCOMPARE(cost.amount(), 0.0);
    QVERIFY(cost.isKnown());
    QCOMPARE(cost.sourceName(), QStringLiteral("not_charged"));
    QCOMPARE(CostEstimate::sourceFromName(cost.sourceName()), std::optional(CostEstimate::Source::NotCharged));
}

void TstReplyCost::whatMayHaveBeenBilledIsPriced()
{
    const PriceTable prices = PriceTable::bundled();
    for (ApiError::Kind kind : {ApiError::Kind::Server, ApiError::Kind::Network, ApiError::Kind::Timeout}) {
        const ChatResult result = failed(kind);
        QVERIFY(!ReplyCost::wasRefused(result));
        QCOMPARE(ReplyCost::of(result, prices, QStringLiteral("holysheep")),
                 prices.costOf(result.stats, QStringLiteral("holysheep")));
    }
}

void TstReplyCost::textThatArrivedIsPriced()
{
    ChatResult result = failed(ApiError::Kind::RateLimited);
    result.content = QStringLiteral("Half an answer");
    QVERIFY(!ReplyCost::wasRefused(result));
    result = failed(ApiError::Kind::Authentication);
    result.state = ChatResult::State::Incomplete;
    QVERIFY(!ReplyCost::wasRefused(result));
}

void TstReplyCost::aReportedCostWins()
{
    ChatResult result = failed(ApiError::Kind::BadRequest);
    result.stats.reportedCost = 0.0004;
    const CostEstimate cost = ReplyCost::of(result, PriceTable::bundled(), QStringLiteral("openrouter"));
    QCOMPARE(cost.source(), CostEstimate::Source::Reported);
    QCOMPARE(cost.amount(), 0.0004);
}

QTEST_GUILESS_MAIN(TstReplyCost)
#include "tst_replycost.moc"
