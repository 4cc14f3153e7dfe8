#pragma once

#include <QString>

// The outcome of one keychain operation, with what the backend said when it failed.
struct SecretResult
{
    enum class Status {
        Ok,
        NotFound,     // nothing stored under that account (first run)
        AccessDenied, // the user or the system refused; do not ask again in a loop
        NoBackend,    // no keychain service is running (headless Linux, a bare WM, CI)
        Timeout,      // the keychain did not answer in time (locked KWallet, Flatpak)
        Error,        // anything else the backend reported
    };

    Status status = Status::Error;
    QString secret;  // the secret on a successful read; never logged
    QString message; // the backend's words on failure

    bool ok() const { return status == Status::Ok; }
};
