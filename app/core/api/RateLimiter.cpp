#include "api/RateLimiter.h"

#include <QTimer>

#include <cmath>

RateLimiter::RateLimiter(int requestsPerMinute, QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &RateLimiter::admitWaiting);
    m_clock.start();
    setRequestsPerMinute(requestsPerMinute);
}

void RateLimiter::setRequestsPerMinute(int requestsPerMinute)
{
    m_perMinute = std::max(0, requestsPerMinute);
    m_tokens = m_perMinute; // a new limit starts with a full bucket
    m_lastRefillMs = m_clock.elapsed();
    admitWaiting();
}

void RateLimiter::refill()
{
    const qint64 now = m_clock.elapsed();
    const double perMs = m_perMinute / 60'000.0;
    m_tokens = std::min<double>(m_perMinute, m_tokens + (now - m_lastRefillMs) * perMs);
    m_lastRefillMs = now;
}

RateLimiter::Ticket RateLimiter::acquire(std::function<void()> admitted)
{
    const Ticket ticket = m_nextTicket++;
    m_queue.enqueue({ticket, std::move(admitted)});
    admitWaiting();
    return ticket;
}

bool RateLimiter::withdraw(Ticket ticket)
{
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        if (m_queue.at(i).ticket == ticket) {
            m_queue.removeAt(i);
            return true;
        }
    }
    return false;
}

qint64 RateLimiter::nextAdmissionInMs()
{
    if (m_queue.isEmpty() || m_perMinute == 0)
        return 0;
    refill();
    if (m_tokens >= 1)
        return 0;
    return qint64(std::ceil((1 - m_tokens) * 60'000.0 / m_perMinute));
}

void RateLimiter::admitWaiting()
{
    while (!m_queue.isEmpty()) {
        if (m_perMinute > 0) {
            refill();
            if (m_tokens < 1) {
                m_timer->start(int(nextAdmissionInMs()));
                return;
            }
            m_tokens -= 1;
        }
        // Dequeue before calling: the callback may acquire() again or destroy its caller.
        const Waiter waiter = m_queue.dequeue();
        waiter.admitted();
    }
}
