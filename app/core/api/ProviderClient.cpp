#include "api/ProviderClient.h"

#include "api/ChatStream.h"
#include "api/ModelListRequest.h"
#include "api/NetworkPool.h"
#include "api/RateLimiter.h"

#include <memory>

ProviderClient::ProviderClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_pool(new NetworkPool(network, this))
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
    const QUrl endpoint = request.endpoint();
    const bool spread = endpoint.scheme() == u"http" || m_spreadHttps;
    QNetworkAccessManager *network = spread ? m_pool->acquire(endpoint) : m_network;
    auto *stream = new ChatStream(network, request, m_policy, limiter, parent ? parent : this);
    if (spread) {
        // The slot is taken until the reply ends or the stream goes, whichever comes first.
        const auto release = [pool = m_pool, network, endpoint, released = std::make_shared<bool>(false)] {
            if (!*released) {
                *released = true;
                pool->release(network, endpoint);
            }
        };
        connect(stream, &ChatStream::replyFinished, m_pool, release);
        connect(stream, &QObject::destroyed, m_pool, release);
    }
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
