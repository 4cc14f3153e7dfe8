#include "api/ProxyFactory.h"

#include <QHostAddress>

ProxyFactory::ProxyFactory(const ProxySettings &settings, const QString &password)
    : m_settings(settings)
{
    if (settings.isManual()) {
        m_manual = QNetworkProxy(settings.mode == ProxySettings::Mode::Http ? QNetworkProxy::HttpProxy
                                                                            : QNetworkProxy::Socks5Proxy,
                                 settings.host, quint16(settings.port), settings.user, password);
    }
}

bool ProxyFactory::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0 || host.endsWith(u".localhost", Qt::CaseInsensitive))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QList<QNetworkProxy> ProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    if (isLoopbackHost(query.peerHostName()))
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
