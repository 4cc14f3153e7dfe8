#pragma once

#include "api/ApiError.h"
#include "api/ModelInfo.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QTimer;

// Fetches GET {baseUrl}/models without blocking, and ends once with listFinished(): the models
// sorted by id, or an error; never from inside start(). Tolerates the extra fields and string-typed numbers providers use.
class ModelListRequest final : public QObject
{
    Q_OBJECT

public:
    ModelListRequest(QNetworkAccessManager *network, const QUrl &baseUrl, const QString &apiKey,
                     int timeoutMs = 30'000, QObject *parent = nullptr);
    ~ModelListRequest() override;

    // The profile's transport rules: whether the key may go over plain http to another host, and
    // the extra headers its provider wants. Without this call the key never goes over plain http
    // except to this computer.
    void setTransportRules(bool allowKeyOverHttp, const QList<QPair<QByteArray, QByteArray>> &extraHeaders);

    void start();
    void cancel();

    // Parses a /models body; returns nullopt if it is not a model list.
    static std::optional<QList<ModelInfo>> parse(const QByteArray &json);
    // The largest list read: OpenRouter's hundreds of models with descriptions are about 1 MB.
    static constexpr qsizetype kMaxListBytes = 16 * 1024 * 1024;
    qsizetype maxListBytes() const { return m_maxListBytes; }
    void setMaxListBytes(qsizetype bytes) { m_maxListBytes = bytes; }
    // What Qt may hold of a /models answer before Tally has read it. Without a read buffer size
    // Qt 6.4's HTTP thread reads whatever the server sends as fast as it comes, and a server that
    // floods the socket can make it buffer gigabytes before the first readyRead; with one, Qt
    // stops reading the socket until Tally has taken the bytes, so a flood is read at Tally's pace.
    // Set on every reply that carries a /models answer (Fetch models and Test connection).
    static constexpr qint64 kReadBufferBytes = 256 * 1024;
    // GET {baseUrl}/models as Tally sends it: JSON accepted, a usable key as a bearer token, the
    // profile's extra headers (logged, key redacted). Test connection sends the same request.
    static QNetworkRequest buildRequest(const QUrl &baseUrl, const QString &apiKey,
                                        const QList<QPair<QByteArray, QByteArray>> &extraHeaders, bool http2);
    // The error of a finished reply (status 0: no answer), or none for a 2xx answer.
    static ApiError errorOf(const QNetworkReply &reply, const QByteArray &body);
    // Lets `reply` (sent with buildRequest()) follow a redirect only within the origin it was sent
    // to: same scheme, host and port, so the key and the plain-http rule cannot be carried
    // anywhere else. Any other target goes to `refused` (with the redirect's status) and is not
    // followed; the caller then aborts the reply.
    static void followWithinOrigin(QNetworkReply *reply, QObject *context,
                                   std::function<void(const QUrl &target, int status)> refused);
    static bool isSameOrigin(const QUrl &a, const QUrl &b);
    // The error a refused redirect is reported with, the words chat uses.
    static ApiError redirectRefused(const QUrl &target, int status);

Q_SIGNALS:
    void listFinished(const QList<ModelInfo> &models, const ApiError &error);

private:
    void onReadyRead();
    void onFinished();
    ApiError tooLong() const;
    void finish(const QList<ModelInfo> &models, const ApiError &error);

    QNetworkAccessManager *m_network = nullptr;
    QUrl m_baseUrl;
    QString m_apiKey;
    int m_timeoutMs = 0;
    bool m_allowKeyOverHttp = false;
    QList<QPair<QByteArray, QByteArray>> m_extraHeaders;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body; // read as it arrives, up to its limit
    qsizetype m_maxListBytes = kMaxListBytes;
    bool m_finished = false;
};
