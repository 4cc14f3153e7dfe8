#include "app/AppInfo.h"
#include "domain/ConversationDocument.h"
#include "formats/ConversationJson.h"
#include "formats/ConversationMarkdown.h"
#include "formats/UsageCsv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>

// The export formats: JSON that comes back exactly as it left, imports that refuse bad files
// with a message naming the field, Markdown that reads well and cannot be broken by a cut-off
// code block, and a usage CSV that spreadsheets read safely.
class TstConversationExporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void jsonShape();
    void jsonKeepsVersionsAndMarkdownShowsTheChosenOnes();
    void jsonKeepsTextAsUtf8();
    void jsonReadsOffsetsAsUtc();
    void jsonIgnoresUnknownFields();
    void jsonRejects_data();
    void jsonRejects();
    void jsonRejectsNewerVersionInWords();
    void jsonRejectsWithoutErrorPointer();

    void markdownStructure();
    void markdownFooter_data();
    void markdownFooter();
    void markdownMarksUnfinishedReplies_data();
    void markdownMarksUnfinishedReplies();
    void markdownClosesOpenFences_data();
    void markdownClosesOpenFences();
    void markdownClosesFenceInReasoning();
    void markdownUntitled();
    void markdownUsesLocaleNumbers();

    void csvHeaderAndOneRowPerReply();
    void csvRowFields();
    void csvQuoting_data();
    void csvQuoting();
    void csvFormulaGuard_data();
    void csvFormulaGuard();
    void csvNumbersIgnoreLocale();
};

