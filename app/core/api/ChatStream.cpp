#include "api/ChatStream.h"

#include "api/RequestLog.h"
#include "api/TlsSupport.h"
#include "domain/TokenEstimator.h"

#include <QJsonDocument>
#include <QJsonObject>
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QHttp1Configuration>
#endif
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace {

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
// Enough for every conversation a person streams at once, and for tally-cli bench's concurrency.
constexpr int kMaxConnectionsPerHost = 32;
#endif

// Error bodies and non-streamed replies are read whole; anything larger is not an API answer.
constexpr qsizetype kMaxBodyBytes = 16 * 1024 * 1024;

} // namespace

ChatStream::ChatStream(QNetworkAccessManager *network, const ChatRequest &request, const RetryPolicy &policy,
                       RateLimiter *limiter, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_request(request)
    , m_policy(policy)
    , m_limiter(limiter)
    , m_idleTimer(new QTimer(this))
    , m_totalTimer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
{
    for (QTimer *timer : {m_idleTimer, m_totalTimer, m_retryTimer})
        timer->setSingleShot(true);
    connect(m_idleTimer, &QTimer::timeout, this, &ChatStream::onIdleTimeout);
    connect(m_totalTimer, &QTimer::timeout, this, &ChatStream::onTotalTimeout);
    connect(m_retryTimer, &QTimer::timeout, this, &ChatStream::beginAttempt);
}

ChatStream::~ChatStream()
{
    if (m_limiter && m_ticket)
        m_limiter->withdraw(m_ticket);
    abortReply();
}

void ChatStream::start()
{
    if (m_started)
        return;
    m_started = true;

    const QUrl url = m_request.baseUrl;
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"https" && url.scheme() != u"http")) {
        finish(ChatResult::State::Failed,
               ApiError(ApiError::Kind::Configuration,
                        tr("The base URL \"%1\" is not a valid http:// or https:// address.")
                            .arg(url.toDisplayString())));
        return;
    }
    if (url.scheme() == u"https" && !TlsSupport::isAvailable()) {
        finish(ChatResult::State::Failed, ApiError(ApiError::Kind::Configuration, TlsSupport::problem()));
        return;
    }
    if (m_request.keyRequired && !m_request.hasUsableKey()) {
        finish(ChatResult::State::Failed, ApiError(ApiError::Kind::MissingKey));
        return;
    }
    if (m_request.wouldExposeKey()) {
        finish(ChatResult::State::Failed, ApiError::keyOverPlainHttp(url.host()));
        return;
    }
    beginAttempt();
}

void ChatStream::cancel()
{
    if (m_finished)
        return;
    m_started = true;
    finish(ChatResult::State::Cancelled, ApiError(ApiError::Kind::Cancelled));
}

void ChatStream::beginAttempt()
{
    if (m_finished)
        return;
    ++m_attempts;
    if (!m_limiter) {
        send();
        return;
    }
    // The limiter may admit at once (inside acquire) or later from its timer.
    const QPointer<ChatStream> self(this);
    m_ticket = m_limiter->acquire([self] {
        if (self) {
            self->m_ticket = 0;
            self->send();
        }
    });
}

void ChatStream::resetAttemptState()
{
    m_decoder.reset();
    m_mode = BodyMode::Undecided;
    m_body.clear();
    m_status = 0;
    m_contentType.clear();
    m_requestId.clear();
    m_ttfbMs.reset();
    m_doneMarker = false;
    m_http2 = false;
    m_timedOut = false;
}

