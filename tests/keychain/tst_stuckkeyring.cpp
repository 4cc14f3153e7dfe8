// Case 39 of the fault matrix: a Secret Service that is there but misbehaves. This test process
// owns org.freedesktop.secrets on its private session bus (run-isolated.sh --bus-only) and
// answers QtKeychain's calls itself: never (a locked KWallet, a stuck portal), or with "locked"
// (access denied). Tally must come back with a clear status in time, never hang.
#include "app/AppInfo.h"
#include "secrets/ApiKeyResolver.h"
#include "secrets/KeychainSecretStore.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QElapsedTimer>
#include <QTest>

namespace {

class FakeSecretService final : public QDBusVirtualObject
{
public:
    enum class Behaviour { NeverAnswer, Locked };
    Behaviour behaviour = Behaviour::NeverAnswer;
    int calls = 0;

    QString introspect(const QString &) const override { return {}; }

    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        ++calls;
        if (behaviour == Behaviour::NeverAnswer) {
            message.setDelayedReply(true); // and never send it
            return true;
        }
        connection.send(message.createErrorReply(QStringLiteral("org.freedesktop.Secret.Error.IsLocked"),
                                                 QStringLiteral("Cannot create an item in a locked collection")));
        return true;
    }
};

} // namespace

class TstStuckKeyring final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    // Locked first: a call left hanging by the stuck case keeps libsecret waiting afterwards.
    void aLockedKeychainIsAccessDenied();
    void aKeychainThatNeverAnswersTimesOut();

private:
    SecretResult readWith(KeychainSecretStore &store);
    FakeSecretService m_service;
};

void TstStuckKeyring::initTestCase()
{
    AppInfo::registerApplication();
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY2(bus.isConnected(), "run through run-isolated.sh --bus-only");
    QVERIFY(bus.registerVirtualObject(QStringLiteral("/org/freedesktop/secrets"), &m_service,
                                      QDBusConnection::SubPath));
    QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.secrets")));
}

SecretResult TstStuckKeyring::readWith(KeychainSecretStore &store)
{
    SecretResult result;
    bool done = false;
    store.readSecret(AppInfo::applicationId() + QStringLiteral("/profile/x"), this, [&](const SecretResult &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30'000))
        result.message = QStringLiteral("no callback at all");
    return result;
}

void TstStuckKeyring::aKeychainThatNeverAnswersTimesOut()
{
    m_service.behaviour = FakeSecretService::Behaviour::NeverAnswer;
    m_service.calls = 0;
    KeychainSecretStore store(1500);
    QElapsedTimer timer;
    timer.start();
    const SecretResult result = readWith(store);
    QCOMPARE(result.status, SecretResult::Status::Timeout);
    QVERIFY(m_service.calls > 0); // the call really reached the stuck service
    QVERIFY(timer.elapsed() >= 1400 && timer.elapsed() < 10'000);
    QVERIFY(result.message.contains(QStringLiteral("did not answer")));

    // The resolver reports it as "keychain unavailable", so the app can offer a session key.
    ApiKeyResolver resolver(store);
    resolver.setRetryDelayMs(0);
    ProviderProfile profile = ProviderProfile::fromPreset(*ProviderPreset::find(QStringLiteral("openai")), QStringLiteral("o"));
    profile.keyVariable = QStringLiteral("TALLY_STUCK_UNSET");
    ApiKeyResolver::Resolution found;
    bool done = false;
    resolver.resolve(profile, this, [&](const ApiKeyResolver::Resolution &r) { found = r; done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10'000);
    QVERIFY(found.keychainUnavailable());
    QCOMPARE(found.keychain.status, SecretResult::Status::Timeout);
}

void TstStuckKeyring::aLockedKeychainIsAccessDenied()
{
    m_service.behaviour = FakeSecretService::Behaviour::Locked;
    KeychainSecretStore store(5000);
    const SecretResult result = readWith(store);
    // QtKeychain maps the Secret Service's IsLocked to AccessDenied: say so, do not ask again.
    QVERIFY2(result.status == SecretResult::Status::AccessDenied, qPrintable(result.message));
    QVERIFY(!result.message.isEmpty());
}

QTEST_GUILESS_MAIN(TstStuckKeyring)
#include "tst_stuckkeyring.moc"
