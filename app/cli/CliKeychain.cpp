#include "CliKeychain.h"

#include "secrets/KeychainSecretStore.h"
#include "settings/ProviderProfile.h"

#include <QEventLoop>

namespace {

// Runs `start(context, done)` and waits until `done` is called with the answer.
template <typename Answer, typename Start>
Answer waitFor(Start start)
{
    QEventLoop loop;
    Answer answer;
    start(&loop, [&](const Answer &finished) {
        answer = finished;
        loop.quit();
    });
    loop.exec();
    return answer;
}

} // namespace

ApiKeyResolver::Resolution CliKeychain::resolveKey(const ProviderProfile &profile)
{
    KeychainSecretStore keychain(kTimeoutMs);
    ApiKeyResolver resolver(keychain);
    resolver.setRetryDelayMs(0);
    return waitFor<ApiKeyResolver::Resolution>(
        [&](QObject *context, const auto &done) { resolver.resolve(profile, context, done); });
}

SecretResult CliKeychain::read(const QString &account)
{
    KeychainSecretStore keychain(kTimeoutMs);
    return waitFor<SecretResult>([&](QObject *context, const auto &done) { keychain.readSecret(account, context, done); });
}

SecretResult CliKeychain::write(const QString &account, const QString &secret)
{
    KeychainSecretStore keychain(kTimeoutMs);
    return waitFor<SecretResult>(
        [&](QObject *context, const auto &done) { keychain.writeSecret(account, secret, context, done); });
}

SecretResult CliKeychain::remove(const QString &account)
{
    KeychainSecretStore keychain(kTimeoutMs);
    return waitFor<SecretResult>([&](QObject *context, const auto &done) { keychain.deleteSecret(account, context, done); });
}
