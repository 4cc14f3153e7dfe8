#include "bench/BenchReport.h"

#include "bench/BenchChecks.h"
#include "bench/BenchResult.h"

#include <QLocale>

#include <algorithm>

namespace {

QString percentiles(const LatencyHistogram &histogram)
{
    if (histogram.isEmpty())
        return QStringLiteral("-");
    return BenchReport::duration(histogram.percentile(50)) + u" / " + BenchReport::duration(histogram.percentile(90))
           + u" / " + BenchReport::duration(histogram.percentile(99));
}

QString costText(const CostEstimate &cost)
{
    return cost.isKnown() ? cost.format() : BenchReport::tr("unknown");
}

QString sourceNote(const CostEstimate &cost)
{
    return cost.isKnown() ? cost.sourceWord() : BenchReport::tr("no price for this model");
}

QString escapeMarkdown(QString text)
{
    return text.replace(u'|', QStringLiteral("\\|")).replace(u'\n', u' ');
}

} // namespace

QString BenchReport::duration(qint64 ns)
{
    const QLocale locale;
    const double ms = double(ns) / 1e6;
    if (ms >= 10'000)
        return tr("%1 s").arg(locale.toString(ms / 1000, 'f', 1));
    if (ms >= 100)
        return tr("%1 ms").arg(locale.toString(ms, 'f', 0));
    if (ms >= 10)
        return tr("%1 ms").arg(locale.toString(ms, 'f', 1));
    if (ms >= 1)
        return tr("%1 ms").arg(locale.toString(ms, 'f', 2));
    return tr("%1 ms").arg(locale.toString(ms, 'f', 3));
}

QString BenchReport::heading(const BenchResult &result)
{
    const QLocale locale;
    const QString where = result.profile.isEmpty()
                              ? tr("%1 at %2").arg(result.model, result.host)
                              : tr("%1 at %2 (profile %3)").arg(result.model, result.host, result.profile);
    const QString load = result.load == u"open"
                             ? tr("open loop at %1 req/s").arg(locale.toString(result.rate, 'f', 1))
                             : tr("closed loop at concurrency %1").arg(result.concurrency);
    const QString mode = result.stream ? tr("streamed") : tr("not streamed");
    return tr("%1: N = %2, %3, %4. %5.")
        .arg(where, QLocale().toString(result.plannedRequests), load, mode, result.stopLabel());
}

QList<BenchReport::Row> BenchReport::rows(const BenchResult &result)
{
    QList<Row> rows;
    appendSourceTableRows(rows, result);
    appendDistributionRows(rows, result);
    appendTokenAndCostRows(rows, result);
    return rows;
}

void BenchReport::appendSourceTableRows(QList<Row> &rows, const BenchResult &result)
{
    const QLocale locale;
    const quint64 samples = result.e2e.count();
    const QString sampleNote = tr("E2E of %1 successful requests").arg(locale.toString(samples));
    rows.append({QStringLiteral("avg_latency"), tr("Average latency"),
                 samples ? duration(qint64(result.e2e.mean())) : QStringLiteral("-"), sampleNote});
    rows.append({QStringLiteral("p50_latency"), tr("P50 latency"),
                 samples ? duration(result.e2e.percentile(50)) : QStringLiteral("-"), tr("median E2E")});
    rows.append({QStringLiteral("p99_latency"), tr("P99 latency"),
                 samples ? duration(result.e2e.percentile(99)) : QStringLiteral("-"),
                 samples < LatencySummary::kSamplesForP99 ? tr("only %1 samples: not a tail").arg(samples)
                                                          : tr("%1 samples").arg(locale.toString(samples))});
    const QString throughputNote = result.load == u"open"
                                       ? tr("offered %1 req/s, peak in flight %2")
                                             .arg(locale.toString(result.rate, 'f', 1))
                                             .arg(result.peakInFlight)
                                       : tr("%1 concurrent, peak in flight %2").arg(result.concurrency).arg(result.peakInFlight);
    rows.append({QStringLiteral("throughput"), tr("Throughput"),
                 tr("%1 req/s").arg(locale.toString(result.requestsPerSecond(), 'f', 1)), throughputNote});

    QStringList breakdown;
    for (int i = 0; i < BenchRecord::kOutcomeCount; ++i) {
        const auto outcome = BenchRecord::Outcome(i);
        if (outcome != BenchRecord::Outcome::Success && outcome != BenchRecord::Outcome::Cancelled && result.count(outcome))
            breakdown << tr("%1 %2").arg(locale.toString(result.count(outcome)), BenchRecord::outcomeLabel(outcome));
    }
    rows.append({QStringLiteral("error_rate"), tr("Error rate"),
                 tr("%1 %").arg(locale.toString(result.errorRate() * 100, 'f', 2)),
                 tr("%1 of %2").arg(locale.toString(result.errors()), locale.toString(result.attempts()))
                     + (breakdown.isEmpty() ? QString() : u": " + breakdown.join(QStringLiteral(", ")))});
    const CostEstimate blended = result.costPerMillionBlended();
    rows.append({QStringLiteral("cost_per_1m"), tr("Cost per 1M tokens"), costText(blended),
                 blended.isKnown() ? tr("blended input and output, %1").arg(sourceNote(blended)) : sourceNote(blended)});
}

void BenchReport::appendDistributionRows(QList<Row> &rows, const BenchResult &result)
{
    const QLocale locale;
    rows.append({QStringLiteral("ttft"), tr("TTFT p50 / p90 / p99"), percentiles(result.ttft),
                 tr("send to first text")});
    rows.append({QStringLiteral("itl"), tr("ITL p50 / p90 / p99"), percentiles(result.itl),
                 tr("per token, %1 tokens").arg(locale.toString(result.itl.count()))});
    rows.append({QStringLiteral("tpot"), tr("TPOT p50 / p90 / p99"), percentiles(result.tpot),
                 tr("(E2E - TTFT) / (tokens - 1)")});
    rows.append({QStringLiteral("e2e"), tr("E2E p50 / p90 / p99"), percentiles(result.e2e), tr("send to last text")});
    if (result.load == u"open") {
        rows.append({QStringLiteral("queue"), tr("Queueing p50 / p90 / p99"), percentiles(result.queue),
                     tr("scheduled to sent; counted in the latencies above")});
    }
    rows.append({QStringLiteral("output_tokens_per_s"), tr("Output tokens/s"),
                 locale.toString(result.outputTokensPerSecond(), 'f', 1), tr("all requests together")});
    if (!result.slos.isEmpty()) {
        rows.append({QStringLiteral("goodput"), tr("Goodput"),
                     tr("%1 req/s").arg(locale.toString(result.goodputPerSecond(), 'f', 1)),
                     tr("%1 requests met every objective").arg(locale.toString(result.goodRequests))});
    }
    for (const BenchSloResult &slo : result.sloResults()) {
        const QString observed = slo.slo.isLatency() ? duration(qint64(slo.observed))
                                                     : tr("%1 %").arg(locale.toString(slo.observed * 100, 'f', 2));
        rows.append({u"slo:" + slo.slo.toString(), tr("SLO %1").arg(slo.slo.toString()), observed,
                     slo.passed ? tr("met") : tr("FAILED")});
    }
}

void BenchReport::appendTokenAndCostRows(QList<Row> &rows, const BenchResult &result)
{
    const QLocale locale;
    const QString usageWord = result.usageEstimated == 0   ? tr("reported")
                              : result.usageReported == 0 ? tr("estimated")
                                                          : tr("partly estimated");
    rows.append({QStringLiteral("tokens"), tr("Tokens in / out"),
                 tr("%1 / %2").arg(locale.toString(result.promptTokens), locale.toString(result.outputTokens)),
                 result.cachedTokens ? tr("%1, %2 cached").arg(usageWord, locale.toString(result.cachedTokens)) : usageWord});
    const CostEstimate total = result.totalCost();
    rows.append({QStringLiteral("cost_total"), tr("Cost"), costText(total), sourceNote(total)});
    rows.append({QStringLiteral("cost_per_request"), tr("Cost per request"), costText(result.costPerRequest()),
                 sourceNote(result.costPerRequest())});
    rows.append({QStringLiteral("cost_per_1m_io"), tr("Per 1M input / output"),
                 costText(result.costPerMillionInput()) + u" / " + costText(result.costPerMillionOutput()),
                 result.price ? tr("estimated from the price table") : tr("no price for this model")});
    rows.append({QStringLiteral("load"), tr("Load"), result.loadLabel(),
                 result.load == u"open" ? tr("open loop") : tr("closed loop")});
    rows.append({QStringLiteral("duration"), tr("Duration"),
                 tr("%1 s").arg(locale.toString(result.durationSeconds(), 'f', 2)),
                 tr("warm-up left out: %1").arg(locale.toString(result.warmupDone))});
}

QString BenchReport::text(const BenchResult &result)
{
    const QList<Row> all = rows(result);
    qsizetype metricWidth = tr("Metric").size();
    qsizetype valueWidth = tr("Value").size();
    for (const Row &row : all) {
        metricWidth = std::max(metricWidth, row.metric.size());
        valueWidth = std::max(valueWidth, row.value.size());
    }
    QString out = heading(result) + u"\n\n";
    const auto line = [&](const QString &metric, const QString &value, const QString &notes) {
        out += metric.leftJustified(metricWidth + 2) + value.leftJustified(valueWidth + 2) + notes;
        while (out.endsWith(u' '))
            out.chop(1);
        out += u'\n';
    };
    line(tr("Metric"), tr("Value"), tr("Notes"));
    line(QString(metricWidth, u'-'), QString(valueWidth, u'-'), QString(5, u'-'));
    for (const Row &row : all)
        line(row.metric, row.value, row.notes);
    out += u'\n' + tr("Checks:") + u'\n';
    for (const BenchChecks::Check &check : BenchChecks::of(result))
        out += (check.ok ? QStringLiteral("  ok  ") : QStringLiteral("  !!  ")) + check.message + u'\n';
    return out;
}

QString BenchReport::markdown(const QList<BenchResult> &results)
{
    if (results.isEmpty())
        return QString();
    if (results.size() == 1) {
        QString out = u"**" + escapeMarkdown(heading(results.first())) + u"**\n\n| " + tr("Metric") + u" | " + tr("Value")
                      + u" | " + tr("Notes") + u" |\n|---|---|---|\n";
        for (const Row &row : rows(results.first()))
            out += u"| " + escapeMarkdown(row.metric) + u" | " + escapeMarkdown(row.value) + u" | " + escapeMarkdown(row.notes) + u" |\n";
        return out;
    }
    // Side by side: the union of the rows, in the order they first appear.
    QList<QPair<QString, QString>> keys; // key, label
    QList<QHash<QString, QString>> values;
    for (const BenchResult &result : results) {
        QHash<QString, QString> byKey;
        for (const Row &row : rows(result)) {
            byKey.insert(row.key, row.value);
            const bool known = std::any_of(keys.cbegin(), keys.cend(), [&](const auto &key) { return key.first == row.key; });
            if (!known)
                keys.append({row.key, row.metric});
        }
        values.append(byKey);
    }
    QString out = u"| " + tr("Metric");
    QString rule = QStringLiteral("|---");
    for (const BenchResult &result : results) {
        out += u" | " + escapeMarkdown(result.title());
        rule += QStringLiteral("|---");
    }
    out += u" |\n" + rule + u"|\n";
    for (const auto &[key, label] : std::as_const(keys)) {
        out += u"| " + escapeMarkdown(label);
        for (const QHash<QString, QString> &byKey : std::as_const(values))
            out += u" | " + escapeMarkdown(byKey.value(key, QStringLiteral("-")));
        out += u" |\n";
    }
    return out;
}
