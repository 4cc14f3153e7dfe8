#include "api/ModelListRequest.h"

#include "api/AbandonReply.h"
#include "api/ChatRequest.h"
#include "domain/ApiKey.h"
#include "domain/CostEstimate.h"
#include "domain/TokenUsage.h"
#include "domain/SafeText.h"
#include "api/RequestLog.h"
#include "api/TlsSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>

namespace {

// OpenRouter sends prices as strings ("0.000002"), others as numbers.
std::optional<double> number(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    bool ok = false;
    const double parsed = value.toString().toDouble(&ok);
    return ok ? std::optional<double>(parsed) : std::nullopt;
}

// Enough for a provider that moved its API within its own server; more is a loop.
constexpr int kMaxRedirects = 5;

} // namespace

ModelListRequest::ModelListRequest(QNetworkAccessManager *network, const QUrl &baseUrl, const QString &apiKey,
                                   int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(baseUrl)
    , m_apiKey(apiKey)
    , m_timeoutMs(timeoutMs)
{
}

ModelListRequest::~ModelListRequest()
{
    abandonReply(m_reply, this);
}

void ModelListRequest::setTransportRules(bool allowKeyOverHttp, const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    m_allowKeyOverHttp = allowKeyOverHttp;
    m_extraHeaders = extraHeaders;
}

void ModelListRequest::start()
{
    // A refusal is reported from the event loop like any answer: a caller that starts and then
    // waits in a local event loop (tally-cli) would otherwise miss it and wait forever.
    const auto refuse = [this](const ApiError &error) {
        QMetaObject::invokeMethod(this, [this, error] { finish({}, error); }, Qt::QueuedConnection);
    };
    if (m_baseUrl.scheme() == u"https" && !TlsSupport::isAvailable()) {
        refuse(ApiError(ApiError::Kind::Configuration, TlsSupport::problem()));
        return;
    }
    // The same rule as chat requests: listing models is no reason to expose the key.
    ChatRequest rules;
    rules.baseUrl = m_baseUrl;
    rules.apiKey = m_apiKey;
    rules.allowKeyOverHttp = m_allowKeyOverHttp;
    if (rules.wouldExposeKey()) {
        refuse(ApiError::keyOverPlainHttp(m_baseUrl.host()));
        return;
    }
    QNetworkRequest request = buildRequest(m_baseUrl, m_apiKey, m_extraHeaders, m_baseUrl.scheme() == u"https");
    request.setTransferTimeout(m_timeoutMs);
    m_reply = m_network->get(request);
    m_reply->setReadBufferSize(kReadBufferBytes);
    followWithinOrigin(m_reply, this, [this](const QUrl &target, int status) {
        abandonReply(m_reply, this);
        finish({}, redirectRefused(target, status));
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &ModelListRequest::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ModelListRequest::onFinished);
}

ApiError ModelListRequest::tooLong() const
{
    return ApiError(ApiError::Kind::InvalidResponse,
                    tr("the model list was larger than %1").arg(ApiError::byteSize(m_maxListBytes)));
}

void ModelListRequest::onReadyRead()
{
    QNetworkReply *const reply = m_reply;
    if (!reply)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool list = status >= 200 && status < 300;
    const qsizetype limit = list ? m_maxListBytes : ApiError::kMaxErrorBodyBytes;
    const QByteArray bytes = reply->isOpen() ? reply->readAll() : QByteArray(); // closed: Qt aborted it
    if (m_body.size() > limit || (!list && m_body.size() == limit))
        return; // already ending
    // One byte past the limit tells a list that is too long from one that just fits.
    m_body += QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), limit + (list ? 1 : 0) - m_body.size()));
    if (m_body.size() < limit || (list && m_body.size() == limit))
        return;
    const ApiError error = list ? tooLong() : errorOf(*reply, m_body);
    abandonReply(m_reply, this);
    finish({}, error);
}

QNetworkRequest ModelListRequest::buildRequest(const QUrl &baseUrl, const QString &apiKey,
                                               const QList<QPair<QByteArray, QByteArray>> &extraHeaders, bool http2)
{
    QNetworkRequest request(appendPath(baseUrl, QStringLiteral("models")));
    request.setRawHeader("Accept", "application/json");
    if (ApiKey::isUsable(apiKey))
        request.setRawHeader("Authorization", "Bearer " + apiKey.trimmed().toUtf8());
    for (const auto &[name, value] : extraHeaders)
        request.setRawHeader(name, value);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, http2);
    // Each redirect is checked by followWithinOrigin(); Qt's default would carry the key to
    // whatever address the server names.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(kMaxRedirects);
    qCDebug(lcTallyApi).noquote() << RequestLog::describe("GET", request);
    return request;
}