namespace {

const QString kTitle = QStringLiteral("สรุปงาน · 项目总结 🚀");

QDateTime utc(const char *iso)
{
    const QDateTime time = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    Q_ASSERT(time.isValid() && time.timeSpec() == Qt::UTC);
    return time;
}

Message message(Message::Role role, const QString &content, const QDateTime &createdAt,
                Message::State state = Message::State::Complete)
{
    Message m;
    m.id = 700 + qint64(createdAt.time().minute());
    m.conversationId = 42;
    m.role = role;
    m.content = content;
    m.state = state;
    m.createdAt = createdAt;
    return m;
}

MessageStats stats(const QString &model, TokenUsage usage, int attempts)
{
    MessageStats s;
    s.model = model; // storage keeps one model per message; see formats/ConversationJson.h
    s.usage = usage;
    s.attempts = attempts;
    return s;
}

TokenUsage usage(qint64 prompt, qint64 completion, qint64 cached, qint64 reasoning, TokenUsage::Source source)
{
    TokenUsage u;
    u.promptTokens = prompt;
    u.completionTokens = completion;
    u.cachedPromptTokens = cached;
    u.reasoningTokens = reasoning;
    u.source = source;
    return u;
}

// Every message state, both usage sources, every cost source, reasoning, code, Thai, Chinese,
// emoji, a message without a time, replies with and without stats, and odd database ids and
// positions that an export must not carry.
ConversationDocument richDocument()
{
    ConversationDocument doc;
    Conversation &c = doc.conversation;
    c.id = 42;
    c.uuid = QStringLiteral("0b6c2f4e-6a1d-4a59-9a5e-2b1f7f2f9c11");
    c.title = kTitle;
    c.pinned = true;
    c.createdAt = utc("2026-11-28T00:40:12.345Z");
    c.updatedAt = utc("2026-11-28T01:02:03.004Z");
    c.profile = QStringLiteral("HolySheep · StepFun");
    c.model = QStringLiteral("stepfun-v3");
    c.systemPrompt = QStringLiteral("You are terse.\n\nตอบเป็นภาษาไทย 回答用中文。");

    const auto reported = TokenUsage::Source::Reported;
    const auto estimated = TokenUsage::Source::Estimated;

    // 0
    doc.messages.append(message(Message::Role::User,
                                QStringLiteral("ช่วยเขียนฟังก์ชันนี้ให้หน่อย 🙏\n\n```cpp\nint add(int a, int b);\n```"),
                                utc("2026-11-28T00:40:30.000Z")));
    // 1: complete, reported usage and cost, reasoning
    {
        Message m = message(Message::Role::Assistant,
                            QStringLiteral("好的：\n\n```cpp\nint add(int a, int b) { return a + b; }\n```\n\n"
                                           "เสร็จแล้ว ✅\n"),
                            utc("2026-11-28T00:41:00.000Z"));
        m.reasoning = QStringLiteral("The user wants `add`.\n\n用户想要一个加法函数。");
        m.model = QStringLiteral("stepfun-v3");
        MessageStats s = stats(m.model, usage(1234, 567, 1024, 200, reported), 1);
        s.ttfbMs = 210;
        s.ttftMs = 320;
        s.totalMs = 2400;
        s.tokensPerSecond = 45.26;
        s.reportedCost = 0.00038;
        s.finishReason = QStringLiteral("stop");
        m.stats = s;
        m.cost = CostEstimate::reported(0.00038, QStringLiteral("USD"));
        doc.messages.append(m);
    }
    // 2
    doc.messages.append(message(Message::Role::User, QStringLiteral("再来一个, with \"quotes\" and a comma"),
                                utc("2026-11-28T00:42:00.000Z")));
    // 3: incomplete, estimated usage, estimated CNY cost, cut off inside a code block
    {
        Message m = message(Message::Role::Assistant, QStringLiteral("Here it goes:\n\n```python\nprint('unfinished')"),
                            utc("2026-11-28T00:43:00.000Z"), Message::State::Incomplete);
        m.model = QStringLiteral("deepseek-chat");
        m.errorKind = QStringLiteral("network");
        m.errorMessage = QStringLiteral("The connection dropped.");
        MessageStats s = stats(m.model, usage(40, 12, 0, 0, estimated), 2);
        s.ttfbMs = 150;
        s.ttftMs = 480;
        s.totalMs = 1500;
        m.stats = s;
        m.cost = CostEstimate::restored(0.0123, QStringLiteral("CNY"), CostEstimate::Source::Estimated);
        doc.messages.append(m);
    }
    // 4
    doc.messages.append(message(Message::Role::User, QStringLiteral("Try again"), utc("2026-11-28T00:44:00.000Z")));
    // 5: error, no text, unknown cost
    {
        Message m = message(Message::Role::Assistant, QString(), utc("2026-11-28T00:45:00.000Z"),
                            Message::State::Error);
        m.model = QStringLiteral("stepfun-v3");
        m.errorKind = QStringLiteral("auth");
        m.errorMessage = QStringLiteral("The API key was rejected (401).");
        MessageStats s = stats(m.model, usage(12, 0, 0, 0, estimated), 3);
        s.totalMs = 90;
        m.stats = s;
        m.cost = CostEstimate::unknown();
        doc.messages.append(m);
    }
    // 6: cancelled, cached cost
    {
        Message m = message(Message::Role::Assistant, QStringLiteral("Partial answer 😀"),
                            utc("2026-11-28T00:46:00.000Z"), Message::State::Cancelled);
        m.model = QStringLiteral("stepfun-v3");
        MessageStats s = stats(m.model, usage(12, 3, 0, 0, reported), 1);
        s.ttftMs = 100;
        s.totalMs = 300;
        s.tokensPerSecond = 15.5;
        m.stats = s;
        m.cost = CostEstimate::cached(QStringLiteral("USD"));
        doc.messages.append(m);
    }
    // 7: a system note without a time
    doc.messages.append(message(Message::Role::System, QStringLiteral("Model switched to stepfun-v3."), QDateTime()));
    // 8: still streaming, no stats yet
    {
        Message m = message(Message::Role::Assistant, QStringLiteral("Still typing…"), utc("2026-11-28T00:48:00.000Z"),
                            Message::State::Streaming);
        m.model = QStringLiteral("stepfun-v3");
        doc.messages.append(m);
    }
    // 9: complete, stats but no cost
    {
        Message m = message(Message::Role::Assistant, QStringLiteral("Short."), utc("2026-11-28T00:49:00.000Z"));
        m.model = QStringLiteral("stepfun-v3");
        MessageStats s = stats(m.model, usage(5, 6, 0, 0, reported), 1);
        s.finishReason = QStringLiteral("length");
        m.stats = s;
        doc.messages.append(m);
    }
    for (qsizetype i = 0; i < doc.messages.size(); ++i)
        doc.messages[i].position = int(10 + 2 * i); // gaps, as after deletions
    return doc;
}

// What an import gives back: the same document without database ids, positions 0..n-1.
ConversationDocument normalized(ConversationDocument doc)
{
    doc.conversation.id = 0;
    for (qsizetype i = 0; i < doc.messages.size(); ++i) {
        // Ids stay: versions refer to each other by them.
        doc.messages[i].conversationId = 0;
        doc.messages[i].position = int(i);
    }
    return doc;
}

QJsonObject richJson()
{
    return QJsonDocument::fromJson(ConversationJson::toJson(richDocument())).object();
}

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void setOrRemove(QJsonObject &object, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
}

const QJsonValue kRemove(QJsonValue::Undefined);

QByteArray withRoot(const QString &key, const QJsonValue &value)
{
    QJsonObject root = richJson();
    setOrRemove(root, key, value);
    return bytes(root);
}

QByteArray withConversation(const QString &key, const QJsonValue &value)
{
    QJsonObject root = richJson();
    QJsonObject conversation = root.value(QStringLiteral("conversation")).toObject();
    setOrRemove(conversation, key, value);
    root.insert(QStringLiteral("conversation"), conversation);
    return bytes(root);
}

// messages[index].key = value, or messages[index].inner.key = value when inner is given.
QByteArray withMessage(int index, const QString &key, const QJsonValue &value, const QString &inner = QString())
{
    QJsonObject root = richJson();
    QJsonArray messages = root.value(QStringLiteral("messages")).toArray();
    QJsonObject m = messages.at(index).toObject();
    if (inner.isEmpty()) {
        setOrRemove(m, key, value);
    } else {
        QJsonObject nested = m.value(inner).toObject();
        setOrRemove(nested, key, value);
        m.insert(inner, nested);
    }
    messages.replace(index, m);
    root.insert(QStringLiteral("messages"), messages);
    return bytes(root);
}

QByteArray withMessageValue(int index, const QJsonValue &value)
{
    QJsonObject root = richJson();
    QJsonArray messages = root.value(QStringLiteral("messages")).toArray();
    messages.replace(index, value);
    root.insert(QStringLiteral("messages"), messages);
    return bytes(root);
}

// Splits RFC 4180 CSV the way a spreadsheet would, so the tests check what a reader gets.
QList<QStringList> parseCsv(const QByteArray &csv)
{
    const QString text = QString::fromUtf8(csv);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

const QStringList kCsvHeader = QStringLiteral("date,conversation,conversation_uuid,model,prompt_tokens,"
                                              "completion_tokens,cached_tokens,reasoning_tokens,usage_source,cost,"
                                              "currency,cost_source,ttft_ms,total_ms,tokens_per_second")
                                   .split(u',');

// One conversation with one reply that has stats, to look at one CSV row.
ConversationDocument oneReply(const QString &title, const QString &model = QStringLiteral("stepfun-v3"))
{
    ConversationDocument doc;
    doc.conversation.title = title;
    doc.conversation.uuid = QStringLiteral("uuid-1");
    Message m = message(Message::Role::Assistant, QStringLiteral("ok"), utc("2026-11-28T00:41:00.000Z"));
    m.model = model;
    m.stats = stats(model, usage(10, 20, 0, 0, TokenUsage::Source::Reported), 1);
    doc.messages.append(m);
    return doc;
}

QLocale english()
{
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

// -- JSON ------------------------------------------------------------------------------------

void TstConversationExporter::jsonRoundTrip_data()
{
    QTest::addColumn<ConversationDocument>("doc");

    QTest::newRow("rich") << richDocument();
    QTest::newRow("empty") << ConversationDocument();

    ConversationDocument tuned = richDocument();
    tuned.conversation.temperature = 0.7;
    tuned.conversation.pinned = false;
    tuned.conversation.systemPrompt.clear();
    QTest::newRow("temperature set, not pinned") << tuned;

    ConversationDocument hot = richDocument();
    hot.conversation.temperature = 0.0; // zero is a setting, not "unset"
    hot.messages.resize(2);
    QTest::newRow("temperature zero") << hot;

    ConversationDocument titled = richDocument();
    titled.conversation.titleCost = CostEstimate::restored(0.000021, QStringLiteral("USD"), CostEstimate::Source::Estimated);
    QTest::newRow("auto-title cost") << titled;
    ConversationDocument unknownTitle = richDocument();
    unknownTitle.conversation.titleCost = CostEstimate::unknown();
    QTest::newRow("auto-title cost unknown") << unknownTitle;

    // The range checks take every value at their limits, and what providers do send.
    ConversationDocument limits = richDocument();
    limits.conversation.temperature = 2.0;
    limits.messages[1].cost = CostEstimate::reported(0.0, QStringLiteral("USD"));
    limits.messages[1].stats->reportedCost = 0.0;
    limits.messages[1].stats->usage.cachedPromptTokens = 5000; // more than the prompt, as reported
    limits.messages[3].stats->usage.completionTokens = TokenUsage::kMaxTokens;
    QTest::newRow("values at their limits") << limits;
}

void TstConversationExporter::jsonRoundTrip()
{
    QFETCH(ConversationDocument, doc);

    const QByteArray json = ConversationJson::toJson(doc);
    QString error;
    const std::optional<ConversationDocument> imported = ConversationJson::fromJson(json, &error);
    QVERIFY2(imported, qPrintable(error));
    QVERIFY(error.isEmpty());

    const ConversationDocument expected = normalized(doc);
    QVERIFY(imported->conversation == expected.conversation);
    QCOMPARE(imported->messages.size(), expected.messages.size());
    for (qsizetype i = 0; i < expected.messages.size(); ++i)
        QVERIFY2(imported->messages.at(i) == expected.messages.at(i), qPrintable(QStringLiteral("message %1").arg(i)));
    QVERIFY(*imported == expected);

    QCOMPARE(ConversationJson::toJson(*imported), json);
    QCOMPARE(ConversationJson::toJson(doc), json); // deterministic
}

void TstConversationExporter::jsonShape()
{
    const QJsonObject root = richJson();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("tally-conversation"));
    QCOMPARE(root.value(QStringLiteral("version")).toInteger(), 1);
    QCOMPARE(root.value(QStringLiteral("exported_by")).toString(), QString(QStringLiteral("Tally ") + AppInfo::version()));

    const QJsonObject conversation = root.value(QStringLiteral("conversation")).toObject();
    QCOMPARE(conversation.keys(),
             QStringList({QStringLiteral("created_at"), QStringLiteral("draft"), QStringLiteral("model"), QStringLiteral("pinned"),
                          QStringLiteral("profile"), QStringLiteral("system_prompt"), QStringLiteral("temperature"),
                          QStringLiteral("title"), QStringLiteral("title_cost"), QStringLiteral("updated_at"), QStringLiteral("uuid")}));
    QCOMPARE(conversation.value(QStringLiteral("created_at")).toString(), QStringLiteral("2026-11-28T00:40:12.345Z"));
    QCOMPARE(conversation.value(QStringLiteral("updated_at")).toString(), QStringLiteral("2026-11-28T01:02:03.004Z"));
    QVERIFY(conversation.value(QStringLiteral("temperature")).isNull());
    QCOMPARE(conversation.value(QStringLiteral("pinned")), QJsonValue(true));

    const QJsonArray messages = root.value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 10);
    const QStringList messageKeys{QStringLiteral("attempts"), QStringLiteral("content"), QStringLiteral("continued"),
                                  QStringLiteral("cost"), QStringLiteral("created_at"), QStringLiteral("error"),
                                  QStringLiteral("finish_reason"), QStringLiteral("id"), QStringLiteral("model"),
                                  QStringLiteral("reasoning"), QStringLiteral("reply_to"), QStringLiteral("reported_cost"),
                                  QStringLiteral("role"), QStringLiteral("selected"), QStringLiteral("state"),
                                  QStringLiteral("timing"), QStringLiteral("usage"), QStringLiteral("version_of")};
    for (const QJsonValue &value : messages)
        QCOMPARE(value.toObject().keys(), messageKeys); // no conversation id or position

    const QJsonObject user = messages.at(0).toObject();
    QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("user"));
    QVERIFY(user.value(QStringLiteral("usage")).isNull());
    QVERIFY(user.value(QStringLiteral("timing")).isNull());
    QVERIFY(user.value(QStringLiteral("cost")).isNull());
    QVERIFY(user.value(QStringLiteral("error")).isNull());

