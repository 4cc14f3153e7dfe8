#include "chat/ReplyCost.h"

#include "api/ChatResult.h"
#include "pricing/PriceTable.h"

bool ReplyCost::wasRefused(const ChatResult &result)
{
    if (result.state != ChatResult::State::Failed || !result.content.isEmpty() || !result.reasoning.isEmpty())
        return false;
    using Kind = ApiError::Kind;
    switch (result.error.kind()) {
    case Kind::MissingKey:
    case Kind::Authentication:
    case Kind::PaymentRequired:
    case Kind::RateLimited:
    case Kind::ContextTooLong:
    case Kind::ModelNotFound:
    case Kind::BadRequest:
    case Kind::Configuration:
        return true;
    default:
        // A server error, a timeout or a broken connection may have been billed: the price
        // table's estimate (or "unknown") says so better than a zero would.
        return false;
    }
}

CostEstimate ReplyCost::of(const ChatResult &result, const PriceTable &prices, const QString &provider)
{
    if (wasRefused(result) && !result.stats.reportedCost) {
        const std::optional<ModelPrice> price = prices.findForPreset(provider, result.stats.model);
        return CostEstimate::notCharged(price ? price->currency() : QStringLiteral("USD"));
    }
    return prices.costOf(result.stats, provider);
}
