#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

struct BenchResult;

// The sanity lines printed under every benchmark result, so a reader can tell a figure that
// means something from one that does not: Little's law (the in-flight count the throughput and
// latency imply, next to the configured concurrency), the concurrency really reached, a p99
// resting on few samples, usage the provider did not report, 429s, and Tally's own CPU use
// (a client near its ceiling measures itself, not the provider).
class BenchChecks
{
    Q_DECLARE_TR_FUNCTIONS(BenchChecks)

public:
    struct Check
    {
        QString code;    // "littles_law", "p99_samples", ...: stable, for scripts
        bool ok = true;  // false: a warning
        QString message; // translated, one line

        QJsonObject toJson() const;
    };

    // Above this share of one core, Tally's own CPU may be what limits the figures.
    static constexpr double kClientCeilingPercent = 80.0;

    static QList<Check> of(const BenchResult &result);
};
