#pragma once

#include "settings/ProviderPreset.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

// One provider the user talks to: where, with which model by default, and the transport rules
// for it. The key is not here: it lives in the OS keychain under secretAccount(), or in the
// environment variable keyVariable.
struct ProviderProfile
{
    QString id;     // stable identity, also names the keychain entry (survives renames)
    QString name;   // unique, what people and `tally-cli --profile` call it
    QString preset; // ProviderPreset id; also the provider id for prices
    QUrl baseUrl;
    QString defaultModel;
    std::optional<qint64> contextWindow;
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    bool http2 = true;            // https only; plain http always uses HTTP/1.1
    bool allowKeyOverHttp = false; // send the key unencrypted to a non-loopback http:// host
    QString keyVariable;          // environment variable to read a key from
    bool needsKey = true;

    // A new profile from a preset, with a fresh id.
    static ProviderProfile fromPreset(const ProviderPreset &preset, const QString &name);
    // The keychain account of this profile's key: "<app id>/profile/<id>", namespaced because
    // Windows' credential store ignores QtKeychain's service name.
    QString secretAccount() const;
    // Names are what people type on the command line: letters, digits, '.', '_', '-'.
    static bool isValidName(const QString &name);

    friend bool operator==(const ProviderProfile &, const ProviderProfile &) = default;
};
