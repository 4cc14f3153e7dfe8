#include "api/ChatChunk.h"

#include <QTest>

class TstChatChunk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsContentOfChoiceZero_data();
    void readsContentOfChoiceZero();
    void readsReasoning_data();
    void readsReasoning();
    void readsUsageWithDetails();
    void readsDeepSeekCacheFields();
    void readsLlamaCppTimingsAndOpenRouterCost();
    void recognisesErrorsInTheStream_data();
    void recognisesErrorsInTheStream();
    void rejectsNonObjects_data();
    void rejectsNonObjects();
    void readsANonStreamedCompletion();
    void ignoresTokenCountsThatCannotBeRight_data();
    void ignoresTokenCountsThatCannotBeRight();
    void ignoresCostsThatCannotBeRight_data();
    void ignoresCostsThatCannotBeRight();
    void keepsLargeButPossibleNumbers();
};

void TstChatChunk::readsContentOfChoiceZero_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("finish");
    QTest::newRow("plain") << QByteArray(R"({"choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}]})")
                           << QStringLiteral("Hi") << QString();
    QTest::newRow("null content") << QByteArray(R"({"choices":[{"index":0,"delta":{"content":null}}]})")
                                  << QString() << QString();
    QTest::newRow("empty content") << QByteArray(R"({"choices":[{"index":0,"delta":{"content":""}}]})")
                                   << QString() << QString();
    QTest::newRow("missing content, role only")
        << QByteArray(R"({"choices":[{"index":0,"delta":{"role":"assistant"}}]})") << QString() << QString();
    QTest::newRow("finish") << QByteArray(R"({"choices":[{"index":0,"delta":{},"finish_reason":"length"}]})")
                            << QString() << QStringLiteral("length");
    QTest::newRow("choices empty") << QByteArray(R"({"choices":[]})") << QString() << QString();
    QTest::newRow("choices null") << QByteArray(R"({"choices":null})") << QString() << QString();
    QTest::newRow("choices missing") << QByteArray(R"({"id":"x"})") << QString() << QString();
    QTest::newRow("other index only (case 23)")
        << QByteArray(R"({"choices":[{"index":1,"delta":{"content":"B"}}]})") << QString() << QString();
    QTest::newRow("interleaved indexes")
        << QByteArray(R"({"choices":[{"index":1,"delta":{"content":"B"}},{"index":0,"delta":{"content":"A"}}]})")
        << QStringLiteral("A") << QString();
    QTest::newRow("tool call fragments (case 23)")
        << QByteArray(R"({"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\"q"}}]}}]})")
        << QString() << QString();
    QTest::newRow("index missing means 0")
        << QByteArray(R"({"choices":[{"delta":{"content":"X"}}]})") << QStringLiteral("X") << QString();
}

void TstChatChunk::readsContentOfChoiceZero()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, content);
    QFETCH(QString, finish);
    const ChatChunk chunk = ChatChunk::fromStreamData(json);
    QVERIFY(chunk.valid);
    QCOMPARE(chunk.content, content);
    QCOMPARE(chunk.finishReason, finish);
    QVERIFY(!chunk.error);
}

void TstChatChunk::readsReasoning_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("reasoning_content (DeepSeek, llama.cpp)")
        << QByteArray(R"({"choices":[{"index":0,"delta":{"reasoning_content":"think","content":null}}]})");
    QTest::newRow("reasoning (Ollama)") << QByteArray(R"({"choices":[{"index":0,"delta":{"reasoning":"think"}}]})");
}

void TstChatChunk::readsReasoning()
{
    QFETCH(QByteArray, json);
    const ChatChunk chunk = ChatChunk::fromStreamData(json);
    QCOMPARE(chunk.reasoning, QStringLiteral("think"));
    QVERIFY(chunk.content.isEmpty());
    QVERIFY(chunk.hasText());
}

void TstChatChunk::readsUsageWithDetails()
{
    const ChatChunk chunk = ChatChunk::fromStreamData(
        R"({"model":"gpt-4.1","choices":[],"usage":{"prompt_tokens":120,"completion_tokens":30,"total_tokens":150,
            "prompt_tokens_details":{"cached_tokens":100},"completion_tokens_details":{"reasoning_tokens":12}}})");
    QVERIFY(chunk.usage);
    QCOMPARE(chunk.usage->promptTokens, 120);
    QCOMPARE(chunk.usage->completionTokens, 30);
    QCOMPARE(chunk.usage->cachedPromptTokens, 100);
    QCOMPARE(chunk.usage->reasoningTokens, 12);
    QVERIFY(chunk.usage->isReported());
    QCOMPARE(chunk.model, QStringLiteral("gpt-4.1"));
}

