#include "secrets/ApiKeyResolver.h"

#include "domain/ApiKey.h"
#include "secrets/SecretStore.h"

#include <QPointer>
#include <QTimer>

bool ApiKeyResolver::Resolution::keychainUnavailable() const
{
    return keychain.status != SecretResult::Status::Ok && keychain.status != SecretResult::Status::NotFound;
}

ApiKeyResolver::ApiKeyResolver(SecretStore &keychain, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
{
}

bool ApiKeyResolver::isUsableKey(const QString &key)
{
    return ApiKey::isUsable(key);
}

void ApiKeyResolver::setSessionKey(const ProviderProfile &profile, const QString &key)
{
    m_sessionKeys.insert(profile.id, key);
}

void ApiKeyResolver::clearSessionKey(const ProviderProfile &profile)
{
    m_sessionKeys.remove(profile.id);
}

void ApiKeyResolver::resolve(const ProviderProfile &profile, QObject *context, Callback callback)
{
    const QString session = m_sessionKeys.value(profile.id);
    if (isUsableKey(session)) {
        Resolution resolution;
        resolution.source = Resolution::Source::Session;
        resolution.key = session;
        resolution.keychain.status = SecretResult::Status::NotFound;
        QTimer::singleShot(0, context, [callback = std::move(callback), resolution] { callback(resolution); });
        return;
    }
    readKeychain(profile, context, std::move(callback), false);
}

void ApiKeyResolver::readKeychain(const ProviderProfile &profile, QObject *context, Callback callback, bool retried)
{
    const QPointer<ApiKeyResolver> self(this);
    m_keychain.readSecret(profile.secretAccount(), context,
                          [self, profile, context, callback, retried](const SecretResult &result) {
        if (!self)
            return;
        const bool failed = result.status == SecretResult::Status::NoBackend
            || result.status == SecretResult::Status::Error;
        const bool environmentHasKey = !profile.keyVariable.isEmpty()
            && isUsableKey(qEnvironmentVariable(qUtf8Printable(profile.keyVariable)));
        if (failed && !retried && !environmentHasKey && self->m_retryDelayMs > 0) {
            QTimer::singleShot(self->m_retryDelayMs, context, [self, profile, context, callback] {
                if (self)
                    self->readKeychain(profile, context, callback, true);
            });
            return;
        }
        self->finish(profile, result, callback);
    });
}

void ApiKeyResolver::finish(const ProviderProfile &profile, const SecretResult &keychain, const Callback &callback)
{
    Resolution resolution;
    resolution.keychain = keychain;
    resolution.keychain.secret.clear(); // the key travels in one place only
    resolution.variable = profile.keyVariable;
    if (keychain.ok() && isUsableKey(keychain.secret)) {
        resolution.source = Resolution::Source::Keychain;
        resolution.key = keychain.secret.trimmed();
    } else if (!profile.keyVariable.isEmpty()) {
        const QString fromEnvironment = qEnvironmentVariable(qUtf8Printable(profile.keyVariable));
        if (isUsableKey(fromEnvironment)) {
            resolution.source = Resolution::Source::Environment;
            resolution.key = fromEnvironment.trimmed();
        }
    }
    callback(resolution);
}