void ChatStream::send()
{
    if (m_finished)
        return;
    resetAttemptState();

    QNetworkRequest request(m_request.endpoint());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", m_request.stream ? QByteArrayLiteral("text/event-stream")
                                                    : QByteArrayLiteral("application/json"));
    if (m_request.hasUsableKey())
        request.setRawHeader("Authorization", "Bearer " + m_request.apiKey.trimmed().toUtf8());
    for (const auto &[name, value] : std::as_const(m_request.extraHeaders))
        request.setRawHeader(name, value);
    // Local servers often choke on the h2c upgrade Qt would send over plain http.
    const bool https = m_request.baseUrl.scheme() == u"https";
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, https && m_request.http2Allowed);
    // A redirected POST means a wrong base URL; following it could turn it into a GET.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_request.transferTimeoutMs > 0 ? m_request.transferTimeoutMs
                                                               : m_request.idleTimeoutMs);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    // A streaming reply holds its HTTP/1.1 connection for its whole length, and Qt allows six
    // per host by default: the seventh conversation streaming from the same local server would
    // wait for one of the others to finish. Qt 6.4 has no way to raise this (see the note in
    // docs/ARCHITECTURE.md); HTTPS with HTTP/2 multiplexes and is not affected.
    QHttp1Configuration http1;
    http1.setNumberOfConnectionsPerHost(kMaxConnectionsPerHost);
    request.setHttp1Configuration(http1);
#endif

    qCDebug(lcTallyApi).noquote() << RequestLog::describe("POST", request);
    m_clock.start();
    m_reply = m_network->post(request, m_request.body());
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ChatStream::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &ChatStream::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ChatStream::onReplyFinished);
    m_idleTimer->start(m_request.idleTimeoutMs);
    m_totalTimer->start(m_request.totalTimeoutMs);
}

void ChatStream::onMetaDataChanged()
{
    if (!m_reply || m_mode != BodyMode::Undecided)
        return;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    m_ttfbMs = m_clock.elapsed();
    m_status = status.toInt();
    m_contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    m_http2 = m_reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    m_requestId = m_reply->rawHeader("x-request-id");
    if (m_requestId.isEmpty())
        m_requestId = m_reply->rawHeader("request-id");

    if (m_status < 200 || m_status >= 300)
        m_mode = BodyMode::ErrorBody; // never fed to the SSE decoder, whatever its content type
    else if (m_contentType.contains("application/json") || !m_request.stream)
        m_mode = BodyMode::Json;      // a server that answered a stream request without streaming
    else
        m_mode = BodyMode::EventStream;
}

void ChatStream::onReadyRead()
{
    if (!m_reply)
        return;
    if (m_mode == BodyMode::Undecided)
        onMetaDataChanged();
    const QByteArray bytes = m_reply->readAll();
    switch (m_mode) {
    case BodyMode::EventStream:
        handleEvents(m_decoder.feed(bytes));
        break;
    case BodyMode::Json:
    case BodyMode::ErrorBody:
        if (m_body.size() < kMaxBodyBytes)
            m_body += bytes;
        break;
    case BodyMode::Undecided:
        break;
    }
}

void ChatStream::handleEvents(const QList<SseEvent> &events)
{
    for (const SseEvent &event : events) {
        if (m_finished || m_doneMarker || !m_reply)
            return; // finished by an earlier event, or [DONE] seen: the rest is ignored
        if (event.isDone()) {
            m_doneMarker = true;
            m_idleTimer->stop();
            continue;
        }
        m_idleTimer->start(m_request.idleTimeoutMs); // a data event, not a keep-alive comment
        if (event.kind == SseEvent::Kind::RawLine) {
            const ChatChunk raw = ChatChunk::fromStreamData(event.data, "error");
            if (raw.valid && raw.error)
                handleChunk(raw);
            continue;
        }
        const ChatChunk chunk = ChatChunk::fromStreamData(event.data, event.event);
        if (!chunk.valid) {
            ApiError error(ApiError::Kind::InvalidResponse, tr("a stream event was not valid JSON"));
            error.setHttpStatus(m_status);
            error.setRequestId(m_requestId);
            handleAttemptError(error);
            return;
        }
        handleChunk(chunk);
    }
}

