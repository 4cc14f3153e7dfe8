#include "api/ProxyFactory.h"

#include "api/ChatRequest.h"

ProxyFactory::ProxyFactory(const ProxySettings &settings, const QString &password)
    : m_settings(settings)
{
    if (settings.isManual()) {
        m_manual = QNetworkProxy(settings.mode == ProxySettings::Mode::Http ? QNetworkProxy::HttpProxy
                                                                            : QNetworkProxy::Socks5Proxy,
                                 settings.host, quint16(settings.port), settings.user, password);
    }
}

QList<QNetworkProxy> ProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    // *.localhost names this machine too (RFC 6761). They are sent direct, but not trusted with
    // a key over plain http, which only the strict ChatRequest::isLoopbackHost() allows.
    const QString host = query.peerHostName();
    if (ChatRequest::isLoopbackHost(host) || host.endsWith(u".localhost", Qt::CaseInsensitive))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    switch (m_settings.mode) {
    case ProxySettings::Mode::None:
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    case ProxySettings::Mode::Http:
    case ProxySettings::Mode::Socks5:
        return {m_manual};
    case ProxySettings::Mode::System:
        break;
    }
    QList<QNetworkProxy> system = systemProxyForQuery(query);
    if (system.isEmpty())
        system << QNetworkProxy(QNetworkProxy::NoProxy);
    return system;
}
