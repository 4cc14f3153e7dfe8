#pragma once

#include <QJsonObject>
#include <QList>

#include <optional>

// A log-bucketed (HDR-style) histogram of durations in nanoseconds: constant memory however many
// values it holds (a million requests take the same few kilobytes as ten), percentiles within
// 0.8% of the exact value, and the exact minimum, maximum and mean.
//
// Buckets: values below 128 ns each have their own; above, every power of two is cut into 64
// equal buckets, so a bucket is at most 1/64 of its value wide and a percentile read at its
// middle is off by less than 1/128. Counts are kept only up to the highest bucket used.
class LatencyHistogram
{
public:
    struct Bucket
    {
        qint64 lowNs = 0;  // first value in the bucket
        qint64 highNs = 0; // last value in the bucket
        quint64 count = 0;
    };

    void record(qint64 valueNs, quint64 count = 1); // negative values count as 0
    void merge(const LatencyHistogram &other);
    void clear();

    quint64 count() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    qint64 min() const { return m_count ? m_min : 0; }
    qint64 max() const { return m_count ? m_max : 0; }
    double mean() const { return m_count ? m_sum / double(m_count) : 0.0; }

    // The value below which `percent` (0-100) of the recorded values lie: the nearest-rank value,
    // read at the middle of its bucket and kept within [min, max]. 0 gives min, 100 max; an empty
    // histogram gives 0.
    qint64 percentile(double percent) const;

    // The buckets that hold values, lowest first.
    QList<Bucket> buckets() const;

    // {"unit": "ns", "count", "min", "max", "sum", "buckets": [[low, count], ...]}; fromJson()
    // reads it back (nullopt when it is not that shape).
    QJsonObject toJson() const;
    static std::optional<LatencyHistogram> fromJson(const QJsonObject &object);

    friend bool operator==(const LatencyHistogram &, const LatencyHistogram &) = default;

private:
    static int indexOf(qint64 valueNs);
    static qint64 lowOf(int index);
    static qint64 highOf(int index);

    QList<quint64> m_counts;
    quint64 m_count = 0;
    qint64 m_min = 0;
    qint64 m_max = 0;
    double m_sum = 0.0;
};