    const QJsonObject reply = messages.at(1).toObject();
    QCOMPARE(reply.value(QStringLiteral("state")).toString(), QStringLiteral("complete"));
    QCOMPARE(reply.value(QStringLiteral("created_at")).toString(), QStringLiteral("2026-11-28T00:41:00.000Z"));
    const QJsonObject usage = reply.value(QStringLiteral("usage")).toObject();
    QCOMPARE(usage.value(QStringLiteral("prompt_tokens")).toInteger(), 1234);
    QCOMPARE(usage.value(QStringLiteral("completion_tokens")).toInteger(), 567);
    QCOMPARE(usage.value(QStringLiteral("cached_tokens")).toInteger(), 1024);
    QCOMPARE(usage.value(QStringLiteral("reasoning_tokens")).toInteger(), 200);
    QCOMPARE(usage.value(QStringLiteral("source")).toString(), QStringLiteral("reported"));
    const QJsonObject timing = reply.value(QStringLiteral("timing")).toObject();
    QCOMPARE(timing.value(QStringLiteral("ttfb_ms")).toInteger(), 210);
    QCOMPARE(timing.value(QStringLiteral("ttft_ms")).toInteger(), 320);
    QCOMPARE(timing.value(QStringLiteral("total_ms")).toInteger(), 2400);
    QCOMPARE(timing.value(QStringLiteral("tokens_per_second")).toDouble(), 45.26);
    QCOMPARE(reply.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("stop"));
    QCOMPARE(reply.value(QStringLiteral("attempts")).toInteger(), 1);
    QCOMPARE(reply.value(QStringLiteral("reported_cost")).toDouble(), 0.00038);
    const QJsonObject cost = reply.value(QStringLiteral("cost")).toObject();
    QCOMPARE(cost.value(QStringLiteral("amount")).toDouble(), 0.00038);
    QCOMPARE(cost.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
    QCOMPARE(cost.value(QStringLiteral("source")).toString(), QStringLiteral("reported"));

    const QJsonObject incomplete = messages.at(3).toObject();
    QCOMPARE(incomplete.value(QStringLiteral("state")).toString(), QStringLiteral("incomplete"));
    QCOMPARE(incomplete.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("network"));
    QCOMPARE(incomplete.value(QStringLiteral("usage")).toObject().value(QStringLiteral("source")).toString(),
             QStringLiteral("estimated"));
    QVERIFY(incomplete.value(QStringLiteral("timing")).toObject().value(QStringLiteral("tokens_per_second")).isNull());
    QVERIFY(incomplete.value(QStringLiteral("reported_cost")).isNull());

    const QJsonObject unknownCost = messages.at(5).toObject().value(QStringLiteral("cost")).toObject();
    QVERIFY(unknownCost.value(QStringLiteral("amount")).isNull());
    QCOMPARE(unknownCost.value(QStringLiteral("source")).toString(), QStringLiteral("unknown"));
    QCOMPARE(messages.at(6).toObject().value(QStringLiteral("cost")).toObject().value(QStringLiteral("source")).toString(),
             QStringLiteral("cached"));

    QVERIFY(messages.at(7).toObject().value(QStringLiteral("created_at")).isNull());
    QCOMPARE(messages.at(7).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("system"));
    QCOMPARE(messages.at(8).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("streaming"));
    QVERIFY(messages.at(9).toObject().value(QStringLiteral("cost")).isNull());
    QVERIFY(!messages.at(9).toObject().value(QStringLiteral("usage")).isNull());
}

void TstConversationExporter::jsonKeepsTextAsUtf8()
{
    const QByteArray json = ConversationJson::toJson(richDocument());
    QVERIFY(json.contains(kTitle.toUtf8()));
    QVERIFY(json.contains(QStringLiteral("回答用中文。").toUtf8()));
    QVERIFY(json.contains(QStringLiteral("😀").toUtf8()));
    QVERIFY(!json.contains("\\u")); // readable in any editor, not escaped
    QVERIFY(json.contains("```cpp\\nint add(int a, int b) { return a + b; }\\n```"));
}

void TstConversationExporter::jsonReadsOffsetsAsUtc()
{
    const QByteArray json = withConversation(QStringLiteral("created_at"),
                                             QStringLiteral("2026-11-28T07:40:12.345+07:00"));
    QString error;
    const std::optional<ConversationDocument> doc = ConversationJson::fromJson(json, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->conversation.createdAt, utc("2026-11-28T00:40:12.345Z"));
    QCOMPARE(doc->conversation.createdAt.timeSpec(), Qt::UTC);
    QVERIFY(ConversationJson::toJson(*doc).contains("\"created_at\": \"2026-11-28T00:40:12.345Z\""));

    const std::optional<ConversationDocument> noMs = ConversationJson::fromJson(
        withConversation(QStringLiteral("created_at"), QStringLiteral("2026-11-28T00:40:12Z")), &error);
    QVERIFY2(noMs, qPrintable(error));
    QCOMPARE(noMs->conversation.createdAt, utc("2026-11-28T00:40:12.000Z"));
}

void TstConversationExporter::jsonIgnoresUnknownFields()
{
    QJsonObject root = richJson();
    root.insert(QStringLiteral("signature"), QStringLiteral("from a later version"));
    QJsonObject conversation = root.value(QStringLiteral("conversation")).toObject();
    conversation.insert(QStringLiteral("folder"), QStringLiteral("work"));
    root.insert(QStringLiteral("conversation"), conversation);
    QJsonArray messages = root.value(QStringLiteral("messages")).toArray();
    QJsonObject reply = messages.at(1).toObject();
    reply.insert(QStringLiteral("rating"), 5);
    QJsonObject usage = reply.value(QStringLiteral("usage")).toObject();
    usage.insert(QStringLiteral("audio_tokens"), 3);
    reply.insert(QStringLiteral("usage"), usage);
    messages.replace(1, reply);
    root.insert(QStringLiteral("messages"), messages);

    QString error;
    const std::optional<ConversationDocument> doc = ConversationJson::fromJson(bytes(root), &error);
    QVERIFY2(doc, qPrintable(error));
    QVERIFY(*doc == normalized(richDocument()));
}

void TstConversationExporter::jsonRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");

