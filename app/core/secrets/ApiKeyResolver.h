#pragma once

#include "secrets/SecretResult.h"
#include "settings/ProviderProfile.h"

#include <QHash>
#include <QObject>

#include <functional>

class SecretStore;

// Finds the API key for a profile, in the order the product promises: a key the user gave for
// this session only, then the OS keychain, then the profile's environment variable. The
// placeholder YOUR_HOLYSHEEP_API_KEY counts as no key. When the keychain itself fails (no
// backend, an error), it retries once after a delay before reporting, as a keyring that is still
// starting up at login often answers the second time.
class ApiKeyResolver final : public QObject
{
    Q_OBJECT

public:
    struct Resolution
    {
        enum class Source { Session, Keychain, Environment, None };
        Source source = Source::None;
        QString key;            // never logged
        QString variable;       // the environment variable consulted, if any
        SecretResult keychain;  // what the keychain said (Ok, NotFound, or why it failed)
        bool hasKey() const { return source != Source::None; }
        // The keychain could not be asked (as opposed to: it holds no key).
        bool keychainUnavailable() const;
    };
    using Callback = std::function<void(const Resolution &)>;

    explicit ApiKeyResolver(SecretStore &keychain, QObject *parent = nullptr);

    // 0 turns the retry off (tally-cli: a script should not wait 10 s for a dead keyring).
    void setRetryDelayMs(int ms) { m_retryDelayMs = ms; }

    void resolve(const ProviderProfile &profile, QObject *context, Callback callback);

    // A key for this process only, for when the keychain is unavailable: kept in memory, never
    // written anywhere, gone when Tally quits.
    void setSessionKey(const ProviderProfile &profile, const QString &key);
    void clearSessionKey(const ProviderProfile &profile);

    static bool isUsableKey(const QString &key);

private:
    void readKeychain(const ProviderProfile &profile, QObject *context, Callback callback, bool retried);
    void finish(const ProviderProfile &profile, const SecretResult &keychain, const Callback &callback);

    SecretStore &m_keychain;
    QHash<QString, QString> m_sessionKeys; // by profile id
    int m_retryDelayMs = 10'000;
};
