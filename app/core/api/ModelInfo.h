#pragma once

#include <QString>

#include <optional>

// One entry of a provider's GET /models list. Extra fields some providers add (OpenRouter's
// context_length and pricing) are kept when present.
struct ModelInfo
{
    QString id;
    QString ownedBy;
    std::optional<qint64> contextLength;
    std::optional<double> promptPricePerToken;     // as the provider lists it, USD per token
    std::optional<double> completionPricePerToken;

    friend bool operator==(const ModelInfo &, const ModelInfo &) = default;
};
