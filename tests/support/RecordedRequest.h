#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

// One HTTP request as the test server received it, kept for assertions.
struct RecordedRequest
{
    QByteArray method;
    QByteArray target;   // path and query as sent, e.g. "/v1/chat/completions"
    QByteArray version;  // "HTTP/1.1"
    QList<QPair<QByteArray, QByteArray>> headers; // names as sent, in order
    QByteArray body;
    int connectionId = 0; // which TCP connection carried it (to check keep-alive reuse)

    // The first header with this name (case-insensitive), or an empty array.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    QByteArray path() const; // target without the query
    QJsonObject jsonBody() const;
};
