// Crash safety, for real: tally-cli streams a long reply into the database and is killed with
// SIGKILL at a random moment, 20 times. Each time the database must pass integrity_check, and the
// stored reply must be a prefix of what the server sent that is no more than 1 s behind the kill.
#include "TestServer.h"

#include "app/AppInfo.h"
#include "store/ConversationStore.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

class TstKillSafety final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedMidStreamLosesAtMostTheLastSecond();
};

void TstKillSafety::initTestCase()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGKILL is a Unix test");
#endif
    AppInfo::registerApplication();
}

void TstKillSafety::killedMidStreamLosesAtMostTheLastSecond()
{
#ifdef Q_OS_UNIX
    TestServer server;
    QVERIFY(server.start());
    QStringList pieces;
    for (int k = 0; k < 700; ++k)
        pieces << QStringLiteral("ชิ้น%1 ").arg(k); // Thai, so byte and character counts differ
    const QString fullText = pieces.join(QString());

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("kill moments seeded with %u", seed);
    QRandomGenerator random(seed);

    for (int round = 0; round < 20; ++round) {
        server.enqueueChat(ScriptedResponse::chatStream(pieces, -1, -1, 10)); // about 7 s
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TALLY_TEST_KEY"), QStringLiteral("sk-kill-test"));
        process.setProcessEnvironment(environment);

        QElapsedTimer clock;
        QList<QPair<qint64, qsizetype>> received; // (ms, bytes so far) as stdout arrived
        QByteArray out;
        connect(&process, &QProcess::readyReadStandardOutput, this, [&] {
            out += process.readAllStandardOutput();
            received.append({clock.elapsed(), out.size()});
        });
        process.start(qEnvironmentVariable("TALLY_CLI"),
                      {QStringLiteral("chat"), QStringLiteral("--base-url"), server.baseUrl().toString(),
                       QStringLiteral("--api-key-env"), QStringLiteral("TALLY_TEST_KEY"), QStringLiteral("--save"),
                       QStringLiteral("Count slowly, round %1").arg(round)});
        QVERIFY(process.waitForStarted(10000));
        clock.start();
        QVERIFY(QTest::qWaitFor([&] { return !out.isEmpty(); }, 10000));
        QTest::qWait(int(random.bounded(100, 4000)));
        ::kill(pid_t(process.processId()), SIGKILL);
        const qint64 killedAt = clock.elapsed();
        QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 10000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        // What tally-cli had shown one second before it died must be on disk.
        qsizetype mustHave = 0;
        for (const auto &[at, bytes] : std::as_const(received)) {
            if (at <= killedAt - 1000)
                mustHave = bytes;
        }

        Database database(Database::defaultPath());
        const Database::OpenResult opened = database.open();
        QVERIFY2(opened.ok(), qPrintable(opened.error.message()));
        QCOMPARE(database.integrityCheck(), QStringLiteral("ok"));
        ConversationStore store(database);
        const QList<ConversationSummary> list = store.listConversations();
        QCOMPARE(list.size(), round + 1);
        const QList<Message> messages = store.messages(list.first().conversation.id);
        QCOMPARE(messages.size(), 2);
        const Message &reply = messages.at(1);
        QVERIFY(reply.state == Message::State::Streaming || reply.state == Message::State::Incomplete);
        QVERIFY2(fullText.startsWith(reply.content), "the stored reply is not a prefix of what was sent");
        QVERIFY2(reply.content.toUtf8().size() >= mustHave,
                 qPrintable(QStringLiteral("round %1: %2 bytes stored, %3 shown a second before the kill at %4 ms")
                                .arg(round).arg(reply.content.toUtf8().size()).arg(mustHave).arg(killedAt)));
        server.closeAllConnections();
    }
#endif
}

QTEST_GUILESS_MAIN(TstKillSafety)
#include "tst_killsafety.moc"
