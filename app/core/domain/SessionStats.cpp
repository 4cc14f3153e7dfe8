#include "domain/SessionStats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

void SessionStats::addTo(Totals &totals, const MessageStats &stats, const std::optional<CostEstimate> &cost)
{
    ++totals.requests;
    if (cost && cost->source() == CostEstimate::Source::NotCharged) {
        // Refused before generation: the provider processed nothing, so the prompt we estimated
        // for it is not usage; the request still counts, at no cost.
        addCostTo(totals, cost);
        return;
    }
    totals.promptTokens += stats.usage.promptTokens;
    totals.completionTokens += stats.usage.completionTokens;
    totals.tokensEstimated = totals.tokensEstimated || !stats.usage.isReported();
    addCostTo(totals, cost);
}

void SessionStats::addCostTo(Totals &totals, const std::optional<CostEstimate> &cost)
{
    if (!cost || !cost->isKnown()) {
        ++totals.costUnknown;
        return;
    }
    totals.cost[cost->currency()] += cost->amount();
    totals.costEstimated = totals.costEstimated || cost->source() == CostEstimate::Source::Estimated;
}

void SessionStats::add(const MessageStats &stats, const std::optional<CostEstimate> &cost)
{
    addTo(m_totals, stats, cost);
    addTo(m_byModel[stats.model], stats, cost);
    if (stats.ttftMs)
        m_ttfts.append(*stats.ttftMs);
    if (stats.tokensPerSecond)
        m_speeds.append(*stats.tokensPerSecond);
}

void SessionStats::addCost(const CostEstimate &cost)
{
    addCostTo(m_totals, cost);
}

void SessionStats::clear()
{
    *this = SessionStats();
}

std::optional<qint64> SessionStats::ttftPercentile(double percentile) const
{
    if (m_ttfts.isEmpty())
        return std::nullopt;
    QList<qint64> sorted = m_ttfts;
    std::sort(sorted.begin(), sorted.end());
    // Nearest rank: the smallest value with at least `percentile` of the values at or below it.
    const qsizetype rank = qsizetype(std::ceil(percentile / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

std::optional<double> SessionStats::meanTokensPerSecond() const
{
    if (m_speeds.isEmpty())
        return std::nullopt;
    return std::accumulate(m_speeds.begin(), m_speeds.end(), 0.0) / double(m_speeds.size());
}
