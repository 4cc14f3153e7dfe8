#include "EndpointOptions.h"

#include "api/ChatRequest.h"

#include <QCommandLineParser>

QUrl EndpointOptions::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://api.holysheep.ai/v1"));
}

QString EndpointOptions::defaultModel()
{
    return QStringLiteral("stepfun-v3");
}

QString EndpointOptions::defaultKeyVariable()
{
    return QStringLiteral("HOLYSHEEP_API_KEY");
}

EndpointOptions::EndpointOptions()
    : m_baseUrlOption(QStringLiteral("base-url"), tr("Provider base URL (default %1).").arg(defaultBaseUrl().toString()),
                      QStringLiteral("URL"))
    , m_keyEnvOption(QStringLiteral("api-key-env"), tr("Read the API key from this environment variable."),
                     QStringLiteral("VAR"))
    , m_profileOption(QStringLiteral("profile"), tr("Use a saved provider profile."), QStringLiteral("NAME"))
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
    if (parser.isSet(m_profileOption)) {
        // No profiles can be saved yet, so every name is unknown.
        *error = tr("Unknown profile \"%1\". Use --base-url and --api-key-env instead.")
                     .arg(parser.value(m_profileOption));
        return false;
    }
    m_baseUrl = defaultBaseUrl();
    if (parser.isSet(m_baseUrlOption)) {
        m_baseUrl = QUrl(parser.value(m_baseUrlOption), QUrl::StrictMode);
        if (!m_baseUrl.isValid() || m_baseUrl.host().isEmpty()
            || (m_baseUrl.scheme() != u"http" && m_baseUrl.scheme() != u"https")) {
            *error = tr("--base-url must be an http:// or https:// address, not \"%1\".")
                         .arg(parser.value(m_baseUrlOption));
            return false;
        }
    }
    // The key never comes from the command line, where other users could read it in ps.
    if (parser.isSet(m_keyEnvOption))
        m_keyVariable = parser.value(m_keyEnvOption);
    else if (m_baseUrl.host() == defaultBaseUrl().host())
        m_keyVariable = defaultKeyVariable();
    m_apiKey = m_keyVariable.isEmpty() ? QString() : qEnvironmentVariable(qUtf8Printable(m_keyVariable));
    return true;
}

bool EndpointOptions::keyRequired() const
{
    ChatRequest probe;
    probe.baseUrl = m_baseUrl;
    return !probe.isLoopback() || !m_keyVariable.isEmpty();
}
