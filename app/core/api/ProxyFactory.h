#pragma once

#include "settings/ProxySettings.h"

#include <QNetworkProxyFactory>

// Picks the proxy for each request from the user's proxy settings: the system's, none, or a
// manual HTTP or SOCKS5 proxy (with the password from the keychain). Local servers (localhost,
// 127.0.0.0/8, ::1) are always reached directly: a corporate proxy cannot reach Ollama on the
// user's own machine, and a key for it has no business passing through one.
class ProxyFactory final : public QNetworkProxyFactory
{
public:
    ProxyFactory(const ProxySettings &settings, const QString &password);

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query = QNetworkProxyQuery()) override;

private:
    ProxySettings m_settings;
    QNetworkProxy m_manual;
};
