#include "pricing/ModelPrice.h"
#include "pricing/PriceTable.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// The price table and its rows: the bundled file, lookup precedence, overrides and the errors a
// broken file produces.
class TstPriceTable final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catchAllsNeedTheirProvider();
    void bundledTableLoadsWithStepFunDefault();
    void bundledEntriesAreComplete();
    void bundledSeedPrices_data();
    void bundledSeedPrices();
    void bundledHasNoRowForUnlistedModels_data();
    void bundledHasNoRowForUnlistedModels();
    void precedence_data();
    void precedence();
    void providerMustMatchUnlessEmpty();
    void idsCompareCaseInsensitively();
    void patternSyntax_data();
    void patternSyntax();
    void overridesWinAndCanBeRemoved();
    void incompleteOverrideIsIgnored();
    void malformedInputFails_data();
    void malformedInputFails();
    void unknownFieldsAreIgnored();
    void nullOptionalFields();
    void entriesRoundTripThroughJson();
};

namespace {

// A small table whose rows exist only to exercise precedence.
QByteArray precedenceJson()
{
    return QByteArrayLiteral(R"({"version": 1, "models": [
        {"provider": "openai", "pattern": "gpt-4.1*", "input": 1, "output": 1, "currency": "USD"},
        {"provider": "openai", "model": "gpt-4.1", "input": 2, "output": 2, "currency": "USD"},
        {"provider": "openai", "pattern": "gpt-4.1-mini*", "input": 3, "output": 3, "currency": "USD"},
        {"provider": "openai", "pattern": "*", "input": 4, "output": 4, "currency": "USD"},
        {"provider": "openai", "pattern": "o*", "input": 5, "output": 5, "currency": "USD"},
        {"provider": "openai", "pattern": "o*-mini", "input": 6, "output": 6, "currency": "USD"},
        {"provider": "first", "pattern": "shared-*", "input": 7, "output": 7, "currency": "USD"},
        {"provider": "second", "pattern": "shared-*", "input": 8, "output": 8, "currency": "USD"}
    ]})");
}

PriceTable parse(const QByteArray &json)
{
    QString error;
    const std::optional<PriceTable> table = PriceTable::fromJson(json, &error);
    if (!table)
        qFatal("test table does not parse: %s", qUtf8Printable(error));
    return *table;
}

ModelPrice userPrice(const QString &provider, const QString &model, double input, double output)
{
    ModelPrice price;
    price.setProvider(provider);
    price.setModel(model);
    price.setInputPrice(input);
    price.setOutputPrice(output);
    price.setCurrency(QStringLiteral("USD"));
    price.setSource(QStringLiteral("edited by the user"));
    price.setDate(QDate(2026, 11, 28));
    return price;
}

} // namespace

void TstPriceTable::bundledTableLoadsWithStepFunDefault()
{
    const PriceTable table = PriceTable::bundled();
    QVERIFY(!table.entries().isEmpty());
    QVERIFY(table.overrides().isEmpty());

    const std::optional<ModelPrice> price = table.find(QStringLiteral("holysheep"), QStringLiteral("stepfun-v3"));
    QVERIFY(price);
    QCOMPARE(price->inputPrice(), 0.38);
    QCOMPARE(price->outputPrice(), 0.38);
    QCOMPARE(price->currency(), QStringLiteral("USD"));
    QCOMPARE(price->contextWindow(), std::optional<qint64>(128000));
    // The gateway publishes no cached price: cached tokens cost the input price.
    QVERIFY(!price->cachedInputPrice());
    QCOMPARE(price->effectiveCachedInputPrice(), 0.38);
    QCOMPARE(price->source(), QStringLiteral("HolySheep StepFun tutorial (source document)"));
    QVERIFY(price->note().contains(QStringLiteral("output price")));
}

void TstPriceTable::bundledEntriesAreComplete()
{
    const QList<ModelPrice> entries = PriceTable::bundled().entries();
    for (const ModelPrice &price : entries) {
        const QByteArray name = QString(price.provider() + u' ' + price.modelOrPattern()).toUtf8();
        QVERIFY2(price.isValid(), name.constData());
        QVERIFY2(!price.source().isEmpty(), name.constData());
        QVERIFY2(price.date().isValid(), name.constData());
        QVERIFY2(price.currency() == u"USD" || price.currency() == u"CNY", name.constData());
    }
}