    const QString notTally = QStringLiteral("not a Tally conversation export");
    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QStringLiteral("not JSON");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("not JSON");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n", 6) << QStringLiteral("not JSON");
    QTest::newRow("top-level list") << QByteArray("[1, 2]") << notTally;
    QTest::newRow("other app's format") << withRoot(QStringLiteral("format"), QStringLiteral("chatbox-export"))
                                        << notTally;
    QTest::newRow("no format") << withRoot(QStringLiteral("format"), kRemove) << notTally;

    QTest::newRow("newer version") << withRoot(QStringLiteral("version"), 2)
                                   << QStringLiteral("newer Tally (format version 2); update Tally to import it");
    QTest::newRow("version 0") << withRoot(QStringLiteral("version"), 0) << QStringLiteral("version must be");
    QTest::newRow("version as text") << withRoot(QStringLiteral("version"), QStringLiteral("1"))
                                     << QStringLiteral("version must be");
    QTest::newRow("version fraction") << withRoot(QStringLiteral("version"), 1.5)
                                      << QStringLiteral("version must be");
    QTest::newRow("no version") << withRoot(QStringLiteral("version"), kRemove) << QStringLiteral("version must be");

    QTest::newRow("no conversation") << withRoot(QStringLiteral("conversation"), kRemove)
                                     << QStringLiteral("conversation is missing");
    QTest::newRow("conversation is a list") << withRoot(QStringLiteral("conversation"), QJsonArray())
                                            << QStringLiteral("conversation must be an object, not a list");
    QTest::newRow("title number") << withConversation(QStringLiteral("title"), 42)
                                  << QStringLiteral("conversation.title must be a string, not 42");
    QTest::newRow("pinned as text") << withConversation(QStringLiteral("pinned"), QStringLiteral("yes"))
                                    << QStringLiteral("conversation.pinned must be true or false, not \"yes\"");
    QTest::newRow("temperature as text") << withConversation(QStringLiteral("temperature"), QStringLiteral("0.7"))
                                         << QStringLiteral("conversation.temperature must be a number or null");
    QTest::newRow("updated_at words") << withConversation(QStringLiteral("updated_at"), QStringLiteral("soon"))
                                      << QStringLiteral("conversation.updated_at must be a time");

    QTest::newRow("no messages") << withRoot(QStringLiteral("messages"), kRemove)
                                 << QStringLiteral("messages is missing");
    QTest::newRow("messages is an object") << withRoot(QStringLiteral("messages"), QJsonObject())
                                           << QStringLiteral("messages must be a list, not an object");
    QTest::newRow("message is text") << withMessageValue(2, QStringLiteral("hi"))
                                     << QStringLiteral("messages[2] must be an object, not \"hi\"");

