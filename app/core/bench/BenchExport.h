#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

struct BenchResult;

// Benchmark results as files: the JSON summary (BenchResult::toJson, indented) and CSV, one
// row per run with the figures a spreadsheet compares (RFC 4180: UTF-8, CRLF, quoted when
// needed, numbers in C locale without exponents, text that a spreadsheet would run as a formula
// made plain). Writes are atomic, so a reader never sees half a file.
class BenchExport
{
    Q_DECLARE_TR_FUNCTIONS(BenchExport)

public:
    static QByteArray json(const BenchResult &result);
    static QByteArray csv(const QList<BenchResult> &results);
    static QByteArray csvHeader();

    // Writes bytes to path through a temporary file; false with a message when it cannot.
    static bool writeFile(const QString &path, const QByteArray &bytes, QString *error);
};
