#include "bench/BenchSpec.h"

#include "pricing/PriceTable.h"

#include <QJsonArray>

QString BenchSpec::validate() const
{
    if (requests < 1)
        return tr("The number of requests must be at least 1.");
    if (warmup < 0)
        return tr("The number of warm-up requests cannot be negative.");
    if (load == Load::Closed && concurrency < 1)
        return tr("The concurrency must be at least 1.");
    if (load == Load::Open && !(rate > 0))
        return tr("The request rate must be more than 0 per second.");
    if (load == Load::Open && maxConcurrency < 1)
        return tr("The maximum concurrency must be at least 1.");
    if (!request.maxTokens || *request.maxTokens < 1)
        return tr("A benchmark needs max_tokens, so that its cost has a limit.");
    if (timeoutMs < 1)
        return tr("The timeout must be more than 0.");
    if (prompts.isEmpty())
        return tr("There is no prompt to send.");
    if (request.model.isEmpty())
        return tr("No model is chosen.");
    if (maxCost && !(*maxCost > 0))
        return tr("The cost cap must be more than 0.");
    return QString();
}

CostEstimate BenchSpec::worstCasePerRequest(const PriceTable &prices) const
{
    const std::optional<ModelPrice> price = prices.findForPreset(request.provider, request.model);
    if (!price || !request.maxTokens)
        return CostEstimate::unknown();
    TokenUsage usage;
    usage.promptTokens = prompts.largestPromptTokens(uniquePrompts ? kNonceLength : 0);
    usage.completionTokens = *request.maxTokens;
    // No cached tokens: the worst case pays the full input price.
    return price->costOf(usage);
}

CostEstimate BenchSpec::worstCaseTotal(const PriceTable &prices) const
{
    const CostEstimate each = worstCasePerRequest(prices);
    if (!each.isKnown())
        return each;
    return CostEstimate::estimated(each.amount() * totalRequests(), each.currency());
}

QString BenchSpec::loadName(Load load)
{
    return load == Load::Closed ? QStringLiteral("closed") : QStringLiteral("open");
}

QString BenchSpec::arrivalsName(Arrivals arrivals)
{
    return arrivals == Arrivals::Poisson ? QStringLiteral("poisson") : QStringLiteral("constant");
}

QJsonObject BenchSpec::parametersJson() const
{
    QJsonObject loadObject{{QStringLiteral("model"), loadName(load)}};
    if (load == Load::Closed) {
        loadObject.insert(QStringLiteral("concurrency"), concurrency);
    } else {
        loadObject.insert(QStringLiteral("rate_per_s"), rate);
        loadObject.insert(QStringLiteral("arrivals"), arrivalsName(arrivals));
        loadObject.insert(QStringLiteral("max_concurrency"), maxConcurrency);
        loadObject.insert(QStringLiteral("seed"), QString::number(seed));
    }
    QJsonArray objectives;
    for (const BenchSlo &slo : slos)
        objectives.append(slo.toString());
    return {
        {QStringLiteral("requests"), requests},
        {QStringLiteral("warmup"), warmup},
        {QStringLiteral("load"), loadObject},
        {QStringLiteral("stream"), request.stream},
        {QStringLiteral("max_tokens"), request.maxTokens ? QJsonValue(*request.maxTokens) : QJsonValue()},
        {QStringLiteral("temperature"), request.temperature ? QJsonValue(*request.temperature) : QJsonValue()},
        {QStringLiteral("timeout_s"), timeoutMs / 1000.0},
        {QStringLiteral("retries"), 0},
        {QStringLiteral("unique_prompts"), uniquePrompts},
        {QStringLiteral("prompt_set"), QJsonObject{{QStringLiteral("count"), prompts.size()},
                                                   {QStringLiteral("sha256"), QString::fromLatin1(prompts.sha256())}}},
        {QStringLiteral("max_cost"), maxCost ? QJsonValue(*maxCost) : QJsonValue()},
        {QStringLiteral("slo"), objectives},
    };
}
