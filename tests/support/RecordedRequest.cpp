#include "RecordedRequest.h"

QByteArray RecordedRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool RecordedRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray RecordedRequest::path() const
{
    QByteArray path = target;
    // A request through a proxy carries the absolute URL ("http://host:port/v1/..."): strip
    // the scheme and authority so queues and handlers match on the path alone.
    if (const qsizetype scheme = path.indexOf("://"); scheme > 0 && scheme < path.indexOf('/')) {
        const qsizetype slash = path.indexOf('/', scheme + 3);
        path = slash < 0 ? QByteArray("/") : path.mid(slash);
    }
    const qsizetype query = path.indexOf('?');
    return query < 0 ? path : path.left(query);
}

QJsonObject RecordedRequest::jsonBody() const
{
    return QJsonDocument::fromJson(body).object();
}
