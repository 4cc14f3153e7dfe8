// Profiles and keys through tally-cli against the real keyring: the stored key reaches the
// provider as a Bearer token and nowhere else, not in a single file Tally or the test wrote.
#include "../cli/CliProcess.h"
#include "SecretScan.h"
#include "TestServer.h"

#include <QFile>

class TstCliProfiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startsWithTheDefaultProfile();
    void storedKeyIsSentAndWrittenNowhere();
    void presetWithoutKeySendsNoAuthorization();
    void profileErrorsAreUsageErrors();

private:
    TestServer *m_server = nullptr;
};

void TstCliProfiles::init()
{
    m_server = new TestServer(this);
    QVERIFY(m_server->start());
}

void TstCliProfiles::cleanup()
{
    delete m_server;
}

void TstCliProfiles::startsWithTheDefaultProfile()
{
    const CliRun list = runTallyCli({QStringLiteral("profiles"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.out, QByteArray("*\tholysheep\tholysheep\thttps://api.holysheep.ai/v1\tstepfun-v3\n"));
    const CliRun show = runTallyCli({QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("holysheep")});
    QCOMPARE(show.exitCode, 0);
    QVERIFY(show.out.contains("key variable: HOLYSHEEP_API_KEY"));
    QVERIFY(show.out.contains("key: none"));
}

void TstCliProfiles::storedKeyIsSentAndWrittenNowhere()
{
    const QByteArray key = "sk-tally-secret-7f3a9c21e4b8";
    QCOMPARE(runTallyCli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("gw"),
                          QStringLiteral("--base-url"), m_server->baseUrl().toString(), QStringLiteral("--model"),
                          QStringLiteral("stepfun-v3")}).exitCode, 0);
    QCOMPARE(runTallyCli({QStringLiteral("profiles"), QStringLiteral("default"), QStringLiteral("gw")}).exitCode, 0);

    CliRun set = runTallyCli({QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("gw")}, key + "\n");
    QCOMPARE(set.exitCode, 0);
    QVERIFY2(set.err.isEmpty(), set.err.constData());
    const CliRun status = runTallyCli({QStringLiteral("key"), QStringLiteral("status"), QStringLiteral("gw")});
    QCOMPARE(status.out, QByteArray("keychain\n"));

    // A chat through the profile, saved, so the database is among the files checked below.
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("hello")}, 3, 1));
    CliRun chat = runTallyCli({QStringLiteral("chat"), QStringLiteral("--profile"), QStringLiteral("gw"),
                               QStringLiteral("--save"), QStringLiteral("hi")});
    QCOMPARE(chat.exitCode, 0);
    QCOMPARE(chat.out, QByteArray("hello"));
    QCOMPARE(m_server->requests().last().header("Authorization"), QByteArray("Bearer " + key));
    // The default profile is the one without --profile.
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("again")}));
    QCOMPARE(runTallyCli({QStringLiteral("chat"), QStringLiteral("hi")}).exitCode, 0);
    QCOMPARE(m_server->requests().last().header("Authorization"), QByteArray("Bearer " + key));

    const QStringList leaks = filesContaining(key);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u' ')));
    QVERIFY(!chat.err.contains(key) && !chat.out.contains(key));

    // Removing the profile removes its key from the keychain too.
    QCOMPARE(runTallyCli({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("gw")}).exitCode, 0);
    QCOMPARE(runTallyCli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("gw2"),
                          QStringLiteral("--base-url"), m_server->baseUrl().toString()}).exitCode, 0);
    set = runTallyCli({QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("gw2")}, "sk-other\n");
    QCOMPARE(set.exitCode, 0);
    QCOMPARE(runTallyCli({QStringLiteral("key"), QStringLiteral("delete"), QStringLiteral("gw2")}).exitCode, 0);
    QCOMPARE(runTallyCli({QStringLiteral("key"), QStringLiteral("status"), QStringLiteral("gw2")}).out, QByteArray("none\n"));
}

void TstCliProfiles::presetWithoutKeySendsNoAuthorization()
{
    QCOMPARE(runTallyCli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("local"), QStringLiteral("--preset"),
                          QStringLiteral("ollama"), QStringLiteral("--base-url"), m_server->baseUrl().toString()}).exitCode, 0);
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("local reply")}));
    const CliRun chat = runTallyCli({QStringLiteral("chat"), QStringLiteral("--profile"), QStringLiteral("local"),
                                     QStringLiteral("--model"), QStringLiteral("llama3.2"), QStringLiteral("hi")});
    QCOMPARE(chat.exitCode, 0);
    QCOMPARE(chat.out, QByteArray("local reply"));
    QVERIFY(!m_server->requests().last().hasHeader("Authorization"));
    const CliRun models = runTallyCli({QStringLiteral("models"), QStringLiteral("--profile"), QStringLiteral("local")});
    QCOMPARE(models.exitCode, 0);
    QVERIFY(!m_server->requests().last().hasHeader("Authorization"));
}

void TstCliProfiles::profileErrorsAreUsageErrors()
{
    CliRun run = runTallyCli({QStringLiteral("chat"), QStringLiteral("--profile"), QStringLiteral("ghost"), QStringLiteral("hi")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("Unknown profile \"ghost\""));
    run = runTallyCli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("bad name"),
                       QStringLiteral("--base-url"), QStringLiteral("https://x.example/v1")});
    QCOMPARE(run.exitCode, 2);
    run = runTallyCli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--preset"),
                       QStringLiteral("nonsense")});
    QCOMPARE(run.exitCode, 2);
    run = runTallyCli({QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("holysheep")}, "YOUR_HOLYSHEEP_API_KEY\n");
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("placeholder"));
    run = runTallyCli({QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("ghost")}, "sk-1\n");
    QCOMPARE(run.exitCode, 2);
    // The default profile needs a key it does not have: a usage error that says where to get one.
    run = runTallyCli({QStringLiteral("chat"), QStringLiteral("hi")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("https://www.holysheep.ai/register"));
}

QTEST_GUILESS_MAIN(TstCliProfiles)
#include "tst_cliprofiles.moc"