void TstPriceTable::bundledSeedPrices_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("model");
    QTest::addColumn<double>("input");
    QTest::addColumn<double>("cachedInput"); // -1: none published
    QTest::addColumn<double>("output");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("contextWindow"); // -1: unknown

    const QString usd = QStringLiteral("USD");
    const QString cny = QStringLiteral("CNY");
    QTest::newRow("gpt-4.1") << QStringLiteral("openai") << QStringLiteral("gpt-4.1") << 2.00 << 0.50 << 8.00 << usd
                             << qint64(1047576);
    QTest::newRow("claude dated id via pattern")
        << QStringLiteral("anthropic") << QStringLiteral("claude-sonnet-4-5-20250929") << 3.00 << 0.30 << 15.00 << usd
        << qint64(200000);
    QTest::newRow("claude alias via pattern") << QStringLiteral("anthropic") << QStringLiteral("claude-sonnet-4-5")
                                              << 3.00 << 0.30 << 15.00 << usd << qint64(200000);
    QTest::newRow("gemini-2.5-flash") << QStringLiteral("gemini") << QStringLiteral("gemini-2.5-flash") << 0.30 << 0.03
                                      << 2.50 << usd << qint64(1048576);
    QTest::newRow("deepseek-chat") << QStringLiteral("deepseek") << QStringLiteral("deepseek-chat") << 0.28 << 0.028
                                   << 0.42 << usd << qint64(128000);
    QTest::newRow("deepseek-reasoner") << QStringLiteral("deepseek") << QStringLiteral("deepseek-reasoner") << 0.28
                                       << 0.028 << 0.42 << usd << qint64(128000);
    QTest::newRow("step-2-mini in CNY") << QStringLiteral("stepfun") << QStringLiteral("step-2-mini") << 1.0 << -1.0
                                        << 2.0 << cny << qint64(8000);
    QTest::newRow("step-1-8k in CNY") << QStringLiteral("stepfun") << QStringLiteral("step-1-8k") << 5.0 << -1.0
                                      << 20.0 << cny << qint64(8000);
    QTest::newRow("ollama tag") << QStringLiteral("ollama") << QStringLiteral("llama3.2:3b") << 0.0 << -1.0 << 0.0
                                << usd << qint64(-1);
    QTest::newRow("lmstudio org/model") << QStringLiteral("lmstudio")
                                        << QStringLiteral("lmstudio-community/Meta-Llama-3-8B-Instruct-GGUF") << 0.0
                                        << -1.0 << 0.0 << usd << qint64(-1);
    QTest::newRow("llama.cpp file path") << QStringLiteral("llamacpp")
                                         << QStringLiteral("/models/qwen2.5-7b-instruct-q4_k_m.gguf") << 0.0 << -1.0
                                         << 0.0 << usd << qint64(-1);
}

void TstPriceTable::bundledSeedPrices()
{
    QFETCH(QString, provider);
    QFETCH(QString, model);
    QFETCH(double, input);
    QFETCH(double, cachedInput);
    QFETCH(double, output);
    QFETCH(QString, currency);
    QFETCH(qint64, contextWindow);

    const std::optional<ModelPrice> price = PriceTable::bundled().find(provider, model);
    QVERIFY(price);
    QCOMPARE(price->provider(), provider);
    QCOMPARE(price->inputPrice(), input);
    QCOMPARE(price->cachedInputPrice(), cachedInput < 0 ? std::nullopt : std::optional<double>(cachedInput));
    QCOMPARE(price->outputPrice(), output);
    QCOMPARE(price->currency(), currency);
    QCOMPARE(price->contextWindow(),
             contextWindow < 0 ? std::nullopt : std::optional<qint64>(contextWindow));
}

void TstPriceTable::bundledHasNoRowForUnlistedModels_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("model");
    // gpt-4.1-mini is cheaper than gpt-4.1; a "gpt-4.1*" pattern would overprice it.
    QTest::newRow("gpt-4.1-mini") << QStringLiteral("openai") << QStringLiteral("gpt-4.1-mini");
    QTest::newRow("model under the wrong provider") << QStringLiteral("holysheep") << QStringLiteral("gpt-4.1");
    QTest::newRow("openrouter reports its own cost") << QStringLiteral("openrouter") << QStringLiteral("openai/gpt-4.1");
    QTest::newRow("step-1-flash has no published price") << QStringLiteral("stepfun") << QStringLiteral("step-1-flash");
    QTest::newRow("empty id even for a local *") << QStringLiteral("ollama") << QString();
}

