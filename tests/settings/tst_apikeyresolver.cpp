#include "secrets/ApiKeyResolver.h"
#include "secrets/MemorySecretStore.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QTest>

namespace {

// A keychain that fails the way a missing Secret Service does, counting how often it was asked.
class BrokenKeychain final : public SecretStore
{
public:
    int reads = 0;
    void readSecret(const QString &, QObject *context, Callback callback) override
    {
        ++reads;
        QTimer::singleShot(0, context, [callback] {
            callback({SecretResult::Status::Error, {}, QStringLiteral("The name org.freedesktop.secrets was not provided")});
        });
    }
    void writeSecret(const QString &, const QString &, QObject *, Callback) override {}
    void deleteSecret(const QString &, QObject *, Callback) override {}
};

} // namespace

class TstApiKeyResolver final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keychainComesFirst();
    void environmentWhenTheKeychainHasNone();
    void placeholderCountsAsMissing();
    void sessionKeyWinsAndIsOnlyInMemory();
    void brokenKeychainIsRetriedOnceThenReported();
    void callbackNeverRunsInsideTheCall();
    void noCallbackAfterTheContextIsGone();

private:
    ApiKeyResolver::Resolution resolve(ApiKeyResolver &resolver, const ProviderProfile &profile);
    ProviderProfile profile() const
    {
        ProviderProfile p = ProviderProfile::fromPreset(*ProviderPreset::find(QStringLiteral("holysheep")), QStringLiteral("hs"));
        p.keyVariable = QStringLiteral("TALLY_RESOLVER_TEST_KEY");
        return p;
    }
};

ApiKeyResolver::Resolution TstApiKeyResolver::resolve(ApiKeyResolver &resolver, const ProviderProfile &profile)
{
    ApiKeyResolver::Resolution result;
    bool done = false;
    resolver.resolve(profile, this, [&](const ApiKeyResolver::Resolution &found) {
        result = found;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("resolve() did not call back");
    return result;
}

void TstApiKeyResolver::keychainComesFirst()
{
    MemorySecretStore keychain;
    ApiKeyResolver resolver(keychain);
    const ProviderProfile p = profile();
    qputenv("TALLY_RESOLVER_TEST_KEY", "sk-from-env");
    bool written = false;
    keychain.writeSecret(p.secretAccount(), QStringLiteral(" sk-from-keychain\n"), this, [&](const SecretResult &) { written = true; });
    QTRY_VERIFY(written);
    const ApiKeyResolver::Resolution found = resolve(resolver, p);
    QCOMPARE(found.source, ApiKeyResolver::Resolution::Source::Keychain);
    QCOMPARE(found.key, QStringLiteral("sk-from-keychain"));
    QVERIFY(found.keychain.secret.isEmpty()); // the key travels in one field only
    qunsetenv("TALLY_RESOLVER_TEST_KEY");
}

void TstApiKeyResolver::environmentWhenTheKeychainHasNone()
{
    MemorySecretStore keychain;
    ApiKeyResolver resolver(keychain);
    qputenv("TALLY_RESOLVER_TEST_KEY", "sk-from-env");
    ApiKeyResolver::Resolution found = resolve(resolver, profile());
    QCOMPARE(found.source, ApiKeyResolver::Resolution::Source::Environment);
    QCOMPARE(found.key, QStringLiteral("sk-from-env"));
    QCOMPARE(found.variable, QStringLiteral("TALLY_RESOLVER_TEST_KEY"));
    QCOMPARE(found.keychain.status, SecretResult::Status::NotFound);
    QVERIFY(!found.keychainUnavailable());
    qunsetenv("TALLY_RESOLVER_TEST_KEY");
    found = resolve(resolver, profile());
    QCOMPARE(found.source, ApiKeyResolver::Resolution::Source::None);
    QVERIFY(!found.hasKey());
}

void TstApiKeyResolver::placeholderCountsAsMissing()
{
    MemorySecretStore keychain;
    ApiKeyResolver resolver(keychain);
    qputenv("TALLY_RESOLVER_TEST_KEY", "YOUR_HOLYSHEEP_API_KEY");
    QCOMPARE(resolve(resolver, profile()).source, ApiKeyResolver::Resolution::Source::None);
    qunsetenv("TALLY_RESOLVER_TEST_KEY");
    QVERIFY(!ApiKeyResolver::isUsableKey(QStringLiteral("  ")));
    QVERIFY(ApiKeyResolver::isUsableKey(QStringLiteral("sk-1")));
}

void TstApiKeyResolver::sessionKeyWinsAndIsOnlyInMemory()
{
    BrokenKeychain keychain;
    ApiKeyResolver resolver(keychain);
    resolver.setRetryDelayMs(0);
    const ProviderProfile p = profile();
    QVERIFY(resolve(resolver, p).keychainUnavailable());
    resolver.setSessionKey(p, QStringLiteral("sk-session"));
    const int readsBefore = keychain.reads;
    const ApiKeyResolver::Resolution found = resolve(resolver, p);
    QCOMPARE(found.source, ApiKeyResolver::Resolution::Source::Session);
    QCOMPARE(found.key, QStringLiteral("sk-session"));
    QCOMPARE(keychain.reads, readsBefore); // the broken keychain is not asked again
    resolver.clearSessionKey(p);
    QCOMPARE(resolve(resolver, p).source, ApiKeyResolver::Resolution::Source::None);
}

void TstApiKeyResolver::brokenKeychainIsRetriedOnceThenReported()
{
    BrokenKeychain keychain;
    ApiKeyResolver resolver(keychain);
    resolver.setRetryDelayMs(200);
    QElapsedTimer timer;
    timer.start();
    const ApiKeyResolver::Resolution found = resolve(resolver, profile());
    QCOMPARE(keychain.reads, 2); // once, then one delayed retry, never a loop
    QVERIFY(timer.elapsed() >= 200);
    QVERIFY(found.keychainUnavailable());
    QVERIFY(found.keychain.message.contains(QStringLiteral("org.freedesktop.secrets")));

    // With the key in the environment there is nothing to wait for.
    qputenv("TALLY_RESOLVER_TEST_KEY", "sk-env");
    keychain.reads = 0;
    QCOMPARE(resolve(resolver, profile()).source, ApiKeyResolver::Resolution::Source::Environment);
    QCOMPARE(keychain.reads, 1);
    qunsetenv("TALLY_RESOLVER_TEST_KEY");
}

void TstApiKeyResolver::callbackNeverRunsInsideTheCall()
{
    MemorySecretStore keychain;
    ApiKeyResolver resolver(keychain);
    bool called = false;
    resolver.resolve(profile(), this, [&](const ApiKeyResolver::Resolution &) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY(called);
}

void TstApiKeyResolver::noCallbackAfterTheContextIsGone()
{
    MemorySecretStore keychain;
    ApiKeyResolver resolver(keychain);
    bool called = false;
    auto *context = new QObject;
    resolver.resolve(profile(), context, [&](const ApiKeyResolver::Resolution &) { called = true; });
    delete context;
    QTest::qWait(50);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TstApiKeyResolver)
#include "tst_apikeyresolver.moc"
