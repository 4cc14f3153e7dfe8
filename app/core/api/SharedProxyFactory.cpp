#include "api/SharedProxyFactory.h"

#include <QNetworkAccessManager>

SharedProxyFactory::SharedProxyFactory(QNetworkAccessManager *source)
    : m_source(source)
{
}

QList<QNetworkProxy> SharedProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    // Without its source (only while the pool is torn down) a manager does what a manager with
    // no settings does: the application's proxy.
    if (!m_source)
        return {QNetworkProxy(QNetworkProxy::DefaultProxy)};
    if (QNetworkProxyFactory *factory = m_source->proxyFactory())
        return factory->queryProxy(query);
    return {m_source->proxy()};
}