void TstPriceTable::bundledHasNoRowForUnlistedModels()
{
    QFETCH(QString, provider);
    QFETCH(QString, model);
    QVERIFY(!PriceTable::bundled().find(provider, model));
}

void TstPriceTable::precedence_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("model");
    QTest::addColumn<double>("expectedInput");

    const QString openai = QStringLiteral("openai");
    QTest::newRow("exact beats a pattern listed before it") << openai << QStringLiteral("gpt-4.1") << 2.0;
    QTest::newRow("longer literal prefix wins") << openai << QStringLiteral("gpt-4.1-mini-2025-04-14") << 3.0;
    QTest::newRow("shorter prefix still beats *") << openai << QStringLiteral("gpt-4.1-2025-04-14") << 1.0;
    QTest::newRow("* catches the rest") << openai << QStringLiteral("text-embedding-3-small") << 4.0;
    QTest::newRow("equal prefix: more literal characters win") << openai << QStringLiteral("o4-mini") << 6.0;
    QTest::newRow("equal prefix: the other one otherwise") << openai << QStringLiteral("o3") << 5.0;
    QTest::newRow("any provider: first listed wins a full tie") << QString() << QStringLiteral("shared-model") << 7.0;
    QTest::newRow("named provider picks its own row") << QStringLiteral("second") << QStringLiteral("shared-model")
                                                      << 8.0;
}

void TstPriceTable::precedence()
{
    QFETCH(QString, provider);
    QFETCH(QString, model);
    QFETCH(double, expectedInput);

    const std::optional<ModelPrice> price = parse(precedenceJson()).find(provider, model);
    QVERIFY(price);
    QCOMPARE(price->inputPrice(), expectedInput);
}

void TstPriceTable::providerMustMatchUnlessEmpty()
{
    const PriceTable table = PriceTable::bundled();
    QVERIFY(!table.find(QStringLiteral("anthropic"), QStringLiteral("gpt-4.1")));
    QVERIFY(!table.find(QStringLiteral("stepfun"), QStringLiteral("stepfun-v3")));

    const std::optional<ModelPrice> any = table.find(QString(), QStringLiteral("gpt-4.1"));
    QVERIFY(any);
    QCOMPARE(any->provider(), QStringLiteral("openai"));
}

void TstPriceTable::idsCompareCaseInsensitively()
{
    const PriceTable table = PriceTable::bundled();
    const std::optional<ModelPrice> exact = table.find(QStringLiteral("OpenAI"), QStringLiteral("GPT-4.1"));
    QVERIFY(exact);
    QCOMPARE(exact->model(), QStringLiteral("gpt-4.1"));

    const std::optional<ModelPrice> pattern =
        table.find(QStringLiteral("anthropic"), QStringLiteral("Claude-Sonnet-4-5-20250929"));
    QVERIFY(pattern);
    QCOMPARE(pattern->pattern(), QStringLiteral("claude-sonnet-4-5*"));
}

void TstPriceTable::patternSyntax_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("matches");

    QTest::newRow("? is one character") << QStringLiteral("step-?-8k") << QStringLiteral("step-1-8k") << true;
    QTest::newRow("? is not two") << QStringLiteral("step-?-8k") << QStringLiteral("step-10-8k") << false;
    QTest::newRow("dot is literal") << QStringLiteral("qwen2.5*") << QStringLiteral("qwen2x5-7b") << false;
    QTest::newRow("dot matches a dot") << QStringLiteral("qwen2.5*") << QStringLiteral("qwen2.5-7b") << true;
    QTest::newRow("* crosses /") << QStringLiteral("hf.co/*") << QStringLiteral("hf.co/org/model:Q4_K_M") << true;
    QTest::newRow("whole id, not a substring") << QStringLiteral("flash*") << QStringLiteral("gemini-2.5-flash")
                                               << false;
    QTest::newRow("brackets are literal") << QStringLiteral("m[1]*") << QStringLiteral("m[1]-x") << true;
    QTest::newRow("brackets are not a class") << QStringLiteral("m[1]*") << QStringLiteral("m1-x") << false;
}

void TstPriceTable::patternSyntax()
{
    QFETCH(QString, pattern);
    QFETCH(QString, model);
    QFETCH(bool, matches);

    ModelPrice price;
    price.setProvider(QStringLiteral("custom"));
    price.setPattern(pattern);
    QCOMPARE(price.matches(QStringLiteral("custom"), model), matches);
    QCOMPARE(price.matches(QString(), model), matches);
    QVERIFY(!price.matches(QStringLiteral("other"), model));
}

