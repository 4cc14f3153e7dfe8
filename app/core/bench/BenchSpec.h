#pragma once

#include "api/ChatRequest.h"
#include "bench/BenchSlo.h"
#include "bench/PromptSet.h"
#include "domain/CostEstimate.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

class PriceTable;

// What one benchmark run does: which endpoint and model (a ChatRequest carrying the profile's
// URL, key and transport rules, max_tokens, temperature and stream), which prompts, how many
// requests under which load model, warm-up, timeout, cost cap and objectives. A value type; the
// runner turns it into requests, and the result's JSON repeats it.
struct BenchSpec
{
    Q_DECLARE_TR_FUNCTIONS(BenchSpec)

public:
    enum class Load {
        Closed, // `concurrency` requests always in flight
        Open,   // requests arrive at `rate` per second whatever the server does
    };
    enum class Arrivals { Poisson, Constant };

    // Characters of the nonce that makes each prompt unique.
    static constexpr int kNonceLength = 12;

    ChatRequest request; // the endpoint, key, model and parameters; its messages are unused
    QString profileName; // for labels only
    PromptSet prompts = PromptSet::single(QStringLiteral("Write one sentence about the sea."));
    bool uniquePrompts = true; // false: --allow-cache

    int requests = 100; // measured requests, after the warm-up
    int warmup = 2;     // sent first, waited for, and left out of every figure
    Load load = Load::Closed;
    int concurrency = 10;
    double rate = 0; // requests per second, open loop
    Arrivals arrivals = Arrivals::Poisson;
    int maxConcurrency = 1000; // open loop: arrivals beyond this wait, and the wait is counted
    quint64 seed = 0;          // Poisson arrivals; 0 picks one (and the result says which)
    int timeoutMs = 60'000;    // one request, send to end
    std::optional<double> maxCost; // in the model's price currency: no request starts that could pass it
    QList<BenchSlo> slos;

    // Empty when the run can start; otherwise a translated sentence saying what is wrong.
    QString validate() const;
    // The most one request can cost: the largest prompt (with its nonce) plus max_tokens, at the
    // model's price. Unknown when the price table has no price for the model.
    CostEstimate worstCasePerRequest(const PriceTable &prices) const;
    // worstCasePerRequest() for every request, warm-up included.
    CostEstimate worstCaseTotal(const PriceTable &prices) const;
    int totalRequests() const { return requests + warmup; }

    // The run's parameters for the result's JSON (never the key).
    QJsonObject parametersJson() const;
    static QString loadName(Load load);
    static QString arrivalsName(Arrivals arrivals);
};
