#pragma once

#include "secrets/SecretResult.h"

#include <QObject>

#include <functional>

// Where API keys are kept. Every operation is asynchronous: the callback runs later on the
// caller's thread (never inside the call), and not at all if `context` was destroyed first.
// Implementations: KeychainSecretStore (the OS keychain) and MemorySecretStore (tests, and
// keys the user chose to use for this session only).
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const SecretResult &)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void readSecret(const QString &account, QObject *context, Callback callback) = 0;
    virtual void writeSecret(const QString &account, const QString &secret, QObject *context, Callback callback) = 0;
    virtual void deleteSecret(const QString &account, QObject *context, Callback callback) = 0;
};
