#include "EndpointOptions.h"

#include "CliKeychain.h"

#include "api/ChatRequest.h"
#include "secrets/ApiKeyResolver.h"
#include "api/ProxyFactory.h"
#include "settings/AppSettings.h"
#include "settings/ProfileList.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>

EndpointOptions::EndpointOptions()
    : m_baseUrlOption(QStringLiteral("base-url"), tr("Provider base URL, instead of a profile."), QStringLiteral("URL"))
    , m_keyEnvOption(QStringLiteral("api-key-env"), tr("Read the API key from this environment variable."),
                     QStringLiteral("VAR"))
    , m_profileOption(QStringLiteral("profile"), tr("Use a saved provider profile (default: the default profile)."),
                      QStringLiteral("NAME"))
{
}

void EndpointOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOption(m_profileOption);
    parser.addOption(m_baseUrlOption);
    parser.addOption(m_keyEnvOption);
}

bool EndpointOptions::read(const QCommandLineParser &parser, QString *error)
{
    if (parser.isSet(m_profileOption) && parser.isSet(m_baseUrlOption)) {
        *error = tr("Use either --profile or --base-url, not both.");
        return false;
    }

    bool fromSettings = true;
    if (parser.isSet(m_baseUrlOption)) {
        fromSettings = false;
        const QUrl url(parser.value(m_baseUrlOption), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https")) {
            *error = tr("--base-url must be an http:// or https:// address, not \"%1\".").arg(parser.value(m_baseUrlOption));
            return false;
        }
        // An ad-hoc endpoint: the default preset's rules if it is the default gateway.
        const ProviderPreset preset = *ProviderPreset::find(ProviderPreset::defaultId());
        const bool gateway = url.host() == preset.baseUrl.host();
        m_profile = ProviderProfile::fromPreset(gateway ? preset : *ProviderPreset::find(QStringLiteral("custom")),
                                                QStringLiteral("adhoc"));
        m_profile.baseUrl = url;
        if (!gateway)
            m_profile.defaultModel = preset.defaultModel;
        ChatRequest probe;
        probe.baseUrl = url;
        // Local servers work without a key, unless the user said where one is.
        m_profile.needsKey = !probe.isLoopback() || parser.isSet(m_keyEnvOption);
    } else {
        const ProfileList profiles = ProfileList::load(AppSettings());
        if (parser.isSet(m_profileOption)) {
            const std::optional<ProviderProfile> found = profiles.find(parser.value(m_profileOption));
            if (!found) {
                QStringList names;
                for (const ProviderProfile &profile : profiles.profiles())
                    names << profile.name;
                *error = tr("Unknown profile \"%1\". Profiles: %2.").arg(parser.value(m_profileOption), names.join(QStringLiteral(", ")));
                return false;
            }
            m_profile = *found;
        } else {
            m_profile = profiles.defaultProfile();
        }
    }

    if (parser.isSet(m_keyEnvOption)) {
        m_profile.keyVariable = parser.value(m_keyEnvOption);
        const QString key = qEnvironmentVariable(qUtf8Printable(m_profile.keyVariable));
        m_apiKey = ApiKeyResolver::isUsableKey(key) ? key.trimmed() : QString();
        return true;
    }
    if (!fromSettings || !m_profile.needsKey) {
        const QString key = m_profile.keyVariable.isEmpty() ? QString() : qEnvironmentVariable(qUtf8Printable(m_profile.keyVariable));
        m_apiKey = ApiKeyResolver::isUsableKey(key) ? key.trimmed() : QString();
        return true;
    }

    // A saved profile: its keychain entry, then its key variable.
    const ApiKeyResolver::Resolution resolution = CliKeychain::resolveKey(m_profile);
    m_apiKey = resolution.key;
    if (!resolution.hasKey() && resolution.keychainUnavailable())
        m_keyProblem = tr("The keychain could not be read (%1).").arg(resolution.keychain.message);
    return true;
}

void EndpointOptions::applyProxy(QNetworkAccessManager &network)
{
    const ProxySettings proxy = AppSettings().proxy();
    QString password;
    if (proxy.isManual() && !proxy.user.isEmpty()) {
        // Without it the proxy answers 407 and says so; the password is never asked for on argv.
        password = CliKeychain::read(ProxySettings::passwordAccount()).secret;
    }
    network.setProxyFactory(new ProxyFactory(proxy, password));
}
