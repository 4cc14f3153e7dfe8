// The fast path for stream chunks: whenever it answers, the answer must be exactly what the full
// QJsonDocument parse gives; whatever it cannot be sure of, it must leave to that parse.
#include "api/ChatChunk.h"
#include "api/StreamChunkScanner.h"

#include <QTest>

// Declared before the test data: moc does not read the raw strings below.
class TstStreamChunkScanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatProvidersSend_data();
    void readsWhatProvidersSend();
    void leavesTheRestToTheFullParser_data();
    void leavesTheRestToTheFullParser();
    void agreesWithTheFullParserOnEveryOneByteChange();
};

namespace {

bool same(const ChatChunk &a, const ChatChunk &b)
{
    return a.valid == b.valid && a.content == b.content && a.reasoning == b.reasoning
        && a.finishReason == b.finishReason && a.model == b.model && a.usage == b.usage
        && a.reportedCost == b.reportedCost && a.tokensPerSecond == b.tokensPerSecond
        && a.error.has_value() == b.error.has_value() && a.problems == b.problems;
}

QString describe(const ChatChunk &c)
{
    return QStringLiteral("valid=%1 content=[%2] reasoning=[%3] finish=[%4] model=[%5] usage=%6 error=%7")
        .arg(c.valid)
        .arg(c.content, c.reasoning, c.finishReason, c.model)
        .arg(c.usage.has_value())
        .arg(c.error.has_value());
}

// Chunks as providers send them (the shapes of ../shared/design/protocol-notes.md).
const QList<QByteArray> kSeeds{
    R"({"id":"chatcmpl-1","object":"chat.completion.chunk","created":1753357673,"model":"gpt-4.1-2025-04-14","service_tier":"default","system_fingerprint":"fp_1","choices":[{"index":0,"delta":{"role":"assistant","content":"","refusal":null},"logprobs":null,"finish_reason":null}],"usage":null})",
    R"({"id":"c","object":"chat.completion.chunk","created":1,"model":"stepfun-v3","choices":[{"index":0,"delta":{"content":"สวัสดี 你好 😀"},"finish_reason":null}]})",
    R"({"choices":[{"index":0,"delta":{"reasoning_content":"think \"hard\"\n\tthen","content":null}}],"model":"deepseek-reasoner"})",
    R"({"model":"llama3.2","choices":[{"index":0,"delta":{"reasoning":"Ollama thinks"}}]})",
    R"({"choices":[{"index":0,"delta":{},"finish_reason":"stop"}],"usage":null})",
    R"({"choices":[{"index":1,"delta":{"content":"B"}},{"index":0,"delta":{"content":"A"}},{"index":0,"delta":{"content":"C"}}]})",
    R"({"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_1","function":{"name":"f","arguments":"{\"q"}}]}}]})",
    R"({"choices":[{"delta":{"content":"no index"}}]})",
    R"({"choices":[]})",
    R"({"choices":null,"model":7})",
    R"(  {  "choices" : [ { "index" : 0 , "delta" : { "content" : "spaced" } } ] }  )",
    R"({"choices":[{"index":0,"delta":{"content":"\u00e9\u4f60\ud83d\ude00 \ud800 lone, \/ slash \b\f\r"}}]})",
    R"({"choices":[{"index":0,"delta":{"content":"x","extra":{"deep":[1,-2.5,true,false,null,{"a":"b"}]}}}],"obfuscation":"abc"})",
    R"({"choices":[{"index":"0","delta":{"content":"index as text"},"finish_reason":7}]})",
    R"({"choices":[{"index":0,"delta":"not an object"}],"object":"chat.completion.chunk"})",
    R"({"choices":[{"index":-0,"delta":{"content":"minus zero"}}]})",
    R"({})",
    R"({"id":"c","choices":[],"usage":{"prompt_tokens":24,"completion_tokens":58,"total_tokens":82}})",
    R"({"choices":[{"index":0,"delta":{"content":""},"finish_reason":"stop"}],"usage":{"prompt_tokens":50,"completion_tokens":5,"prompt_cache_hit_tokens":32,"prompt_cache_miss_tokens":18}})",
    R"({"choices":[],"usage":{"prompt_tokens":120,"completion_tokens":30,"prompt_tokens_details":{"cached_tokens":100,"audio_tokens":0},"completion_tokens_details":{"reasoning_tokens":12}}})",
    R"({"choices":[],"usage":{"prompt_tokens":10,"completion_tokens":null,"prompt_tokens_details":null,"completion_tokens_details":7,"cost":null}})",
    R"({"choices":[],"usage":{}})",
    R"({"choices":[],"usage":{"prompt_tokens":999999999999,"completion_tokens":0}})",
    R"({"choices":[],"usage":null})",
};

} // namespace