    QTest::newRow("role invalid") << withMessage(3, QStringLiteral("role"), QStringLiteral("bot"))
                                  << QStringLiteral("messages[3].role \"bot\" is not one of: system, user, assistant");
    QTest::newRow("role missing") << withMessage(3, QStringLiteral("role"), kRemove)
                                  << QStringLiteral("messages[3].role is missing");
    QTest::newRow("role number") << withMessage(3, QStringLiteral("role"), 1)
                                 << QStringLiteral("messages[3].role must be a string");
    QTest::newRow("content missing") << withMessage(0, QStringLiteral("content"), kRemove)
                                     << QStringLiteral("messages[0].content is missing");
    QTest::newRow("content null") << withMessage(0, QStringLiteral("content"), QJsonValue())
                                  << QStringLiteral("messages[0].content must be a string, not null");
    QTest::newRow("state invalid") << withMessage(1, QStringLiteral("state"), QStringLiteral("done"))
                                   << QStringLiteral("messages[1].state \"done\" is not one of");

    const QString badTime = QStringLiteral("messages[1].created_at must be a time such as");
    QTest::newRow("time in words") << withMessage(1, QStringLiteral("created_at"), QStringLiteral("yesterday"))
                                   << badTime;
    QTest::newRow("time without zone")
        << withMessage(1, QStringLiteral("created_at"), QStringLiteral("2026-11-28T00:40:12.345")) << badTime;
    QTest::newRow("date only") << withMessage(1, QStringLiteral("created_at"), QStringLiteral("2026-11-28"))
                               << badTime;
    QTest::newRow("impossible date")
        << withMessage(1, QStringLiteral("created_at"), QStringLiteral("2026-02-30T00:00:00.000Z")) << badTime;
    QTest::newRow("time as number") << withMessage(1, QStringLiteral("created_at"), 1764290412345.0) << badTime;

    QTest::newRow("usage is a list") << withMessage(1, QStringLiteral("usage"), QJsonArray())
                                     << QStringLiteral("messages[1].usage must be an object or null");
    QTest::newRow("prompt tokens fraction")
        << withMessage(1, QStringLiteral("prompt_tokens"), 1.5, QStringLiteral("usage"))
        << QStringLiteral("messages[1].usage.prompt_tokens must be a whole number, not 1.5");
    QTest::newRow("prompt tokens missing")
        << withMessage(1, QStringLiteral("prompt_tokens"), kRemove, QStringLiteral("usage"))
        << QStringLiteral("messages[1].usage.prompt_tokens is missing");
    QTest::newRow("usage source invented")
        << withMessage(1, QStringLiteral("source"), QStringLiteral("guessed"), QStringLiteral("usage"))
        << QStringLiteral("messages[1].usage.source \"guessed\" is not one of: reported, estimated");
    QTest::newRow("usage source missing")
        << withMessage(1, QStringLiteral("source"), kRemove, QStringLiteral("usage"))
        << QStringLiteral("messages[1].usage.source is missing");
    QTest::newRow("timing as text")
        << withMessage(1, QStringLiteral("ttft_ms"), QStringLiteral("320"), QStringLiteral("timing"))
        << QStringLiteral("messages[1].timing.ttft_ms must be a whole number or null");
    QTest::newRow("attempts negative") << withMessage(1, QStringLiteral("attempts"), -1)
                                       << QStringLiteral("messages[1].attempts must be 0 or more");
    QTest::newRow("timing without usage") << withMessage(0, QStringLiteral("timing"), QJsonObject())
                                          << QStringLiteral("messages[0].timing is given, but messages[0].usage is null");

    QTest::newRow("cost source invented")
        << withMessage(1, QStringLiteral("source"), QStringLiteral("free"), QStringLiteral("cost"))
        << QStringLiteral("messages[1].cost.source \"free\" is not one of");
    QTest::newRow("reported cost without amount")
        << withMessage(1, QStringLiteral("amount"), QJsonValue(), QStringLiteral("cost"))
        << QStringLiteral("messages[1].cost.amount must be a number when the cost is reported, not null");
    // Issue 13, row 9: numbers are range-checked like settings, and the field is named.
    QTest::newRow("cost -1000 USD") << withMessage(1, QStringLiteral("amount"), -1000, QStringLiteral("cost"))
                                    << QStringLiteral("messages[1].cost.amount must be 0 or more, not -1000.");
    QTest::newRow("cost 1e308") << withMessage(1, QStringLiteral("amount"), 1e308, QStringLiteral("cost"))
                                << QStringLiteral("messages[1].cost.amount must be at most 1000000000, not 1e+308.");
    QTest::newRow("estimated cost negative")
        << withMessage(3, QStringLiteral("amount"), -0.01, QStringLiteral("cost"))
        << QStringLiteral("messages[3].cost.amount must be 0 or more, not -0.01.");
    QTest::newRow("title cost negative")
        << withConversation(QStringLiteral("title_cost"),
                            QJsonObject{{QStringLiteral("amount"), -5}, {QStringLiteral("currency"), QStringLiteral("USD")},
                                        {QStringLiteral("source"), QStringLiteral("estimated")}})
        << QStringLiteral("conversation.title_cost.amount must be 0 or more, not -5.");
    QTest::newRow("reported cost negative") << withMessage(1, QStringLiteral("reported_cost"), -12.5)
                                            << QStringLiteral("messages[1].reported_cost must be 0 or more, not -12.5.");
    QTest::newRow("temperature 1e308") << withConversation(QStringLiteral("temperature"), 1e308)
                                       << QStringLiteral("conversation.temperature must be at most 2, not 1e+308.");
    QTest::newRow("temperature negative") << withConversation(QStringLiteral("temperature"), -0.5)
                                          << QStringLiteral("conversation.temperature must be 0 or more, not -0.5.");
    QTest::newRow("prompt tokens -1,000,000")
        << withMessage(1, QStringLiteral("prompt_tokens"), -1000000, QStringLiteral("usage"))
        << QStringLiteral("messages[1].usage.prompt_tokens must be 0 or more, not -1000000.");
    QTest::newRow("completion tokens past a trillion")
        << withMessage(1, QStringLiteral("completion_tokens"), 2e12, QStringLiteral("usage"))
        << QStringLiteral("messages[1].usage.completion_tokens must be at most 1000000000000, not 2000000000000.");
    QTest::newRow("cached tokens negative")
        << withMessage(1, QStringLiteral("cached_tokens"), -1, QStringLiteral("usage"))
        << QStringLiteral("messages[1].usage.cached_tokens must be 0 or more, not -1.");
    QTest::newRow("tokens 2^63 - 1")
        << withMessage(1, QStringLiteral("prompt_tokens"), 9223372036854775807.0, QStringLiteral("usage"))
        << QStringLiteral("messages[1].usage.prompt_tokens must be a whole number");
    QTest::newRow("ttft negative") << withMessage(1, QStringLiteral("ttft_ms"), -320, QStringLiteral("timing"))
                                   << QStringLiteral("messages[1].timing.ttft_ms must be 0 or more, not -320.");
    QTest::newRow("speed absurd")
        << withMessage(1, QStringLiteral("tokens_per_second"), 1e300, QStringLiteral("timing"))
        << QStringLiteral("messages[1].timing.tokens_per_second must be at most 1000000000, not 1e+300.");

