#include "pricing/Budget.h"
#include "formats/ConversationJson.h"
#include "store/ConversationStore.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

Message message(qint64 conversationId, Message::Role role, const QString &content)
{
    Message m;
    m.conversationId = conversationId;
    m.role = role;
    m.content = content;
    return m;
}

} // namespace

class TstConversationStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createsReadsUpdatesAndDeletesConversations();
    void spendingSumsCostsPerCurrencySinceADate();
    void spendingIsALedgerDeletingAndImportingDoNotChange();
    void versionsOfQuestionsAndRepliesShowTheSelectedOne();
    void draftIsKeptPerConversation();
    void anImportCannotLowerWhatABudgetCounts();
    void listsPinnedFirstThenByActivity();
    void appendsMessagesInOrderWithEveryField();
    void streamingRowsAreSavedCheaplyAndIndexedWhenDone();
    void abandonedStreamsReadAsIncomplete();
    void searchFindsTitlesAndTextInAnyScript_data();
    void searchFindsTitlesAndTextInAnyScript();
    void searchStaysInSyncWithEditsAndDeletes();
    void searchTreatsInputAsText();
    void importKeepsTheUuidUnlessTaken();
    void loneSurrogatesAreStoredAsTheyAreShown();

private:
    QTemporaryDir *m_dir = nullptr;
    Database *m_database = nullptr;
    ConversationStore *m_store = nullptr;
};

void TstConversationStore::init()
{
    m_dir = new QTemporaryDir;
    m_database = new Database(m_dir->filePath(QStringLiteral("tally.db")));
    QVERIFY(m_database->open().ok());
    m_store = new ConversationStore(*m_database);
}

void TstConversationStore::cleanup()
{
    delete m_store;
    delete m_database;
    delete m_dir;
}

void TstConversationStore::createsReadsUpdatesAndDeletesConversations()
{
    Conversation draft;
    draft.title = QStringLiteral("Trip to Chiang Mai");
    draft.model = QStringLiteral("stepfun-v3");
    draft.temperature = 0.3;
    draft.systemPrompt = QStringLiteral("You are a travel guide.");
    draft.profile = QStringLiteral("holysheep");
    const std::optional<Conversation> created = m_store->createConversation(draft);
    QVERIFY(created);
    QVERIFY(created->id > 0);
    QCOMPARE(created->uuid.size(), 36);
    QVERIFY(created->createdAt.isValid());

    std::optional<Conversation> read = m_store->conversation(created->id);
    QCOMPARE(*read, *created);
    QCOMPARE(*m_store->conversationByUuid(created->uuid), *created);

    Conversation changed = *read;
    changed.title = QStringLiteral("เชียงใหม่");
    changed.pinned = true;
    changed.temperature.reset();
    QVERIFY(m_store->updateConversation(changed));
    read = m_store->conversation(created->id);
    QCOMPARE(read->title, QStringLiteral("เชียงใหม่"));
    QVERIFY(read->pinned);
    QVERIFY(!read->temperature);

    StoreError appendError;
    QVERIFY2(m_store->appendMessage(message(created->id, Message::Role::User, QStringLiteral("hi")), &appendError),
             qPrintable(appendError.message()));
    QVERIFY(m_store->deleteConversation(created->id));
    StoreError error;
    QVERIFY(!m_store->conversation(created->id, &error));
    QCOMPARE(error.kind(), StoreError::Kind::NotFound);
    QSqlQuery orphans(m_database->connection());
    QVERIFY(orphans.exec(QStringLiteral("SELECT count(*) FROM messages")) && orphans.next());
    QCOMPARE(orphans.value(0).toInt(), 0); // messages go with their conversation
    QVERIFY(!m_store->deleteConversation(created->id, &error));
    QCOMPARE(error.kind(), StoreError::Kind::NotFound);
}