void TstStreamChunkScanner::readsWhatProvidersSend_data()
{
    QTest::addColumn<QByteArray>("json");
    for (qsizetype i = 0; i < kSeeds.size(); ++i)
        QTest::newRow(QByteArray::number(i).constData()) << kSeeds.at(i);
}

void TstStreamChunkScanner::readsWhatProvidersSend()
{
    QFETCH(QByteArray, json);
    const std::optional<ChatChunk> fast = StreamChunkScanner::scan(json);
    QVERIFY2(fast, json.constData()); // the fast path takes all of these
    const ChatChunk full = ChatChunk::fromStreamDataDocument(json);
    QVERIFY2(same(*fast, full), qPrintable(describe(*fast) + QStringLiteral("\n vs ") + describe(full)));
    QVERIFY(same(ChatChunk::fromStreamData(json), full));
}

void TstStreamChunkScanner::leavesTheRestToTheFullParser_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("eventName");
    const QByteArray content = R"({"choices":[{"index":0,"delta":{"content":"x"}}]})";
    QTest::newRow("error object") << QByteArray(R"({"error":{"message":"boom"}})") << QByteArray();
    QTest::newRow("error null") << QByteArray(R"({"error":null,"choices":[]})") << QByteArray();
    QTest::newRow("object error") << QByteArray(R"({"object":"error","message":"m"})") << QByteArray();
    QTest::newRow("finish error") << QByteArray(R"({"choices":[{"index":0,"delta":{},"finish_reason":"error"}]})")
                                  << QByteArray();
    QTest::newRow("event: error") << content << QByteArray("error");
    QTest::newRow("usage with a cost") << QByteArray(R"({"choices":[],"usage":{"prompt_tokens":1,"completion_tokens":2,"cost":0.1}})")
                                       << QByteArray();
    QTest::newRow("negative count") << QByteArray(R"({"choices":[],"usage":{"prompt_tokens":-1,"completion_tokens":2}})")
                                    << QByteArray();
    QTest::newRow("fractional count") << QByteArray(R"({"choices":[],"usage":{"prompt_tokens":1.5}})") << QByteArray();
    QTest::newRow("count as text") << QByteArray(R"({"choices":[],"usage":{"completion_tokens":"2"}})") << QByteArray();
    QTest::newRow("13-digit count") << QByteArray(R"({"choices":[],"usage":{"prompt_tokens":9223372036854775807}})")
                                    << QByteArray();
    QTest::newRow("negative cached") << QByteArray(R"({"choices":[],"usage":{"prompt_tokens_details":{"cached_tokens":-5}}})")
                                     << QByteArray();
    QTest::newRow("duplicate count") << QByteArray(R"({"choices":[],"usage":{"prompt_tokens":1,"prompt_tokens":2}})")
                                     << QByteArray();
    QTest::newRow("timings") << QByteArray(R"({"choices":[],"timings":{"predicted_per_second":4}})") << QByteArray();
    QTest::newRow("escaped key") << QByteArray(R"({"\u0063hoices":[{"index":0,"delta":{"content":"x"}}]})")
                                 << QByteArray();
    QTest::newRow("duplicate model") << QByteArray(R"({"model":"a","model":"b"})") << QByteArray();
    QTest::newRow("duplicate content") << QByteArray(R"({"choices":[{"delta":{"content":"a","content":"b"}}]})")
                                       << QByteArray();
    QTest::newRow("exponent") << QByteArray(R"({"created":1e5,"choices":[]})") << QByteArray();
    QTest::newRow("1e400") << QByteArray(R"({"created":1e400})") << QByteArray();
    QTest::newRow("leading zero") << QByteArray(R"({"created":01})") << QByteArray();
    QTest::newRow("16 digits") << QByteArray(R"({"created":1234567890123456})") << QByteArray();
    QTest::newRow("1.") << QByteArray(R"({"created":1.})") << QByteArray();
    QTest::newRow("raw tab in a string") << QByteArray("{\"model\":\"a\tb\"}") << QByteArray();
    QTest::newRow("unknown escape") << QByteArray(R"({"model":"\U0041"})") << QByteArray();
    QTest::newRow("invalid UTF-8") << QByteArray("{\"model\":\"\xC0\xAF\"}") << QByteArray();
    QTest::newRow("UTF-8 surrogate") << QByteArray("{\"model\":\"\xED\xA0\x80\"}") << QByteArray();
    QTest::newRow("truncated") << QByteArray(R"({"choices":[{"index":0,"delta":{"content":"Hi)") << QByteArray();
    QTest::newRow("garbage after") << content + " x" << QByteArray();
    QTest::newRow("byte order mark") << "\xEF\xBB\xBF" + content << QByteArray();
    QTest::newRow("choice not an object") << QByteArray(R"({"choices":[1,{"index":0,"delta":{"content":"x"}}]})")
                                          << QByteArray();
    QTest::newRow("index 1.5") << QByteArray(R"({"choices":[{"index":1.5,"delta":{"content":"x"}}]})") << QByteArray();
    QTest::newRow("index past int") << QByteArray(R"({"choices":[{"index":4294967296,"delta":{"content":"x"}}]})")
                                    << QByteArray();
    QByteArray deep = R"({"choices":[],"x":)";
    deep += QByteArray(100, '[') + QByteArray(100, ']') + '}';
    QTest::newRow("deep nesting") << deep << QByteArray();
    QTest::newRow("not an object") << QByteArray("[1,2]") << QByteArray();
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TstStreamChunkScanner::leavesTheRestToTheFullParser()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, eventName);
    QVERIFY(!StreamChunkScanner::scan(json, eventName));
    // And the chunk is still read, the full way.
    QVERIFY(same(ChatChunk::fromStreamData(json, eventName), ChatChunk::fromStreamDataDocument(json, eventName)));
}

