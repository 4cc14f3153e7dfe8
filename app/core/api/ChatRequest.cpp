#include "api/ChatRequest.h"

#include "domain/ApiKey.h"
#include "settings/ProviderProfile.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

QUrl appendPath(const QUrl &base, const QString &segment)
{
    QUrl url = base;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u'/' + segment);
    return url;
}

QUrl ChatRequest::endpoint() const
{
    return appendPath(baseUrl, QStringLiteral("chat/completions"));
}

QByteArray ChatRequest::body() const
{
    QJsonArray jsonMessages;
    for (const ChatMessage &message : messages)
        jsonMessages.append(QJsonObject{{QStringLiteral("role"), message.role},
                                        {QStringLiteral("content"), message.content}});
    QJsonObject object{{QStringLiteral("model"), model}, {QStringLiteral("messages"), jsonMessages}};
    // Whatever a setting, an imported conversation or a caller holds, the provider only ever
    // gets values in the ranges the API defines (a 1e308 temperature is not sent as such).
    if (temperature && std::isfinite(*temperature))
        object.insert(QStringLiteral("temperature"), std::clamp(*temperature, 0.0, 2.0));
    if (topP && std::isfinite(*topP))
        object.insert(QStringLiteral("top_p"), std::clamp(*topP, 0.0, 1.0));
    if (maxTokens && *maxTokens > 0)
        object.insert(QStringLiteral("max_tokens"), *maxTokens);
    object.insert(QStringLiteral("stream"), stream);
    if (stream && includeUsage)
        object.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool ChatRequest::hasUsableKey() const
{
    return ApiKey::isUsable(apiKey);
}

bool ChatRequest::wouldExposeKey() const
{
    return hasUsableKey() && baseUrl.scheme() == u"http" && !isLoopback() && !allowKeyOverHttp;
}

bool ChatRequest::isLoopback() const
{
    return isLoopbackHost(baseUrl.host());
}

bool ChatRequest::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

void ChatRequest::applyProfile(const ProviderProfile &profile)
{
    baseUrl = profile.baseUrl;
    provider = profile.preset;
    keyRequired = profile.needsKey;
    http2Allowed = profile.http2;
    allowKeyOverHttp = profile.allowKeyOverHttp;
    extraHeaders = profile.extraHeaders;
    if (model.isEmpty())
        model = profile.defaultModel;
}

QByteArray ChatRequest::cacheKey() const
{
    // The body as the provider would see it, so any parameter that changes the answer changes
    // the key; streaming only changes how the same answer travels.
    ChatRequest canonical = *this;
    canonical.stream = false;
    canonical.includeUsage = false;
    canonical.apiKey.clear();
    const QString base = baseUrl.toString(QUrl::NormalizePathSegments | QUrl::StripTrailingSlash);
    const QJsonObject key{{QStringLiteral("base"), base},
                          {QStringLiteral("body"), QJsonDocument::fromJson(canonical.body()).object()}};
    return QCryptographicHash::hash(QJsonDocument(key).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex();
}
