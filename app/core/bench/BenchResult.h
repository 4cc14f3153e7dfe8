#pragma once

#include "bench/BenchRecord.h"
#include "bench/BenchSlo.h"
#include "bench/LatencyHistogram.h"
#include "bench/LatencySummary.h"
#include "pricing/ModelPrice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <array>
#include <optional>

class StreamTimeline;
struct BenchSpec;

// What a benchmark run measured, in constant memory however long it ran: counts of every
// outcome, log-bucketed histograms of TTFT, ITL, TPOT, E2E, chunk gaps, queueing and error
// latency, token and cost sums, and the concurrency that was really reached. Built request by
// request while the run goes (add()), then complete() or marked incomplete. A value type that
// round-trips through JSON, so a stored run reads back exactly.
//
// Latency figures are of successful requests only; errors have their own distribution. Warm-up
// requests are counted apart and left out of everything else.
struct BenchResult
{
    Q_DECLARE_TR_FUNCTIONS(BenchResult)

public:
    enum class Stop {
        Running,
        Finished,    // every request was sent and ended
        Stopped,     // Stop in the window
        Interrupted, // Ctrl+C
        CostCap,     // the next request could have passed the cost cap
    };

    // -- what was run (from the spec; kept so a stored result stands alone) ------------------
    QString profile;
    QString scheme;
    QString host; // host:port, never the key or the path
    QString provider;
    QString model;
    bool stream = true;
    QString load = QStringLiteral("closed");
    int concurrency = 0;       // closed loop
    double rate = 0;           // open loop, per second
    int plannedRequests = 0;   // measured requests asked for
    int plannedWarmup = 0;
    QJsonObject parameters;    // BenchSpec::parametersJson()
    QList<BenchSlo> slos;
    std::optional<ModelPrice> price; // what estimated costs were worked out with

    QDateTime startedAt; // wall time, for labels only
    QDateTime finishedAt;
    Stop stop = Stop::Running;

    // -- what happened -----------------------------------------------------------------------
    std::array<quint64, BenchRecord::kOutcomeCount> outcomes{};
    quint64 warmupDone = 0;
    quint64 warmupErrors = 0;
    std::optional<qint64> maxRetryAfterMs; // the longest Retry-After a 429 asked for
    qint64 firstSendNs = -1;               // measured phase, on the run clock
    qint64 lastEndNs = -1;
    int peakInFlight = 0;
    int networkManagers = 1;
    double clientCpuSeconds = 0; // this process's CPU time over the measured phase
    quint64 goodRequests = 0;    // successes that met every per-request objective

    LatencyHistogram ttft;
    LatencyHistogram itl;
    LatencyHistogram tpot;
    LatencyHistogram e2e;
    LatencyHistogram closed;     // to the end of the stream ([DONE] or the close)
    LatencyHistogram chunkGaps;  // raw gaps between pieces, not split per token
    LatencyHistogram queue;      // scheduled -> sent, every measured attempt
    LatencyHistogram errorLatency;

    qint64 billedRequests = 0; // answered 2xx (partial replies too): their tokens and cost count
    qint64 promptTokens = 0;
    qint64 outputTokens = 0;
    qint64 cachedTokens = 0;
    qint64 reasoningTokens = 0;
    qint64 usageReported = 0;
    qint64 usageEstimated = 0;
    QString costCurrency;
    double costReported = 0;  // what the provider said
    double costEstimated = 0; // what the price table says, where the provider said nothing
    qint64 costKnownRequests = 0;
    qint64 costReportedRequests = 0;
    qint64 costUnknownRequests = 0;
    double inputCost = 0;  // the price table's split of every billed request, for per-1M figures
    double outputCost = 0;

    // -- building --------------------------------------------------------------------------
    static BenchResult forSpec(const BenchSpec &spec, const std::optional<ModelPrice> &price);
    // Counts one finished request; the timeline gives its per-token figures.
    void add(const BenchRecord &record, const StreamTimeline &timeline);
    // The total cost so far (the cost cap compares with it).
    double spent() const { return costReported + costEstimated; }

    // -- figures -----------------------------------------------------------------------------
    bool isComplete() const { return stop == Stop::Finished; }
    quint64 count(BenchRecord::Outcome outcome) const { return outcomes.at(int(outcome)); }
    quint64 successes() const { return count(BenchRecord::Outcome::Success); }
    quint64 attempts() const; // every measured request that ended, except cancelled ones
    quint64 errors() const { return attempts() - successes(); }
    double errorRate() const;
    double durationSeconds() const;
    double requestsPerSecond() const;  // successful requests
    double attemptsPerSecond() const;
    double outputTokensPerSecond() const;
    double goodputPerSecond() const;
    // Little's law: throughput x mean time in the system = requests in flight on average.
    double littlesLawInFlight() const;
    double clientCpuPercent() const; // of one core
    double cachedShare() const;      // cached prompt tokens / prompt tokens

    // The total cost, labelled reported (all from the provider), estimated (all from the price
    // table) or, when both, estimated; unknown when any billed request had no price.
    CostEstimate totalCost() const;
    CostEstimate costPerRequest() const;
    CostEstimate costPerMillionInput() const;  // estimated from the price table
    CostEstimate costPerMillionOutput() const; // estimated from the price table
    CostEstimate costPerMillionBlended() const;

    QList<BenchSloResult> sloResults() const;
    bool slosPassed() const;

    static QString stopName(Stop stop);   // "finished", "stopped", ...
    QString stopLabel() const;            // translated
    // "10 in flight, streamed" or "5.0 req/s offered, not streamed".
    QString loadLabel() const;
    // A short label for lists: "stepfun-v3 · api.holysheep.ai · 10 in flight, streamed · 28/11/2026 10:40".
    QString title() const;

    // -- JSON ----------------------------------------------------------------------------------
    // The versioned summary of --json: metadata, definitions, figures, checks, histograms.
    QJsonObject toJson() const;
    // Reads toJson() back; nullopt when it is not a tally-bench summary this version reads.
    static std::optional<BenchResult> fromJson(const QJsonObject &object);
    static constexpr int kFormatVersion = 1;

private:
    static void readCounters(const QJsonObject &object, BenchResult &result);
    static void readSums(const QJsonObject &object, BenchResult &result);
};
