#include "api/ConnectionProbe.h"

#include "api/AbandonReply.h"
#include "api/ChatRequest.h"
#include "api/ModelListRequest.h"
#include "api/TlsSupport.h"
#include "domain/ApiKey.h"

#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSslSocket>
#include <QTimer>

ConnectionProbe::ConnectionProbe(QNetworkAccessManager *network, const ProviderProfile &profile, const QString &apiKey,
                                 int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_profile(profile)
    , m_apiKey(apiKey)
    , m_timeoutMs(timeoutMs)
{
    m_report.url = appendPath(profile.baseUrl, QStringLiteral("models"));
}

ConnectionProbe::~ConnectionProbe()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    abandonReply(m_reply, this);
}

QNetworkProxy ConnectionProbe::proxyFor(const QNetworkAccessManager &network, const QUrl &url)
{
    // The order QNetworkAccessManager itself follows: its own proxy, its factory, then the
    // application-wide setting (which may be the system's).
    QList<QNetworkProxy> candidates;
    if (network.proxy().type() != QNetworkProxy::DefaultProxy)
        candidates = {network.proxy()};
    else if (network.proxyFactory())
        candidates = network.proxyFactory()->queryProxy(QNetworkProxyQuery(url));
    else
        candidates = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    for (const QNetworkProxy &proxy : std::as_const(candidates)) {
        if (proxy.type() == QNetworkProxy::NoProxy || proxy.type() == QNetworkProxy::HttpProxy
            || proxy.type() == QNetworkProxy::Socks5Proxy)
            return proxy;
    }
    return QNetworkProxy(QNetworkProxy::NoProxy);
}

QString ConnectionProbe::describe(const QNetworkProxy &proxy)
{
    const QString where = proxy.hostName() + u':' + QString::number(proxy.port());
    switch (proxy.type()) {
    case QNetworkProxy::HttpProxy:
        return tr("HTTP proxy %1").arg(where);
    case QNetworkProxy::Socks5Proxy:
        return tr("SOCKS5 proxy %1").arg(where);
    default:
        return tr("none (direct connection)");
    }
}

void ConnectionProbe::start()
{
    m_total.start();
    m_stage.start();
    m_timeout = new QTimer(this);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        const auto stage = m_reply ? ConnectionReport::Stage::Request
            : m_socket && m_socket->state() == QAbstractSocket::ConnectedState ? ConnectionReport::Stage::Tls
            : m_socket ? ConnectionReport::Stage::Connect
                       : ConnectionReport::Stage::Dns;
        fail(stage, ApiError::Kind::Timeout, tr("No answer within %Ln second(s).", nullptr, m_timeoutMs / 1000));
    });
    m_timeout->start(m_timeoutMs);

    const QUrl &base = m_profile.baseUrl;
    if (!base.isValid() || base.host().isEmpty() || (base.scheme() != u"https" && base.scheme() != u"http")) {
        fail(ConnectionReport::Stage::Dns, ApiError::Kind::Configuration,
             tr("\"%1\" is not an http:// or https:// address.").arg(base.toDisplayString()));
        return;
    }
    if (base.scheme() == u"https" && !TlsSupport::isAvailable()) {
        fail(ConnectionReport::Stage::Tls, ApiError::Kind::Configuration, TlsSupport::problem());
        return;
    }
    // The same rule as every chat request, checked before anything goes on the network.
    ChatRequest rules;
    rules.baseUrl = base;
    rules.apiKey = m_apiKey;
    rules.allowKeyOverHttp = m_profile.allowKeyOverHttp;
    if (rules.wouldExposeKey()) {
        const ApiError refusal = ApiError::keyOverPlainHttp(base.host());
        fail(ConnectionReport::Stage::Request, refusal.kind(), refusal.detail());
        return;
    }
    m_proxy = proxyFor(*m_network, m_report.url);
    m_report.proxy = describe(m_proxy);
    if (m_proxy.type() != QNetworkProxy::NoProxy) {
        // The proxy resolves the provider's name; there is no lookup of ours to time.
        QTimer::singleShot(0, this, &ConnectionProbe::connectSocket);
        return;
    }
    m_lookupId = QHostInfo::lookupHost(base.host(), this, &ConnectionProbe::onResolved);
}

void ConnectionProbe::cancel()
{
    fail(ConnectionReport::Stage::Done, ApiError::Kind::Cancelled, {});
}

qint64 ConnectionProbe::lap()
{
    return m_stage.restart();
}

void ConnectionProbe::onResolved(const QHostInfo &info)
{
    m_lookupId = -1;
    if (m_done)
        return;
    m_report.dnsMs = lap();
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        fail(ConnectionReport::Stage::Dns, ApiError::Kind::Network, info.errorString());
        return;
    }
    m_report.address = info.addresses().constFirst().toString();
    connectSocket();
}

