#pragma once

#include "domain/CostEstimate.h"

class PriceTable;
struct ChatResult;

// What a finished request cost, one rule for the window and tally-cli: what the provider
// reported, else tokens times the price table; and nothing, said as "not charged", when the
// provider refused the request before it generated anything (a wrong key, a bad request, a rate
// limit, an unknown model): such a request is not billed, so it must not count as spending.
class ReplyCost final
{
public:
    static CostEstimate of(const ChatResult &result, const PriceTable &prices, const QString &provider);
    // Refused before generation: failed with one of the provider's refusals and no text at all.
    static bool wasRefused(const ChatResult &result);
};