void TstConversationStore::listsPinnedFirstThenByActivity()
{
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        Conversation conversation;
        conversation.title = QStringLiteral("c%1").arg(i);
        conversation.updatedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + i * 1000, Qt::UTC);
        ids << m_store->createConversation(conversation)->id;
    }
    Conversation pinned = *m_store->conversation(ids.at(0));
    pinned.pinned = true;
    QVERIFY(m_store->updateConversation(pinned));
    QVERIFY(m_store->appendMessage(message(ids.at(1), Message::Role::User, QStringLiteral("new activity"))));

    const QList<ConversationSummary> list = m_store->listConversations();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).conversation.id, ids.at(0)); // pinned
    QCOMPARE(list.at(1).conversation.id, ids.at(1)); // most recent activity
    QCOMPARE(list.at(1).messageCount, 1);
    QCOMPARE(list.at(2).conversation.id, ids.at(2));
}

void TstConversationStore::appendsMessagesInOrderWithEveryField()
{
    const qint64 id = m_store->createConversation(Conversation())->id;
    QVERIFY(m_store->appendMessage(message(id, Message::Role::System, QStringLiteral("Be brief."))));
    QVERIFY(m_store->appendMessage(message(id, Message::Role::User, QStringLiteral("สวัสดี 🎉"))));

    Message reply = message(id, Message::Role::Assistant, QStringLiteral("```cpp\nint x;\n```"));
    reply.reasoning = QStringLiteral("思考");
    reply.state = Message::State::Incomplete;
    reply.errorKind = QStringLiteral("incomplete");
    reply.errorMessage = QStringLiteral("cut off");
    reply.model = QStringLiteral("stepfun-v3");
    MessageStats stats;
    stats.ttfbMs = 120;
    stats.ttftMs = 340;
    stats.totalMs = 2100;
    stats.tokensPerSecond = 41.5;
    stats.usage = {1200, 300, 1000, 40, TokenUsage::Source::Reported};
    stats.finishReason = QStringLiteral("length");
    stats.attempts = 2;
    stats.reportedCost = 0.0012;
    stats.model = QStringLiteral("stepfun-v3");
    reply.stats = stats;
    reply.cost = CostEstimate::reported(0.0012, QStringLiteral("USD"));
    const std::optional<Message> stored = m_store->appendMessage(reply);
    QVERIFY(stored);
    QCOMPARE(stored->position, 2);

    const QList<Message> messages = m_store->messages(id);
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.at(0).role, Message::Role::System);
    QCOMPARE(messages.at(1).content, QStringLiteral("สวัสดี 🎉"));
    QVERIFY(!messages.at(1).stats);
    QVERIFY(!messages.at(1).cost);
    Message expected = *stored;
    QCOMPARE(messages.at(2), expected);

    Message unknownCost = message(id, Message::Role::Assistant, QStringLiteral("local"));
    unknownCost.stats = MessageStats();
    unknownCost.cost = CostEstimate::unknown();
    const std::optional<Message> local = m_store->appendMessage(unknownCost);
    QCOMPARE(m_store->message(local->id)->cost, std::optional<CostEstimate>(CostEstimate::unknown()));
}

void TstConversationStore::streamingRowsAreSavedCheaplyAndIndexedWhenDone()
{
    const qint64 id = m_store->createConversation(Conversation())->id;
    Message reply = message(id, Message::Role::Assistant, QString());
    reply.state = Message::State::Streaming;
    reply = *m_store->appendMessage(reply);

    QVERIFY(m_store->saveStreamingText(reply.id, QStringLiteral("partial answer about quokkas"), QStringLiteral("hmm")));
    QCOMPARE(m_store->message(reply.id)->content, QStringLiteral("partial answer about quokkas"));
    QCOMPARE(m_store->message(reply.id)->state, Message::State::Streaming);
    QVERIFY(m_store->search(QStringLiteral("quokkas")).isEmpty()); // not indexed while streaming

    reply.content = QStringLiteral("final answer about quokkas");
    reply.state = Message::State::Complete;
    QVERIFY(m_store->finishMessage(reply));
    QCOMPARE(m_store->search(QStringLiteral("quokkas")).size(), 1);
    // A save after the end does not reopen the row.
    QVERIFY(m_store->saveStreamingText(reply.id, QStringLiteral("late"), QString()));
    QCOMPARE(m_store->message(reply.id)->content, QStringLiteral("final answer about quokkas"));
    QCOMPARE(m_database->integrityCheck(), QStringLiteral("ok"));
}

