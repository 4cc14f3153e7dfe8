#pragma once

#include <QHash>
#include <QList>
#include <QObject>

class QNetworkAccessManager;
class QUrl;

// Several QNetworkAccessManagers that act as one, so that more than six HTTP/1.1 replies can be
// in flight to one host at once. Qt 6.4 gives each manager six connections per host and no way
// to raise it (QHttp1Configuration arrives in 6.5, where ChatStream asks for 32): a seventh
// stream to a local server, or a benchmark at concurrency 10, would silently wait in Qt's queue.
//
// The first manager is the injected one, so a single reply never leaves the app's own manager;
// the others are made when every manager already carries its full share for that host. They are
// configured like the first (its proxy, asked afresh for every request; its redirect policy,
// transfer timeout and HSTS setting) and live as long as the pool. Cookies are not shared: chat
// APIs do not use them, and a jar shared between managers would outlive its owner.
class NetworkPool final : public QObject
{
    Q_OBJECT

public:
    // Replies one manager carries to one host at once.
    static int slotsPerManager();

    explicit NetworkPool(QNetworkAccessManager *primary, QObject *parent = nullptr);
    ~NetworkPool() override;

    // A manager with a free slot for the url's scheme, host and port, the injected one first.
    // The slot stays taken until release() with the same manager and url.
    QNetworkAccessManager *acquire(const QUrl &url);
    void release(QNetworkAccessManager *manager, const QUrl &url);

    QNetworkAccessManager *primary() const { return m_primary; }
    // Managers made so far, the injected one included.
    int managerCount() const { return int(m_extra.size()) + 1; }
    // Slots taken now for the url's host, over all managers.
    int inUse(const QUrl &url) const;

private:
    static QString hostKey(const QUrl &url);
    QNetworkAccessManager *managerAt(int index);
    QNetworkAccessManager *makeManager();

    QNetworkAccessManager *m_primary = nullptr;
    QList<QNetworkAccessManager *> m_extra;
    QHash<QString, QList<int>> m_busy; // host key -> slots taken on each manager, by index
};