void TstPriceTable::overridesWinAndCanBeRemoved()
{
    PriceTable table = PriceTable::bundled();
    const QString openai = QStringLiteral("openai");
    const QString gpt41 = QStringLiteral("gpt-4.1");

    table.setOverride(userPrice(openai, gpt41, 1.0, 4.0));
    QCOMPARE(table.find(openai, gpt41)->inputPrice(), 1.0);
    QCOMPARE(table.find(openai, QStringLiteral("GPT-4.1"))->outputPrice(), 4.0);

    // Same key, different case: replaced, not added.
    table.setOverride(userPrice(QStringLiteral("OpenAI"), QStringLiteral("GPT-4.1"), 1.5, 6.0));
    QCOMPARE(table.overrides().size(), 1);
    QCOMPARE(table.find(openai, gpt41)->inputPrice(), 1.5);

    // An override also prices a model the bundled table does not know.
    table.setOverride(userPrice(QStringLiteral("openrouter"), QStringLiteral("openai/gpt-4.1"), 2.1, 8.4));
    QCOMPARE(table.find(QStringLiteral("openrouter"), QStringLiteral("openai/gpt-4.1"))->outputPrice(), 8.4);
    QCOMPARE(table.overrides().size(), 2);

    // Overrides leave the bundled rows as they were.
    QCOMPARE(table.entries(), PriceTable::bundled().entries());

    QVERIFY(table.removeOverride(openai, gpt41));
    QCOMPARE(table.find(openai, gpt41)->inputPrice(), 2.0);
    QVERIFY(!table.removeOverride(openai, gpt41));
    QCOMPARE(table.overrides().size(), 1);
}

void TstPriceTable::incompleteOverrideIsIgnored()
{
    PriceTable table;
    ModelPrice noProvider = userPrice(QString(), QStringLiteral("x"), 1.0, 1.0);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ignoring an incomplete price override")));
    table.setOverride(noProvider);
    QVERIFY(table.overrides().isEmpty());
    QVERIFY(!table.find(QString(), QStringLiteral("x")));
}

void TstPriceTable::malformedInputFails_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expectedError");

    const auto oneEntry = [](const char *entry) -> QByteArray {
        return QByteArrayLiteral(R"({"version": 1, "models": [)") + QByteArray(entry) + QByteArrayLiteral("]}");
    };

    QTest::newRow("not JSON") << QByteArrayLiteral("{\"version\": 1,") << QStringLiteral("not valid JSON");
    QTest::newRow("top level array") << QByteArrayLiteral("[]") << QStringLiteral("top level must be an object");
    QTest::newRow("other version") << QByteArrayLiteral(R"({"version": 2, "models": []})")
                                   << QStringLiteral("version: must be 1, got 2");
    QTest::newRow("no models") << QByteArrayLiteral(R"({"version": 1})") << QStringLiteral("models: must be an array");
    QTest::newRow("entry not an object") << oneEntry("42") << QStringLiteral("models[0]: must be an object");
    QTest::newRow("missing provider") << oneEntry(R"({"model": "m", "input": 1, "output": 1, "currency": "USD"})")
                                      << QStringLiteral("models[0].provider: is required");
    QTest::newRow("input is text")
        << QByteArrayLiteral(R"({"version": 1, "models": [
               {"provider": "p", "model": "ok", "input": 1, "output": 1, "currency": "USD"},
               {"provider": "p", "model": "bad", "input": "cheap", "output": 1, "currency": "USD"}]})")
        << QStringLiteral("models[1].input: must be a number >= 0 (price per million tokens), got the string \"cheap\"");
    QTest::newRow("missing output") << oneEntry(R"({"provider": "p", "model": "m", "input": 1, "currency": "USD"})")
                                    << QStringLiteral("models[0].output: is required");
    QTest::newRow("negative output")
        << oneEntry(R"({"provider": "p", "model": "m", "input": 1, "output": -1, "currency": "USD"})")
        << QStringLiteral("models[0].output: must be a number >= 0");
    QTest::newRow("cached_input is text")
        << oneEntry(R"({"provider": "p", "model": "m", "input": 1, "cached_input": "0.1", "output": 1,
                        "currency": "USD"})")
        << QStringLiteral("models[0].cached_input: must be a number >= 0");
    QTest::newRow("model and pattern")
        << oneEntry(R"({"provider": "p", "model": "m", "pattern": "m*", "input": 1, "output": 1, "currency": "USD"})")
        << QStringLiteral("models[0].model: give either \"model\" or \"pattern\", not both");
    QTest::newRow("neither model nor pattern")
        << oneEntry(R"({"provider": "p", "input": 1, "output": 1, "currency": "USD"})")
        << QStringLiteral("models[0].model: is required (or give \"pattern\")");
    QTest::newRow("lower-case currency")
        << oneEntry(R"({"provider": "p", "model": "m", "input": 1, "output": 1, "currency": "usd"})")
        << QStringLiteral("models[0].currency: must be a three-letter ISO 4217 code");
    QTest::newRow("fractional context window")
        << oneEntry(
               R"({"provider": "p", "model": "m", "input": 1, "output": 1, "currency": "USD", "context_window": 1.5})")
        << QStringLiteral("models[0].context_window: must be a positive whole number");
    QTest::newRow("sloppy date")
        << oneEntry(R"({"provider": "p", "model": "m", "input": 1, "output": 1, "currency": "USD", "date": "2025-1-5"})")
        << QStringLiteral("models[0].date: must be a date written YYYY-MM-DD");
    QTest::newRow("same model twice")
        << QByteArrayLiteral(R"({"version": 1, "models": [
               {"provider": "p", "model": "m", "input": 1, "output": 1, "currency": "USD"},
               {"provider": "P", "model": "M", "input": 2, "output": 2, "currency": "USD"}]})")
        << QStringLiteral("models[1]: repeats models[0] (P M)");
}

