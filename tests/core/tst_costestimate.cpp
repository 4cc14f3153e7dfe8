#include "domain/MessageStats.h"
#include "domain/TokenUsage.h"
#include "domain/CostEstimate.h"
#include "pricing/ModelPrice.h"
#include "pricing/PriceTable.h"

#include <QLocale>
#include <QTest>

#include <cmath>

// What a request costs: the arithmetic over tokens and prices, the four sources, and how the
// amount is written for people.
class TstCostEstimate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void estimate_data();
    void estimate();
    void estimatedWhateverTheTokenSource_data();
    void estimatedWhateverTheTokenSource();
    void unknownModelIsUnknownNotZero();
    void reportedFactory();
    void cachedFactory();
    void defaultIsUnknown();
    void sourceNames_data();
    void sourceNames();
    void format_data();
    void format();
    void formatUnknown();
    void formatInTheCLocalePutsTheSymbolFirst();
    void equality();
};

namespace {

constexpr double kNoCachedPrice = -1.0;

ModelPrice price(double input, double cachedInput, double output, const QString &currency = QStringLiteral("USD"))
{
    ModelPrice p;
    p.setProvider(QStringLiteral("test"));
    p.setModel(QStringLiteral("model"));
    p.setInputPrice(input);
    if (cachedInput != kNoCachedPrice)
        p.setCachedInputPrice(cachedInput);
    p.setOutputPrice(output);
    p.setCurrency(currency);
    return p;
}

TokenUsage usage(qint64 prompt, qint64 cached, qint64 completion,
                 TokenUsage::Source source = TokenUsage::Source::Reported)
{
    TokenUsage u;
    u.promptTokens = prompt;
    u.cachedPromptTokens = cached;
    u.completionTokens = completion;
    u.source = source;
    return u;
}

QLocale usEnglish()
{
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

void TstCostEstimate::estimate_data()
{
    QTest::addColumn<qint64>("prompt");
    QTest::addColumn<qint64>("cached");
    QTest::addColumn<qint64>("completion");
    QTest::addColumn<double>("input");
    QTest::addColumn<double>("cachedInput");
    QTest::addColumn<double>("output");
    QTest::addColumn<double>("expected");

    // (1000 x 2 + 500 x 8) / 1e6
    QTest::newRow("no cache") << qint64(1000) << qint64(0) << qint64(500) << 2.0 << 0.5 << 8.0 << 0.006;
    // (600 x 2 + 400 x 0.5 + 500 x 8) / 1e6
    QTest::newRow("cached tokens at the cached price")
        << qint64(1000) << qint64(400) << qint64(500) << 2.0 << 0.5 << 8.0 << 0.0054;
    // (600 x 2 + 400 x 2 + 500 x 8) / 1e6: no cached price, so cached tokens pay the input price.
    QTest::newRow("cached tokens without a cached price")
        << qint64(1000) << qint64(400) << qint64(500) << 2.0 << kNoCachedPrice << 8.0 << 0.006;
    // DeepSeek hit/miss: (2000 x 0.28 + 8000 x 0.028 + 2000 x 0.42) / 1e6
    QTest::newRow("deepseek cache hit and miss")
        << qint64(10000) << qint64(8000) << qint64(2000) << 0.28 << 0.028 << 0.42 << 0.001624;
    // The source document's one figure on a million tokens each way.
    QTest::newRow("stepfun-v3, 1M in and 1M out")
        << qint64(1000000) << qint64(0) << qint64(1000000) << 0.38 << kNoCachedPrice << 0.38 << 0.76;
    QTest::newRow("no tokens") << qint64(0) << qint64(0) << qint64(0) << 2.0 << 0.5 << 8.0 << 0.0;
    QTest::newRow("local model is free") << qint64(5000) << qint64(100) << qint64(1000) << 0.0 << kNoCachedPrice
                                         << 0.0 << 0.0;
    // A relay claiming more cached than prompt tokens: only the prompt is priced, at the cache rate.
    QTest::newRow("cached beyond prompt is clamped")
        << qint64(100) << qint64(500) << qint64(0) << 2.0 << 0.5 << 8.0 << 0.00005;
    QTest::newRow("negative counts count as zero")
        << qint64(-5) << qint64(-1) << qint64(10) << 2.0 << 0.5 << 8.0 << 0.00008;
}

void TstCostEstimate::estimate()
{
    QFETCH(qint64, prompt);
    QFETCH(qint64, cached);
    QFETCH(qint64, completion);
    QFETCH(double, input);
    QFETCH(double, cachedInput);
    QFETCH(double, output);
    QFETCH(double, expected);

    const CostEstimate cost =
        price(input, cachedInput, output).costOf(usage(prompt, cached, completion));
    QVERIFY(cost.isKnown());
    QCOMPARE(cost.source(), CostEstimate::Source::Estimated);
    QCOMPARE(cost.currency(), QStringLiteral("USD"));
    QVERIFY2(std::fabs(cost.amount() - expected) < 1e-12,
             qPrintable(QString(QString::number(cost.amount(), 'g', 17) + QStringLiteral(" != ")
                                + QString::number(expected, 'g', 17))));
}

void TstCostEstimate::estimatedWhateverTheTokenSource_data()
{
    QTest::addColumn<TokenUsage::Source>("tokenSource");
    QTest::newRow("reported tokens") << TokenUsage::Source::Reported;
    QTest::newRow("estimated tokens") << TokenUsage::Source::Estimated;
}

void TstCostEstimate::estimatedWhateverTheTokenSource()
{
    QFETCH(TokenUsage::Source, tokenSource);
    const CostEstimate cost =
        price(5.0, kNoCachedPrice, 20.0, QStringLiteral("CNY")).costOf(usage(1000, 0, 1000, tokenSource));
    QCOMPARE(cost.source(), CostEstimate::Source::Estimated);
    QCOMPARE(cost.sourceName(), QStringLiteral("estimated"));
    QCOMPARE(cost.currency(), QStringLiteral("CNY"));
    QCOMPARE(cost.amount(), 0.025);
}

void TstCostEstimate::unknownModelIsUnknownNotZero()
{
    const CostEstimate noPrice = CostEstimate::unknown();
    QVERIFY(!noPrice.isKnown());
    QCOMPARE(noPrice.source(), CostEstimate::Source::Unknown);
    QCOMPARE(noPrice.sourceName(), QStringLiteral("unknown"));
    QVERIFY(qIsNaN(noPrice.amount()));
    QVERIFY(noPrice.currency().isEmpty());
    QVERIFY(noPrice != price(0.0, kNoCachedPrice, 0.0).costOf(usage(1000, 0, 500)));

    // The same through the bundled table, as the chat code calls it.
    MessageStats stats;
    stats.usage = usage(1000, 0, 500);
    stats.model = QStringLiteral("no-such-model");
    QCOMPARE(PriceTable::bundled().costOf(stats, QStringLiteral("openai")), CostEstimate::unknown());
}

void TstCostEstimate::reportedFactory()
{
    const CostEstimate cost = CostEstimate::reported(0.0123, QStringLiteral("USD"));
    QVERIFY(cost.isKnown());
    QCOMPARE(cost.source(), CostEstimate::Source::Reported);
    QCOMPARE(cost.sourceName(), QStringLiteral("reported"));
    QCOMPARE(cost.amount(), 0.0123);
    QCOMPARE(cost.currency(), QStringLiteral("USD"));
    QCOMPARE(cost.format(usEnglish()), QStringLiteral("$0.01"));
}

void TstCostEstimate::cachedFactory()
{
    const CostEstimate cost = CostEstimate::cached(QStringLiteral("USD"));
    QVERIFY(cost.isKnown());
    QCOMPARE(cost.source(), CostEstimate::Source::Cached);
    QCOMPARE(cost.sourceName(), QStringLiteral("cached"));
    QCOMPARE(cost.amount(), 0.0);
    QCOMPARE(cost.currency(), QStringLiteral("USD"));
    QCOMPARE(cost.format(usEnglish()), QStringLiteral("$0.00"));
}

void TstCostEstimate::defaultIsUnknown()
{
    const CostEstimate cost;
    QVERIFY(!cost.isKnown());
    QCOMPARE(cost, CostEstimate::unknown());
}

void TstCostEstimate::sourceNames_data()
{
    QTest::addColumn<CostEstimate>("cost");
    QTest::addColumn<QString>("name");
    QTest::newRow("reported") << CostEstimate::reported(1.0, QStringLiteral("USD")) << QStringLiteral("reported");
    QTest::newRow("estimated") << price(1.0, kNoCachedPrice, 1.0).costOf(usage(1, 0, 1))
                               << QStringLiteral("estimated");
    QTest::newRow("cached") << CostEstimate::cached(QStringLiteral("CNY")) << QStringLiteral("cached");
    QTest::newRow("unknown") << CostEstimate::unknown() << QStringLiteral("unknown");
}

void TstCostEstimate::sourceNames()
{
    QFETCH(CostEstimate, cost);
    QFETCH(QString, name);
    QCOMPARE(cost.sourceName(), name);
}

void TstCostEstimate::format_data()
{
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");

    const QString usd = QStringLiteral("USD");
    const QString cny = QStringLiteral("CNY");
    QTest::newRow("dollars and cents") << 1.5 << usd << QStringLiteral("$1.50");
    QTest::newRow("grouping") << 1234.5 << usd << QStringLiteral("$1,234.50");
    QTest::newRow("exactly a cent") << 0.01 << usd << QStringLiteral("$0.01");
    QTest::newRow("zero") << 0.0 << usd << QStringLiteral("$0.00");
    QTest::newRow("one stepfun-v3 message") << 0.00038 << usd << QStringLiteral("$0.000380");
    QTest::newRow("under a cent") << 0.0054 << usd << QStringLiteral("$0.005400");
    QTest::newRow("yuan") << 0.76 << cny << QStringLiteral("¥0.76");
    QTest::newRow("tiny yuan") << 0.0021 << cny << QStringLiteral("¥0.002100");
    QTest::newRow("other currency shows its code") << 2.0 << QStringLiteral("EUR") << QStringLiteral("EUR2.00");
}

void TstCostEstimate::format()
{
    QFETCH(double, amount);
    QFETCH(QString, currency);
    QFETCH(QString, text);

    QCOMPARE(CostEstimate::reported(amount, currency).format(usEnglish()), text);
    // An estimate of the same amount reads the same; the source is labelled elsewhere.
    const CostEstimate estimated =
        price(amount, kNoCachedPrice, 0.0, currency).costOf(usage(1000000, 0, 0));
    QCOMPARE(estimated.format(usEnglish()), text);
}

void TstCostEstimate::formatUnknown()
{
    QCOMPARE(CostEstimate::unknown().format(usEnglish()), QStringLiteral("unknown"));
    QCOMPARE(CostEstimate::unknown().format(usEnglish()), QStringLiteral("unknown"));
}

void TstCostEstimate::equality()
{
    QCOMPARE(CostEstimate::reported(1.0, QStringLiteral("USD")), CostEstimate::reported(1.0, QStringLiteral("USD")));
    QVERIFY(CostEstimate::reported(1.0, QStringLiteral("USD")) != CostEstimate::reported(1.0, QStringLiteral("CNY")));
    QVERIFY(CostEstimate::reported(0.0, QStringLiteral("USD")) != CostEstimate::cached(QStringLiteral("USD")));
    QVERIFY(CostEstimate::cached(QStringLiteral("USD")) != CostEstimate::unknown());
}

// Issue 12, problem 12: with no LANG set, costs printed as "0.000420$".
void TstCostEstimate::formatInTheCLocalePutsTheSymbolFirst()
{
    QCOMPARE(CostEstimate::estimated(0.00042, QStringLiteral("USD")).format(QLocale::c()), QStringLiteral("$0.000420"));
    QCOMPARE(CostEstimate::estimated(1.5, QStringLiteral("USD")).format(QLocale::c()), QStringLiteral("$1.50"));
}

QTEST_GUILESS_MAIN(TstCostEstimate)
#include "tst_costestimate.moc"
