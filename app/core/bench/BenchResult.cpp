#include "bench/BenchResult.h"

#include "app/AppInfo.h"
#include "bench/BenchChecks.h"
#include "bench/BenchSpec.h"
#include "bench/StreamTimeline.h"
#include "domain/NameTable.h"

#include <QJsonArray>
#include <QLocale>
#include <QSysInfo>
#include <QThread>

#include <cmath>
#include <iterator>

namespace {

using Outcome = BenchRecord::Outcome;

const char *const kHistogramNames[] = {"ttft", "itl", "tpot", "e2e", "closed", "chunk_gap", "queue", "errors"};

// The histograms in the order of kHistogramNames.
template<typename Result>
auto histograms(Result &result)
{
    return std::array{&result.ttft, &result.itl, &result.tpot, &result.e2e,
                      &result.closed, &result.chunkGaps, &result.queue, &result.errorLatency};
}

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

QJsonValue amount(const CostEstimate &cost)
{
    return cost.isKnown() ? number(cost.amount()) : QJsonValue();
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

using Stop = BenchResult::Stop;

// Stored with each result and printed as stop_reason: never rename one.
constexpr NameTable<Stop>::Row kStopNames[] = {
    {Stop::Running, "running"},
    {Stop::Finished, "finished"},
    {Stop::Stopped, "stopped"},
    {Stop::Interrupted, "interrupted"},
    {Stop::CostCap, "cost_cap"},
};
static_assert(std::size(kStopNames) == int(Stop::CostCap) + 1, "every stop has a stored name");

std::optional<Stop> stopFromName(const QString &name)
{
    return NameTable<Stop>::valueOf(kStopNames, name);
}

QJsonObject definitions()
{
    return {
        {QStringLiteral("clock"), QStringLiteral("one monotonic clock (QElapsedTimer, ns) for every interval; wall time only for labels")},
        {QStringLiteral("ttft"), QStringLiteral("send to the first content, reasoning or tool-call text (a role-only chunk is not a token)")},
        {QStringLiteral("e2e"), QStringLiteral("send to the last text; the stream's end ([DONE] or close) is 'closed'")},
        {QStringLiteral("itl"), QStringLiteral("per token: the gap before a chunk split evenly over the tokens it carries; raw chunk gaps are 'chunk_gap'")},
        {QStringLiteral("tpot"), QStringLiteral("(e2e - ttft) / (output tokens - 1), per request")},
        {QStringLiteral("output_tokens"), QStringLiteral("the last usage object the provider sent (never a sum); estimated by Tally's TokenEstimator only when absent")},
        {QStringLiteral("latency_origin"), QStringLiteral("closed loop: the send; open loop: the scheduled send time, with the queueing delay reported apart as 'queue'")},
        {QStringLiteral("latency_population"), QStringLiteral("successful requests; errors have their own distribution ('errors'); warm-up requests are left out")},
        {QStringLiteral("error_rate"), QStringLiteral("errors / attempts; cancelled requests are neither")},
        {QStringLiteral("requests_per_s"), QStringLiteral("successful requests / (last end - first send of the measured phase)")},
    };
}

} // namespace

BenchResult BenchResult::forSpec(const BenchSpec &spec, const std::optional<ModelPrice> &price)
{
    BenchResult result;
    result.profile = spec.profileName;
    result.scheme = spec.request.baseUrl.scheme();
    const int port = spec.request.baseUrl.port();
    result.host = spec.request.baseUrl.host() + (port > 0 ? u':' + QString::number(port) : QString());
    result.provider = spec.request.provider;
    result.model = spec.request.model;
    result.stream = spec.request.stream;
    result.load = BenchSpec::loadName(spec.load);
    result.concurrency = spec.load == BenchSpec::Load::Closed ? spec.concurrency : spec.maxConcurrency;
    result.rate = spec.load == BenchSpec::Load::Open ? spec.rate : 0;
    result.plannedRequests = spec.requests;
    result.plannedWarmup = spec.warmup;
    result.parameters = spec.parametersJson();
    result.slos = spec.slos;
    result.price = price;
    return result;
}

void BenchResult::add(const BenchRecord &record, const StreamTimeline &timeline)
{
    if (record.warmup) {
        ++warmupDone;
        if (record.isError())
            ++warmupErrors;
        return;
    }
    ++outcomes[int(record.outcome)];
    if (record.outcome == Outcome::Cancelled)
        return;
    firstSendNs = firstSendNs < 0 ? record.originNs() : std::min(firstSendNs, record.originNs());
    lastEndNs = std::max(lastEndNs, record.endNs);
    queue.record(record.queueNs());
    if (record.outcome == Outcome::RateLimited && record.retryAfterMs)
        maxRetryAfterMs = std::max(maxRetryAfterMs.value_or(0), *record.retryAfterMs);

    if (record.isBilled()) {
        ++billedRequests;
        promptTokens += record.usage.promptTokens;
        outputTokens += record.usage.completionTokens;
        cachedTokens += record.usage.cachedPromptTokens;
        reasoningTokens += record.usage.reasoningTokens;
        ++(record.usage.isReported() ? usageReported : usageEstimated);
        if (record.cost.isKnown() && (costCurrency.isEmpty() || costCurrency == record.cost.currency())) {
            costCurrency = record.cost.currency();
            ++costKnownRequests;
            if (record.cost.source() == CostEstimate::Source::Reported) {
                ++costReportedRequests;
                costReported += record.cost.amount();
            } else {
                costEstimated += record.cost.amount();
            }
        } else {
            ++costUnknownRequests;
        }
        if (price) {
            const qint64 cached = std::min(record.usage.cachedPromptTokens, record.usage.promptTokens);
            inputCost += (double(record.usage.promptTokens - cached) * price->inputPrice()
                          + double(cached) * price->effectiveCachedInputPrice()) / 1e6;
            outputCost += double(record.usage.completionTokens) * price->outputPrice() / 1e6;
        }
    }

    if (!record.isSuccess()) {
        errorLatency.record(record.closedNs());
        return;
    }
    const std::optional<qint64> firstToken = record.ttftNs();
    const std::optional<qint64> last = record.e2eNs();
    const std::optional<qint64> perToken = timeline.timePerOutputToken(record.usage.completionTokens);
    if (firstToken)
        ttft.record(*firstToken);
    if (last)
        e2e.record(*last);
    closed.record(record.closedNs());
    if (perToken)
        tpot.record(*perToken);
    for (const StreamTimeline::Gap &gap : timeline.interTokenGaps(record.usage.isReported() ? record.usage.completionTokens : 0))
        itl.record(gap.perTokenNs, quint64(gap.tokens));
    for (qint64 gap : timeline.chunkGaps())
        chunkGaps.record(gap);

    bool good = true;
    for (const BenchSlo &slo : std::as_const(slos)) {
        if (slo.metric == BenchSlo::Metric::Ttft)
            good = good && firstToken && double(*firstToken) <= slo.limit;
        else if (slo.metric == BenchSlo::Metric::E2e)
            good = good && last && double(*last) <= slo.limit;
        else if (slo.metric == BenchSlo::Metric::Tpot)
            good = good && (!perToken || double(*perToken) <= slo.limit);
    }
    if (good)
        ++goodRequests;
}

quint64 BenchResult::attempts() const
{
    quint64 total = 0;
    for (int i = 0; i < BenchRecord::kOutcomeCount; ++i) {
        if (i != int(Outcome::Cancelled))
            total += outcomes.at(i);
    }
    return total;
}

double BenchResult::errorRate() const
{
    return attempts() ? double(errors()) / double(attempts()) : 0.0;
}

double BenchResult::durationSeconds() const
{
    return firstSendNs >= 0 && lastEndNs > firstSendNs ? double(lastEndNs - firstSendNs) / 1e9 : 0.0;
}

double BenchResult::requestsPerSecond() const
{
    const double seconds = durationSeconds();
    return seconds > 0 ? double(successes()) / seconds : 0.0;
}

double BenchResult::attemptsPerSecond() const
{
    const double seconds = durationSeconds();
    return seconds > 0 ? double(attempts()) / seconds : 0.0;
}

double BenchResult::outputTokensPerSecond() const
{
    const double seconds = durationSeconds();
    return seconds > 0 ? double(outputTokens) / seconds : 0.0;
}

double BenchResult::goodputPerSecond() const
{
    const double seconds = durationSeconds();
    return seconds > 0 ? double(goodRequests) / seconds : 0.0;
}

double BenchResult::littlesLawInFlight() const
{
    // Every attempt spends its closed time (send to end) in flight; errors too.
    LatencyHistogram all = closed;
    all.merge(errorLatency);
    return attemptsPerSecond() * all.mean() / 1e9;
}

double BenchResult::clientCpuPercent() const
{
    const double seconds = durationSeconds();
    return seconds > 0 ? 100.0 * clientCpuSeconds / seconds : 0.0;
}

double BenchResult::cachedShare() const
{
    return promptTokens > 0 ? double(cachedTokens) / double(promptTokens) : 0.0;
}

CostEstimate BenchResult::totalCost() const
{
    if (billedRequests == 0 || costUnknownRequests > 0 || costCurrency.isEmpty())
        return billedRequests == 0 && price ? CostEstimate::estimated(0, price->currency()) : CostEstimate::unknown();
    if (costReportedRequests == costKnownRequests)
        return CostEstimate::reported(costReported, costCurrency);
    return CostEstimate::estimated(costReported + costEstimated, costCurrency);
}

CostEstimate BenchResult::costPerRequest() const
{
    const CostEstimate total = totalCost();
    if (!total.isKnown() || billedRequests == 0)
        return CostEstimate::unknown();
    const double each = total.amount() / double(billedRequests);
    return total.source() == CostEstimate::Source::Reported ? CostEstimate::reported(each, total.currency())
                                                            : CostEstimate::estimated(each, total.currency());
}

CostEstimate BenchResult::costPerMillionInput() const
{
    // Only where the price table priced what answered: the split must add up to the total.
    if (!price || promptTokens == 0 || !totalCost().isKnown())
        return CostEstimate::unknown();
    return CostEstimate::estimated(inputCost / double(promptTokens) * 1e6, price->currency());
}

CostEstimate BenchResult::costPerMillionOutput() const
{
    if (!price || outputTokens == 0 || !totalCost().isKnown())
        return CostEstimate::unknown();
    return CostEstimate::estimated(outputCost / double(outputTokens) * 1e6, price->currency());
}

CostEstimate BenchResult::costPerMillionBlended() const
{
    const CostEstimate total = totalCost();
    const qint64 tokens = promptTokens + outputTokens;
    if (!total.isKnown() || tokens == 0)
        return CostEstimate::unknown();
    const double perMillion = total.amount() / double(tokens) * 1e6;
    return total.source() == CostEstimate::Source::Reported ? CostEstimate::reported(perMillion, total.currency())
                                                            : CostEstimate::estimated(perMillion, total.currency());
}

QList<BenchSloResult> BenchResult::sloResults() const
{
    QList<BenchSloResult> results;
    for (const BenchSlo &slo : slos) {
        BenchSloResult result;
        result.slo = slo;
        const LatencyHistogram *histogram = nullptr;
        switch (slo.metric) {
        case BenchSlo::Metric::Ttft: histogram = &ttft; break;
        case BenchSlo::Metric::Itl: histogram = &itl; break;
        case BenchSlo::Metric::Tpot: histogram = &tpot; break;
        case BenchSlo::Metric::E2e: histogram = &e2e; break;
        case BenchSlo::Metric::ErrorRate: break;
        }
        if (histogram) {
            result.samples = histogram->count();
            result.observed = double(histogram->percentile(slo.percentile));
            // No successful request at all cannot meet a latency objective.
            result.passed = result.samples > 0 && result.observed <= slo.limit;
        } else {
            result.samples = attempts();
            result.observed = errorRate();
            result.passed = result.samples > 0 && result.observed <= slo.limit;
        }
        results.append(result);
    }
    return results;
}

bool BenchResult::slosPassed() const
{
    for (const BenchSloResult &result : sloResults()) {
        if (!result.passed)
            return false;
    }
    return true;
}

QString BenchResult::stopName(Stop stop)
{
    return NameTable<Stop>::nameOf(kStopNames, stop);
}

QString BenchResult::stopLabel() const
{
    switch (stop) {
    case Stop::Running: return tr("running");
    case Stop::Finished: return tr("complete");
    case Stop::Stopped: return tr("stopped: partial result");
    case Stop::Interrupted: return tr("interrupted: partial result");
    case Stop::CostCap: return tr("stopped at the cost cap: partial result");
    }
    return QString();
}

QString BenchResult::loadLabel() const
{
    const QLocale locale;
    const QString mode = stream ? tr("streamed") : tr("not streamed");
    return load == u"open" ? tr("%1 req/s offered, %2").arg(locale.toString(rate, 'f', 1), mode)
                           : tr("%1 in flight, %2").arg(locale.toString(concurrency), mode);
}

QString BenchResult::title() const
{
    return tr("%1 · %2 · %3 · %4")
        .arg(model, host, loadLabel(), QLocale().toString(startedAt.toLocalTime(), QLocale::ShortFormat));
}

namespace {

QJsonObject requestsJson(const BenchResult &result)
{
    QJsonObject outcomeCounts;
    for (int i = 0; i < BenchRecord::kOutcomeCount; ++i)
        outcomeCounts.insert(BenchRecord::outcomeName(Outcome(i)), double(result.outcomes.at(i)));
    return {{QStringLiteral("attempts"), double(result.attempts())},
            {QStringLiteral("successes"), double(result.successes())},
            {QStringLiteral("errors"), double(result.errors())},
            {QStringLiteral("error_rate"), rounded(result.errorRate(), 6)},
            {QStringLiteral("outcomes"), outcomeCounts},
            {QStringLiteral("warmup"), QJsonObject{{QStringLiteral("done"), double(result.warmupDone)},
                                                   {QStringLiteral("errors"), double(result.warmupErrors)}}},
            {QStringLiteral("max_retry_after_ms"),
             result.maxRetryAfterMs ? QJsonValue(double(*result.maxRetryAfterMs)) : QJsonValue()}};
}

QJsonObject tokensJson(const BenchResult &result)
{
    return {{QStringLiteral("billed_requests"), double(result.billedRequests)},
            {QStringLiteral("prompt"), double(result.promptTokens)},
            {QStringLiteral("output"), double(result.outputTokens)},
            {QStringLiteral("cached"), double(result.cachedTokens)},
            {QStringLiteral("reasoning"), double(result.reasoningTokens)},
            {QStringLiteral("usage_reported"), double(result.usageReported)},
            {QStringLiteral("usage_estimated"), double(result.usageEstimated)},
            {QStringLiteral("cached_share"), rounded(result.cachedShare(), 6)}};
}

QJsonObject costJson(const BenchResult &result)
{
    const CostEstimate total = result.totalCost();
    // The sums are what fromJson() reads back; the figures above them are derived.
    const QJsonObject sums{{QStringLiteral("currency"), result.costCurrency},
                           {QStringLiteral("reported"), result.costReported},
                           {QStringLiteral("estimated"), result.costEstimated},
                           {QStringLiteral("known_requests"), double(result.costKnownRequests)},
                           {QStringLiteral("reported_requests"), double(result.costReportedRequests)},
                           {QStringLiteral("unknown_requests"), double(result.costUnknownRequests)},
                           {QStringLiteral("input"), result.inputCost},
                           {QStringLiteral("output"), result.outputCost}};
    return {{QStringLiteral("currency"), total.isKnown() ? QJsonValue(total.currency()) : QJsonValue()},
            {QStringLiteral("total"), amount(total)},
            {QStringLiteral("source"), total.sourceName()},
            {QStringLiteral("per_request"), amount(result.costPerRequest())},
            {QStringLiteral("per_1m_input"), amount(result.costPerMillionInput())},
            {QStringLiteral("per_1m_output"), amount(result.costPerMillionOutput())},
            {QStringLiteral("per_1m_blended"), amount(result.costPerMillionBlended())},
            {QStringLiteral("per_1m_input_output_source"), QStringLiteral("estimated")},
            {QStringLiteral("sums"), sums}};
}

QJsonObject figuresJson(const BenchResult &result)
{
    QJsonArray objectives;
    for (const BenchSloResult &slo : result.sloResults())
        objectives.append(slo.toJson());
    QJsonArray checks;
    for (const BenchChecks::Check &check : BenchChecks::of(result))
        checks.append(check.toJson());
    return {
        {QStringLiteral("duration_s"), rounded(result.durationSeconds(), 6)},
        {QStringLiteral("throughput"),
         QJsonObject{{QStringLiteral("requests_per_s"), rounded(result.requestsPerSecond(), 3)},
                     {QStringLiteral("attempts_per_s"), rounded(result.attemptsPerSecond(), 3)},
                     {QStringLiteral("output_tokens_per_s"), rounded(result.outputTokensPerSecond(), 3)},
                     {QStringLiteral("goodput_per_s"), rounded(result.goodputPerSecond(), 3)},
                     {QStringLiteral("good_requests"), double(result.goodRequests)}}},
        {QStringLiteral("concurrency"),
         QJsonObject{{QStringLiteral("configured"), result.concurrency},
                     {QStringLiteral("peak_in_flight"), result.peakInFlight},
                     {QStringLiteral("littles_law_in_flight"), rounded(result.littlesLawInFlight(), 3)},
                     {QStringLiteral("network_managers"), result.networkManagers}}},
        {QStringLiteral("slo"), objectives},
        {QStringLiteral("slo_passed"), result.slosPassed()},
        {QStringLiteral("client"),
         QJsonObject{{QStringLiteral("cpu_seconds"), rounded(result.clientCpuSeconds, 6)},
                     {QStringLiteral("cpu_percent_of_one_core"), rounded(result.clientCpuPercent(), 2)}}},
        {QStringLiteral("checks"), checks},
    };
}

} // namespace

QJsonObject BenchResult::toJson() const
{
    QJsonObject latency;
    QJsonObject histogramObjects;
    const auto all = histograms(*this);
    for (size_t i = 0; i < all.size(); ++i) {
        latency.insert(QLatin1String(kHistogramNames[i]), LatencySummary::of(*all.at(i)).toJson());
        histogramObjects.insert(QLatin1String(kHistogramNames[i]), all.at(i)->toJson());
    }
    QJsonObject object{
        {QStringLiteral("format"), QStringLiteral("tally-bench")},
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("tally"), AppInfo::version()},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("os"), QSysInfo::prettyProductName()},
        {QStringLiteral("cpus"), QThread::idealThreadCount()},
        {QStringLiteral("started_at"), startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("finished_at"),
         finishedAt.isValid() ? QJsonValue(finishedAt.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue()},
        {QStringLiteral("complete"), isComplete()},
        {QStringLiteral("stop_reason"), stopName(stop)},
        {QStringLiteral("definitions"), definitions()},
        {QStringLiteral("endpoint"), QJsonObject{{QStringLiteral("profile"), profile},
                                                 {QStringLiteral("scheme"), scheme},
                                                 {QStringLiteral("host"), host},
                                                 {QStringLiteral("provider"), provider}}},
        {QStringLiteral("model"), model},
        {QStringLiteral("parameters"), parameters},
        {QStringLiteral("price"), price ? QJsonValue(price->toJson()) : QJsonValue()},
        {QStringLiteral("requests"), requestsJson(*this)},
        {QStringLiteral("latency_ms"), latency},
        {QStringLiteral("tokens"), tokensJson(*this)},
        {QStringLiteral("cost"), costJson(*this)},
        {QStringLiteral("histograms"), histogramObjects},
        {QStringLiteral("run_clock_ns"), QJsonObject{{QStringLiteral("first_send"), double(firstSendNs)},
                                                     {QStringLiteral("last_end"), double(lastEndNs)}}},
    };
    const QJsonObject figures = figuresJson(*this);
    for (auto it = figures.begin(); it != figures.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

std::optional<BenchResult> BenchResult::fromJson(const QJsonObject &object)
{
    if (object.value(QStringLiteral("format")).toString() != u"tally-bench"
        || object.value(QStringLiteral("version")).toInt() != kFormatVersion)
        return std::nullopt;
    BenchResult result;
    const QJsonObject endpoint = object.value(QStringLiteral("endpoint")).toObject();
    result.profile = endpoint.value(QStringLiteral("profile")).toString();
    result.scheme = endpoint.value(QStringLiteral("scheme")).toString();
    result.host = endpoint.value(QStringLiteral("host")).toString();
    result.provider = endpoint.value(QStringLiteral("provider")).toString();
    result.model = object.value(QStringLiteral("model")).toString();
    result.parameters = object.value(QStringLiteral("parameters")).toObject();
    const QJsonObject load = result.parameters.value(QStringLiteral("load")).toObject();
    result.stream = result.parameters.value(QStringLiteral("stream")).toBool(true);
    result.load = load.value(QStringLiteral("model")).toString(QStringLiteral("closed"));
    result.rate = load.value(QStringLiteral("rate_per_s")).toDouble();
    result.plannedRequests = result.parameters.value(QStringLiteral("requests")).toInt();
    result.plannedWarmup = result.parameters.value(QStringLiteral("warmup")).toInt();
    for (const QJsonValue &slo : object.value(QStringLiteral("slo")).toArray()) {
        QString ignored;
        const QString objective = slo.toObject().value(QStringLiteral("objective")).toString();
        if (const std::optional<QList<BenchSlo>> parsed = BenchSlo::parseList(objective, &ignored))
            result.slos += *parsed;
    }
    if (object.value(QStringLiteral("price")).isObject())
        result.price = ModelPrice::fromJson(object.value(QStringLiteral("price")).toObject());
    result.startedAt = QDateTime::fromString(object.value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs);
    result.finishedAt = QDateTime::fromString(object.value(QStringLiteral("finished_at")).toString(), Qt::ISODateWithMs);
    const std::optional<Stop> stop = stopFromName(object.value(QStringLiteral("stop_reason")).toString());
    if (!stop || !result.startedAt.isValid())
        return std::nullopt;
    result.stop = *stop;

    readCounters(object, result);
    const QJsonObject histogramObjects = object.value(QStringLiteral("histograms")).toObject();
    const auto all = histograms(result);
    for (size_t i = 0; i < all.size(); ++i) {
        const std::optional<LatencyHistogram> histogram =
            LatencyHistogram::fromJson(histogramObjects.value(QLatin1String(kHistogramNames[i])).toObject());
        if (!histogram)
            return std::nullopt;
        *all.at(i) = *histogram;
    }
    readSums(object, result);
    return result;
}

void BenchResult::readCounters(const QJsonObject &object, BenchResult &result)
{
    const QJsonObject requests = object.value(QStringLiteral("requests")).toObject();
    const QJsonObject outcomeCounts = requests.value(QStringLiteral("outcomes")).toObject();
    for (int i = 0; i < BenchRecord::kOutcomeCount; ++i)
        result.outcomes[i] = quint64(outcomeCounts.value(BenchRecord::outcomeName(Outcome(i))).toDouble());
    const QJsonObject warmup = requests.value(QStringLiteral("warmup")).toObject();
    result.warmupDone = quint64(warmup.value(QStringLiteral("done")).toDouble());
    result.warmupErrors = quint64(warmup.value(QStringLiteral("errors")).toDouble());
    if (requests.value(QStringLiteral("max_retry_after_ms")).isDouble())
        result.maxRetryAfterMs = qint64(requests.value(QStringLiteral("max_retry_after_ms")).toDouble());
    const QJsonObject clock = object.value(QStringLiteral("run_clock_ns")).toObject();
    result.firstSendNs = qint64(clock.value(QStringLiteral("first_send")).toDouble(-1));
    result.lastEndNs = qint64(clock.value(QStringLiteral("last_end")).toDouble(-1));
    const QJsonObject concurrency = object.value(QStringLiteral("concurrency")).toObject();
    result.concurrency = concurrency.value(QStringLiteral("configured")).toInt();
    result.peakInFlight = concurrency.value(QStringLiteral("peak_in_flight")).toInt();
    result.networkManagers = concurrency.value(QStringLiteral("network_managers")).toInt(1);
    result.clientCpuSeconds = object.value(QStringLiteral("client")).toObject().value(QStringLiteral("cpu_seconds")).toDouble();
    result.goodRequests = quint64(object.value(QStringLiteral("throughput")).toObject().value(QStringLiteral("good_requests")).toDouble());
}

void BenchResult::readSums(const QJsonObject &object, BenchResult &result)
{
    const QJsonObject tokens = object.value(QStringLiteral("tokens")).toObject();
    result.billedRequests = qint64(tokens.value(QStringLiteral("billed_requests")).toDouble());
    result.promptTokens = qint64(tokens.value(QStringLiteral("prompt")).toDouble());
    result.outputTokens = qint64(tokens.value(QStringLiteral("output")).toDouble());
    result.cachedTokens = qint64(tokens.value(QStringLiteral("cached")).toDouble());
    result.reasoningTokens = qint64(tokens.value(QStringLiteral("reasoning")).toDouble());
    result.usageReported = qint64(tokens.value(QStringLiteral("usage_reported")).toDouble());
    result.usageEstimated = qint64(tokens.value(QStringLiteral("usage_estimated")).toDouble());
    const QJsonObject sums = object.value(QStringLiteral("cost")).toObject().value(QStringLiteral("sums")).toObject();
    result.costCurrency = sums.value(QStringLiteral("currency")).toString();
    result.costReported = sums.value(QStringLiteral("reported")).toDouble();
    result.costEstimated = sums.value(QStringLiteral("estimated")).toDouble();
    result.costKnownRequests = qint64(sums.value(QStringLiteral("known_requests")).toDouble());
    result.costReportedRequests = qint64(sums.value(QStringLiteral("reported_requests")).toDouble());
    result.costUnknownRequests = qint64(sums.value(QStringLiteral("unknown_requests")).toDouble());
    result.inputCost = sums.value(QStringLiteral("input")).toDouble();
    result.outputCost = sums.value(QStringLiteral("output")).toDouble();
}
