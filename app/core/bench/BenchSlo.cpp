#include "bench/BenchSlo.h"

#include "domain/NameTable.h"

#include <QRegularExpression>

#include <cmath>

namespace {

using Metric = BenchSlo::Metric;

// Typed in --slo and stored with each result. The first row of a metric is its name; the
// others are spellings people type for it.
constexpr NameTable<Metric>::Row kMetricNames[] = {
    {Metric::Ttft, "ttft"},
    {Metric::Itl, "itl"},
    {Metric::Tpot, "tpot"},
    {Metric::E2e, "e2e"},
    {Metric::E2e, "latency"},
    {Metric::ErrorRate, "errors"},
    {Metric::ErrorRate, "error"},
    {Metric::ErrorRate, "error_rate"},
};

std::optional<Metric> metricFromName(const QString &name)
{
    return NameTable<Metric>::valueOf(kMetricNames, name);
}

std::optional<double> durationNs(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]+(?:\\.[0-9]+)?)\\s*(ns|us|µs|ms|s|m)?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const double value = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    if (unit == u"ns")
        return value;
    if (unit == u"us" || unit == u"µs")
        return value * 1e3;
    if (unit == u"s")
        return value * 1e9;
    if (unit == u"m")
        return value * 60e9;
    return value * 1e6; // ms, or no unit
}

std::optional<double> fraction(const QString &text)
{
    bool ok = false;
    if (text.endsWith(u'%')) {
        const double percent = text.chopped(1).trimmed().toDouble(&ok);
        return ok && percent >= 0 && percent <= 100 ? std::optional<double>(percent / 100.0) : std::nullopt;
    }
    const double value = text.toDouble(&ok);
    return ok && value >= 0 && value <= 1 ? std::optional<double>(value) : std::nullopt;
}

QString formatDuration(double ns)
{
    if (ns >= 1e9 && std::fmod(ns, 1e9) == 0)
        return QString::number(ns / 1e9) + u's';
    if (ns >= 1e6)
        return QString::number(ns / 1e6) + u"ms";
    if (ns >= 1e3)
        return QString::number(ns / 1e3) + u"us";
    return QString::number(ns) + u"ns";
}

} // namespace

std::optional<QList<BenchSlo>> BenchSlo::parseList(const QString &text, QString *error)
{
    QList<BenchSlo> slos;
    static const QRegularExpression metricPattern(QStringLiteral("^([a-z_0-9]+)(?::p([0-9]+(?:\\.[0-9]+)?))?$"));
    for (const QString &rawPart : text.split(u',', Qt::SkipEmptyParts)) {
        const QString part = rawPart.trimmed();
        const qsizetype equals = part.indexOf(u'=');
        const QRegularExpressionMatch match = metricPattern.match(part.left(equals).trimmed().toLower());
        const std::optional<Metric> metric = match.hasMatch() ? metricFromName(match.captured(1)) : std::nullopt;
        const QString value = part.mid(equals + 1).trimmed();
        BenchSlo slo;
        bool ok = equals > 0 && metric.has_value();
        if (ok) {
            slo.metric = *metric;
            if (!match.captured(2).isEmpty()) {
                slo.percentile = match.captured(2).toDouble();
                ok = slo.isLatency() && slo.percentile > 0 && slo.percentile <= 100;
            }
        }
        if (ok) {
            const std::optional<double> limit = slo.isLatency() ? durationNs(value) : fraction(value);
            ok = limit.has_value();
            slo.limit = limit.value_or(0);
        }
        if (!ok) {
            *error = tr("\"%1\" is not an objective such as ttft=500ms, e2e:p90=2s, tpot=50ms, itl=30ms or "
                        "errors=1%.")
                         .arg(part);
            return std::nullopt;
        }
        slos.append(slo);
    }
    if (slos.isEmpty()) {
        *error = tr("No objective given; for example --slo ttft=500ms,e2e=10s,errors=1%.");
        return std::nullopt;
    }
    return slos;
}

QString BenchSlo::metricName(Metric metric)
{
    return NameTable<Metric>::nameOf(kMetricNames, metric);
}

QString BenchSlo::toString() const
{
    if (!isLatency())
        return metricName(metric) + u'=' + QString::number(limit * 100) + u'%';
    return metricName(metric) + u":p" + QString::number(percentile) + u'=' + formatDuration(limit);
}

QJsonObject BenchSloResult::toJson() const
{
    QJsonObject object{{QStringLiteral("objective"), slo.toString()},
                       {QStringLiteral("metric"), BenchSlo::metricName(slo.metric)},
                       {QStringLiteral("samples"), double(samples)},
                       {QStringLiteral("passed"), passed}};
    if (slo.isLatency()) {
        object.insert(QStringLiteral("percentile"), slo.percentile);
        object.insert(QStringLiteral("limit_ms"), slo.limit / 1e6);
        object.insert(QStringLiteral("observed_ms"), std::round(observed / 1e3) / 1e3);
    } else {
        object.insert(QStringLiteral("limit"), slo.limit);
        object.insert(QStringLiteral("observed"), observed);
    }
    return object;
}