// Each seed with each byte deleted, and replaced by each of the bytes that matter to JSON: the
// scanner may decline any of them, but what it answers must be what the full parser reads.
void TstStreamChunkScanner::agreesWithTheFullParserOnEveryOneByteChange()
{
    const QByteArray replacements = QByteArrayLiteral("\"\\{}[]:,0-.e \t\x01\x80\xC3\xFF" "ntu");
    int answered = 0;
    int checked = 0;
    for (const QByteArray &seed : kSeeds) {
        for (qsizetype at = 0; at < seed.size(); ++at) {
            QList<QByteArray> variants{QByteArray(seed).remove(at, 1)};
            for (const char c : replacements) {
                QByteArray changed = seed;
                changed[at] = c;
                variants << changed;
            }
            for (const QByteArray &variant : std::as_const(variants)) {
                ++checked;
                const std::optional<ChatChunk> fast = StreamChunkScanner::scan(variant);
                if (!fast)
                    continue;
                ++answered;
                const ChatChunk full = ChatChunk::fromStreamDataDocument(variant);
                QVERIFY2(same(*fast, full), qPrintable(QString::fromUtf8(variant) + QStringLiteral("\n") + describe(*fast)
                                                       + QStringLiteral("\n vs ") + describe(full)));
            }
        }
    }
    QVERIFY2(answered > checked / 20, qPrintable(QStringLiteral("%1 of %2").arg(answered).arg(checked)));
}

QTEST_GUILESS_MAIN(TstStreamChunkScanner)
#include "tst_streamchunkscanner.moc"
