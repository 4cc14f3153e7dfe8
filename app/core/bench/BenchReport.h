#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

struct BenchResult;

// A benchmark result for people: the rows of the source document's table (average, p50 and p99
// latency, throughput at its concurrency, error rate, cost per million tokens) followed by
// TTFT/ITL/TPOT/E2E percentiles, tokens, cost and the error breakdown, each with a note saying
// what it rests on. The same rows make the terminal table, the Markdown table and the window's
// table, in the user's language and number format.
class BenchReport
{
    Q_DECLARE_TR_FUNCTIONS(BenchReport)

public:
    struct Row
    {
        QString key;    // stable: "avg_latency", "ttft", ... (lines up runs side by side)
        QString metric; // translated label
        QString value;
        QString notes;
    };

    static QList<Row> rows(const BenchResult &result);
    // "stepfun-v3 at api.holysheep.ai (profile holysheep): 200 requests, closed loop at concurrency 10, streamed."
    static QString heading(const BenchResult &result);
    // The table and the sanity lines, for a terminal (fixed-width columns).
    static QString text(const BenchResult &result);
    // One run (Metric | Value | Notes) or several side by side (Metric | run 1 | run 2 ...).
    static QString markdown(const QList<BenchResult> &results);

    // 1.23 ms / 48.3 ms / 1.2 s, in the user's locale.
    static QString duration(qint64 ns);

private:
    static void appendSourceTableRows(QList<Row> &rows, const BenchResult &result);
    static void appendDistributionRows(QList<Row> &rows, const BenchResult &result);
    static void appendTokenAndCostRows(QList<Row> &rows, const BenchResult &result);
};
