// B4: the conversation store at scale. Inserts 100,000 messages (1,000 conversations of 100,
// each conversation one transaction, as an import does; plus a one-transaction-per-message
// sample the way chat appends them), runs full-text searches over them, and times the periodic
// save of a streaming reply as it grows. Prints one JSON object.
#include "store/ConversationStore.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

namespace {

const QStringList kSentences{
    QStringLiteral("The benchmark measures latency, throughput and cost per million tokens."),
    QStringLiteral("ทดสอบการค้นหาข้อความภาษาไทยในฐานข้อมูลที่มีข้อความจำนวนมาก"),
    QStringLiteral("这是一个关于数据库全文搜索性能的中文测试句子。"),
    QStringLiteral("```cpp\nfor (int i = 0; i < n; ++i)\n    total += values[i];\n```"),
    QStringLiteral("Streaming replies are saved every half second so a crash loses almost nothing."),
    QStringLiteral("Rate limits, retries with backoff, and a token bucket keep the provider happy."),
};

QString messageText(QRandomGenerator &random, int index)
{
    QString text;
    const int sentences = int(random.bounded(2, 12));
    for (int s = 0; s < sentences; ++s)
        text += kSentences.at(random.bounded(kSentences.size())) + u' ';
    // A rare unique word per message, so some searches have few hits.
    text += QStringLiteral("marker%1").arg(index);
    return text;
}

QJsonObject summary(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const auto at = [&](double q) { return values.at(qMin(values.size() - 1, qsizetype(q * values.size()))); };
    return {{QStringLiteral("median"), at(0.5)}, {QStringLiteral("p99"), at(0.99)},
            {QStringLiteral("min"), values.first()}, {QStringLiteral("max"), values.last()},
            {QStringLiteral("n"), double(values.size())}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int conversations = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    const int perConversation = 100;
    QTemporaryDir dir;
    Database database(dir.filePath(QStringLiteral("bench.db")));
    if (!database.open().ok())
        return 1;
    ConversationStore store(database);
    QRandomGenerator random(7);

    // Bulk insert: one transaction per conversation.
    QElapsedTimer timer;
    timer.start();
    for (int c = 0; c < conversations; ++c) {
        ConversationDocument document;
        document.conversation.title = QStringLiteral("Conversation %1 about benchmarks").arg(c);
        for (int m = 0; m < perConversation; ++m) {
            Message message;
            message.role = m % 2 ? Message::Role::Assistant : Message::Role::User;
            message.content = messageText(random, c * perConversation + m);
            document.messages.append(message);
        }
        if (!store.importDocument(document))
            return 2;
    }
    const double insertSeconds = timer.nsecsElapsed() / 1e9;
    const int inserted = conversations * perConversation;

    // Appends one transaction each, as chat does (a sample of 2,000).
    const qint64 target = store.listConversations().first().conversation.id;
    timer.restart();
    for (int m = 0; m < 2000; ++m) {
        Message message;
        message.conversationId = target;
        message.content = messageText(random, inserted + m);
        if (!store.appendMessage(message))
            return 3;
    }
    const double appendMsPerMessage = timer.nsecsElapsed() / 1e6 / 2000;

    // Searches: common words, scripts without spaces, rare markers, two-word queries.
    const QStringList queries{QStringLiteral("benchmark"), QStringLiteral("ภาษาไทย"), QStringLiteral("全文搜索"),
                              QStringLiteral("marker4242"), QStringLiteral("token bucket"), QStringLiteral("values"),
                              QStringLiteral("crash loses"), QStringLiteral("marker99999"), QStringLiteral("ฐานข้อมูล"),
                              QStringLiteral("性能")};
    QList<double> searchMs;
    int hits = 0;
    for (int round = 0; round < 5; ++round) {
        for (const QString &query : queries) {
            timer.restart();
            hits += int(store.search(query, 50).size());
            searchMs.append(timer.nsecsElapsed() / 1e6);
        }
    }

    // Periodic saves of a reply growing to about 40,000 characters.
    Message reply;
    reply.conversationId = target;
    reply.role = Message::Role::Assistant;
    reply.state = Message::State::Streaming;
    reply = *store.appendMessage(reply);
    QList<double> saveMs;
    QString growing;
    for (int save = 0; save < 400; ++save) {
        growing += kSentences.at(save % kSentences.size()) + u' ';
        timer.restart();
        if (!store.saveStreamingText(reply.id, growing, QString()))
            return 4;
        saveMs.append(timer.nsecsElapsed() / 1e6);
    }

    // Opening the full database again, as at every start: the quick_check that keeps a damaged
    // file from being written (issue 13) reads every page, so it is timed on its own too.
    database.close();
    timer.restart();
    if (!database.open().ok())
        return 5;
    const double reopenMs = timer.nsecsElapsed() / 1e6;
    QSqlQuery check(database.connection());
    timer.restart();
    if (!check.exec(QStringLiteral("PRAGMA quick_check(3)")))
        return 6;
    while (check.next()) {
    }
    const double quickCheckMs = timer.nsecsElapsed() / 1e6;
    const double fileMegabytes = QFileInfo(database.path()).size() / 1e6;

    const QJsonObject result{
        {QStringLiteral("benchmark"), QStringLiteral("B4 store")},
        {QStringLiteral("reopen_ms"), reopenMs},
        {QStringLiteral("quick_check_ms"), quickCheckMs},
        {QStringLiteral("file_mb"), fileMegabytes},
        {QStringLiteral("messages_inserted"), inserted},
        {QStringLiteral("insert_seconds"), insertSeconds},
        {QStringLiteral("insert_target_seconds"), 5},
        {QStringLiteral("append_ms_per_message_own_transaction"), appendMsPerMessage},
        {QStringLiteral("search_ms"), summary(searchMs)},
        {QStringLiteral("search_target_ms"), 20},
        {QStringLiteral("search_hits_total"), hits},
        {QStringLiteral("save_ms"), summary(saveMs)},
        {QStringLiteral("save_target_ms"), 1},
        {QStringLiteral("final_reply_chars"), double(growing.size())},
        {QStringLiteral("cores"), QThread::idealThreadCount()},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
    };
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