void TstConversationStore::abandonedStreamsReadAsIncomplete()
{
    const qint64 id = m_store->createConversation(Conversation())->id;
    Message reply = message(id, Message::Role::Assistant, QStringLiteral("half"));
    reply.state = Message::State::Streaming;
    reply = *m_store->appendMessage(reply);
    QCOMPARE(m_store->message(reply.id)->state, Message::State::Streaming); // a live writer

    QSqlQuery age(m_database->connection());
    QVERIFY(age.exec(QStringLiteral("UPDATE messages SET updated_at = updated_at - 60000 WHERE id = %1").arg(reply.id)));
    QCOMPARE(m_store->message(reply.id)->state, Message::State::Incomplete); // its writer died

    m_database->close();
    QVERIFY(m_database->open().ok()); // the next open marks it so in the file
    QSqlQuery state(m_database->connection());
    QVERIFY(state.exec(QStringLiteral("SELECT state FROM messages WHERE id = %1").arg(reply.id)) && state.next());
    QCOMPARE(state.value(0).toString(), QStringLiteral("incomplete"));
    QCOMPARE(m_store->search(QStringLiteral("half")).size(), 1); // and it is searchable now
}

void TstConversationStore::searchFindsTitlesAndTextInAnyScript_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("hits");
    QTest::addColumn<bool>("titleHit");
    QTest::newRow("english word") << QStringLiteral("benchmark") << 1 << false;
    QTest::newRow("case-insensitive") << QStringLiteral("BENCHMARK") << 1 << false;
    QTest::newRow("thai inside a run of text") << QStringLiteral("ภาษาไทย") << 1 << false;
    QTest::newRow("chinese substring") << QStringLiteral("中文搜") << 1 << false;
    QTest::newRow("two-character chinese word") << QStringLiteral("中文") << 1 << false;
    QTest::newRow("title") << QStringLiteral("Quarterly") << 1 << true;
    QTest::newRow("reasoning") << QStringLiteral("deliberate") << 1 << false;
    QTest::newRow("two words anywhere") << QStringLiteral("latency benchmark") << 1 << false;
    QTest::newRow("no match") << QStringLiteral("zebra") << 0 << false;
}

void TstConversationStore::searchFindsTitlesAndTextInAnyScript()
{
    QFETCH(QString, query);
    QFETCH(int, hits);
    QFETCH(bool, titleHit);
    Conversation conversation;
    conversation.title = QStringLiteral("Quarterly report");
    const qint64 id = m_store->createConversation(conversation)->id;
    QVERIFY(m_store->appendMessage(message(id, Message::Role::User, QStringLiteral("Run the latency benchmark please"))));
    QVERIFY(m_store->appendMessage(message(id, Message::Role::User, QStringLiteral("ทดสอบการค้นหาภาษาไทยในข้อความ"))));
    QVERIFY(m_store->appendMessage(message(id, Message::Role::User, QStringLiteral("这是一个中文搜索测试"))));
    Message withReasoning = message(id, Message::Role::Assistant, QStringLiteral("Done."));
    withReasoning.reasoning = QStringLiteral("Let me deliberate first.");
    QVERIFY(m_store->appendMessage(withReasoning));

    const QList<SearchHit> results = m_store->search(query);
    QCOMPARE(results.size(), hits);
    if (hits > 0) {
        QCOMPARE(results.first().conversationId, id);
        QCOMPARE(results.first().messageId == 0, titleHit);
        QVERIFY(results.first().snippet.contains(SearchHit::kMatchStart));
        QVERIFY(results.first().snippet.contains(SearchHit::kMatchEnd));
    }
}

