// The pool of network managers that makes more than six streams to one host real on Qt 6.4:
// slots per host and manager, release, and extra managers that go through the app's proxy
// as it is now, not as it was when they were made.
#include "api/NetworkPool.h"
#include "api/ProxyFactory.h"

#include "TestServer.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTest>

class TstNetworkPool final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillsTheInjectedManagerFirst();
    void slotsAreCountedPerHost();
    void releaseFreesTheSlotForTheNextRequest();
    void extraManagersFollowThePrimarysProxy();
    void extraManagersCopyThePrimarysSettings();
};

void TstNetworkPool::fillsTheInjectedManagerFirst()
{
    QNetworkAccessManager primary;
    NetworkPool pool(&primary);
    const QUrl url(QStringLiteral("http://127.0.0.1:8080/v1/chat/completions"));
    const int slots = NetworkPool::slotsPerManager();
    for (int i = 0; i < slots; ++i)
        QCOMPARE(pool.acquire(url), &primary);
    QNetworkAccessManager *second = pool.acquire(url);
    QVERIFY(second != &primary);
    QCOMPARE(pool.managerCount(), 2);
    QCOMPARE(pool.inUse(url), slots + 1);
}

void TstNetworkPool::slotsAreCountedPerHost()
{
    QNetworkAccessManager primary;
    NetworkPool pool(&primary);
    const QUrl a(QStringLiteral("http://127.0.0.1:8080/v1"));
    const QUrl b(QStringLiteral("http://127.0.0.1:8081/v1")); // another port is another host for Qt
    for (int i = 0; i < NetworkPool::slotsPerManager(); ++i) {
        pool.acquire(a);
        QCOMPARE(pool.acquire(b), &primary);
    }
    QCOMPARE(pool.managerCount(), 1);
    QCOMPARE(pool.inUse(QUrl(QStringLiteral("HTTP://127.0.0.1:8080/other"))), NetworkPool::slotsPerManager());
}

void TstNetworkPool::releaseFreesTheSlotForTheNextRequest()
{
    QNetworkAccessManager primary;
    NetworkPool pool(&primary);
    const QUrl url(QStringLiteral("http://localhost:9/v1"));
    QList<QNetworkAccessManager *> taken;
    for (int i = 0; i < NetworkPool::slotsPerManager() + 2; ++i)
        taken.append(pool.acquire(url));
    pool.release(taken.first(), url);
    QCOMPARE(pool.acquire(url), &primary); // the freed slot, not a third manager
    pool.release(taken.last(), url);
    pool.release(taken.last(), url);
    pool.release(taken.last(), url); // more releases than acquires change nothing
    QCOMPARE(pool.inUse(url), NetworkPool::slotsPerManager());
    QCOMPARE(pool.managerCount(), 2);
}

void TstNetworkPool::extraManagersFollowThePrimarysProxy()
{
    // The test server plays an HTTP proxy: a request for a host that does not exist reaches it
    // with the absolute URL, which shows it went through the proxy.
    TestServer proxy;
    QVERIFY(proxy.start());
    proxy.setHandler("/v1/models",
                     [](const RecordedRequest &) { return ScriptedResponse::raw(200, "text/plain", "via proxy"); });
    QNetworkAccessManager primary;
    NetworkPool pool(&primary);
    const QUrl url(QStringLiteral("http://tally-upstream.invalid/v1/models"));
    for (int i = 0; i < NetworkPool::slotsPerManager(); ++i)
        pool.acquire(url);
    QNetworkAccessManager *extra = pool.acquire(url);
    QVERIFY(extra != &primary);
    // The proxy is chosen after the extra manager exists, the way Settings changes it.
    ProxySettings settings;
    settings.mode = ProxySettings::Mode::Http;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = proxy.port();
    primary.setProxyFactory(new ProxyFactory(settings, QString()));
    QNetworkReply *reply = extra->get(QNetworkRequest(url));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->readAll(), QByteArray("via proxy"));
    QCOMPARE(proxy.requests().size(), 1);
    QCOMPARE(proxy.requests().first().target, QByteArray("http://tally-upstream.invalid/v1/models"));
    delete reply;
}

void TstNetworkPool::extraManagersCopyThePrimarysSettings()
{
    QNetworkAccessManager primary;
    primary.setTransferTimeout(1234);
    primary.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    primary.setStrictTransportSecurityEnabled(true);
    NetworkPool pool(&primary);
    const QUrl url(QStringLiteral("http://127.0.0.1:1/v1"));
    for (int i = 0; i < NetworkPool::slotsPerManager(); ++i)
        pool.acquire(url);
    QNetworkAccessManager *extra = pool.acquire(url);
    QCOMPARE(extra->transferTimeout(), 1234);
    QCOMPARE(extra->redirectPolicy(), QNetworkRequest::ManualRedirectPolicy);
    QVERIFY(extra->isStrictTransportSecurityEnabled());
}

QTEST_GUILESS_MAIN(TstNetworkPool)
#include "tst_networkpool.moc"
