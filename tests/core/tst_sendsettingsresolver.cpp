// What one conversation's next request is sent with (issue 12, problem 11): one context window for
// the composer's estimate and the send, the profile's first; the conversation's own choices over
// the defaults; the limits from Settings, unset where Settings says "provider default".
#include "chat/SendSettingsResolver.h"

#include "domain/Conversation.h"
#include "pricing/PriceTable.h"
#include "settings/AppSettings.h"
#include "settings/ProviderPreset.h"
#include "settings/ProviderProfile.h"

#include <QTemporaryDir>
#include <QTest>

class TstSendSettingsResolver final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void theProfilesWindowComesBeforeThePriceTables();
    void theEstimateAndTheSendUseOneWindow();
    void aModelNoTableKnowsHasNoWindow();
    void theConversationsChoicesComeBeforeTheDefaults();
    void providerDefaultsAreLeftUnset();

private:
    static ProviderProfile holySheep();
    QTemporaryDir *m_dir = nullptr;
    AppSettings *m_settings = nullptr;
    const PriceTable m_prices = PriceTable::bundled();
};

void TstSendSettingsResolver::init()
{
    m_dir = new QTemporaryDir;
    m_settings = new AppSettings(m_dir->filePath(QStringLiteral("tally.ini")));
}

void TstSendSettingsResolver::cleanup()
{
    delete m_settings;
    delete m_dir;
}

ProviderProfile TstSendSettingsResolver::holySheep()
{
    ProviderProfile profile = ProviderProfile::fromPreset(*ProviderPreset::find(QStringLiteral("holysheep")),
                                                          QStringLiteral("HolySheep"));
    profile.contextWindow.reset();
    return profile;
}

void TstSendSettingsResolver::theProfilesWindowComesBeforeThePriceTables()
{
    ProviderProfile profile = holySheep();
    const std::optional<qint64> fromTable = SendSettingsResolver::contextWindow(m_prices, profile, QStringLiteral("stepfun-v3"));
    QCOMPARE(fromTable, std::optional<qint64>(128000)); // the bundled table's figure for stepfun-v3
    profile.contextWindow = 8192; // set in Settings › Providers for this profile
    QCOMPARE(SendSettingsResolver::contextWindow(m_prices, profile, QStringLiteral("stepfun-v3")),
             std::optional<qint64>(8192));
}

void TstSendSettingsResolver::theEstimateAndTheSendUseOneWindow()
{
    ProviderProfile profile = holySheep();
    profile.contextWindow = 4096;
    const ConversationSession::Settings sent =
        SendSettingsResolver::resolve(*m_settings, m_prices, profile, QString(), std::nullopt, nullptr, QString());
    QCOMPARE(sent.contextWindow, SendSettingsResolver::contextWindow(m_prices, profile, profile.defaultModel));
    QCOMPARE(sent.contextWindow, std::optional<qint64>(4096));
}

void TstSendSettingsResolver::aModelNoTableKnowsHasNoWindow()
{
    ProviderProfile local = ProviderProfile::fromPreset(*ProviderPreset::find(QStringLiteral("custom")),
                                                        QStringLiteral("local"));
    local.contextWindow.reset();
    QCOMPARE(SendSettingsResolver::contextWindow(m_prices, local, QStringLiteral("my-own-model")), std::nullopt);
    local.contextWindow = 0; // "Unknown" in Settings
    QCOMPARE(SendSettingsResolver::contextWindow(m_prices, local, QStringLiteral("my-own-model")), std::nullopt);
}

void TstSendSettingsResolver::theConversationsChoicesComeBeforeTheDefaults()
{
    m_settings->setValue(AppSettings::Temperature, 0.7);
    m_settings->setSystemPrompt(QStringLiteral("Be brief."));
    const ProviderProfile profile = holySheep();

    ConversationSession::Settings sent =
        SendSettingsResolver::resolve(*m_settings, m_prices, profile, QString(), std::nullopt, nullptr, QStringLiteral("sk-x"));
    QCOMPARE(sent.model, profile.defaultModel);
    QCOMPARE(sent.temperature, std::optional<double>(0.7));
    QCOMPARE(sent.systemPrompt, QStringLiteral("Be brief."));
    QCOMPARE(sent.apiKey, QStringLiteral("sk-x"));

    Conversation conversation;
    conversation.temperature = 0.1;
    conversation.systemPrompt = QStringLiteral("Answer in Thai.");
    sent = SendSettingsResolver::resolve(*m_settings, m_prices, profile, QStringLiteral("step-2-mini"), std::nullopt,
                                         &conversation, QString());
    QCOMPARE(sent.model, QStringLiteral("step-2-mini"));
    QCOMPARE(sent.temperature, std::optional<double>(0.1));
    QCOMPARE(sent.systemPrompt, QStringLiteral("Answer in Thai."));

    // The header's temperature, chosen now, over the one stored with the conversation.
    sent = SendSettingsResolver::resolve(*m_settings, m_prices, profile, QString(), 1.3, &conversation, QString());
    QCOMPARE(sent.temperature, std::optional<double>(1.3));
}

void TstSendSettingsResolver::providerDefaultsAreLeftUnset()
{
    m_settings->setValue(AppSettings::MaxTokens, 0);
    m_settings->setValue(AppSettings::TopP, 1.0);
    m_settings->setResponseCacheEnabled(false);
    const ProviderProfile profile = holySheep();
    ConversationSession::Settings sent =
        SendSettingsResolver::resolve(*m_settings, m_prices, profile, QString(), std::nullopt, nullptr, QString());
    QCOMPARE(sent.maxTokens, std::nullopt);
    QCOMPARE(sent.topP, std::nullopt);
    QCOMPARE(sent.cacheTtlMs, std::nullopt);

    m_settings->setValue(AppSettings::MaxTokens, 512);
    m_settings->setValue(AppSettings::TopP, 0.9);
    m_settings->setResponseCacheEnabled(true);
    m_settings->setValue(AppSettings::ResponseCacheTtlHours, 2);
    sent = SendSettingsResolver::resolve(*m_settings, m_prices, profile, QString(), std::nullopt, nullptr, QString());
    QCOMPARE(sent.maxTokens, std::optional<int>(512));
    QCOMPARE(sent.topP, std::optional<double>(0.9));
    QCOMPARE(sent.cacheTtlMs, std::optional<qint64>(7'200'000));
}

QTEST_GUILESS_MAIN(TstSendSettingsResolver)
#include "tst_sendsettingsresolver.moc"