void TstChatChunk::readsDeepSeekCacheFields()
{
    const ChatChunk chunk = ChatChunk::fromStreamData(
        R"({"choices":[{"index":0,"delta":{"content":""},"finish_reason":"stop"}],
            "usage":{"prompt_tokens":50,"completion_tokens":5,"prompt_cache_hit_tokens":32,"prompt_cache_miss_tokens":18}})");
    QCOMPARE(chunk.usage->cachedPromptTokens, 32);
    QCOMPARE(chunk.finishReason, QStringLiteral("stop")); // usage together with the finish (case 19)
}

void TstChatChunk::readsLlamaCppTimingsAndOpenRouterCost()
{
    const ChatChunk llama = ChatChunk::fromStreamData(
        R"({"choices":[{"index":0,"delta":{},"finish_reason":"stop"}],"timings":{"predicted_per_second":42.5}})");
    QCOMPARE(llama.tokensPerSecond, std::optional<double>(42.5));
    const ChatChunk router = ChatChunk::fromStreamData(
        R"({"choices":[],"usage":{"prompt_tokens":1,"completion_tokens":2,"cost":0.00042}})");
    QCOMPARE(router.reportedCost, std::optional<double>(0.00042));
}

void TstChatChunk::recognisesErrorsInTheStream_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("eventName");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("code");
    QTest::newRow("openai shape (case 11)")
        << QByteArray(R"({"error":{"message":"server overloaded","type":"server_error","code":"overloaded"}})")
        << QByteArray() << QStringLiteral("server overloaded") << QStringLiteral("overloaded");
    QTest::newRow("openrouter numeric code (case 12)")
        << QByteArray(R"({"error":{"code":502,"message":"upstream died"},"choices":[{"index":0,"delta":{"content":""},"finish_reason":"error"}]})")
        << QByteArray() << QStringLiteral("upstream died") << QStringLiteral("502");
    QTest::newRow("vllm object error (case 13)")
        << QByteArray(R"({"object":"error","message":"bad things","type":"BadRequestError","code":400})")
        << QByteArray() << QStringLiteral("bad things") << QStringLiteral("400");
    QTest::newRow("event: error record (case 10)") << QByteArray(R"({"message":"stream failed"})")
                                                   << QByteArray("error") << QStringLiteral("stream failed")
                                                   << QString();
    QTest::newRow("error as a string") << QByteArray(R"({"error":"model crashed"})") << QByteArray()
                                       << QStringLiteral("model crashed") << QString();
}

void TstChatChunk::recognisesErrorsInTheStream()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, eventName);
    QFETCH(QString, message);
    QFETCH(QString, code);
    const ChatChunk chunk = ChatChunk::fromStreamData(json, eventName);
    QVERIFY(chunk.valid);
    QVERIFY(chunk.error);
    QCOMPARE(chunk.error->providerMessage(), message);
    QCOMPARE(chunk.error->providerCode(), code);
    QVERIFY(chunk.error->isError());
}

void TstChatChunk::rejectsNonObjects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("truncated (case 15)") << QByteArray(R"({"choices":[{"index":0,"delta":{"content":"Hi)");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("hello");
}

void TstChatChunk::rejectsNonObjects()
{
    QFETCH(QByteArray, json);
    QVERIFY(!ChatChunk::fromStreamData(json).valid);
    QVERIFY(!ChatChunk::fromCompletion(json).valid);
}

void TstChatChunk::readsANonStreamedCompletion()
{
    const ChatChunk chunk = ChatChunk::fromCompletion(
        R"({"id":"c","object":"chat.completion","model":"stepfun-v3","choices":[{"index":0,"message":{"role":"assistant",
            "content":"สวัสดี","reasoning_content":"why"},"finish_reason":"stop"}],"usage":{"prompt_tokens":9,"completion_tokens":3}})");
    QVERIFY(chunk.valid);
    QCOMPARE(chunk.content, QStringLiteral("สวัสดี"));
    QCOMPARE(chunk.reasoning, QStringLiteral("why"));
    QCOMPARE(chunk.finishReason, QStringLiteral("stop"));
    QCOMPARE(chunk.usage->completionTokens, 3);
    QCOMPARE(chunk.model, QStringLiteral("stepfun-v3"));
}