void TstConversationStore::searchStaysInSyncWithEditsAndDeletes()
{
    Conversation conversation;
    conversation.title = QStringLiteral("alpha title");
    conversation = *m_store->createConversation(conversation);
    Message m = *m_store->appendMessage(message(conversation.id, Message::Role::User, QStringLiteral("original words")));
    QCOMPARE(m_store->search(QStringLiteral("original")).size(), 1);

    m.content = QStringLiteral("edited words");
    QVERIFY(m_store->finishMessage(m));
    QCOMPARE(m_store->search(QStringLiteral("original")).size(), 0);
    QCOMPARE(m_store->search(QStringLiteral("edited")).size(), 1);

    conversation.title = QStringLiteral("omega title");
    QVERIFY(m_store->updateConversation(conversation));
    QCOMPARE(m_store->search(QStringLiteral("alpha")).size(), 0);
    QCOMPARE(m_store->search(QStringLiteral("omega")).size(), 1);

    QVERIFY(m_store->deleteMessage(m.id));
    QCOMPARE(m_store->search(QStringLiteral("edited")).size(), 0);
    QVERIFY(m_store->deleteConversation(conversation.id));
    QCOMPARE(m_store->search(QStringLiteral("omega")).size(), 0);
    QSqlQuery check(m_database->connection());
    QVERIFY(check.exec(QStringLiteral("INSERT INTO message_fts(message_fts) VALUES ('integrity-check')")));
    QCOMPARE(m_database->integrityCheck(), QStringLiteral("ok"));
}

void TstConversationStore::searchTreatsInputAsText()
{
    const qint64 id = m_store->createConversation(Conversation())->id;
    QVERIFY(m_store->appendMessage(message(id, Message::Role::User, QStringLiteral("say \"AND\" OR NOT near(x) * 50%_"))));
    for (const QString &query : {QStringLiteral("\"AND\""), QStringLiteral("near(x)"), QStringLiteral("OR NOT"),
                                 QStringLiteral("50%_"), QStringLiteral("*"), QStringLiteral("\"")}) {
        StoreError error;
        const QList<SearchHit> hits = m_store->search(query, 50, &error);
        QVERIFY2(!error.isError(), qPrintable(query + u' ' + error.message()));
        QVERIFY2(hits.size() <= 1, qPrintable(query));
    }
    QCOMPARE(m_store->search(QStringLiteral("near(x)")).size(), 1);
    QCOMPARE(m_store->search(QStringLiteral("50%_")).size(), 1);
    QCOMPARE(m_store->search(QStringLiteral("%")).size(), 1); // a literal percent sign, not "anything"
    QCOMPARE(m_store->search(QStringLiteral("  ")).size(), 0);
}

void TstConversationStore::importKeepsTheUuidUnlessTaken()
{
    Conversation conversation;
    conversation.title = QStringLiteral("Original");
    conversation.uuid = QStringLiteral("0e4a7c0e-9f0a-4c55-9d8e-3c3a2f6f1a11");
    conversation.createdAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'123, Qt::UTC);
    conversation.updatedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'500'456, Qt::UTC);
    ConversationDocument document{conversation,
                                  {message(0, Message::Role::User, QStringLiteral("q")),
                                   message(0, Message::Role::Assistant, QStringLiteral("a"))}};
    document.messages[0].createdAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'200, Qt::UTC);
    document.messages[1].createdAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'300, Qt::UTC);

    const std::optional<Conversation> first = m_store->importDocument(document);
    QVERIFY(first);
    QCOMPARE(first->uuid, conversation.uuid);
    const ConversationDocument stored = *m_store->document(first->id);
    QCOMPARE(stored.conversation.updatedAt, conversation.updatedAt);
    QCOMPARE(stored.conversation.createdAt, conversation.createdAt);
    QCOMPARE(stored.messages.size(), 2);
    QCOMPARE(stored.messages.at(1).createdAt, document.messages.at(1).createdAt);

    const std::optional<Conversation> second = m_store->importDocument(document);
    QVERIFY(second);
    QVERIFY(second->uuid != conversation.uuid);
    QCOMPARE(m_store->listConversations().size(), 2);
}

