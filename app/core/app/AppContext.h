#pragma once

#include "domain/SessionStats.h"
#include "pricing/PriceTable.h"
#include "store/Database.h"

#include <QObject>
#include <QStringList>

#include <memory>

class AppSettings;
class ApiKeyResolver;
class ConversationStore;
class ProviderClient;
class ResponseCache;
class QNetworkAccessManager;
class SecretStore;

// Everything one running Tally shares: settings, the conversation database, the keychain, the
// network and the prices. The GUI's main builds one with the real paths and the OS keychain;
// tests build one on temporary files with an in-memory secret store. Windows and dialogs take
// it by reference instead of reaching for globals.
class AppContext final : public QObject
{
    Q_OBJECT

public:
    struct Paths
    {
        QString settingsFile; // empty: AppInfo::settingsFilePath()
        QString databaseFile; // empty: Database::defaultPath()
    };

    // Takes ownership of `secrets` (null: the OS keychain).
    explicit AppContext(const Paths &paths = {}, SecretStore *secrets = nullptr, QObject *parent = nullptr);
    ~AppContext() override;

    // Routes requests through the proxy the settings name (the password comes from the keychain,
    // asynchronously; until it arrives the proxy is used without one). The window calls it at
    // start and after Settings; until then requests go direct.
    void applyProxySettings();

    // Opens the database; the result says why not, when it cannot be used.
    Database::OpenResult openDatabase();
    bool hasStore() const { return m_store != nullptr; }

    AppSettings &settings() { return *m_settings; }
    Database &database() { return *m_database; }
    ConversationStore &store() { return *m_store; }
    ResponseCache &responseCache() { return *m_responseCache; }
    SecretStore &secrets() { return *m_secrets; }
    ApiKeyResolver &keys() { return *m_keys; }
    QNetworkAccessManager &network() { return *m_network; }
    ProviderClient &client() { return *m_client; }
    const PriceTable &prices() const { return m_prices; }
    // Price overrides in tally.ini that were left out (a hand edit broke them), in words.
    const QStringList &priceProblems() const { return m_priceProblems; }
    // The bundled prices with the user's overrides from the settings, again (after Settings).
    void reloadPrices();
    SessionStats &sessionStats() { return m_sessionStats; }

private:
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ConversationStore> m_store;
    std::unique_ptr<ResponseCache> m_responseCache;
    SecretStore *m_secrets = nullptr;
    ApiKeyResolver *m_keys = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    ProviderClient *m_client = nullptr;
    PriceTable m_prices;
    QStringList m_priceProblems;
    SessionStats m_sessionStats;
};