// Issue 13, row 9: numbers a provider (or a relay) got wrong are not believed. The whole usage
// object is dropped, so Tally estimates the counts and says so, rather than mixing a true count
// with a false one.
void TstChatChunk::ignoresTokenCountsThatCannotBeRight_data()
{
    QTest::addColumn<QByteArray>("usage");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("negative completion") << QByteArray(R"({"prompt_tokens":12,"completion_tokens":-1000000})")
                                         << QStringLiteral("-1000000");
    QTest::newRow("2^63 - 1") << QByteArray(R"({"prompt_tokens":9223372036854775807,"completion_tokens":9223372036854775807})")
                              << QStringLiteral("prompt_tokens");
    QTest::newRow("beyond a trillion") << QByteArray(R"({"prompt_tokens":1000000000001,"completion_tokens":1})")
                                       << QStringLiteral("1000000000001");
    QTest::newRow("a fraction") << QByteArray(R"({"prompt_tokens":10.5,"completion_tokens":1})")
                                << QStringLiteral("10.5");
    QTest::newRow("text") << QByteArray(R"({"prompt_tokens":"12","completion_tokens":1})") << QStringLiteral("\"12\"");
    QTest::newRow("negative cached") << QByteArray(R"({"prompt_tokens":12,"completion_tokens":1,
                                                      "prompt_tokens_details":{"cached_tokens":-5}})")
                                     << QStringLiteral("-5");
    QTest::newRow("negative reasoning") << QByteArray(R"({"prompt_tokens":12,"completion_tokens":1,
                                                         "completion_tokens_details":{"reasoning_tokens":-1}})")
                                        << QStringLiteral("reasoning_tokens");
    QTest::newRow("negative DeepSeek cache") << QByteArray(R"({"prompt_tokens":12,"completion_tokens":1,
                                                              "prompt_cache_hit_tokens":-3})")
                                             << QStringLiteral("-3");
}

void TstChatChunk::ignoresTokenCountsThatCannotBeRight()
{
    QFETCH(QByteArray, usage);
    QFETCH(QString, mentions);
    const ChatChunk chunk = ChatChunk::fromStreamData(R"({"choices":[],"usage":)" + usage + '}');
    QVERIFY(chunk.valid);
    QVERIFY(!chunk.usage);
    QCOMPARE(chunk.problems.size(), 1);
    QVERIFY2(chunk.problems.first().contains(mentions), qPrintable(chunk.problems.first()));
    QVERIFY2(chunk.problems.first().contains(QLatin1String("estimated")), qPrintable(chunk.problems.first()));
    // The same in a non-streamed completion.
    QVERIFY(!ChatChunk::fromCompletion(R"({"choices":[],"usage":)" + usage + '}').usage);
}

void TstChatChunk::ignoresCostsThatCannotBeRight_data()
{
    QTest::addColumn<QByteArray>("cost");
    QTest::addColumn<QString>("shown");
    QTest::newRow("negative") << QByteArray("-12.5") << QStringLiteral("-12.5");
    QTest::newRow("1e308") << QByteArray("1e308") << QStringLiteral("1e+308");
    QTest::newRow("over a billion") << QByteArray("1000000001") << QStringLiteral("1000000001");
    QTest::newRow("text") << QByteArray(R"("0.5")") << QStringLiteral("\"0.5\"");
    QTest::newRow("an object") << QByteArray(R"({"usd":0.5})") << QStringLiteral("usd");
}

void TstChatChunk::ignoresCostsThatCannotBeRight()
{
    QFETCH(QByteArray, cost);
    QFETCH(QString, shown);
    const ChatChunk chunk = ChatChunk::fromStreamData(R"({"choices":[],"usage":{"prompt_tokens":7,"completion_tokens":3,"cost":)"
                                                      + cost + "}}");
    QVERIFY(!chunk.reportedCost);
    QCOMPARE(chunk.problems.size(), 1);
    QVERIFY2(chunk.problems.first().contains(shown), qPrintable(chunk.problems.first()));
    // The counts are fine and kept.
    QVERIFY(chunk.usage);
    QCOMPARE(chunk.usage->promptTokens, 7);
    QCOMPARE(chunk.usage->completionTokens, 3);
}

void TstChatChunk::keepsLargeButPossibleNumbers()
{
    const ChatChunk chunk = ChatChunk::fromStreamData(
        R"({"choices":[],"usage":{"prompt_tokens":1000000000000,"completion_tokens":0,"cost":0,
            "prompt_tokens_details":{"cached_tokens":null}},"timings":{"predicted_per_second":1e12}})");
    QVERIFY(chunk.problems.isEmpty());
    QCOMPARE(chunk.usage->promptTokens, TokenUsage::kMaxTokens);
    QCOMPARE(chunk.usage->cachedPromptTokens, 0);
    QCOMPARE(chunk.reportedCost, std::optional<double>(0.0));
    QVERIFY(!chunk.tokensPerSecond); // no machine is that fast: Tally measures the speed itself
    // Providers do report more cached tokens than prompt tokens; that is kept as they said.
    const ChatChunk odd = ChatChunk::fromStreamData(
        R"({"choices":[],"usage":{"prompt_tokens":10,"completion_tokens":1,"prompt_tokens_details":{"cached_tokens":20}}})");
    QCOMPARE(odd.usage->cachedPromptTokens, 20);
}

QTEST_GUILESS_MAIN(TstChatChunk)
#include "tst_chatchunk.moc"