    QTest::newRow("error as text") << withMessage(3, QStringLiteral("error"), QStringLiteral("boom"))
                                   << QStringLiteral("messages[3].error must be an object or null, not \"boom\"");
    QTest::newRow("error kind number") << withMessage(3, QStringLiteral("kind"), 5, QStringLiteral("error"))
                                       << QStringLiteral("messages[3].error.kind must be a string, not 5");
}

void TstConversationExporter::jsonRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);

    QString error;
    const std::optional<ConversationDocument> doc = ConversationJson::fromJson(json, &error);
    QVERIFY(!doc);
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TstConversationExporter::jsonRejectsNewerVersionInWords()
{
    QString error;
    QVERIFY(!ConversationJson::fromJson(withRoot(QStringLiteral("version"), 7), &error));
    QCOMPARE(error, QStringLiteral("This conversation was written by a newer Tally (format version 7); "
                                   "update Tally to import it."));
}

void TstConversationExporter::jsonRejectsWithoutErrorPointer()
{
    QVERIFY(!ConversationJson::fromJson(QByteArray("nope")));
    QVERIFY(!ConversationJson::fromJson(withMessage(3, QStringLiteral("role"), QStringLiteral("bot"))));
    QVERIFY(ConversationJson::fromJson(ConversationJson::toJson(richDocument())));
}

// -- Markdown --------------------------------------------------------------------------------

void TstConversationExporter::markdownStructure()
{
    const ConversationDocument doc = richDocument();
    const QLocale locale = english();
    const QString md = ConversationMarkdown::toMarkdown(doc, locale);

    QVERIFY2(md.startsWith(QString(QStringLiteral("# ") + kTitle + QStringLiteral("\n\n"))), qPrintable(md));
    const QDateTime local = doc.conversation.createdAt.toLocalTime();
    const QString created = locale.toString(local.date(), QLocale::LongFormat) + QLatin1Char(' ')
        + locale.toString(local.time(), QLocale::ShortFormat);
    QVERIFY(created.contains(QStringLiteral("2026")));
    QVERIFY2(md.contains(QString(QStringLiteral("\n\nModel: stepfun-v3 · Profile: HolySheep · StepFun · Created: ")
                                 + created + QStringLiteral("\n\n"))),
             qPrintable(md));
    QVERIFY(md.contains(QStringLiteral("\n\n> You are terse.\n>\n> ตอบเป็นภาษาไทย 回答用中文。\n\n")));

    QCOMPARE(md.count(QStringLiteral("\n## You\n\n")), 3);
    QCOMPARE(md.count(QStringLiteral("\n## Assistant\n\n")), 6);
    QCOMPARE(md.count(QStringLiteral("\n## System\n\n")), 1);

    QVERIFY(md.contains(QStringLiteral("## Assistant\n\n<details><summary>Reasoning</summary>\n\n"
                                       "The user wants `add`.\n\n用户想要一个加法函数。\n\n</details>\n\n好的：")));
    QCOMPARE(md.count(QStringLiteral("<details>")), 1);

    // Content as is: code blocks, Thai, Chinese and emoji untouched.
    QVERIFY(md.contains(QStringLiteral("## You\n\nช่วยเขียนฟังก์ชันนี้ให้หน่อย 🙏\n\n```cpp\nint add(int a, int b);\n```\n\n## Assistant")));
    QVERIFY(md.contains(QStringLiteral("```cpp\nint add(int a, int b) { return a + b; }\n```\n\nเสร็จแล้ว ✅\n\n*")));
    QVERIFY(md.contains(QStringLiteral("## System\n\nModel switched to stepfun-v3.\n\n## Assistant")));

    // The reply cut off in a code block gets its fence closed before the mark.
    QVERIFY2(md.contains(QStringLiteral("```python\nprint('unfinished')\n```\n\n**⚠ Incomplete reply**")), qPrintable(md));

    QVERIFY(md.endsWith(QStringLiteral("\n")));
    QVERIFY(!md.endsWith(QStringLiteral("\n\n")));
    QVERIFY(!md.contains(QStringLiteral("\n\n\n")));
}

void TstConversationExporter::markdownFooter_data()
{
    QTest::addColumn<QString>("footer");

    QTest::newRow("reported usage and cost")
        << QStringLiteral("*stepfun-v3 · 1,234 → 567 tokens (reported) · 1,024 cached · 200 reasoning · TTFT 320 ms · "
                          "total 2.4 s · 45.3 tokens/s · cost $0.000380 (reported)*");
    QTest::newRow("estimated usage, retried, CNY")
        << QStringLiteral("*deepseek-chat · ≈ 40 → 12 tokens (estimated) · TTFT 480 ms · total 1.5 s · 2 attempts · "
                          "cost ¥0.01 (estimated)*");
    QTest::newRow("unknown cost")
        << QStringLiteral("*stepfun-v3 · ≈ 12 → 0 tokens (estimated) · total 90 ms · 3 attempts · cost unknown*");
    QTest::newRow("cached")
        << QStringLiteral("*stepfun-v3 · 12 → 3 tokens (reported) · TTFT 100 ms · total 300 ms · 15.5 tokens/s · "
                          "cost $0.00 (cached)*");
    QTest::newRow("no cost") << QStringLiteral("*stepfun-v3 · 5 → 6 tokens (reported)*");
}

void TstConversationExporter::markdownFooter()
{
    QFETCH(QString, footer);
    const QString md = ConversationMarkdown::toMarkdown(richDocument(), english());
    QVERIFY2(md.contains(QString(QStringLiteral("\n\n") + footer + QLatin1Char('\n'))), qPrintable(md));
    // Only replies with stats or a cost get a footer; the streaming one has neither. (A footer is
    // one italic paragraph; the state marks are bold.)
    QCOMPARE(md.count(QRegularExpression(QStringLiteral("\n\n\\*[^*][^\n]*\\*\n"))), 5);
}

