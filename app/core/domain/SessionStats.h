#pragma once

#include "domain/MessageStats.h"
#include "domain/CostEstimate.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// Running totals over many replies (a conversation, or everything since Tally started): tokens,
// cost per currency, requests, TTFT percentiles and mean output speed, each with whether any part
// of it was estimated, plus the same broken down by model for the stats bar's tooltip.
class SessionStats final
{
public:
    struct Totals
    {
        int requests = 0;
        qint64 promptTokens = 0;
        qint64 completionTokens = 0;
        bool tokensEstimated = false;     // some counts were estimated, not reported
        QMap<QString, double> cost;       // by currency; never converted between currencies
        bool costEstimated = false;       // some part of a cost was estimated
        int costUnknown = 0;              // replies whose cost is unknown (not counted as 0)
    };

    void add(const MessageStats &stats, const std::optional<CostEstimate> &cost);
    // A cost that came with no reply of its own (naming a conversation): counted in the cost,
    // not as a request, since it has no timing or answer to show.
    void addCost(const CostEstimate &cost);
    void clear();

    const Totals &totals() const { return m_totals; }
    // Per model, for the breakdown.
    const QMap<QString, Totals> &byModel() const { return m_byModel; }

    // Time to first token: nearest-rank percentile over the replies that had one.
    std::optional<qint64> ttftPercentile(double percentile) const;
    // Mean of the replies' output speeds.
    std::optional<double> meanTokensPerSecond() const;

private:
    static void addTo(Totals &totals, const MessageStats &stats, const std::optional<CostEstimate> &cost);
    static void addCostTo(Totals &totals, const std::optional<CostEstimate> &cost);

    Totals m_totals;
    QMap<QString, Totals> m_byModel;
    QList<qint64> m_ttfts;
    QList<double> m_speeds;
};
