#include "app/AppContext.h"

#include "api/ProviderClient.h"
#include "api/ProxyFactory.h"
#include "secrets/ApiKeyResolver.h"
#include "secrets/KeychainSecretStore.h"
#include "settings/AppSettings.h"
#include "store/ConversationStore.h"
#include "store/ResponseCache.h"

#include <QNetworkAccessManager>

AppContext::AppContext(const Paths &paths, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_settings(paths.settingsFile.isEmpty() ? std::make_unique<AppSettings>()
                                              : std::make_unique<AppSettings>(paths.settingsFile))
    , m_database(std::make_unique<Database>(paths.databaseFile.isEmpty() ? Database::defaultPath() : paths.databaseFile))
    , m_secrets(secrets ? secrets : new KeychainSecretStore())
    , m_network(new QNetworkAccessManager(this))
    , m_client(new ProviderClient(m_network, this))
{
    m_secrets->setParent(this);
    m_keys = new ApiKeyResolver(*m_secrets, this);
    RetryPolicy policy;
    policy.maxRetries = m_settings->value(AppSettings::Retries);
    m_client->setRetryPolicy(policy);
    reloadPrices();
}

void AppContext::reloadPrices()
{
    m_priceProblems.clear();
    m_prices = m_settings->priceTable(&m_priceProblems);
}

void AppContext::applyProxySettings()
{
    const ProxySettings proxy = m_settings->proxy();
    m_network->setProxyFactory(new ProxyFactory(proxy, QString()));
    if (!proxy.isManual() || proxy.user.isEmpty())
        return;
    m_secrets->readSecret(ProxySettings::passwordAccount(), this, [this, proxy](const SecretResult &result) {
        // Only if the settings did not change meanwhile; a missing password leaves the login to the proxy's 407.
        if (result.ok() && m_settings->proxy() == proxy)
            m_network->setProxyFactory(new ProxyFactory(proxy, result.secret));
    });
}

AppContext::~AppContext()
{
    m_responseCache.reset(); // before the database they read
    m_store.reset();
}

Database::OpenResult AppContext::openDatabase()
{
    m_responseCache.reset();
    m_store.reset();
    const Database::OpenResult result = m_database->open();
    if (result.ok()) {
        m_store = std::make_unique<ConversationStore>(*m_database);
        m_responseCache = std::make_unique<ResponseCache>(*m_database);
    }
    return result;
}