void ChatStream::handleChunk(const ChatChunk &chunk)
{
    if (!chunk.model.isEmpty())
        m_model = chunk.model;
    if (chunk.usage) {
        m_usage = chunk.usage;
        Q_EMIT usageReported(*chunk.usage);
    }
    if (chunk.reportedCost)
        m_reportedCost = chunk.reportedCost;
    if (chunk.tokensPerSecond)
        m_serverTokensPerSecond = chunk.tokensPerSecond;
    appendText(chunk.content, chunk.reasoning);
    if (chunk.error) {
        ApiError error = *chunk.error;
        error.setRequestId(m_requestId);
        handleAttemptError(error);
        return;
    }
    if (!chunk.finishReason.isEmpty())
        m_finishReason = chunk.finishReason;
}

void ChatStream::appendText(const QString &content, const QString &reasoning)
{
    if (content.isEmpty() && reasoning.isEmpty())
        return;
    const qint64 now = m_clock.elapsed();
    if (!m_firstTokenMs)
        m_firstTokenMs = now;
    m_lastTokenMs = now;
    if (!reasoning.isEmpty()) {
        m_reasoning += reasoning;
        Q_EMIT reasoningDelta(reasoning);
    }
    if (!content.isEmpty()) {
        m_content += content;
        Q_EMIT contentDelta(content);
    }
}

void ChatStream::onReplyFinished()
{
    if (!m_reply || m_finished)
        return;
    if (m_mode == BodyMode::Undecided)
        onMetaDataChanged();
    onReadyRead(); // anything still buffered
    if (m_finished || !m_reply)
        return;

    const QNetworkReply::NetworkError networkError = m_reply->error();
    const QString errorString = m_reply->errorString();
    const QUrl location = m_reply->url().resolved(m_reply->header(QNetworkRequest::LocationHeader).toUrl());
    const std::optional<qint64> retryAfter = ApiError::parseRetryAfter(
        m_reply->rawHeader("retry-after-ms"), m_reply->rawHeader("Retry-After"),
        m_reply->rawHeader("x-ratelimit-reset-requests"), QDateTime::currentDateTimeUtc());
    m_idleTimer->stop();
    m_totalTimer->stop();

    if (m_status >= 300 && m_status < 400) {
        ApiError error(ApiError::Kind::Configuration);
        error.setHttpStatus(m_status);
        error.setRedirectTarget(location);
        handleAttemptError(error);
        return;
    }
    if (m_mode == BodyMode::ErrorBody) {
        handleAttemptError(ApiError::fromHttpResponse(m_status, m_body, m_contentType, m_requestId, retryAfter));
        return;
    }
    if (networkError != QNetworkReply::NoError) {
        handleAttemptError(errorFromNetwork(networkError, errorString));
        return;
    }
    if (m_mode == BodyMode::Json) {
        const ChatChunk chunk = ChatChunk::fromCompletion(m_body);
        if (!chunk.valid) {
            ApiError error(ApiError::Kind::InvalidResponse, tr("the reply was not valid JSON"));
            error.setHttpStatus(m_status);
            error.setRequestId(m_requestId);
            handleAttemptError(error);
            return;
        }
        handleChunk(chunk);
        if (m_finished)
            return;
        finish(ChatResult::State::Complete, ApiError());
        return;
    }

    handleEvents(m_decoder.finish());
    if (m_finished)
        return;
    if (m_doneMarker || !m_finishReason.isEmpty()) {
        finish(ChatResult::State::Complete, ApiError());
        return;
    }
    // A clean close without [DONE] or a finish_reason is a truncated reply, not a success.
    ApiError error(ApiError::Kind::Incomplete, tr("the stream ended without a finish marker"));
    error.setHttpStatus(m_status);
    error.setRequestId(m_requestId);
    handleAttemptError(error);
}

ApiError ChatStream::errorFromNetwork(int networkError, const QString &errorString) const
{
    ApiError error;
    error.setRequestId(m_requestId);
    error.setHttpStatus(m_status);
    // Qt reports its own transfer timeout as OperationCanceledError on some versions; the user's
    // Stop never gets here (cancel() disconnects first), so a cancel code here is a timeout.
    if (m_timedOut || networkError == QNetworkReply::TimeoutError
        || networkError == QNetworkReply::OperationCanceledError) {
        error.setKind(ApiError::Kind::Timeout);
        error.setDetail(errorString);
        return error;
    }
    error.setKind(ApiError::Kind::Network);
    error.setDetail(errorString);
    return error;
}

