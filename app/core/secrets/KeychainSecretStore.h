#pragma once

#include "secrets/SecretStore.h"

// Secrets in the operating system's keychain through QtKeychain: the Secret Service (GNOME
// Keyring, KWallet) on Linux, Keychain on macOS, Credential Manager on Windows. The service name
// is Tally's application id; QtKeychain's insecure plaintext fallback is off; and every job has
// a timeout, because a locked KWallet or a stuck portal may never answer and must not hang Tally.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 15'000;

    explicit KeychainSecretStore(int timeoutMs = kDefaultTimeoutMs, QObject *parent = nullptr);

    QString service() const;

    void readSecret(const QString &account, QObject *context, Callback callback) override;
    void writeSecret(const QString &account, const QString &secret, QObject *context, Callback callback) override;
    void deleteSecret(const QString &account, QObject *context, Callback callback) override;

private:
    int m_timeoutMs;
};