void ConnectionProbe::connectSocket()
{
    if (m_done)
        return;
    lap();
    const QUrl &base = m_profile.baseUrl;
    const bool tls = base.scheme() == u"https";
    const quint16 port = quint16(base.port(tls ? 443 : 80));
    m_socket = new QSslSocket(this);
    m_socket->setProxy(m_proxy);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this] {
        if (m_done)
            return;
        const bool connected = m_socket->state() == QAbstractSocket::ConnectedState || m_report.connectMs;
        fail(connected ? ConnectionReport::Stage::Tls : ConnectionReport::Stage::Connect, ApiError::Kind::Network,
             m_socket->errorString());
    });
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts << error.errorString();
        fail(ConnectionReport::Stage::Tls, ApiError::Kind::Network, texts.join(QStringLiteral("; ")));
    });
    connect(m_socket, &QAbstractSocket::connected, this, [this, tls, base] {
        m_report.connectMs = lap();
        if (!tls) {
            m_socket->disconnect(this); // closing it is not an error to report
            m_socket->disconnectFromHost();
            sendRequest();
            return;
        }
        // The TLS handshake is timed on its own: a slow handshake and a slow network look the
        // same to people otherwise. The name is checked against the certificate as usual.
        m_socket->setPeerVerifyName(base.host());
        m_socket->startClientEncryption();
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_report.tlsMs = lap();
        m_socket->disconnect(this);
        m_socket->disconnectFromHost();
        sendRequest();
    });
    // Straight to the address already looked up, so DNS is not counted twice; through a proxy
    // the proxy gets the name.
    if (!m_report.address.isEmpty())
        m_socket->connectToHost(QHostAddress(m_report.address), port);
    else
        m_socket->connectToHost(base.host(), port);
}

void ConnectionProbe::sendRequest()
{
    if (m_done)
        return;
    // The request "Fetch models" sends, so what is tested is what is used.
    const QNetworkRequest request = ModelListRequest::buildRequest(
        m_profile.baseUrl, m_apiKey, m_profile.extraHeaders, m_profile.http2 && m_profile.baseUrl.scheme() == u"https");
    lap();
    m_reply = m_network->get(request);
    m_reply->setReadBufferSize(ModelListRequest::kReadBufferBytes);
    ModelListRequest::followWithinOrigin(m_reply, this, [this](const QUrl &target, int status) {
        if (m_done)
            return;
        m_report.httpStatus = status;
        m_report.error = ModelListRequest::redirectRefused(target, status);
        m_report.failedAt = ConnectionReport::Stage::Request;
        m_report.rawError = m_report.error.userMessage();
        finish(); // aborts the reply before anything is sent to the other address
    });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (!m_report.firstByteMs)
            m_report.firstByteMs = m_stage.elapsed();
    });
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        QNetworkReply *const reply = m_reply;
        if (!reply || m_done)
            return;
        const QByteArray bytes = reply->readAll();
        if (m_body.size() >= ApiError::kMaxErrorBodyBytes)
            return; // already ending
        m_body += QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), ApiError::kMaxErrorBodyBytes - m_body.size()));
        if (m_body.size() < ApiError::kMaxErrorBodyBytes)
            return;
        // Enough to judge the answer: a list of gigabytes is no reason to wait. From the event
        // loop, not inside readyRead, where Qt warns about an abort.
        QMetaObject::invokeMethod(this, [this, reply] {
            if (m_reply == reply && !m_done)
                evaluateReply(reply);
        }, Qt::QueuedConnection);
    });
    connect(m_reply, &QNetworkReply::finished, this, &ConnectionProbe::onReplyFinished);
}

void ConnectionProbe::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    if (m_body.size() < ApiError::kMaxErrorBodyBytes && reply->isOpen())
        m_body += reply->read(ApiError::kMaxErrorBodyBytes - m_body.size());
    evaluateReply(reply);
}

void ConnectionProbe::evaluateReply(QNetworkReply *reply)
{
    m_report.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const ApiError error = ModelListRequest::errorOf(*reply, m_body);
    if (error.isError()) {
        m_report.error = error;
        m_report.failedAt = ConnectionReport::Stage::Request;
        m_report.rawError = reply->errorString();
    }
    finish(); // aborts the reply if it is still going
}

void ConnectionProbe::fail(ConnectionReport::Stage stage, ApiError::Kind kind, const QString &rawError)
{
    if (m_done)
        return;
    m_report.failedAt = stage;
    m_report.error = ApiError(kind, rawError);
    m_report.rawError = rawError;
    finish();
}

void ConnectionProbe::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_report.totalMs = m_total.isValid() ? m_total.elapsed() : 0;
    m_report.error.redact(m_apiKey); // some providers echo the key in their errors
    m_report.rawError = ApiKey::redact(m_report.rawError, m_apiKey);
    if (m_timeout)
        m_timeout->stop();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    abandonReply(m_reply, this);
    // Queued, so a caller never gets the report from inside start() or cancel().
    QMetaObject::invokeMethod(this, [this] { Q_EMIT finished(m_report); }, Qt::QueuedConnection);
}
