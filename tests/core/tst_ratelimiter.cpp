#include "api/RateLimiter.h"

#include <QTest>
#include <QTimer>

class TstRateLimiter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unlimitedAdmitsAtOnce();
    void admitsABurstThenQueuesInOrder();
    void waitsWithoutBlockingTheEventLoop();
    void withdrawnRequestsAreNeverAdmitted();
};

void TstRateLimiter::unlimitedAdmitsAtOnce()
{
    RateLimiter limiter(0);
    int admitted = 0;
    for (int i = 0; i < 1000; ++i)
        limiter.acquire([&] { ++admitted; });
    QCOMPARE(admitted, 1000);
    QCOMPARE(limiter.waiting(), 0);
}

void TstRateLimiter::admitsABurstThenQueuesInOrder()
{
    // 600 per minute: a burst of 600, then one every 100 ms.
    RateLimiter limiter(600);
    QList<int> order;
    for (int i = 0; i < 603; ++i)
        limiter.acquire([&order, i] { order.append(i); });
    QCOMPARE(order.size(), 600);
    QCOMPARE(limiter.waiting(), 3);
    QVERIFY(limiter.nextAdmissionInMs() > 0);
    QVERIFY(limiter.nextAdmissionInMs() <= 100);
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 603, 5000);
    for (int i = 0; i < order.size(); ++i)
        QCOMPARE(order.at(i), i);
}

void TstRateLimiter::waitsWithoutBlockingTheEventLoop()
{
    RateLimiter limiter(60); // one a second after the burst
    for (int i = 0; i < 60; ++i)
        limiter.acquire([] {});
    bool admitted = false;
    limiter.acquire([&] { admitted = true; });
    QVERIFY(!admitted);
    // Other events keep flowing while the request waits.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start(10);
    QTRY_VERIFY_WITH_TIMEOUT(admitted, 5000);
    QVERIFY(ticks > 5);
}

void TstRateLimiter::withdrawnRequestsAreNeverAdmitted()
{
    RateLimiter limiter(60);
    for (int i = 0; i < 60; ++i)
        limiter.acquire([] {});
    bool first = false;
    bool second = false;
    const RateLimiter::Ticket ticket = limiter.acquire([&] { first = true; });
    limiter.acquire([&] { second = true; });
    QVERIFY(limiter.withdraw(ticket));
    QVERIFY(!limiter.withdraw(ticket));
    QTRY_VERIFY_WITH_TIMEOUT(second, 5000);
    QVERIFY(!first);
}

QTEST_GUILESS_MAIN(TstRateLimiter)
#include "tst_ratelimiter.moc"
