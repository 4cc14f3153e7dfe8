// KeychainSecretStore against a real Secret Service (gnome-keyring, started for this test by
// tests/support/run-isolated.sh --keyring).
#include "app/AppInfo.h"
#include "secrets/KeychainSecretStore.h"
#include "settings/ProviderProfile.h"

#include <QProcess>
#include <QTest>

class TstKeychainSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void setReadOverwriteDelete();
    void twoProfilesKeepSeparateKeys();
    void secretToolSeesTheEntryUnderTallysService();

private:
    SecretResult call(const std::function<void(SecretStore::Callback)> &operation);
    KeychainSecretStore m_store{10'000};
};

void TstKeychainSecretStore::initTestCase()
{
    AppInfo::registerApplication();
}

SecretResult TstKeychainSecretStore::call(const std::function<void(SecretStore::Callback)> &operation)
{
    SecretResult result;
    bool done = false;
    operation([&](const SecretResult &finished) {
        result = finished;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        result.message = QStringLiteral("no answer");
    return result;
}

void TstKeychainSecretStore::setReadOverwriteDelete()
{
    const QString account = AppInfo::applicationId() + QStringLiteral("/profile/test-1");
    SecretResult result = call([&](auto done) { m_store.readSecret(account, this, done); });
    QCOMPARE(result.status, SecretResult::Status::NotFound);

    result = call([&](auto done) { m_store.writeSecret(account, QStringLiteral("sk-first"), this, done); });
    QVERIFY2(result.ok(), qPrintable(result.message));
    result = call([&](auto done) { m_store.readSecret(account, this, done); });
    QCOMPARE(result.secret, QStringLiteral("sk-first"));

    result = call([&](auto done) { m_store.writeSecret(account, QStringLiteral("sk-second-คีย์-密钥"), this, done); });
    QVERIFY(result.ok());
    result = call([&](auto done) { m_store.readSecret(account, this, done); });
    QCOMPARE(result.secret, QStringLiteral("sk-second-คีย์-密钥"));

    result = call([&](auto done) { m_store.deleteSecret(account, this, done); });
    QVERIFY(result.ok());
    result = call([&](auto done) { m_store.readSecret(account, this, done); });
    QCOMPARE(result.status, SecretResult::Status::NotFound);
}

void TstKeychainSecretStore::twoProfilesKeepSeparateKeys()
{
    ProviderProfile a = ProviderProfile::fromPreset(*ProviderPreset::find(QStringLiteral("openai")), QStringLiteral("a"));
    ProviderProfile b = ProviderProfile::fromPreset(*ProviderPreset::find(QStringLiteral("openai")), QStringLiteral("b"));
    QVERIFY(a.secretAccount() != b.secretAccount());
    QVERIFY(call([&](auto done) { m_store.writeSecret(a.secretAccount(), QStringLiteral("sk-a"), this, done); }).ok());
    QVERIFY(call([&](auto done) { m_store.writeSecret(b.secretAccount(), QStringLiteral("sk-b"), this, done); }).ok());
    QCOMPARE(call([&](auto done) { m_store.readSecret(a.secretAccount(), this, done); }).secret, QStringLiteral("sk-a"));
    QCOMPARE(call([&](auto done) { m_store.readSecret(b.secretAccount(), this, done); }).secret, QStringLiteral("sk-b"));
    QVERIFY(call([&](auto done) { m_store.deleteSecret(a.secretAccount(), this, done); }).ok());
    QCOMPARE(call([&](auto done) { m_store.readSecret(b.secretAccount(), this, done); }).secret, QStringLiteral("sk-b"));
}

void TstKeychainSecretStore::secretToolSeesTheEntryUnderTallysService()
{
    const QString account = AppInfo::applicationId() + QStringLiteral("/profile/visible");
    QVERIFY(call([&](auto done) { m_store.writeSecret(account, QStringLiteral("sk-visible"), this, done); }).ok());
    // QtKeychain's libsecret backend stores the service as "server" and the key as "user".
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), m_store.service()});
    QVERIFY2(tool.waitForFinished(10000), "secret-tool did not finish");
    const QByteArray out = tool.readAllStandardOutput() + tool.readAllStandardError();
    QVERIFY2(out.contains(account.toUtf8()), out.constData());
    QCOMPARE(m_store.service(), QStringLiteral(TALLY_APP_ID));
}

QTEST_GUILESS_MAIN(TstKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
