#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

// Secrets held in this process's memory only: for tests, and for a key the user chose to use
// for this session when no keychain is available. Nothing ever reaches a disk.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void readSecret(const QString &account, QObject *context, Callback callback) override;
    void writeSecret(const QString &account, const QString &secret, QObject *context, Callback callback) override;
    void deleteSecret(const QString &account, QObject *context, Callback callback) override;

private:
    void deliver(QObject *context, Callback callback, const SecretResult &result);

    QHash<QString, QString> m_secrets;
};
