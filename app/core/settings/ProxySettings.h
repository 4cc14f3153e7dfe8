#pragma once

#include <QString>

// How Tally reaches the network: the system's proxy settings, no proxy, or a proxy the user
// names. The password is not here: it lives in the OS keychain under passwordAccount(), like
// API keys. Servers on this computer are never reached through a proxy, whatever the mode.
struct ProxySettings
{
    enum class Mode { System, None, Http, Socks5 };

    Mode mode = Mode::System;
    QString host;
    int port = 0;  // 1..65535 for the manual modes
    QString user;  // empty: the proxy needs no login

    bool isManual() const { return mode == Mode::Http || mode == Mode::Socks5; }
    // The keychain account of the proxy password.
    static QString passwordAccount();

    friend bool operator==(const ProxySettings &, const ProxySettings &) = default;
};
