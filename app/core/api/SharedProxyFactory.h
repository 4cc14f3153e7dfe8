#pragma once

#include <QNetworkProxyFactory>
#include <QPointer>

class QNetworkAccessManager;

// Asks another network manager which proxy to use, each time: the extra managers of a
// NetworkPool go through whatever proxy the app's own manager has at that moment, so a proxy the
// user changes in Settings (AppContext::applyProxySettings replaces the factory) applies to every
// manager at once. QNetworkAccessManager owns its factory, so one factory cannot be shared.
class SharedProxyFactory final : public QNetworkProxyFactory
{
public:
    explicit SharedProxyFactory(QNetworkAccessManager *source);

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query = QNetworkProxyQuery()) override;

private:
    QPointer<QNetworkAccessManager> m_source;
};
