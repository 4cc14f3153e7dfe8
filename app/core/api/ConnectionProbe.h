#pragma once

#include "api/ConnectionReport.h"
#include "settings/ProviderProfile.h"

#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;
class QSslSocket;
class QTimer;

// "Test connection": resolves the provider's host, opens a TCP connection and a TLS session to it
// on a socket of its own (through the same proxy Tally's requests use), then sends GET /models on
// the injected QNetworkAccessManager with the profile's key, and times every stage. Nothing blocks;
// finished() comes once, after the first stage that fails or the answer to the request.
class ConnectionProbe final : public QObject
{
    Q_OBJECT

public:
    ConnectionProbe(QNetworkAccessManager *network, const ProviderProfile &profile, const QString &apiKey,
                    int timeoutMs = 15'000, QObject *parent = nullptr);
    ~ConnectionProbe() override;

    void start();
    void cancel();

    // The proxy a request to `url` goes through on `network`, and its name for people.
    static QNetworkProxy proxyFor(const QNetworkAccessManager &network, const QUrl &url);
    static QString describe(const QNetworkProxy &proxy);

Q_SIGNALS:
    void finished(const ConnectionReport &report);

private:
    void onResolved(const class QHostInfo &info);
    void connectSocket();
    void sendRequest();
    void onReplyFinished();
    // The answer's status and, for an error, what its body says; the probe needs no more.
    void evaluateReply(QNetworkReply *reply);
    void fail(ConnectionReport::Stage stage, ApiError::Kind kind, const QString &rawError);
    void finish();
    qint64 lap();

    QNetworkAccessManager *m_network = nullptr;
    ProviderProfile m_profile;
    QString m_apiKey;
    int m_timeoutMs = 0;
    ConnectionReport m_report;
    QNetworkProxy m_proxy;
    QElapsedTimer m_total;
    QElapsedTimer m_stage;
    int m_lookupId = -1;
    QSslSocket *m_socket = nullptr;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body; // the start of the answer, up to ApiError::kMaxErrorBodyBytes
    QTimer *m_timeout = nullptr;
    bool m_done = false;
};
