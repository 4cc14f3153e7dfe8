#include "bench/BenchChecks.h"

#include "bench/BenchResult.h"

#include <QLocale>

QJsonObject BenchChecks::Check::toJson() const
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("ok"), ok}, {QStringLiteral("message"), message}};
}

QList<BenchChecks::Check> BenchChecks::of(const BenchResult &result)
{
    const QLocale locale;
    QList<Check> checks;
    if (result.attempts() == 0)
        return checks;

    // Little's law: L = throughput x mean latency. A closed loop at C keeps C in flight, so an L
    // well below C means requests waited somewhere before they were sent.
    const double inFlight = result.littlesLawInFlight();
    const bool closedLoop = result.load == u"closed";
    const bool enoughRequests = result.attempts() >= quint64(result.concurrency) * 4;
    const bool littleOk = !closedLoop || !enoughRequests || inFlight >= 0.75 * result.concurrency;
    checks.append({QStringLiteral("littles_law"), littleOk,
                   closedLoop ? tr("Little's law: %1 req/s x %2 ms mean = %3 in flight on average (concurrency %4).")
                                    .arg(locale.toString(result.attemptsPerSecond(), 'f', 1),
                                         locale.toString(result.attemptsPerSecond() > 0
                                                             ? inFlight / result.attemptsPerSecond() * 1e3
                                                             : 0.0,
                                                         'f', 1),
                                         locale.toString(inFlight, 'f', 1), locale.toString(result.concurrency))
                              : tr("Little's law: %1 req/s x %2 ms mean = %3 in flight on average.")
                                    .arg(locale.toString(result.attemptsPerSecond(), 'f', 1),
                                         locale.toString(result.attemptsPerSecond() > 0
                                                             ? inFlight / result.attemptsPerSecond() * 1e3
                                                             : 0.0,
                                                         'f', 1),
                                         locale.toString(inFlight, 'f', 1))});

    if (closedLoop) {
        const int wanted = int(std::min<quint64>(quint64(result.concurrency), result.attempts()));
        checks.append({QStringLiteral("peak_in_flight"), result.peakInFlight >= wanted,
                       tr("Peak in flight: %1 of %2 configured (network managers: %3).")
                           .arg(result.peakInFlight)
                           .arg(result.concurrency)
                           .arg(result.networkManagers)});
    }

    const quint64 samples = result.e2e.count();
    checks.append({QStringLiteral("p99_samples"), samples >= LatencySummary::kSamplesForP99,
                   samples >= LatencySummary::kSamplesForP99
                       ? tr("p99 rests on %1 samples.").arg(locale.toString(samples))
                       : tr("p99 rests on only %1 samples (fewer than %2): it is the slowest request or two, not "
                            "a tail.")
                             .arg(locale.toString(samples), locale.toString(LatencySummary::kSamplesForP99))});

    if (result.usageEstimated > 0) {
        checks.append({QStringLiteral("usage_missing"), false,
                       tr("%1 of %2 replies came without usage: their tokens are Tally's estimate.")
                           .arg(locale.toString(result.usageEstimated), locale.toString(result.billedRequests))});
    }
    if (const quint64 limited = result.count(BenchRecord::Outcome::RateLimited)) {
        checks.append({QStringLiteral("rate_limited"), false,
                       result.maxRetryAfterMs
                           ? tr("%1 requests were rate limited (429; Retry-After up to %2 s): the figures show the "
                                "provider's limit, not its speed.")
                                 .arg(locale.toString(limited), locale.toString(*result.maxRetryAfterMs / 1000.0, 'f', 1))
                           : tr("%1 requests were rate limited (429): the figures show the provider's limit, not "
                                "its speed.")
                                 .arg(locale.toString(limited))});
    }
    const double cpu = result.clientCpuPercent();
    checks.append({QStringLiteral("client_ceiling"), cpu < kClientCeilingPercent,
                   cpu < kClientCeilingPercent
                       ? tr("Tally used %1% of one CPU core: the figures are the server's, not the client's.")
                             .arg(locale.toString(cpu, 'f', 0))
                       : tr("Tally used %1% of one CPU core: it is near its own ceiling, so the figures may be "
                            "Tally's limit (see tally-cli bench --self-test).")
                             .arg(locale.toString(cpu, 'f', 0))});
    if (result.cachedTokens > 0) {
        checks.append({QStringLiteral("cached_share"), true,
                       tr("%1% of the prompt tokens were served from the provider's cache.")
                           .arg(locale.toString(result.cachedShare() * 100, 'f', 1))});
    }
    return checks;
}