void TstConversationExporter::markdownMarksUnfinishedReplies_data()
{
    QTest::addColumn<QString>("mark");
    QTest::newRow("incomplete") << QStringLiteral("\n\n**⚠ Incomplete reply**: The connection dropped.\n\n*");
    QTest::newRow("error, no text")
        << QStringLiteral("## Assistant\n\n**⚠ Error**: The API key was rejected (401).\n\n*");
    QTest::newRow("cancelled") << QStringLiteral("Partial answer 😀\n\n**⚠ Stopped before the end**\n\n*");
    QTest::newRow("streaming") << QStringLiteral("Still typing…\n\n**⚠ Still being received when exported**\n\n## ");
}

void TstConversationExporter::markdownMarksUnfinishedReplies()
{
    QFETCH(QString, mark);
    const QString md = ConversationMarkdown::toMarkdown(richDocument(), english());
    QVERIFY2(md.contains(mark), qPrintable(md));
    QCOMPARE(md.count(QStringLiteral("⚠")), 4); // complete replies carry none
}

void TstConversationExporter::markdownClosesOpenFences_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("written");

    QTest::newRow("open backticks") << QStringLiteral("```python\nprint(1)") << QStringLiteral("```python\nprint(1)\n```");
    QTest::newRow("closed stays") << QStringLiteral("```\ncode\n```\n") << QStringLiteral("```\ncode\n```");
    QTest::newRow("two blocks, second open") << QStringLiteral("```\na\n```\ntext\n```js\nb")
                                             << QStringLiteral("```\na\n```\ntext\n```js\nb\n```");
    QTest::newRow("longer fence holds a shorter one") << QStringLiteral("````md\n```\ninner\n```")
                                                      << QStringLiteral("````md\n```\ninner\n```\n````");
    QTest::newRow("tildes") << QStringLiteral("~~~\nx") << QStringLiteral("~~~\nx\n~~~");
    QTest::newRow("closer with text is not a closer") << QStringLiteral("```\na\n``` not closing")
                                                      << QStringLiteral("```\na\n``` not closing\n```");
    QTest::newRow("inline backticks are no fence") << QStringLiteral("Use ```code``` inline")
                                                   << QStringLiteral("Use ```code``` inline");
    QTest::newRow("indented four is no fence") << QStringLiteral("    ```\n    code")
                                               << QStringLiteral("    ```\n    code");
    QTest::newRow("CRLF") << QStringLiteral("```\r\ncode\r\n```\r\n") << QStringLiteral("```\r\ncode\r\n```");
}

void TstConversationExporter::markdownClosesOpenFences()
{
    QFETCH(QString, content);
    QFETCH(QString, written);

    ConversationDocument doc;
    doc.conversation.title = QStringLiteral("Fences");
    doc.messages.append(message(Message::Role::Assistant, content, QDateTime()));
    doc.messages.append(message(Message::Role::User, QStringLiteral("after"), QDateTime()));

    const QString md = ConversationMarkdown::toMarkdown(doc, english());
    QCOMPARE(md, QString(QStringLiteral("# Fences\n\n## Assistant\n\n") + written + QStringLiteral("\n\n## You\n\nafter\n")));
}

void TstConversationExporter::markdownClosesFenceInReasoning()
{
    ConversationDocument doc;
    Message m = message(Message::Role::Assistant, QStringLiteral("Answer."), QDateTime());
    m.reasoning = QStringLiteral("Let me try:\n```\nthinking");
    doc.messages.append(m);
    const QString md = ConversationMarkdown::toMarkdown(doc, english());
    QVERIFY2(md.contains(QStringLiteral("<details><summary>Reasoning</summary>\n\nLet me try:\n```\nthinking\n```\n\n"
                                        "</details>\n\nAnswer.\n")),
             qPrintable(md));
}

void TstConversationExporter::markdownUntitled()
{
    QCOMPARE(ConversationMarkdown::toMarkdown(ConversationDocument(), english()),
             QStringLiteral("# Untitled conversation\n"));
    ConversationDocument blank;
    blank.conversation.title = QStringLiteral("  \n ");
    QVERIFY(ConversationMarkdown::toMarkdown(blank, english()).startsWith(QStringLiteral("# Untitled conversation\n")));
}

void TstConversationExporter::markdownUsesLocaleNumbers()
{
    const QString md = ConversationMarkdown::toMarkdown(richDocument(), QLocale(QLocale::German, QLocale::Germany));
    QVERIFY2(md.contains(QStringLiteral("1.234 → 567 tokens (reported) · 1.024 cached")), qPrintable(md));
    QVERIFY(md.contains(QStringLiteral("total 2,4 s · 45,3 tokens/s")));
    QVERIFY(md.contains(QStringLiteral("0,000380")));
}

// -- CSV -------------------------------------------------------------------------------------

void TstConversationExporter::csvHeaderAndOneRowPerReply()
{
    ConversationDocument userOnly;
    userOnly.messages.append(message(Message::Role::User, QStringLiteral("hello"), utc("2026-11-28T00:00:00.000Z")));

    const QByteArray csv = UsageCsv::toCsv({richDocument(), userOnly, oneReply(QStringLiteral("x"))});
    QVERIFY(csv.startsWith("date,conversation,conversation_uuid,model,prompt_tokens,completion_tokens,cached_tokens,"
                           "reasoning_tokens,usage_source,cost,currency,cost_source,ttft_ms,total_ms,"
                           "tokens_per_second\r\n"));
    QVERIFY(csv.endsWith("\r\n"));
    const QList<QStringList> rows = parseCsv(csv);
    QCOMPARE(rows.size(), 1 + 5 + 0 + 1); // header, the rich document's five replies with stats, one more
    QCOMPARE(rows.at(0), kCsvHeader);
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), kCsvHeader.size());

    QCOMPARE(UsageCsv::toCsv({}).count("\r\n"), 1);
    QCOMPARE(UsageCsv::toCsv({userOnly}).count("\r\n"), 1);
}

