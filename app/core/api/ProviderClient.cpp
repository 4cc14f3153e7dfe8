#include "api/ProviderClient.h"

#include "api/ChatStream.h"
#include "api/ModelListRequest.h"
#include "api/RateLimiter.h"

ProviderClient::ProviderClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

ProviderClient::~ProviderClient() = default;

void ProviderClient::setRequestsPerMinute(const QString &limiterKey, int requestsPerMinute)
{
    RateLimiter *&limiter = m_limiters[limiterKey];
    if (!limiter)
        limiter = new RateLimiter(requestsPerMinute, this);
    else
        limiter->setRequestsPerMinute(requestsPerMinute);
}

QString ProviderClient::normalizedBase(const QUrl &baseUrl)
{
    return baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments).toString();
}

bool ProviderClient::rejectsStreamOptions(const QUrl &baseUrl) const
{
    return m_noStreamOptions.contains(normalizedBase(baseUrl));
}

ChatStream *ProviderClient::createChat(ChatRequest request, const QString &limiterKey, QObject *parent)
{
    if (rejectsStreamOptions(request.baseUrl))
        request.includeUsage = false;
    RateLimiter *limiter = limiterKey.isEmpty() ? nullptr : m_limiters.value(limiterKey);
    auto *stream = new ChatStream(m_network, request, m_policy, limiter, parent ? parent : this);
    const QString base = normalizedBase(request.baseUrl);
    connect(stream, &ChatStream::streamOptionsRejected, this, [this, base] { m_noStreamOptions.insert(base); });
    return stream;
}

ModelListRequest *ProviderClient::createModelList(const ProviderProfile &profile, const QString &apiKey, QObject *parent)
{
    auto *request = new ModelListRequest(m_network, profile.baseUrl, apiKey, 30'000, parent ? parent : this);
    request->setTransportRules(profile.allowKeyOverHttp, profile.extraHeaders);
    return request;
}