void TstConversationStore::spendingSumsCostsPerCurrencySinceADate()
{
    const qint64 a = m_store->createConversation(Conversation())->id;
    const qint64 b = m_store->createConversation(Conversation())->id;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto reply = [&](qint64 conversation, double amount, const QString &currency, const QDateTime &at) {
        Message message;
        message.conversationId = conversation;
        message.role = Message::Role::Assistant;
        message.content = QStringLiteral("answer");
        message.createdAt = at;
        message.stats = MessageStats();
        message.cost = CostEstimate::restored(amount, currency, CostEstimate::Source::Estimated);
        std::optional<Message> stored = m_store->appendMessage(message);
        QVERIFY(stored);
        QVERIFY(m_store->finishMessage(*stored)); // a reply is paid when it finishes
    };
    reply(a, 0.25, QStringLiteral("USD"), now);
    reply(a, 1.00, QStringLiteral("USD"), now.addDays(-40)); // last month and more
    reply(b, 0.50, QStringLiteral("USD"), now);
    reply(b, 3.00, QStringLiteral("CNY"), now);
    Message unknown; // a reply whose cost is unknown counts as nothing, not as 0 in some currency
    unknown.conversationId = b;
    unknown.role = Message::Role::Assistant;
    unknown.stats = MessageStats();
    unknown.cost = CostEstimate::unknown();
    QVERIFY(m_store->appendMessage(unknown));

    const QMap<QString, double> recent = m_store->spending(now.addDays(-1));
    QCOMPARE(recent.value(QStringLiteral("USD")), 0.75);
    QCOMPARE(recent.value(QStringLiteral("CNY")), 3.0);
    QCOMPARE(recent.size(), 2);
    QCOMPARE(m_store->spending(QDateTime::fromMSecsSinceEpoch(0), a).value(QStringLiteral("USD")), 1.25);
    QCOMPARE(m_store->spending(now.addDays(-1), a).value(QStringLiteral("USD")), 0.25);
}

void TstConversationStore::spendingIsALedgerDeletingAndImportingDoNotChange()
{
    const qint64 a = m_store->createConversation(Conversation())->id;
    Message question;
    question.conversationId = a;
    question.role = Message::Role::User;
    question.content = QStringLiteral("q");
    question = *m_store->appendMessage(question);
    Message reply;
    reply.conversationId = a;
    reply.role = Message::Role::Assistant;
    reply.parentId = question.id;
    reply.stats = MessageStats();
    reply.cost = CostEstimate::restored(0.5, QStringLiteral("USD"), CostEstimate::Source::Estimated);
    reply = *m_store->appendMessage(reply);
    const QDateTime epoch = QDateTime::fromMSecsSinceEpoch(0);
    QCOMPARE(m_store->spending(epoch).value(QStringLiteral("USD")), 0.0); // not finished: not paid yet
    QVERIFY(m_store->finishMessage(reply));
    QVERIFY(m_store->finishMessage(reply)); // saved again (a retried save): still paid once
    QCOMPARE(m_store->spending(epoch).value(QStringLiteral("USD")), 0.5);
    reply.cost = CostEstimate::restored(0.75, QStringLiteral("USD"), CostEstimate::Source::Estimated);
    QVERIFY(m_store->finishMessage(reply)); // Continue added a request to the same message
    QCOMPARE(m_store->spending(epoch).value(QStringLiteral("USD")), 0.75);
    QVERIFY(m_store->recordSpending(a, 0, CostEstimate::restored(0.25, QStringLiteral("USD"), CostEstimate::Source::Estimated)));
    QCOMPARE(m_store->spending(epoch, a).value(QStringLiteral("USD")), 1.0);

    // Deleting the question (and so its reply) or the whole conversation does not unpay them.
    QVERIFY(m_store->deleteMessage(question.id));
    QVERIFY(m_store->messages(a).isEmpty());
    QCOMPARE(m_store->spending(epoch).value(QStringLiteral("USD")), 1.0);
    QVERIFY(m_store->deleteConversation(a));
    QCOMPARE(m_store->spending(epoch).value(QStringLiteral("USD")), 1.0);

    // An import brings its figures, not new spending (and cannot lower what was spent).
    ConversationDocument document;
    document.conversation.title = QStringLiteral("imported");
    Message imported = reply;
    imported.id = 0;
    imported.cost = CostEstimate::restored(40.0, QStringLiteral("USD"), CostEstimate::Source::Estimated);
    document.messages = {imported};
    QVERIFY(m_store->importDocument(document));
    QCOMPARE(m_store->spending(epoch).value(QStringLiteral("USD")), 1.0);
}

