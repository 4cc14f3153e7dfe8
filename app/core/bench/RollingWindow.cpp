#include "bench/RollingWindow.h"

#include <algorithm>
#include <cmath>

void RollingWindow::add(const Entry &entry)
{
    m_entries.append(entry);
    // Trimmed in batches: dropping one entry per request would move the whole list each time,
    // thousands of times a second in a fast run.
    if (m_entries.size() >= 2 * kMaxEntries || entry.endNs - m_entries.first().endNs > 2 * kWindowNs)
        trim(entry.endNs);
}

void RollingWindow::trim(qint64 nowNs)
{
    qsizetype keepFrom = std::max<qsizetype>(0, m_entries.size() - kMaxEntries);
    while (keepFrom < m_entries.size() && m_entries.at(keepFrom).endNs < nowNs - kWindowNs)
        ++keepFrom;
    if (keepFrom > 0)
        m_entries.remove(0, keepFrom);
}

qsizetype RollingWindow::firstInWindow(qint64 nowNs) const
{
    // The newest kMaxEntries within the window; older ones wait for the next trim.
    qsizetype first = std::max<qsizetype>(0, m_entries.size() - kMaxEntries);
    while (first < m_entries.size() && m_entries.at(first).endNs < nowNs - kWindowNs)
        ++first;
    return first;
}

double RollingWindow::spanSeconds(qint64 nowNs, qint64 startNs) const
{
    qint64 span = std::min(kWindowNs, nowNs - startNs);
    // Capped at kMaxEntries the window may be shorter than its nominal length.
    const qsizetype first = firstInWindow(nowNs);
    if (m_entries.size() - first == kMaxEntries)
        span = std::min(span, nowNs - m_entries.at(first).endNs);
    return span > 0 ? double(span) / 1e9 : 0.0;
}

double RollingWindow::requestsPerSecond(qint64 nowNs, qint64 startNs) const
{
    const double seconds = spanSeconds(nowNs, startNs);
    return seconds > 0 ? double(m_entries.size() - firstInWindow(nowNs)) / seconds : 0.0;
}

double RollingWindow::tokensPerSecond(qint64 nowNs, qint64 startNs) const
{
    qint64 tokens = 0;
    for (qsizetype i = firstInWindow(nowNs); i < m_entries.size(); ++i)
        tokens += m_entries.at(i).outputTokens;
    const double seconds = spanSeconds(nowNs, startNs);
    return seconds > 0 ? double(tokens) / seconds : 0.0;
}

std::optional<qint64> RollingWindow::percentileOf(std::optional<qint64> Entry::*field, double percent) const
{
    QList<qint64> values;
    const qint64 now = m_entries.isEmpty() ? 0 : m_entries.last().endNs;
    for (qsizetype i = firstInWindow(now); i < m_entries.size(); ++i) {
        if (const std::optional<qint64> &value = m_entries.at(i).*field)
            values.append(*value);
    }
    if (values.isEmpty())
        return std::nullopt;
    const auto rank = qsizetype(std::ceil(percent / 100.0 * double(values.size())));
    const qsizetype index = std::clamp<qsizetype>(rank - 1, 0, values.size() - 1);
    std::nth_element(values.begin(), values.begin() + index, values.end());
    return values.at(index);
}

std::optional<qint64> RollingWindow::ttftPercentile(double percent) const
{
    return percentileOf(&Entry::ttftNs, percent);
}

std::optional<qint64> RollingWindow::e2ePercentile(double percent) const
{
    return percentileOf(&Entry::e2eNs, percent);
}