void TstPriceTable::malformedInputFails()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedError);

    QString error;
    QVERIFY(!PriceTable::fromJson(json, &error));
    QVERIFY2(error.contains(expectedError), qPrintable(QString(QStringLiteral("error was: ") + error)));
    // Without an error pointer the load still fails, without crashing.
    QVERIFY(!PriceTable::fromJson(json));
}

void TstPriceTable::unknownFieldsAreIgnored()
{
    QString error;
    const std::optional<PriceTable> table = PriceTable::fromJson(QByteArrayLiteral(R"({
        "version": 1, "about": ["free text"], "generator": {"name": "x"},
        "models": [{"provider": "p", "model": "m", "input": 1, "output": 2, "currency": "CNY",
                    "tier": "premium", "aliases": ["m-latest"]}]})"),
                                                                 &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->entries().size(), 1);
    QCOMPARE(table->find(QStringLiteral("p"), QStringLiteral("m"))->outputPrice(), 2.0);
}

void TstPriceTable::nullOptionalFields()
{
    const PriceTable table = parse(QByteArrayLiteral(R"({"version": 1, "models": [
        {"provider": "p", "model": "m", "input": 1.25, "cached_input": null, "output": 2,
         "currency": "USD", "context_window": null, "source": null, "date": null}]})"));
    const ModelPrice price = table.entries().constFirst();
    QVERIFY(!price.cachedInputPrice());
    QCOMPARE(price.effectiveCachedInputPrice(), 1.25);
    QVERIFY(!price.contextWindow());
    QVERIFY(price.source().isEmpty());
    QVERIFY(!price.date().isValid());
}

void TstPriceTable::entriesRoundTripThroughJson()
{
    const QList<ModelPrice> entries = PriceTable::bundled().entries();
    for (const ModelPrice &price : entries) {
        QString error;
        const std::optional<ModelPrice> again = ModelPrice::fromJson(price.toJson(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(*again, price);
        QCOMPARE(again->matches(price.provider(), QStringLiteral("probe")),
                 price.matches(price.provider(), QStringLiteral("probe")));
    }
}

void TstPriceTable::catchAllsNeedTheirProvider()
{
    // A local server's "*" row prices its own models at zero, but an unknown model at an
    // unknown provider stays unknown rather than becoming free.
    const PriceTable table = PriceTable::bundled();
    QVERIFY(!table.find(QString(), QStringLiteral("some-unknown-model")));
    const std::optional<ModelPrice> local = table.find(QStringLiteral("ollama"), QStringLiteral("some-unknown-model"));
    QVERIFY(local);
    QCOMPARE(local->outputPrice(), 0.0);
    QVERIFY(table.find(QString(), QStringLiteral("stepfun-v3"))); // exact ids still match without a provider
}

QTEST_GUILESS_MAIN(TstPriceTable)
#include "tst_pricetable.moc"
