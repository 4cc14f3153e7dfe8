#include "secrets/MemorySecretStore.h"

#include <QPointer>
#include <QTimer>

void MemorySecretStore::deliver(QObject *context, Callback callback, const SecretResult &result)
{
    // Asynchronous like a real keychain, so callers cannot come to rely on re-entrancy.
    QTimer::singleShot(0, context, [callback = std::move(callback), result] { callback(result); });
}

void MemorySecretStore::readSecret(const QString &account, QObject *context, Callback callback)
{
    const auto found = m_secrets.constFind(account);
    if (found == m_secrets.cend())
        deliver(context, std::move(callback), {SecretResult::Status::NotFound, {}, tr("No secret is stored for %1.").arg(account)});
    else
        deliver(context, std::move(callback), {SecretResult::Status::Ok, *found, {}});
}

void MemorySecretStore::writeSecret(const QString &account, const QString &secret, QObject *context, Callback callback)
{
    m_secrets.insert(account, secret);
    deliver(context, std::move(callback), {SecretResult::Status::Ok, {}, {}});
}

void MemorySecretStore::deleteSecret(const QString &account, QObject *context, Callback callback)
{
    if (m_secrets.remove(account) == 0)
        deliver(context, std::move(callback), {SecretResult::Status::NotFound, {}, tr("No secret is stored for %1.").arg(account)});
    else
        deliver(context, std::move(callback), {SecretResult::Status::Ok, {}, {}});
}
