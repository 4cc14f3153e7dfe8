#include "BenchOptions.h"

#include <QCommandLineParser>

#include <limits>

namespace {

QCommandLineOption valued(const QString &name, const QString &description, const QString &valueName)
{
    return QCommandLineOption(name, description, valueName);
}

// A whole number from min to max, or an error naming the option.
bool readInt(const QCommandLineParser &parser, const QString &name, int min, int max, int *target, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min || value > max) {
        *error = BenchOptions::tr("--%1 must be a whole number from %2 to %3, not \"%4\".")
                     .arg(name)
                     .arg(min)
                     .arg(max)
                     .arg(parser.value(name));
        return false;
    }
    *target = value;
    return true;
}

bool readPositive(const QCommandLineParser &parser, const QString &name, std::optional<double> *target, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || !(value > 0) || value > 1e12) {
        *error = BenchOptions::tr("--%1 must be a number above 0, not \"%2\".").arg(name, parser.value(name));
        return false;
    }
    *target = value;
    return true;
}

} // namespace

void BenchOptions::declare(QCommandLineParser &parser)
{
    parser.addOptions({
        valued(QStringLiteral("requests"), tr("Measured requests (default 100)."), QStringLiteral("N")),
        valued(QStringLiteral("concurrency"), tr("Closed loop: requests always in flight (default 10)."), QStringLiteral("C")),
        valued(QStringLiteral("rate"), tr("Open loop: requests per second, whatever the server does."), QStringLiteral("R")),
        valued(QStringLiteral("arrivals"), tr("Open loop arrivals: poisson (default) or constant."), QStringLiteral("KIND")),
        valued(QStringLiteral("max-concurrency"), tr("Open loop: most requests in flight (default 1000)."), QStringLiteral("N")),
        valued(QStringLiteral("seed"), tr("Seed for Poisson arrivals, to repeat a run."), QStringLiteral("N")),
        valued(QStringLiteral("warmup"), tr("Requests sent first and left out of the figures (default 2)."), QStringLiteral("N")),
        valued(QStringLiteral("model"), tr("Model id (default: the profile's default model)."), QStringLiteral("ID")),
        valued(QStringLiteral("max-tokens"), tr("Maximum reply length in tokens (default 128)."), QStringLiteral("N")),
        valued(QStringLiteral("temperature"), tr("Sampling temperature, 0 to 2."), QStringLiteral("T")),
        QCommandLineOption(QStringLiteral("no-stream"), tr("Requests without streaming.")),
        valued(QStringLiteral("prompt"), tr("The prompt to send."), QStringLiteral("TEXT")),
        valued(QStringLiteral("prompts"), tr("Prompts from a JSONL file: {\"prompt\": ...} or {\"messages\": [...]} per line."),
               QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("allow-cache"),
                           tr("Send the prompts as they are (no nonce): caches may answer; the cached share is reported.")),
        valued(QStringLiteral("max-cost"),
               tr("Cost cap in the model's price currency: no request starts that could pass it (exit 4)."),
               QStringLiteral("AMOUNT")),
        valued(QStringLiteral("slo"), tr("Objectives, e.g. ttft=500ms,e2e:p90=10s,errors=1% (exit 8 when one fails)."),
               QStringLiteral("LIST")),
        valued(QStringLiteral("timeout"), tr("Seconds one request may take (default 60)."), QStringLiteral("S")),
        valued(QStringLiteral("requests-out"), tr("Write one JSON line per request to FILE as they end."), QStringLiteral("FILE")),
        valued(QStringLiteral("csv"), tr("Write the result as CSV to FILE."), QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("json"), tr("Print the result as JSON instead of the table.")),
        QCommandLineOption(QStringLiteral("self-test"),
                           tr("Measure Tally's own ceiling against an instant server on this machine.")),
    });
}

bool BenchOptions::read(const QCommandLineParser &parser, QString *error)
{
    constexpr int most = std::numeric_limits<int>::max();
    requestsGiven = parser.isSet(QStringLiteral("requests"));
    if (!readInt(parser, QStringLiteral("requests"), 1, 100'000'000, &requests, error)
        || !readInt(parser, QStringLiteral("concurrency"), 1, 10'000, &concurrency, error)
        || !readInt(parser, QStringLiteral("max-concurrency"), 1, 10'000, &maxConcurrency, error)
        || !readInt(parser, QStringLiteral("warmup"), 0, 100'000, &warmup, error)
        || !readInt(parser, QStringLiteral("max-tokens"), 1, most, &maxTokens, error)
        || !readInt(parser, QStringLiteral("timeout"), 1, 86'400, &timeoutSeconds, error)
        || !readPositive(parser, QStringLiteral("rate"), &rate, error)
        || !readPositive(parser, QStringLiteral("max-cost"), &maxCost, error))
        return false;
    if (parser.isSet(QStringLiteral("concurrency")) && rate) {
        *error = tr("Use --concurrency (closed loop) or --rate (open loop), not both; --max-concurrency caps an open loop.");
        return false;
    }
    if (parser.isSet(QStringLiteral("arrivals"))) {
        const QString kind = parser.value(QStringLiteral("arrivals"));
        if (kind != u"poisson" && kind != u"constant") {
            *error = tr("--arrivals must be poisson or constant, not \"%1\".").arg(kind);
            return false;
        }
        arrivals = kind == u"poisson" ? Arrivals::Poisson : Arrivals::Constant;
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok || seed == 0) {
            *error = tr("--seed must be a whole number above 0.");
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("temperature"))) {
        bool ok = false;
        temperature = parser.value(QStringLiteral("temperature")).toDouble(&ok);
        if (!ok || *temperature < 0 || *temperature > 2) {
            *error = tr("--temperature must be a number from 0 to 2.");
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("prompt")) && parser.isSet(QStringLiteral("prompts"))) {
        *error = tr("Use --prompt or --prompts, not both.");
        return false;
    }
    model = parser.value(QStringLiteral("model"));
    stream = !parser.isSet(QStringLiteral("no-stream"));
    prompt = parser.value(QStringLiteral("prompt"));
    promptsFile = parser.value(QStringLiteral("prompts"));
    allowCache = parser.isSet(QStringLiteral("allow-cache"));
    slo = parser.value(QStringLiteral("slo"));
    requestsOut = parser.value(QStringLiteral("requests-out"));
    csvOut = parser.value(QStringLiteral("csv"));
    json = parser.isSet(QStringLiteral("json"));
    selfTest = parser.isSet(QStringLiteral("self-test"));
    return true;
}
