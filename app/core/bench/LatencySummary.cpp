#include "bench/LatencySummary.h"

#include "bench/LatencyHistogram.h"

#include <cmath>

namespace {
double milliseconds(double ns)
{
    // Microsecond resolution is all a table or a spreadsheet needs.
    return std::round(ns / 1e3) / 1e3;
}
} // namespace

LatencySummary LatencySummary::of(const LatencyHistogram &histogram)
{
    LatencySummary summary;
    summary.count = histogram.count();
    summary.minNs = histogram.min();
    summary.meanNs = histogram.mean();
    summary.p50Ns = histogram.percentile(50);
    summary.p90Ns = histogram.percentile(90);
    summary.p95Ns = histogram.percentile(95);
    summary.p99Ns = histogram.percentile(99);
    summary.p999Ns = histogram.percentile(99.9);
    summary.maxNs = histogram.max();
    return summary;
}

QJsonObject LatencySummary::toJson() const
{
    if (count == 0)
        return {{QStringLiteral("count"), 0}};
    return {{QStringLiteral("count"), double(count)},
            {QStringLiteral("min"), milliseconds(double(minNs))},
            {QStringLiteral("mean"), milliseconds(meanNs)},
            {QStringLiteral("p50"), milliseconds(double(p50Ns))},
            {QStringLiteral("p90"), milliseconds(double(p90Ns))},
            {QStringLiteral("p95"), milliseconds(double(p95Ns))},
            {QStringLiteral("p99"), milliseconds(double(p99Ns))},
            {QStringLiteral("p99.9"), milliseconds(double(p999Ns))},
            {QStringLiteral("max"), milliseconds(double(maxNs))}};
}
