#pragma once

#include <QtGlobal>

#include <random>

// When each request of an open-loop run is due, in nanoseconds from the start of the measured
// phase: every 1/rate seconds (constant), or with exponentially distributed gaps of mean 1/rate
// (Poisson arrivals, as real users arrive). Seeded, so a run can be repeated exactly.
class ArrivalSchedule
{
public:
    enum class Kind { Poisson, Constant };

    ArrivalSchedule(Kind kind, double ratePerSecond, quint64 seed);

    // The due time of the next request; the first is at 0.
    qint64 next();

private:
    Kind m_kind;
    double m_meanGapNs;
    std::mt19937_64 m_random;
    std::exponential_distribution<double> m_gap;
    double m_atNs = 0;
    qint64 m_count = 0;
};
