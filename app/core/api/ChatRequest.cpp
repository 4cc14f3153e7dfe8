#include "api/ChatRequest.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    if (temperature)
        object.insert(QStringLiteral("temperature"), *temperature);
    if (topP)
        object.insert(QStringLiteral("top_p"), *topP);
    if (maxTokens)
        object.insert(QStringLiteral("max_tokens"), *maxTokens);
    object.insert(QStringLiteral("stream"), stream);
    if (stream && includeUsage)
        object.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool ChatRequest::isPlaceholderKey(const QString &key)
{
    return key.trimmed() == u"YOUR_HOLYSHEEP_API_KEY";
}

bool ChatRequest::hasUsableKey() const
{
    return !apiKey.trimmed().isEmpty() && !isPlaceholderKey(apiKey);
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
