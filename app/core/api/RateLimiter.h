#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QQueue>

#include <functional>

class QTimer;

// A token bucket that admits at most N requests per minute (bursts up to N), queueing the rest
// in order and admitting them from a timer, so a waiting request never blocks the event loop.
// One limiter per provider profile.
class RateLimiter final : public QObject
{
    Q_OBJECT

public:
    using Ticket = quint64;

    explicit RateLimiter(int requestsPerMinute = 0, QObject *parent = nullptr);

    // 0 means unlimited.
    void setRequestsPerMinute(int requestsPerMinute);
    int requestsPerMinute() const { return m_perMinute; }

    // Calls `admitted` as soon as the bucket allows, at once if it can (before returning).
    // Returns a ticket to withdraw() a request still waiting.
    Ticket acquire(std::function<void()> admitted);
    // Removes a waiting request; returns false if it was already admitted or unknown.
    bool withdraw(Ticket ticket);
    int waiting() const { return int(m_queue.size()); }
    // How long the first waiting request still has to wait (0 when none waits).
    qint64 nextAdmissionInMs();

private:
    struct Waiter
    {
        Ticket ticket;
        std::function<void()> admitted;
    };

    void refill();
    void admitWaiting();

    int m_perMinute = 0;
    double m_tokens = 0;
    QElapsedTimer m_clock;
    qint64 m_lastRefillMs = 0;
    QQueue<Waiter> m_queue;
    QTimer *m_timer = nullptr;
    Ticket m_nextTicket = 1;
};
