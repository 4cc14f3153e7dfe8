// No Secret Service at all (a D-Bus session that cannot start one): tally-cli refuses to store a
// key, says why, and writes it nowhere; a key for this session only still works in the library.
#include "../cli/CliProcess.h"
#include "SecretScan.h"
#include "TestServer.h"

#include "api/ChatStream.h"
#include "api/ProviderClient.h"
#include "app/AppInfo.h"
#include "secrets/ApiKeyResolver.h"
#include "secrets/KeychainSecretStore.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>

class TstNoKeyring final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keySetFailsClearlyAndWritesNothing();
    void sessionOnlyKeyWorksInTheLibrary();
};

void TstNoKeyring::initTestCase()
{
    AppInfo::registerApplication();
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through run-isolated.sh --bus-only");
}

void TstNoKeyring::keySetFailsClearlyAndWritesNothing()
{
    const QByteArray key = "sk-nokeyring-5d2e8a";
    QElapsedTimer timer;
    timer.start();
    const CliRun run = runTallyCli({QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("holysheep")}, key + "\n");
    QCOMPARE(run.exitCode, 2);
    QVERIFY(timer.elapsed() < 10'000 + 5'000); // within the keychain timeout, never a hang
    QVERIFY2(run.err.contains("keychain is not available"), run.err.constData());
    QVERIFY(run.err.contains("never writes keys to files"));
    QVERIFY(run.err.contains("HOLYSHEEP_API_KEY"));
    QVERIFY(!run.err.contains(key));

    const QStringList leaks = filesContaining(key);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u' ')));

    const CliRun status = runTallyCli({QStringLiteral("key"), QStringLiteral("status"), QStringLiteral("holysheep")});
    QCOMPARE(status.exitCode, 2);
    QVERIFY(status.err.contains("keychain could not be read"));
}

void TstNoKeyring::sessionOnlyKeyWorksInTheLibrary()
{
    KeychainSecretStore keychain(10'000);
    ApiKeyResolver resolver(keychain);
    resolver.setRetryDelayMs(100);
    ProviderProfile profile = ProviderProfile::fromPreset(*ProviderPreset::find(QStringLiteral("custom")), QStringLiteral("p"));
    TestServer server;
    QVERIFY(server.start());
    profile.baseUrl = server.baseUrl();

    ApiKeyResolver::Resolution found;
    bool done = false;
    resolver.resolve(profile, this, [&](const ApiKeyResolver::Resolution &r) { found = r; done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    QVERIFY(!found.hasKey());
    QVERIFY(found.keychainUnavailable()); // the app offers a session-only key at this point

    resolver.setSessionKey(profile, QStringLiteral("sk-session-only"));
    done = false;
    resolver.resolve(profile, this, [&](const ApiKeyResolver::Resolution &r) { found = r; done = true; });
    QTRY_VERIFY(done);
    QCOMPARE(found.source, ApiKeyResolver::Resolution::Source::Session);

    server.enqueueChat(ScriptedResponse::chatStream({QStringLiteral("ok")}));
    QNetworkAccessManager network;
    ProviderClient client(&network);
    ChatRequest request;
    request.applyProfile(profile);
    request.model = QStringLiteral("m");
    request.messages = {ChatMessage::user(QStringLiteral("hi"))};
    request.apiKey = found.key;
    ChatStream *stream = client.createChat(request);
    bool finished = false;
    connect(stream, &ChatStream::replyFinished, this, [&] { finished = true; });
    stream->start();
    QTRY_VERIFY(finished);
    QCOMPARE(server.requests().first().header("Authorization"), QByteArray("Bearer sk-session-only"));
}

QTEST_GUILESS_MAIN(TstNoKeyring)
#include "tst_nokeyring.moc"
