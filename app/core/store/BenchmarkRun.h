#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// One stored benchmark run: the columns the history list shows, and the run's whole
// tally-bench JSON summary (what bench/BenchResult reads back). The store keeps the JSON as it
// was given and never interprets it.
struct BenchmarkRun
{
    qint64 id = 0; // 0 until stored
    QDateTime createdAt; // UTC, millisecond precision
    QString profile;
    QString host;
    QString model;
    bool complete = false;
    QByteArray summary;

    friend bool operator==(const BenchmarkRun &, const BenchmarkRun &) = default;
};
