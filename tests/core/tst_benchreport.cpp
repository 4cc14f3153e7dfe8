// A result for people and for files: the table in the source document's shape with its notes
// and checks, Markdown for one run and for runs side by side, CSV a spreadsheet reads, JSON.
#include "bench/BenchExport.h"
#include "bench/BenchReport.h"
#include "bench/BenchResult.h"
#include "bench/StreamTimeline.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr qint64 kMs = 1'000'000;

BenchResult run(const QString &model, qint64 latencyMs, int requests)
{
    BenchResult result;
    result.model = model;
    result.host = QStringLiteral("api.example.test");
    result.profile = QStringLiteral("example");
    result.scheme = QStringLiteral("https");
    result.concurrency = 10;
    result.plannedRequests = requests;
    result.startedAt = QDateTime(QDate(2026, 11, 28), QTime(10, 40), Qt::UTC);
    result.stop = BenchResult::Stop::Finished;
    for (int i = 0; i < requests; ++i) {
        BenchRecord record;
        record.index = i;
        record.sentNs = i * kMs;
        record.firstTextNs = record.sentNs + kMs;
        record.lastTextNs = record.sentNs + latencyMs * kMs;
        record.endNs = *record.lastTextNs;
        record.httpStatus = i == 0 ? 503 : 200;
        record.outcome = i == 0 ? BenchRecord::Outcome::ServerError : BenchRecord::Outcome::Success;
        record.usage = {10, 4, 0, 0, TokenUsage::Source::Reported};
        record.cost = CostEstimate::estimated(0.001, QStringLiteral("USD"));
        StreamTimeline timeline;
        timeline.addPiece(*record.firstTextNs, QStringLiteral("a"));
        timeline.addPiece(*record.lastTextNs, QStringLiteral("b"));
        result.add(record, timeline);
    }
    result.peakInFlight = 10;
    return result;
}

// RFC 4180 fields of one line (quoted fields may hold commas and doubled quotes).
QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted && c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
            field += u'"';
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

} // namespace

class TstBenchReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void tableHasTheSourceDocumentsRowsAndTheChecks();
    void durationsReadNaturally();
    void markdownForOneRunAndSideBySide();
    void csvParsesAndNeutralisesFormulas();
    void filesAreWrittenWhole();
};

void TstBenchReport::tableHasTheSourceDocumentsRowsAndTheChecks()
{
    const BenchResult result = run(QStringLiteral("stepfun-v3"), 48, 150);
    const QString text = BenchReport::text(result);
    for (const char *metric : {"Average latency", "P50 latency", "P99 latency", "Throughput", "Error rate",
                               "Cost per 1M tokens", "TTFT p50 / p90 / p99", "ITL p50 / p90 / p99",
                               "TPOT p50 / p90 / p99", "E2E p50 / p90 / p99", "Output tokens/s", "Checks:",
                               "Little's law"})
        QVERIFY2(text.contains(QLatin1String(metric)), metric);
    QVERIFY(text.contains(QStringLiteral("48.0 ms")));
    QVERIFY(text.contains(QStringLiteral("1 server error (5xx)")));
    QVERIFY(text.contains(QStringLiteral("0.67 %"))); // 1 of 150
    QVERIFY(text.contains(QStringLiteral("estimated")));
    QVERIFY(text.contains(QStringLiteral("stepfun-v3 at api.example.test (profile example)")));
    QVERIFY(!text.contains(QStringLiteral("only ")));
    // A p99 on few samples says so where it is shown.
    QVERIFY(BenchReport::text(run(QStringLiteral("m"), 10, 20)).contains(QStringLiteral("only 19 samples")));
}

void TstBenchReport::durationsReadNaturally()
{
    QCOMPARE(BenchReport::duration(48'300'000), QStringLiteral("48.3 ms"));
    QCOMPARE(BenchReport::duration(187'400'000), QStringLiteral("187 ms"));
    QCOMPARE(BenchReport::duration(1'500'000), QStringLiteral("1.50 ms"));
    QCOMPARE(BenchReport::duration(14'000), QStringLiteral("0.014 ms"));
    QCOMPARE(BenchReport::duration(12'300'000'000), QStringLiteral("12.3 s"));
}

void TstBenchReport::markdownForOneRunAndSideBySide()
{
    const BenchResult a = run(QStringLiteral("model-a"), 40, 120);
    const BenchResult b = run(QStringLiteral("model|b"), 80, 120);
    const QString one = BenchReport::markdown({a});
    QVERIFY(one.contains(QStringLiteral("| Metric | Value | Notes |\n|---|---|---|\n")));
    QVERIFY(one.contains(QStringLiteral("| Average latency | 40.0 ms |")));
    const QString both = BenchReport::markdown({a, b});
    const QStringList lines = both.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.first().startsWith(QStringLiteral("| Metric | model-a")));
    QVERIFY(lines.first().contains(QStringLiteral("model\\|b"))); // a pipe in a name cannot break the table
    QCOMPARE(lines.at(1), QStringLiteral("|---|---|---|"));
    bool found = false;
    for (const QString &line : lines)
        found = found || line == QStringLiteral("| Average latency | 40.0 ms | 80.0 ms |");
    QVERIFY(found);
}

void TstBenchReport::csvParsesAndNeutralisesFormulas()
{
    BenchResult a = run(QStringLiteral("=HYPERLINK(\"x\")"), 40, 120);
    a.profile = QStringLiteral("my, profile");
    const QByteArray csv = BenchExport::csv({a, run(QStringLiteral("b"), 50, 110)});
    QVERIFY(csv.endsWith("\r\n"));
    const QStringList lines = QString::fromUtf8(csv).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    const QStringList header = csvFields(lines.at(0));
    for (const QString &line : lines.mid(1))
        QCOMPARE(csvFields(line).size(), header.size());
    const QStringList row = csvFields(lines.at(1));
    QCOMPARE(row.at(header.indexOf(QStringLiteral("model"))), QStringLiteral("'=HYPERLINK(\"x\")"));
    QCOMPARE(row.at(header.indexOf(QStringLiteral("profile"))), QStringLiteral("my, profile"));
    QCOMPARE(row.at(header.indexOf(QStringLiteral("successes"))), QStringLiteral("119"));
    QCOMPARE(row.at(header.indexOf(QStringLiteral("server_error"))), QStringLiteral("1"));
    QCOMPARE(row.at(header.indexOf(QStringLiteral("e2e_p50_ms"))), QStringLiteral("40.000"));
    QVERIFY(!csv.contains("e+")); // no exponents for a spreadsheet to misread
}

void TstBenchReport::filesAreWrittenWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.json"));
    QString error;
    const BenchResult result = run(QStringLiteral("m"), 10, 30);
    QVERIFY(BenchExport::writeFile(path, BenchExport::json(result), &error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QVERIFY(BenchResult::fromJson(document.object()));
    QVERIFY(!BenchExport::writeFile(dir.filePath(QStringLiteral("missing/dir/run.json")), "x", &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TstBenchReport)
#include "tst_benchreport.moc"
