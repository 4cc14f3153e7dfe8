// A benchmark's description: its checks, the worst case its cost cap and the window's warning
// use, and the prompt set (JSONL, nonces, hash).
#include "bench/BenchSpec.h"
#include "bench/PromptSet.h"
#include "domain/TokenEstimator.h"
#include "pricing/PriceTable.h"

#include <QJsonDocument>
#include <QTest>

class TstBenchSpec final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validatesEveryField();
    void worstCaseIsPromptPlusMaxTokensAtThePrice();
    void promptSetReadsJsonl();
    void promptSetRejectsBadLines_data();
    void promptSetRejectsBadLines();
    void nonceGoesInFrontOfTheFirstMessage();
    void parametersNeverCarryTheKey();

private:
    static BenchSpec valid();
};

BenchSpec TstBenchSpec::valid()
{
    BenchSpec spec;
    spec.request.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/v1"));
    spec.request.model = QStringLiteral("m");
    spec.request.maxTokens = 100;
    return spec;
}

void TstBenchSpec::validatesEveryField()
{
    QVERIFY(valid().validate().isEmpty());
    BenchSpec spec = valid();
    spec.requests = 0;
    QVERIFY(!spec.validate().isEmpty());
    spec = valid();
    spec.concurrency = 0;
    QVERIFY(!spec.validate().isEmpty());
    spec = valid();
    spec.load = BenchSpec::Load::Open;
    QVERIFY(!spec.validate().isEmpty()); // no rate
    spec.rate = 5;
    QVERIFY(spec.validate().isEmpty());
    spec = valid();
    spec.request.maxTokens.reset();
    QVERIFY(!spec.validate().isEmpty()); // a benchmark's cost needs a limit
    spec = valid();
    spec.maxCost = 0;
    QVERIFY(!spec.validate().isEmpty());
    spec = valid();
    spec.request.model.clear();
    QVERIFY(!spec.validate().isEmpty());
}

void TstBenchSpec::worstCaseIsPromptPlusMaxTokensAtThePrice()
{
    BenchSpec spec = valid();
    spec.request.provider = QStringLiteral("p");
    spec.requests = 10;
    spec.warmup = 2;
    QVERIFY(!spec.worstCaseTotal(PriceTable()).isKnown());
    ModelPrice price;
    price.setProvider(QStringLiteral("p"));
    price.setModel(QStringLiteral("m"));
    price.setInputPrice(2);  // per million
    price.setOutputPrice(10);
    price.setCurrency(QStringLiteral("USD"));
    PriceTable prices;
    prices.setOverride(price);
    const qint64 promptTokens = spec.prompts.largestPromptTokens(BenchSpec::kNonceLength);
    QVERIFY(promptTokens > TokenEstimator::estimateText(spec.prompts.firstText()));
    const CostEstimate each = spec.worstCasePerRequest(prices);
    QVERIFY(each.isKnown());
    QCOMPARE(each.amount(), (double(promptTokens) * 2 + 100.0 * 10) / 1e6);
    QCOMPARE(spec.worstCaseTotal(prices).amount(), each.amount() * 12); // warm-up costs money too
    QCOMPARE(spec.worstCaseTotal(prices).currency(), QStringLiteral("USD"));
}

void TstBenchSpec::promptSetReadsJsonl()
{
    QString error;
    const std::optional<PromptSet> set = PromptSet::fromJsonl(
        "{\"prompt\": \"one\"}\n\n"
        "{\"messages\": [{\"role\": \"system\", \"content\": \"be brief\"}, {\"role\": \"user\", \"content\": \"two\"}]}\r\n",
        &error);
    QVERIFY2(set, qPrintable(error));
    QCOMPARE(set->size(), 2);
    QCOMPARE(set->messagesFor(0, QString()), QList<ChatMessage>{ChatMessage::user(QStringLiteral("one"))});
    QCOMPARE(set->messagesFor(1, QString()).size(), 2);
    QCOMPARE(set->messagesFor(2, QString()).first().content, QStringLiteral("one")); // in turn
    QCOMPARE(set->sha256().size(), 64);
    QVERIFY(set->sha256() != PromptSet::single(QStringLiteral("one")).sha256());
}

void TstBenchSpec::promptSetRejectsBadLines_data()
{
    QTest::addColumn<QByteArray>("jsonl");
    QTest::newRow("not json") << QByteArray("{\"prompt\": \"a\"}\nnope\n");
    QTest::newRow("wrong role") << QByteArray("{\"messages\": [{\"role\": \"bot\", \"content\": \"x\"}]}");
    QTest::newRow("empty prompt") << QByteArray("{\"prompt\": \"  \"}");
    QTest::newRow("no prompts") << QByteArray("\n\n");
}

void TstBenchSpec::promptSetRejectsBadLines()
{
    QFETCH(QByteArray, jsonl);
    QString error;
    QVERIFY(!PromptSet::fromJsonl(jsonl, &error));
    QVERIFY(!error.isEmpty());
}

void TstBenchSpec::nonceGoesInFrontOfTheFirstMessage()
{
    QString error;
    const PromptSet set = *PromptSet::fromJsonl(
        "{\"messages\": [{\"role\": \"system\", \"content\": \"sys\"}, {\"role\": \"user\", \"content\": \"q\"}]}", &error);
    const QList<ChatMessage> messages = set.messagesFor(0, QStringLiteral("abcde-000001"));
    // Prompt caches match prefixes: the nonce must come before anything shared.
    QCOMPARE(messages.first().content, QStringLiteral("[abcde-000001] sys"));
    QCOMPARE(messages.last().content, QStringLiteral("q"));
}

void TstBenchSpec::parametersNeverCarryTheKey()
{
    BenchSpec spec = valid();
    spec.request.apiKey = QStringLiteral("sk-secret-value");
    const QByteArray json = QJsonDocument(spec.parametersJson()).toJson();
    QVERIFY(!json.contains("sk-secret-value"));
    QCOMPARE(spec.parametersJson().value(QStringLiteral("retries")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TstBenchSpec)
#include "tst_benchspec.moc"
