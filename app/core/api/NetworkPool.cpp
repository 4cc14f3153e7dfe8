#include "api/NetworkPool.h"

#include "api/SharedProxyFactory.h"

#include <QNetworkAccessManager>
#include <QUrl>

int NetworkPool::slotsPerManager()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return 32; // what ChatStream sets with QHttp1Configuration
#else
    return 6; // Qt's fixed number of HTTP/1.1 connections per host and manager
#endif
}

NetworkPool::NetworkPool(QNetworkAccessManager *primary, QObject *parent)
    : QObject(parent)
    , m_primary(primary)
{
}

NetworkPool::~NetworkPool() = default;

QString NetworkPool::hostKey(const QUrl &url)
{
    return url.scheme() + u"://" + url.host().toLower() + u':' + QString::number(url.port(url.scheme() == u"https" ? 443 : 80));
}

QNetworkAccessManager *NetworkPool::acquire(const QUrl &url)
{
    QList<int> &busy = m_busy[hostKey(url)];
    const int slots = slotsPerManager();
    int index = 0;
    while (index < busy.size() && busy.at(index) >= slots)
        ++index;
    if (index == busy.size())
        busy.append(0);
    ++busy[index];
    return managerAt(index);
}

void NetworkPool::release(QNetworkAccessManager *manager, const QUrl &url)
{
    const auto found = m_busy.find(hostKey(url));
    if (found == m_busy.end())
        return;
    const int index = manager == m_primary ? 0 : int(m_extra.indexOf(manager)) + 1;
    if (index < 0 || index >= found->size() || found->at(index) == 0)
        return;
    --(*found)[index];
}

int NetworkPool::inUse(const QUrl &url) const
{
    int total = 0;
    for (int busy : m_busy.value(hostKey(url)))
        total += busy;
    return total;
}

QNetworkAccessManager *NetworkPool::managerAt(int index)
{
    if (index == 0)
        return m_primary;
    while (m_extra.size() < index)
        m_extra.append(makeManager());
    return m_extra.at(index - 1);
}

QNetworkAccessManager *NetworkPool::makeManager()
{
    auto *manager = new QNetworkAccessManager(this);
    manager->setProxyFactory(new SharedProxyFactory(m_primary));
    manager->setRedirectPolicy(m_primary->redirectPolicy());
    manager->setTransferTimeout(m_primary->transferTimeout());
    manager->setAutoDeleteReplies(m_primary->autoDeleteReplies());
    manager->setStrictTransportSecurityEnabled(m_primary->isStrictTransportSecurityEnabled());
    return manager;
}
