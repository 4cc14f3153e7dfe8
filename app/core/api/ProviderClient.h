#pragma once

#include "api/ChatRequest.h"
#include "api/RetryPolicy.h"
#include "settings/ProviderProfile.h"

#include <QHash>
#include <QObject>
#include <QSet>

class ChatStream;
class ModelListRequest;
class NetworkPool;
class QNetworkAccessManager;
class RateLimiter;

// The entry point to providers: creates chat streams and model-list requests on the injected
// QNetworkAccessManager, applies the retry policy and a rate limiter per profile, and remembers
// for the life of the process which base URLs reject stream_options. Streams to plain-http hosts
// are spread over a NetworkPool built on that manager, so more than six can stream from one
// local server at once on Qt 6.4.
class ProviderClient final : public QObject
{
    Q_OBJECT

public:
    explicit ProviderClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ProviderClient() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    RetryPolicy retryPolicy() const { return m_policy; }
    // Requests per minute for one limiter key (a profile id); 0 removes the limit.
    void setRequestsPerMinute(const QString &limiterKey, int requestsPerMinute);
    // Spread https streams over the pool too (the benchmark does: an https server that does not
    // speak HTTP/2 has the same six-connection limit). Off by default, since HTTP/2 multiplexes.
    void setSpreadHttps(bool spread) { m_spreadHttps = spread; }
    NetworkPool &pool() { return *m_pool; }

    // A new, not yet started stream owned by `parent` (this client if null). Call start() after
    // connecting its signals. `limiterKey` picks the rate limiter (empty: none).
    ChatStream *createChat(ChatRequest request, const QString &limiterKey = {}, QObject *parent = nullptr);
    // A new, not yet started GET /models request to the profile's provider, with its rules.
    ModelListRequest *createModelList(const ProviderProfile &profile, const QString &apiKey, QObject *parent = nullptr);

    bool rejectsStreamOptions(const QUrl &baseUrl) const;

private:
    static QString normalizedBase(const QUrl &baseUrl);

    QNetworkAccessManager *m_network = nullptr;
    NetworkPool *m_pool = nullptr;
    bool m_spreadHttps = false;
    RetryPolicy m_policy;
    QHash<QString, RateLimiter *> m_limiters;
    QSet<QString> m_noStreamOptions;
};
