#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// One service-level objective a benchmark run is held to, as `tally-cli bench --slo` takes
// them: "ttft=500ms,e2e=10s,errors=1%". A latency objective (ttft, itl, tpot, e2e) holds when
// the given percentile of successful requests is within the limit: p99 unless the metric says
// another ("ttft:p90=300ms"). "errors" holds when the error rate is at most the limit.
// Units: ns, us, ms (also a bare number), s, m; errors as "1%" or "0.01".
struct BenchSlo
{
    Q_DECLARE_TR_FUNCTIONS(BenchSlo)

public:
    enum class Metric { Ttft, Itl, Tpot, E2e, ErrorRate };

    Metric metric = Metric::E2e;
    double percentile = 99; // latency metrics only
    double limit = 0;       // ns for latencies, a fraction (0.01) for errors

    // Parses a comma-separated list; nullopt with a message naming the bad part.
    static std::optional<QList<BenchSlo>> parseList(const QString &text, QString *error);
    static QString metricName(Metric metric); // "ttft", "itl", "tpot", "e2e", "errors"
    bool isLatency() const { return metric != Metric::ErrorRate; }
    // "ttft:p99=500ms", the form it was given in, normalised.
    QString toString() const;

    friend bool operator==(const BenchSlo &, const BenchSlo &) = default;
};

// How a run did against one objective.
struct BenchSloResult
{
    BenchSlo slo;
    double observed = 0; // ns, or the error fraction
    quint64 samples = 0;
    bool passed = false;

    QJsonObject toJson() const;
};
