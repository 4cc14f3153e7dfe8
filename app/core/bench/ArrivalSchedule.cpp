#include "bench/ArrivalSchedule.h"

#include <cmath>

ArrivalSchedule::ArrivalSchedule(Kind kind, double ratePerSecond, quint64 seed)
    : m_kind(kind)
    , m_meanGapNs(1e9 / ratePerSecond)
    , m_random(seed)
    , m_gap(1.0)
{
}

qint64 ArrivalSchedule::next()
{
    if (m_kind == Kind::Constant)
        return qint64(std::llround(double(m_count++) * m_meanGapNs));
    const double due = m_atNs;
    m_atNs += m_gap(m_random) * m_meanGapNs;
    ++m_count;
    return qint64(std::llround(due));
}