void TstConversationStore::versionsOfQuestionsAndRepliesShowTheSelectedOne()
{
    const qint64 c = m_store->createConversation(Conversation())->id;
    const auto add = [&](Message::Role role, const QString &text, qint64 parent = 0, qint64 group = 0) {
        Message message;
        message.conversationId = c;
        message.role = role;
        message.content = text;
        message.parentId = parent;
        message.groupId = group;
        return *m_store->appendMessage(message);
    };
    const auto shown = [&]() {
        QStringList texts;
        for (const Message &message : m_store->messages(c))
            texts << QStringLiteral("%1 %2/%3").arg(message.content).arg(message.versionIndex).arg(message.versionCount);
        return texts.join(QLatin1String(", "));
    };
    const Message q1 = add(Message::Role::User, QStringLiteral("q1"));
    const Message r1 = add(Message::Role::Assistant, QStringLiteral("r1"), q1.id);
    const Message q2 = add(Message::Role::User, QStringLiteral("q2"));
    add(Message::Role::Assistant, QStringLiteral("r2"), q2.id);
    QCOMPARE(shown(), QStringLiteral("q1 1/1, r1 1/1, q2 1/1, r2 1/1"));

    // Regenerate: a second reply to q1 is added (at the end), shown in q1's place.
    const Message r1b = add(Message::Role::Assistant, QStringLiteral("r1b"), q1.id);
    QVERIFY(m_store->selectVersion(r1b.id));
    QCOMPARE(shown(), QStringLiteral("q1 1/1, r1b 2/2, q2 1/1, r2 1/1"));
    QVERIFY(m_store->selectVersion(r1.id));
    QCOMPARE(shown(), QStringLiteral("q1 1/1, r1 1/2, q2 1/1, r2 1/1"));

    // Edit q2: a new version of it with its own reply; the old one and its reply are kept.
    const Message q2b = add(Message::Role::User, QStringLiteral("q2b"), 0, q2.id);
    QVERIFY(m_store->selectVersion(q2b.id));
    QCOMPARE(shown(), QStringLiteral("q1 1/1, r1 1/2, q2b 2/2"));
    add(Message::Role::Assistant, QStringLiteral("r2b"), q2b.id);
    QCOMPARE(shown(), QStringLiteral("q1 1/1, r1 1/2, q2b 2/2, r2b 1/1"));
    QVERIFY(m_store->selectVersion(q2.id));
    QCOMPARE(shown(), QStringLiteral("q1 1/1, r1 1/2, q2 1/2, r2 1/1"));
    QCOMPARE(m_store->allMessages(c).size(), 7);

    // Deleting the first version of q2 (with its reply) leaves the edited one, leading its group.
    QVERIFY(m_store->deleteMessage(q2.id));
    QCOMPARE(shown(), QStringLiteral("q1 1/1, r1 1/2, q2b 1/1, r2b 1/1"));
    // Deleting one reply version leaves the other.
    QVERIFY(m_store->deleteMessage(r1.id));
    QCOMPARE(shown(), QStringLiteral("q1 1/1, r1b 1/1, q2b 1/1, r2b 1/1"));
}

void TstConversationStore::draftIsKeptPerConversation()
{
    const qint64 a = m_store->createConversation(Conversation())->id;
    const qint64 b = m_store->createConversation(Conversation())->id;
    QVERIFY(m_store->setDraft(a, QStringLiteral("half a question")));
    QCOMPARE(m_store->conversation(a)->draft, QStringLiteral("half a question"));
    QCOMPARE(m_store->conversation(b)->draft, QString());
    const std::optional<ConversationDocument> document = m_store->document(a);
    QVERIFY(document);
    QCOMPARE(document->conversation.draft, QStringLiteral("half a question"));
}