void TstConversationExporter::csvRowFields()
{
    const QList<QStringList> rows = parseCsv(UsageCsv::toCsv({richDocument()}));
    QCOMPARE(rows.size(), 6);
    const QString uuid = QStringLiteral("0b6c2f4e-6a1d-4a59-9a5e-2b1f7f2f9c11");

    QCOMPARE(rows.at(1), QStringList({QStringLiteral("2026-11-28T00:41:00.000Z"), kTitle, uuid,
                                      QStringLiteral("stepfun-v3"), QStringLiteral("1234"), QStringLiteral("567"),
                                      QStringLiteral("1024"), QStringLiteral("200"), QStringLiteral("reported"),
                                      QStringLiteral("0.00038"), QStringLiteral("USD"), QStringLiteral("reported"),
                                      QStringLiteral("320"), QStringLiteral("2400"), QStringLiteral("45.26")}));
    QCOMPARE(rows.at(2), QStringList({QStringLiteral("2026-11-28T00:43:00.000Z"), kTitle, uuid,
                                      QStringLiteral("deepseek-chat"), QStringLiteral("40"), QStringLiteral("12"),
                                      QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("estimated"),
                                      QStringLiteral("0.0123"), QStringLiteral("CNY"), QStringLiteral("estimated"),
                                      QStringLiteral("480"), QStringLiteral("1500"), QString()}));
    // Unknown cost: no amount, no currency, but the source says why.
    QCOMPARE(rows.at(3).mid(9), QStringList({QString(), QString(), QStringLiteral("unknown"), QString(),
                                             QStringLiteral("90"), QString()}));
    QCOMPARE(rows.at(4).mid(9, 3), QStringList({QStringLiteral("0"), QStringLiteral("USD"), QStringLiteral("cached")}));
    // No cost at all: all three empty.
    QCOMPARE(rows.at(5).mid(9, 3), QStringList({QString(), QString(), QString()}));
}

void TstConversationExporter::csvQuoting_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QByteArray>("field");

    QTest::newRow("plain") << QStringLiteral("Plain title") << QByteArray("Plain title");
    QTest::newRow("comma") << QStringLiteral("a, b") << QByteArray("\"a, b\"");
    QTest::newRow("quotes") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("line1\nline2") << QByteArray("\"line1\nline2\"");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"");
    QTest::newRow("Thai and Chinese") << QStringLiteral("ราคา 价格") << QStringLiteral("ราคา 价格").toUtf8();
    QTest::newRow("formula and comma") << QStringLiteral("=1,2") << QByteArray("\"'=1,2\"");
}

void TstConversationExporter::csvQuoting()
{
    QFETCH(QString, title);
    QFETCH(QByteArray, field);

    const QByteArray csv = UsageCsv::toCsv({oneReply(title)});
    QVERIFY2(csv.contains(QByteArray("\r\n2026-11-28T00:41:00.000Z," + field + ",uuid-1,")), csv.constData());
    const QList<QStringList> rows = parseCsv(csv);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).size(), kCsvHeader.size());
    QCOMPARE(rows.at(1).at(1), title.startsWith(u'=') ? QString(QStringLiteral("'") + title) : title);
}

void TstConversationExporter::csvFormulaGuard_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");

    QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")")
                            << QStringLiteral("'=HYPERLINK(\"http://evil\",\"x\")");
    QTest::newRow("plus") << QStringLiteral("+1+1") << QStringLiteral("'+1+1");
    QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("not at the start") << QStringLiteral("a=b+c") << QStringLiteral("a=b+c");
    QTest::newRow("empty") << QString() << QString();
}

void TstConversationExporter::csvFormulaGuard()
{
    QFETCH(QString, text);
    QFETCH(QString, cell);

    // The title and the model are the text a provider or a user controls.
    const QList<QStringList> rows = parseCsv(UsageCsv::toCsv({oneReply(text, text)}));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).at(1), cell);
    QCOMPARE(rows.at(1).at(3), cell);
    // Numbers are ours and stay numbers.
    QCOMPARE(rows.at(1).at(4), QStringLiteral("10"));
}

void TstConversationExporter::csvNumbersIgnoreLocale()
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    ConversationDocument big = oneReply(QStringLiteral("big"));
    big.messages[0].stats->usage.promptTokens = 1234567;
    big.messages[0].stats->tokensPerSecond = 1234.5;
    big.messages[0].cost = CostEstimate::restored(1234.5678, QStringLiteral("USD"), CostEstimate::Source::Estimated);
    ConversationDocument tiny = oneReply(QStringLiteral("tiny"));
    tiny.messages[0].cost = CostEstimate::restored(0.0000012, QStringLiteral("USD"), CostEstimate::Source::Estimated);
    tiny.messages[0].stats->tokensPerSecond = 0.25;
    const QByteArray csv = UsageCsv::toCsv({big, tiny, richDocument()});
    QLocale::setDefault(saved);

    QVERIFY2(csv.contains(",1234567,20,0,0,reported,1234.5678,USD,estimated,,,1234.5\r\n"), csv.constData());
    // No exponent, which some spreadsheets read as text, and no rounding of tiny costs.
    QVERIFY2(csv.contains(",0.0000012,USD,estimated,,,0.25\r\n"), csv.constData());
    QVERIFY(csv.contains(",0.00038,USD,"));
}

void TstConversationExporter::jsonKeepsVersionsAndMarkdownShowsTheChosenOnes()
{
    ConversationDocument doc;
    doc.conversation.title = QStringLiteral("Versions");
    doc.conversation.draft = QStringLiteral("not sent yet");
    const auto add = [&](qint64 id, Message::Role role, const QString &text, qint64 replyTo, qint64 versionOf, bool selected) {
        Message message;
        message.id = id;
        message.role = role;
        message.content = text;
        message.parentId = replyTo;
        message.groupId = versionOf;
        message.selected = selected;
        doc.messages.append(message);
    };
    add(11, Message::Role::User, QStringLiteral("first question"), 0, 0, false);
    add(12, Message::Role::Assistant, QStringLiteral("old answer"), 11, 0, true);
    add(13, Message::Role::User, QStringLiteral("edited question"), 0, 11, true);
    add(14, Message::Role::Assistant, QStringLiteral("rejected answer"), 13, 0, false);
    add(15, Message::Role::Assistant, QStringLiteral("kept answer"), 13, 0, true);

    QString error;
    const std::optional<ConversationDocument> back = ConversationJson::fromJson(ConversationJson::toJson(doc), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->conversation.draft, QStringLiteral("not sent yet"));
    QCOMPARE(back->messages.size(), 5);
    QCOMPARE(back->messages.at(2).groupId, 11);
    QCOMPARE(back->messages.at(3).parentId, 13);
    QCOMPARE(back->messages.at(3).selected, false);
    QCOMPARE(back->messages.at(4).selected, true);

    const QString markdown = ConversationMarkdown::toMarkdown(doc, QLocale::c());
    QVERIFY(markdown.contains(QStringLiteral("edited question")));
    QVERIFY(markdown.contains(QStringLiteral("kept answer")));
    QVERIFY(!markdown.contains(QStringLiteral("first question")));
    QVERIFY(!markdown.contains(QStringLiteral("rejected answer")));
    QVERIFY(!markdown.contains(QStringLiteral("old answer")));
}

QTEST_GUILESS_MAIN(TstConversationExporter)
#include "tst_conversationexporter.moc"
