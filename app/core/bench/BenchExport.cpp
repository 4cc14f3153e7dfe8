#include "bench/BenchExport.h"

#include "bench/BenchResult.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

#include <cmath>

namespace {

QByteArray text(const QString &value)
{
    QString out = value;
    // A cell starting with one of these runs as a formula in a spreadsheet (CSV injection); a
    // model or profile name is the user's or the provider's text. Same rule as the usage CSV.
    if (!out.isEmpty() && QStringView(u"=+-@\t\r").contains(out.front()))
        out.prepend(u'\'');
    if (out.contains(u',') || out.contains(u'"') || out.contains(u'\r') || out.contains(u'\n'))
        out = u'"' + out.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return out.toUtf8();
}

QByteArray number(double value)
{
    return std::isfinite(value) ? QByteArray::number(value, 'f', QLocale::FloatingPointShortest) : QByteArray();
}

QByteArray ms(qint64 ns)
{
    return QByteArray::number(double(ns) / 1e6, 'f', 3);
}

QList<QByteArray> distribution(const LatencyHistogram &histogram)
{
    if (histogram.isEmpty())
        return {QByteArray(), QByteArray(), QByteArray(), QByteArray(), QByteArray(), QByteArray()};
    return {ms(qint64(histogram.mean())), ms(histogram.percentile(50)), ms(histogram.percentile(90)),
            ms(histogram.percentile(95)),  ms(histogram.percentile(99)), ms(histogram.max())};
}

QByteArray cost(const CostEstimate &estimate)
{
    return estimate.isKnown() ? number(estimate.amount()) : QByteArray();
}

} // namespace

QByteArray BenchExport::json(const BenchResult &result)
{
    return QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented);
}

QByteArray BenchExport::csvHeader()
{
    QByteArray header = "started_at,finished_at,complete,stop_reason,profile,scheme,host,provider,model,stream,load,"
                        "concurrency,rate_per_s,requests_planned,warmup,attempts,successes,errors,error_rate,duration_s,"
                        "requests_per_s,output_tokens_per_s,goodput_per_s,peak_in_flight,littles_law_in_flight";
    for (const char *metric : {"ttft", "itl", "tpot", "e2e"}) {
        for (const char *figure : {"mean", "p50", "p90", "p95", "p99", "max"})
            header += ',' + QByteArray(metric) + '_' + figure + "_ms";
    }
    header += ",prompt_tokens,output_tokens,cached_tokens,usage_reported,usage_estimated,cost_total,cost_currency,"
              "cost_source,cost_per_request,cost_per_1m_input,cost_per_1m_output,cost_per_1m_blended,slo_passed";
    for (int i = 0; i < BenchRecord::kOutcomeCount; ++i)
        header += ',' + BenchRecord::outcomeName(BenchRecord::Outcome(i)).toUtf8();
    return header;
}

QByteArray BenchExport::csv(const QList<BenchResult> &results)
{
    QByteArray out = csvHeader() + "\r\n";
    for (const BenchResult &result : results) {
        QList<QByteArray> fields{
            result.startedAt.toUTC().toString(Qt::ISODateWithMs).toUtf8(),
            result.finishedAt.isValid() ? result.finishedAt.toUTC().toString(Qt::ISODateWithMs).toUtf8() : QByteArray(),
            result.isComplete() ? "true" : "false",
            BenchResult::stopName(result.stop).toUtf8(),
            text(result.profile), text(result.scheme), text(result.host), text(result.provider), text(result.model),
            result.stream ? "true" : "false",
            result.load.toUtf8(),
            QByteArray::number(result.concurrency), number(result.rate), QByteArray::number(result.plannedRequests),
            QByteArray::number(result.plannedWarmup), QByteArray::number(result.attempts()),
            QByteArray::number(result.successes()), QByteArray::number(result.errors()), number(result.errorRate()),
            number(result.durationSeconds()), number(result.requestsPerSecond()), number(result.outputTokensPerSecond()),
            number(result.goodputPerSecond()), QByteArray::number(result.peakInFlight),
            number(result.littlesLawInFlight())};
        for (const LatencyHistogram *histogram : {&result.ttft, &result.itl, &result.tpot, &result.e2e})
            fields += distribution(*histogram);
        const CostEstimate total = result.totalCost();
        fields += {QByteArray::number(result.promptTokens), QByteArray::number(result.outputTokens),
                   QByteArray::number(result.cachedTokens), QByteArray::number(result.usageReported),
                   QByteArray::number(result.usageEstimated), cost(total),
                   total.isKnown() ? total.currency().toUtf8() : QByteArray(), total.sourceName().toUtf8(),
                   cost(result.costPerRequest()), cost(result.costPerMillionInput()), cost(result.costPerMillionOutput()),
                   cost(result.costPerMillionBlended()), result.slosPassed() ? "true" : "false"};
        for (int i = 0; i < BenchRecord::kOutcomeCount; ++i)
            fields += QByteArray::number(result.outcomes.at(i));
        out += fields.join(',') + "\r\n";
    }
    return out;
}

bool BenchExport::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}