void ChatStream::onIdleTimeout()
{
    if (m_finished || !m_reply)
        return;
    m_timedOut = true;
    abortReply();
    ApiError error(ApiError::Kind::Timeout,
                   tr("no data for %1 s").arg(m_request.idleTimeoutMs / 1000.0, 0, 'f', 1));
    error.setHttpStatus(m_status);
    error.setRequestId(m_requestId);
    handleAttemptError(error);
}

void ChatStream::onTotalTimeout()
{
    if (m_finished || !m_reply)
        return;
    m_timedOut = true;
    abortReply();
    ApiError error(ApiError::Kind::Timeout,
                   tr("the reply took longer than %1 s").arg(m_request.totalTimeoutMs / 1000));
    error.setHttpStatus(m_status);
    error.setRequestId(m_requestId);
    handleAttemptError(error);
}

void ChatStream::handleAttemptError(ApiError error)
{
    if (m_finished)
        return;
    abortReply();
    m_idleTimer->stop();
    m_totalTimer->stop();

    const bool textReceived = !m_content.isEmpty() || !m_reasoning.isEmpty();
    if (textReceived) {
        // Whatever broke, the words already shown stay, and nothing is retried behind the
        // user's back. The provider's details are kept for the banner.
        error.setKind(ApiError::Kind::Incomplete);
        finish(ChatResult::State::Incomplete, error);
        return;
    }
    if (error.rejectsStreamOptions() && m_request.stream && m_request.includeUsage) {
        m_request.includeUsage = false;
        Q_EMIT streamOptionsRejected();
        beginAttempt(); // a protocol fallback, not a retry: the policy's budget is untouched
        return;
    }
    const std::optional<qint64> delay = m_policy.nextDelay(error, m_retries, textReceived);
    if (!delay) {
        finish(ChatResult::State::Failed, error);
        return;
    }
    ++m_retries;
    Q_EMIT retryScheduled(m_retries, *delay, error);
    if (!m_finished) // a slot may have cancelled us
        m_retryTimer->start(int(*delay));
}

void ChatStream::abortReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

TokenUsage ChatStream::finalUsage() const
{
    if (m_usage)
        return *m_usage;
    // No usage from the server: count locally and say so.
    QList<QPair<QString, QString>> messages;
    messages.reserve(m_request.messages.size());
    for (const ChatMessage &message : m_request.messages)
        messages.append({message.role, message.content});
    return TokenEstimator::estimateUsage(TokenEstimator::estimateMessages(messages), m_content, m_reasoning);
}

void ChatStream::finish(ChatResult::State state, const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_limiter && m_ticket) {
        m_limiter->withdraw(m_ticket);
        m_ticket = 0;
    }
    m_retryTimer->stop();
    m_idleTimer->stop();
    m_totalTimer->stop();
    const bool wasSent = m_clock.isValid();
    const qint64 elapsed = wasSent ? m_clock.elapsed() : 0;
    abortReply();

    ChatResult result;
    result.state = state;
    result.content = m_content;
    result.reasoning = m_reasoning;
    result.error = error;
    result.httpStatus = m_status;
    result.http2 = m_http2;
    MessageStats &stats = result.stats;
    stats.attempts = m_attempts;
    stats.model = m_model.isEmpty() ? m_request.model : m_model;
    stats.finishReason = m_finishReason;
    stats.reportedCost = m_reportedCost;
    if (wasSent) {
        stats.ttfbMs = m_ttfbMs;
        stats.ttftMs = m_firstTokenMs;
        stats.totalMs = elapsed;
        stats.usage = finalUsage();
        stats.tokensPerSecond = MessageStats::outputSpeed(stats.usage.completionTokens, m_firstTokenMs,
                                                          m_lastTokenMs, m_serverTokensPerSecond);
    }
    Q_EMIT replyFinished(result);
}