ApiError ModelListRequest::errorOf(const QNetworkReply &reply, const QByteArray &body)
{
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        if (reply.error() == QNetworkReply::NoError)
            return ApiError();
        const bool timedOut = reply.error() == QNetworkReply::OperationCanceledError
            || reply.error() == QNetworkReply::TimeoutError;
        return ApiError(timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network, reply.errorString());
    }
    if (status < 300)
        return ApiError();
    return ApiError::fromHttpResponse(status, body, reply.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                                      reply.rawHeader("x-request-id"), std::nullopt);
}

bool ModelListRequest::isSameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &url) { return url.scheme() == u"https" ? 443 : 80; };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort(a)) == b.port(defaultPort(b));
}

void ModelListRequest::followWithinOrigin(QNetworkReply *reply, QObject *context,
                                          std::function<void(const QUrl &, int)> refused)
{
    QObject::connect(reply, &QNetworkReply::redirected, context, [reply, refused](const QUrl &url) {
        // reply->url() already names the target here; the request keeps where it was sent.
        const QUrl origin = reply->request().url();
        const QUrl target = origin.resolved(url);
        if (isSameOrigin(origin, target)) {
            reply->redirectAllowed();
            return;
        }
        refused(target, reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
    });
}

ApiError ModelListRequest::redirectRefused(const QUrl &target, int status)
{
    ApiError error(ApiError::Kind::Configuration);
    error.setHttpStatus(status);
    error.setRedirectTarget(target);
    return error;
}

void ModelListRequest::cancel()
{
    if (m_finished)
        return;
    abandonReply(m_reply, this);
    finish({}, ApiError(ApiError::Kind::Cancelled));
}

std::optional<QList<ModelInfo>> ModelListRequest::parse(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    QJsonArray data;
    if (document.isObject() && document.object().value(QLatin1String("data")).isArray())
        data = document.object().value(QLatin1String("data")).toArray();
    else if (document.isObject() && document.object().value(QLatin1String("models")).isArray())
        data = document.object().value(QLatin1String("models")).toArray(); // Ollama's native shape
    else if (document.isArray())
        data = document.array();
    else
        return std::nullopt;

    QList<ModelInfo> models;
    for (const QJsonValue &value : std::as_const(data)) {
        const QJsonObject object = value.toObject();
        ModelInfo info;
        info.id = object.value(QLatin1String("id")).toString();
        if (info.id.isEmpty())
            info.id = object.value(QLatin1String("name")).toString();
        if (info.id.isEmpty())
            continue;
        info.ownedBy = object.value(QLatin1String("owned_by")).toString();
        // Numbers a provider may get wrong: a window or a price that cannot be real is left out.
        if (const auto context = number(object.value(QLatin1String("context_length")));
            context && *context >= 1 && *context <= double(TokenUsage::kMaxTokens))
            info.contextLength = qint64(*context);
        const QJsonObject pricing = object.value(QLatin1String("pricing")).toObject();
        const auto price = [](std::optional<double> perToken) {
            return perToken && CostEstimate::isPlausibleAmount(*perToken) ? perToken : std::nullopt;
        };
        info.promptPricePerToken = price(number(pricing.value(QLatin1String("prompt"))));
        info.completionPricePerToken = price(number(pricing.value(QLatin1String("completion"))));
        models.append(info);
    }
    std::sort(models.begin(), models.end(),
              [](const ModelInfo &a, const ModelInfo &b) { return a.id.localeAwareCompare(b.id) < 0; });
    return models;
}

void ModelListRequest::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = reply; // so onReadyRead() takes what is still buffered, within the limits
    onReadyRead();
    m_reply = nullptr;
    if (m_finished)
        return;
    const QByteArray body = m_body;
    if (body.size() > m_maxListBytes) {
        finish({}, tooLong());
        return;
    }
    if (const ApiError error = errorOf(*reply, body); error.isError()) {
        finish({}, error);
        return;
    }
    const std::optional<QList<ModelInfo>> models = parse(body);
    if (!models) {
        finish({}, ApiError(ApiError::Kind::InvalidResponse, tr("the model list was not valid JSON")));
        return;
    }
    finish(*models, ApiError());
}

void ModelListRequest::finish(const QList<ModelInfo> &models, const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    // What the provider wrote leaves api/ without the key in it (some echo it in errors).
    QList<ModelInfo> clean = models;
    for (ModelInfo &model : clean) {
        model.id = SafeText::withoutLoneSurrogates(ApiKey::redact(model.id, m_apiKey));
        model.ownedBy = SafeText::withoutLoneSurrogates(ApiKey::redact(model.ownedBy, m_apiKey));
    }
    ApiError cleanError = error;
    cleanError.redact(m_apiKey);
    Q_EMIT listFinished(clean, cleanError);
}