// Issue 13, row 9: a shared file that says its replies cost -1000 USD undid a blocking daily
// budget. The file is refused, naming the field; and a negative cost already in a database
// (written before the check, or by any other caller) is not counted either.
void TstConversationStore::anImportCannotLowerWhatABudgetCounts()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime dayStart = QDateTime(QDate::currentDate(), QTime(0, 0)); // local, as the window counts
    const QString usd = QStringLiteral("USD");
    Message spent = message(m_store->createConversation(Conversation())->id, Message::Role::Assistant,
                            QStringLiteral("answer"));
    spent.createdAt = now;
    spent.stats = MessageStats();
    spent.cost = CostEstimate::estimated(5.0, usd);
    const std::optional<Message> paid = m_store->appendMessage(spent);
    QVERIFY(paid);
    QVERIFY(m_store->finishMessage(*paid)); // a reply is paid when it finishes (the ledger)
    Budget budget;
    budget.perDay = 5.0;
    budget.block = true;
    const auto status = [&] {
        return BudgetStatus::check(budget, 0, m_store->spending(dayStart).value(usd),
                                   m_store->spending(dayStart.addDays(-31)).value(usd));
    };
    QVERIFY(status() && status()->blocks);

    ConversationDocument forged;
    forged.conversation.title = QStringLiteral("Free money");
    forged.conversation.createdAt = now;
    forged.conversation.updatedAt = now;
    Message refund = spent;
    refund.id = 0;
    refund.conversationId = 0;
    refund.stats->reportedCost = -1000.0;
    refund.cost = CostEstimate::reported(-1000.0, usd);
    forged.messages = {refund};
    QString error;
    QVERIFY(!ConversationJson::fromJson(ConversationJson::toJson(forged), &error));
    QVERIFY2(error.contains(QLatin1String("messages[0].")) && error.contains(QLatin1String("-1000")), qPrintable(error));
    forged.messages.clear();
    forged.conversation.titleCost = CostEstimate::restored(-1000.0, usd, CostEstimate::Source::Estimated);
    QVERIFY(!ConversationJson::fromJson(ConversationJson::toJson(forged), &error));
    QVERIFY2(error.contains(QLatin1String("conversation.title_cost.amount")), qPrintable(error));

    forged.messages = {refund};
    QVERIFY(m_store->importDocument(forged));
    QCOMPARE(m_store->spending(dayStart).value(usd), 5.0);
    QVERIFY(status() && status()->blocks);
}

// Issue 13, row 10: an import (or any caller) with a lone surrogate in its text: what the caller
// gets back, what is read later and what is exported are the same text, with U+FFFD.
void TstConversationStore::loneSurrogatesAreStoredAsTheyAreShown()
{
    const QString lone = QStringLiteral("x") + QChar(char16_t(0xDC00)) + QStringLiteral("y 😀");
    const QString clean = QStringLiteral("x\uFFFDy 😀");
    Conversation conversation;
    conversation.title = lone;
    conversation.systemPrompt = lone;
    const std::optional<Conversation> created = m_store->createConversation(conversation);
    QVERIFY(created);
    QCOMPARE(created->title, clean);
    QCOMPARE(m_store->conversation(created->id)->title, clean);
    QCOMPARE(m_store->conversation(created->id)->systemPrompt, clean);

    Message reply = message(created->id, Message::Role::Assistant, lone);
    reply.reasoning = lone;
    reply.errorMessage = lone;
    const std::optional<Message> stored = m_store->appendMessage(reply);
    QVERIFY(stored);
    QCOMPARE(stored->content, clean);
    const Message read = *m_store->message(stored->id);
    QCOMPARE(read.content, clean);
    QCOMPARE(read.reasoning, clean);
    QCOMPARE(read.errorMessage, clean);

    QVERIFY(m_store->saveStreamingText(stored->id, lone + lone, lone));
    QVERIFY(m_store->finishMessage(read)); // state complete, text as read
    QCOMPARE(m_store->message(stored->id)->content, clean);
}

QTEST_GUILESS_MAIN(TstConversationStore)
#include "tst_conversationstore.moc"
