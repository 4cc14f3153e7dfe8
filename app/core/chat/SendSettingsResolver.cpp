#include "chat/SendSettingsResolver.h"

#include "domain/Conversation.h"
#include "pricing/PriceTable.h"
#include "settings/AppSettings.h"

std::optional<qint64> SendSettingsResolver::contextWindow(const PriceTable &prices, const ProviderProfile &profile,
                                                          const QString &model)
{
    // What the user set for the profile is the better fact: a local server's window is whatever
    // it was started with, which no price table knows.
    if (profile.contextWindow && *profile.contextWindow > 0)
        return profile.contextWindow;
    if (const std::optional<ModelPrice> price = prices.findForPreset(profile.preset, model); price && price->contextWindow())
        return price->contextWindow();
    return std::nullopt;
}

ConversationSession::Settings SendSettingsResolver::resolve(const AppSettings &app, const PriceTable &prices,
                                                            const ProviderProfile &profile, const QString &model,
                                                            std::optional<double> temperature,
                                                            const Conversation *conversation, const QString &apiKey)
{
    ConversationSession::Settings settings;
    settings.profile = profile;
    settings.apiKey = apiKey;
    settings.model = model.isEmpty() ? profile.defaultModel : model;
    if (temperature)
        settings.temperature = temperature;
    else if (conversation && conversation->temperature)
        settings.temperature = conversation->temperature;
    else
        settings.temperature = app.value(AppSettings::Temperature);
    if (const int maxTokens = app.value(AppSettings::MaxTokens); maxTokens > 0)
        settings.maxTokens = maxTokens;
    if (const double topP = app.value(AppSettings::TopP); topP < 1.0)
        settings.topP = topP;
    settings.systemPrompt = conversation && !conversation->systemPrompt.isEmpty() ? conversation->systemPrompt
                                                                                   : app.systemPrompt();
    settings.contextWindow = contextWindow(prices, profile, settings.model);
    settings.idleTimeoutMs = app.value(AppSettings::IdleTimeoutSeconds) * 1000;
    settings.requestTimeoutMs = app.value(AppSettings::RequestTimeoutSeconds) * 1000;
    settings.maxReplyBytes = app.replyLimitBytes();
    if (app.responseCacheEnabled())
        settings.cacheTtlMs = qint64(app.value(AppSettings::ResponseCacheTtlHours)) * 3'600'000;
    settings.budget = app.budget();
    return settings;
}
