#pragma once

#include "secrets/ApiKeyResolver.h"
#include "secrets/SecretResult.h"

#include <QString>

struct ProviderProfile;

// tally-cli's one way to use the OS keychain: each call waits for the answer in a local event
// loop (a command has nothing else to do meanwhile), at most kTimeoutMs, because a script
// should not wait long for a keychain that is not there.
class CliKeychain final
{
public:
    static constexpr int kTimeoutMs = 10'000;

    CliKeychain() = delete;

    // Where the profile's key comes from (the keychain, then its key variable), as the app
    // looks it up, without the app's delayed retry.
    static ApiKeyResolver::Resolution resolveKey(const ProviderProfile &profile);
    static SecretResult read(const QString &account);
    static SecretResult write(const QString &account, const QString &secret);
    static SecretResult remove(const QString &account);
};
