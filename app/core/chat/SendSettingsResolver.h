#pragma once

#include "chat/ConversationSession.h"

#include <optional>

class AppSettings;
class PriceTable;
struct Conversation;

// What one conversation's next request is sent with, one rule for the window and tally-cli: the
// profile and model chosen, the conversation's own temperature and system prompt over the
// defaults, the limits and timeouts from Settings, the budget, and one context window (the
// profile's when set there, else the price table's for the model).
class SendSettingsResolver final
{
public:
    static ConversationSession::Settings resolve(const AppSettings &app, const PriceTable &prices,
                                                 const ProviderProfile &profile, const QString &model,
                                                 std::optional<double> temperature, const Conversation *conversation,
                                                 const QString &apiKey);
    // The window the composer's estimate and the send both use.
    static std::optional<qint64> contextWindow(const PriceTable &prices, const ProviderProfile &profile,
                                               const QString &model);
    // How long a title made from the first question may be.
    static constexpr int kTitleLength = 60;
    static QString titleFromQuestion(const QString &question) { return question.simplified().left(kTitleLength); }
};
