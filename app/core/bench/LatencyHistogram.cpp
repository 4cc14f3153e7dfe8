#include "bench/LatencyHistogram.h"

#include <QJsonArray>

#include <algorithm>
#include <bit>
#include <cmath>

namespace {
constexpr int kLinear = 128;     // values below this have a bucket each
constexpr int kPerOctave = 64;   // buckets per power of two above that
constexpr int kOctaveShift = 6;  // log2(kPerOctave)
} // namespace

int LatencyHistogram::indexOf(qint64 valueNs)
{
    if (valueNs < kLinear)
        return int(std::max<qint64>(valueNs, 0));
    const int msb = 63 - std::countl_zero(quint64(valueNs));
    const int shift = msb - kOctaveShift; // >= 1: bits dropped so that 64..127 remain
    const int top = int(valueNs >> shift);
    return kLinear + (shift - 1) * kPerOctave + (top - kPerOctave);
}

qint64 LatencyHistogram::lowOf(int index)
{
    if (index < kLinear)
        return index;
    const int shift = (index - kLinear) / kPerOctave + 1;
    const qint64 top = kPerOctave + (index - kLinear) % kPerOctave;
    return top << shift;
}

qint64 LatencyHistogram::highOf(int index)
{
    if (index < kLinear)
        return index;
    const int shift = (index - kLinear) / kPerOctave + 1;
    const qint64 top = kPerOctave + (index - kLinear) % kPerOctave;
    return ((top + 1) << shift) - 1;
}

void LatencyHistogram::record(qint64 valueNs, quint64 count)
{
    if (count == 0)
        return;
    valueNs = std::max<qint64>(valueNs, 0);
    const int index = indexOf(valueNs);
    if (index >= m_counts.size())
        m_counts.resize(index + 1, 0);
    m_counts[index] += count;
    if (m_count == 0) {
        m_min = valueNs;
        m_max = valueNs;
    } else {
        m_min = std::min(m_min, valueNs);
        m_max = std::max(m_max, valueNs);
    }
    m_count += count;
    m_sum += double(valueNs) * double(count);
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    if (other.m_count == 0)
        return;
    if (other.m_counts.size() > m_counts.size())
        m_counts.resize(other.m_counts.size(), 0);
    for (qsizetype i = 0; i < other.m_counts.size(); ++i)
        m_counts[i] += other.m_counts.at(i);
    m_min = m_count ? std::min(m_min, other.m_min) : other.m_min;
    m_max = m_count ? std::max(m_max, other.m_max) : other.m_max;
    m_count += other.m_count;
    m_sum += other.m_sum;
}

void LatencyHistogram::clear()
{
    *this = LatencyHistogram();
}

qint64 LatencyHistogram::percentile(double percent) const
{
    if (m_count == 0)
        return 0;
    if (percent <= 0)
        return m_min;
    if (percent >= 100)
        return m_max;
    // Nearest rank: the smallest value with at least percent% of the values at or below it.
    const auto rank = std::max<quint64>(1, quint64(std::ceil(percent / 100.0 * double(m_count))));
    quint64 seen = 0;
    for (qsizetype i = 0; i < m_counts.size(); ++i) {
        seen += m_counts.at(i);
        if (seen >= rank) {
            const qint64 middle = lowOf(int(i)) + (highOf(int(i)) - lowOf(int(i))) / 2;
            return std::clamp(middle, m_min, m_max);
        }
    }
    return m_max;
}

QList<LatencyHistogram::Bucket> LatencyHistogram::buckets() const
{
    QList<Bucket> result;
    for (qsizetype i = 0; i < m_counts.size(); ++i) {
        if (m_counts.at(i))
            result.append({lowOf(int(i)), highOf(int(i)), m_counts.at(i)});
    }
    return result;
}

QJsonObject LatencyHistogram::toJson() const
{
    QJsonArray buckets;
    for (qsizetype i = 0; i < m_counts.size(); ++i) {
        if (m_counts.at(i))
            buckets.append(QJsonArray{double(lowOf(int(i))), double(m_counts.at(i))});
    }
    return {{QStringLiteral("unit"), QStringLiteral("ns")},
            {QStringLiteral("count"), double(m_count)},
            {QStringLiteral("min"), double(min())},
            {QStringLiteral("max"), double(max())},
            {QStringLiteral("sum"), m_sum},
            {QStringLiteral("buckets"), buckets}};
}

std::optional<LatencyHistogram> LatencyHistogram::fromJson(const QJsonObject &object)
{
    if (object.value(QStringLiteral("unit")).toString() != u"ns" || !object.value(QStringLiteral("buckets")).isArray())
        return std::nullopt;
    LatencyHistogram histogram;
    for (const QJsonValue &entry : object.value(QStringLiteral("buckets")).toArray()) {
        const QJsonArray pair = entry.toArray();
        const double low = pair.at(0).toDouble(-1);
        const double count = pair.at(1).toDouble(-1);
        if (pair.size() != 2 || low < 0 || count < 1)
            return std::nullopt;
        const int index = indexOf(qint64(low));
        if (index >= histogram.m_counts.size())
            histogram.m_counts.resize(index + 1, 0);
        histogram.m_counts[index] += quint64(count);
        histogram.m_count += quint64(count);
    }
    if (histogram.m_count != quint64(object.value(QStringLiteral("count")).toDouble(-1)))
        return std::nullopt;
    histogram.m_min = qint64(object.value(QStringLiteral("min")).toDouble());
    histogram.m_max = qint64(object.value(QStringLiteral("max")).toDouble());
    histogram.m_sum = object.value(QStringLiteral("sum")).toDouble();
    if (histogram.m_count == 0)
        histogram = LatencyHistogram();
    return histogram;
}
