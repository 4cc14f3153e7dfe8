#pragma once

#include <QList>
#include <QtGlobal>

#include <optional>

// The last few seconds of a running benchmark, for its live figures: how many requests ended
// and how many tokens came per second, and the p50/p99 TTFT and E2E of the successes among
// them. Holds at most kMaxEntries, so a fast run costs no more than a slow one.
class RollingWindow
{
public:
    static constexpr qint64 kWindowNs = 5'000'000'000;
    static constexpr int kMaxEntries = 2048;

    struct Entry
    {
        qint64 endNs = 0;
        qint64 outputTokens = 0;
        std::optional<qint64> ttftNs; // successes only
        std::optional<qint64> e2eNs;
    };

    void add(const Entry &entry);
    void clear() { m_entries.clear(); }

    // Rates over the window ending at nowNs, since startNs when the run is younger than it.
    double requestsPerSecond(qint64 nowNs, qint64 startNs) const;
    double tokensPerSecond(qint64 nowNs, qint64 startNs) const;
    std::optional<qint64> ttftPercentile(double percent) const;
    std::optional<qint64> e2ePercentile(double percent) const;

private:
    void trim(qint64 nowNs);
    qsizetype firstInWindow(qint64 nowNs) const;
    double spanSeconds(qint64 nowNs, qint64 startNs) const;
    // The percentile of one figure over the entries in the window (those that have it).
    std::optional<qint64> percentileOf(std::optional<qint64> Entry::*field, double percent) const;

    QList<Entry> m_entries; // oldest first; up to twice kMaxEntries between trims
};
