#pragma once

#include <QJsonObject>

class LatencyHistogram;

// The figures a benchmark prints for one latency distribution, with the number of samples they
// rest on (a p99 over 40 requests is the second-slowest one, not a tail).
struct LatencySummary
{
    quint64 count = 0;
    qint64 minNs = 0;
    double meanNs = 0;
    qint64 p50Ns = 0;
    qint64 p90Ns = 0;
    qint64 p95Ns = 0;
    qint64 p99Ns = 0;
    qint64 p999Ns = 0;
    qint64 maxNs = 0;

    // Below this many samples a p99 is not a tail measurement, and the table says so.
    static constexpr quint64 kSamplesForP99 = 100;

    static LatencySummary of(const LatencyHistogram &histogram);
    // {"count", "min", "mean", "p50", "p90", "p95", "p99", "p99.9", "max"} in milliseconds.
    QJsonObject toJson() const;

    friend bool operator==(const LatencySummary &, const LatencySummary &) = default;
};
