#include "bench/RollingWindow.h"

#include <algorithm>
#include <cmath>

void RollingWindow::add(const Entry &entry)
{
    m_entries.append(entry);
    dropOlderThan(entry.endNs - kWindowNs);
    if (m_entries.size() > kMaxEntries)
        m_entries.remove(0, m_entries.size() - kMaxEntries);
}

void RollingWindow::dropOlderThan(qint64 ns)
{
    qsizetype keepFrom = 0;
    while (keepFrom < m_entries.size() && m_entries.at(keepFrom).endNs < ns)
        ++keepFrom;
    if (keepFrom > 0)
        m_entries.remove(0, keepFrom);
}

double RollingWindow::spanSeconds(qint64 nowNs, qint64 startNs) const
{
    qint64 span = std::min(kWindowNs, nowNs - startNs);
    // Capped at kMaxEntries the window may be shorter than its nominal length.
    if (m_entries.size() == kMaxEntries)
        span = std::min(span, nowNs - m_entries.first().endNs);
    return span > 0 ? double(span) / 1e9 : 0.0;
}

double RollingWindow::requestsPerSecond(qint64 nowNs, qint64 startNs) const
{
    qsizetype count = 0;
    for (const Entry &entry : m_entries)
        count += entry.endNs >= nowNs - kWindowNs ? 1 : 0;
    const double seconds = spanSeconds(nowNs, startNs);
    return seconds > 0 ? double(count) / seconds : 0.0;
}

double RollingWindow::tokensPerSecond(qint64 nowNs, qint64 startNs) const
{
    qint64 tokens = 0;
    for (const Entry &entry : m_entries)
        tokens += entry.endNs >= nowNs - kWindowNs ? entry.outputTokens : 0;
    const double seconds = spanSeconds(nowNs, startNs);
    return seconds > 0 ? double(tokens) / seconds : 0.0;
}

std::optional<qint64> RollingWindow::percentileOf(QList<qint64> values, double percent)
{
    if (values.isEmpty())
        return std::nullopt;
    const auto rank = qsizetype(std::ceil(percent / 100.0 * double(values.size())));
    const qsizetype index = std::clamp<qsizetype>(rank - 1, 0, values.size() - 1);
    std::nth_element(values.begin(), values.begin() + index, values.end());
    return values.at(index);
}

std::optional<qint64> RollingWindow::ttftPercentile(double percent) const
{
    QList<qint64> values;
    for (const Entry &entry : m_entries) {
        if (entry.ttftNs)
            values.append(*entry.ttftNs);
    }
    return percentileOf(values, percent);
}

std::optional<qint64> RollingWindow::e2ePercentile(double percent) const
{
    QList<qint64> values;
    for (const Entry &entry : m_entries) {
        if (entry.e2eNs)
            values.append(*entry.e2eNs);
    }
    return percentileOf(values, percent);
}
