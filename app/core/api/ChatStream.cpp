#include "api/ChatStream.h"

#include "api/AbandonReply.h"
#include "api/RequestLog.h"
#include "api/TlsSupport.h"
#include "domain/ApiKey.h"
#include "domain/SafeText.h"
#include "domain/TokenEstimator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QHttp1Configuration>
#endif
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimerEvent>

namespace {

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
// Enough for every conversation a person streams at once, and for tally-cli bench's concurrency.
constexpr int kMaxConnectionsPerHost = 32;
#endif

constexpr qsizetype kMaxErrorBodyBytes = ApiError::kMaxErrorBodyBytes;
constexpr qint64 kReadPieceBytes = 256 * 1024;
// A non-streamed reply is JSON, whose escapes can make it several times the text it carries.
constexpr qint64 kJsonBytesPerTextByte = 4;

// The UTF-8 length of the character starting at `i` (a surrogate pair is one character).
int utf8Length(QStringView text, qsizetype i)
{
    const char16_t c = text.at(i).unicode();
    if (c < 0x80)
        return 1;
    if (c < 0x800)
        return 2;
    if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text.at(i + 1).unicode()))
        return 4;
    return 3;
}

qint64 utf8Length(QStringView text)
{
    qint64 bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int length = utf8Length(text, i);
        bytes += length;
        if (length == 4)
            ++i;
    }
    return bytes;
}

} // namespace

ChatStream::ChatStream(QNetworkAccessManager *network, const ChatRequest &request, const RetryPolicy &policy,
                       RateLimiter *limiter, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_request(request)
    , m_policy(policy)
    , m_limiter(limiter)
{
}

ChatStream::~ChatStream()
{
    if (m_limiter && m_ticket)
        m_limiter->withdraw(m_ticket);
    abandonReply(m_reply, this);
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
    if (!m_sinceFirstSend.isValid())
        m_sinceFirstSend.start();
    m_reply = m_network->post(request, m_request.body());
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ChatStream::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &ChatStream::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ChatStream::onReplyFinished);
    m_lastDataMs = 0;
    m_idleArmedMs = 0;
    m_idleTimer.start(m_request.idleTimeoutMs, this);
    m_totalTimer.start(m_request.totalTimeoutMs, this);
}

void ChatStream::timerEvent(QTimerEvent *event)
{
    const int id = event->timerId();
    if (id == m_idleTimer.timerId()) {
        m_idleTimer.stop();
        // Data came since the timer was set: wait for what is left of the idle time. (Without
        // data it has run its course: a coarse timer may fire a little early, as QTimer did.)
        const qint64 quiet = m_clock.elapsed() - m_lastDataMs;
        if (m_lastDataMs > m_idleArmedMs && quiet < m_request.idleTimeoutMs && !m_finished && m_reply) {
            m_idleArmedMs = m_lastDataMs;
            m_idleTimer.start(int(m_request.idleTimeoutMs - quiet), this);
        } else {
            onIdleTimeout();
        }
    } else if (id == m_totalTimer.timerId()) {
        m_totalTimer.stop();
        onTotalTimeout();
    } else if (id == m_retryTimer.timerId()) {
        m_retryTimer.stop();
        beginAttempt();
    } else {
        QObject::timerEvent(event);
    }
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
    m_contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower().left(200);
    m_http2 = m_reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    m_requestId = m_reply->rawHeader("x-request-id").left(ApiError::kMaxWordChars);
    if (m_requestId.isEmpty())
        m_requestId = m_reply->rawHeader("request-id").left(ApiError::kMaxWordChars);


    if (m_status < 200 || m_status >= 300)
        m_mode = BodyMode::ErrorBody; // never fed to the SSE decoder, whatever its content type
    else if (m_contentType.contains("application/json") || !m_request.stream)
        m_mode = BodyMode::Json;      // a server that answered a stream request without streaming
    else
        m_mode = BodyMode::EventStream;
}

void ChatStream::onReadyRead()
{
    QNetworkReply *const reply = m_reply;
    if (!reply)
        return;
    if (m_mode == BodyMode::Undecided)
        onMetaDataChanged();
    if (m_reply != reply)
        return; // refused at the headers
    // In pieces: Qt 6.4 buffers whatever the server sends as fast as it comes (setReadBufferSize
    // does not hold it back), so reading it all at once would hold a flood twice; a reply that
    // reaches a limit stops after the piece that reached it. A receiver of what a piece carried
    // may have deleted the stream.
    while (m_reply == reply && !m_finished && reply->isOpen() && reply->bytesAvailable() > 0
           && !(m_mode == BodyMode::ErrorBody && m_body.size() >= kMaxErrorBodyBytes)) {
        if (!handleBody(reply->read(kReadPieceBytes)))
            return;
    }
}

bool ChatStream::handleBody(const QByteArray &bytes)
{
    QNetworkReply *const reply = m_reply;
    switch (m_mode) {
    case BodyMode::EventStream:
        if (!handleEvents(m_decoder.feed(bytes)))
            return false; // deleted by a receiver of what the events carried
        if (m_reply == reply && m_decoder.overflow() != SseDecoder::Overflow::None) {
            const bool line = m_decoder.overflow() == SseDecoder::Overflow::Line;
            ApiError error(ApiError::Kind::InvalidResponse,
                           line ? tr("a line of the stream was longer than %1").arg(ApiError::byteSize(m_decoder.maxLineBytes()))
                                : tr("an event of the stream was larger than %1").arg(ApiError::byteSize(m_decoder.maxEventBytes())));
            error.setHttpStatus(m_status);
            error.setRequestId(m_requestId);
            return endAttempt(error);
        }
        break;
    case BodyMode::Json:
        m_body += bytes;
        if (m_body.size() > jsonLimit()) {
            ApiError error(ApiError::Kind::InvalidResponse,
                           tr("the reply was larger than %1").arg(ApiError::byteSize(jsonLimit())));
            error.setHttpStatus(m_status);
            error.setRequestId(m_requestId);
            return endAttempt(error);
        }
        break;
    case BodyMode::ErrorBody:
        if (m_body.size() >= kMaxErrorBodyBytes)
            break; // already ending
        m_body += QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), kMaxErrorBodyBytes - m_body.size()));
        if (m_body.size() >= kMaxErrorBodyBytes) {
            // What the first part says is what the error is. Ended from the event loop: Qt warns
            // when a reply with a Content-Length is aborted inside its own readyRead.
            QMetaObject::invokeMethod(this, [this, reply] {
                if (m_reply == reply && !m_finished)
                    endErrorBody();
            }, Qt::QueuedConnection);
        }
        break;
    case BodyMode::Undecided:
        break;
    }
    return true;
}

bool ChatStream::endAttempt(const ApiError &error)
{
    const QPointer<ChatStream> self(this);
    handleAttemptError(error);
    return !self.isNull();
}

qint64 ChatStream::maxReplyBytes() const
{
    return m_request.maxReplyBytes > 0 ? m_request.maxReplyBytes : ChatRequest::kDefaultMaxReplyBytes;
}

qint64 ChatStream::jsonLimit() const
{
    return kJsonBytesPerTextByte * maxReplyBytes();
}

void ChatStream::endErrorBody()
{
    if (!m_reply)
        return;
    const QUrl location = m_reply->url().resolved(m_reply->header(QNetworkRequest::LocationHeader).toUrl());
    const std::optional<qint64> retryAfter = ApiError::parseRetryAfter(
        m_reply->rawHeader("retry-after-ms"), m_reply->rawHeader("Retry-After"),
        m_reply->rawHeader("x-ratelimit-reset-requests"), QDateTime::currentDateTimeUtc());
    if (m_status >= 300 && m_status < 400) {
        ApiError error(ApiError::Kind::Configuration);
        error.setHttpStatus(m_status);
        error.setRedirectTarget(location);
        handleAttemptError(error);
        return;
    }
    handleAttemptError(ApiError::fromHttpResponse(m_status, m_body, m_contentType, m_requestId, retryAfter));
}

bool ChatStream::handleEvents(const QList<SseEvent> &events)
{
    const QPointer<ChatStream> self(this);
    for (const SseEvent &event : events) {
        if (!self)
            return false; // a receiver of the last chunk deleted the stream
        if (m_finished || m_doneMarker || !m_reply)
            return true; // finished by an earlier event, or [DONE] seen: the rest is ignored
        if (event.isDone()) {
            m_doneMarker = true;
            m_idleTimer.stop();
            continue;
        }
        if (event.kind == SseEvent::Kind::Message && event.data.trimmed().isEmpty())
            continue; // an empty event is a keep-alive, like a comment: it does not reset the idle timer
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
            return endAttempt(error);
        }
        // Only an event that says something is a sign of life: "{}" or a chunk with nothing in
        // it, sent over and over, must not hold the request open until the total cap.
        if (chunk.hasText() || chunk.usage || !chunk.finishReason.isEmpty() || chunk.error || chunk.reportedCost
            || chunk.tokensPerSecond)
            m_lastDataMs = m_clock.elapsed();
        handleChunk(chunk);
    }
    return !self.isNull();
}

void ChatStream::handleChunk(const ChatChunk &chunk)
{
    // Every chunk names the model; it is cleaned once, not twenty times a reply.
    if (!chunk.model.isEmpty() && chunk.model != m_rawModel) {
        m_rawModel = chunk.model;
        m_model = SafeText::withoutLoneSurrogates(ApiKey::redact(chunk.model, m_request.apiKey));
    }
    for (const QString &problem : chunk.problems) {
        const QString clean = SafeText::withoutLoneSurrogates(ApiKey::redact(problem, m_request.apiKey));
        if (!m_warnings.contains(clean)) {
            m_warnings.append(clean);
            qCWarning(lcTallyApi).noquote() << clean;
        }
    }
    if (chunk.usage) {
        m_usage = chunk.usage;
        const QPointer<ChatStream> self(this);
        Q_EMIT usageReported(*chunk.usage);
        if (!self)
            return;
    }
    if (chunk.reportedCost)
        m_reportedCost = chunk.reportedCost;
    if (chunk.tokensPerSecond)
        m_serverTokensPerSecond = chunk.tokensPerSecond;
    if (!appendText(chunk.content, chunk.reasoning))
        return; // the reply reached its size limit and has ended
    if (chunk.error) {
        ApiError error = *chunk.error;
        error.setRequestId(m_requestId);
        handleAttemptError(error);
        return;
    }
    if (!chunk.finishReason.isEmpty())
        m_finishReason = SafeText::withoutLoneSurrogates(ApiKey::redact(chunk.finishReason, m_request.apiKey));
}

bool ChatStream::appendText(const QString &content, const QString &reasoning)
{
    if (content.isEmpty() && reasoning.isEmpty())
        return true;
    const qint64 now = m_clock.elapsed();
    if (!m_firstTokenMs)
        m_firstTokenMs = now;
    m_lastTokenMs = now;
    QString reasoningPart = cleanDelta(m_pendingReasoning, reasoning, false);
    QString contentPart = cleanDelta(m_pendingContent, content, false);
    const bool reasoningCut = fitToLimit(reasoningPart);
    const bool contentCut = fitToLimit(contentPart);
    if (!keep(reasoningPart, contentPart))
        return false;
    if (!reasoningCut && !contentCut)
        return true;
    if (!m_finished) {
        ApiError error(ApiError::Kind::Incomplete,
                       tr("the reply reached its size limit of %1").arg(ApiError::byteSize(maxReplyBytes())));
        error.setHttpStatus(m_status);
        error.setRequestId(m_requestId);
        handleAttemptError(error);
    }
    return false;
}

QString ChatStream::cleanDelta(QString &pending, const QString &delta, bool last) const
{
    // Usually nothing is held back: no need to copy the delta into a new string first.
    QString text = ApiKey::redact(pending.isEmpty() ? delta : pending + delta, m_request.apiKey);
    pending.clear();
    if (!last) {
        // The key may be split across deltas, and so may a surrogate pair: the end that could
        // be either waits for the next delta (or the end of the reply).
        qsizetype hold = ApiKey::partialMatchAtEnd(text, m_request.apiKey);
        if (!text.isEmpty() && text.back().isHighSurrogate())
            hold = std::max<qsizetype>(hold, 1);
        pending = text.right(hold);
        text.chop(hold);
    }
    return SafeText::withoutLoneSurrogates(text);
}

bool ChatStream::flushPending()
{
    QString reasoningPart = cleanDelta(m_pendingReasoning, {}, true);
    QString contentPart = cleanDelta(m_pendingContent, {}, true);
    fitToLimit(reasoningPart);
    fitToLimit(contentPart);
    return keep(reasoningPart, contentPart);
}

bool ChatStream::keep(const QString &reasoningPart, const QString &contentPart)
{
    if (reasoningPart.isEmpty() && contentPart.isEmpty())
        return true;
    const QPointer<ChatStream> self(this);
    if (!reasoningPart.isEmpty()) {
        m_reasoning += reasoningPart;
        Q_EMIT reasoningDelta(reasoningPart);
        if (!self)
            return false;
    }
    if (!contentPart.isEmpty()) {
        m_content += contentPart;
        Q_EMIT contentDelta(contentPart);
    }
    return !self.isNull();
}

bool ChatStream::fitToLimit(QString &text)
{
    const qint64 room = maxReplyBytes() - m_replyBytes;
    const qint64 bytes = utf8Length(text);
    if (bytes <= room) {
        m_replyBytes += bytes;
        return false;
    }
    // Keep the whole characters that fit; the rest of the reply is not read.
    qsizetype keep = 0;
    qint64 used = 0;
    while (keep < text.size()) {
        const int length = utf8Length(text, keep);
        if (used + length > room)
            break;
        used += length;
        keep += length == 4 ? 2 : 1;
    }
    text.truncate(keep);
    m_replyBytes += used;
    return true;
}

void ChatStream::onReplyFinished()
{
    if (!m_reply || m_finished)
        return;
    QNetworkReply *const reply = m_reply;
    if (m_mode == BodyMode::Undecided)
        onMetaDataChanged();
    if (m_finished || m_reply != reply)
        return;
    const QPointer<ChatStream> self(this);
    onReadyRead(); // anything still buffered
    if (!self || m_finished || m_reply != reply)
        return;

    const QNetworkReply::NetworkError networkError = m_reply->error();
    const QString errorString = m_reply->errorString();
    m_idleTimer.stop();
    m_totalTimer.stop();

    if (m_mode == BodyMode::ErrorBody) {
        endErrorBody(); // 3xx included: a redirect is reported, never followed
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
        if (!self || m_finished)
            return;
        finish(ChatResult::State::Complete, ApiError());
        return;
    }

    if (!handleEvents(m_decoder.finish()) || m_finished)
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
    abandonReply(m_reply, this);
    // Before the headers, the server may be sending headers that never end: Qt 6.4 reads them
    // without a size limit (and stalls on headers over about 64 KB), so this timer is what
    // bounds both.
    const QString seconds = QLocale().toString(m_request.idleTimeoutMs / 1000.0, 'f', 1);
    ApiError error(ApiError::Kind::Timeout, m_status == 0 ? tr("no response from the provider for %1 s").arg(seconds)
                                                          : tr("no data for %1 s").arg(seconds));
    error.setHttpStatus(m_status);
    error.setRequestId(m_requestId);
    handleAttemptError(error);
}

void ChatStream::onTotalTimeout()
{
    if (m_finished || !m_reply)
        return;
    m_timedOut = true;
    abandonReply(m_reply, this);
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
    abandonReply(m_reply, this);
    m_idleTimer.stop();
    m_totalTimer.stop();
    error.redact(m_request.apiKey); // before a retry message prints it

    const bool textReceived = !m_content.isEmpty() || !m_reasoning.isEmpty() || !m_pendingContent.isEmpty()
        || !m_pendingReasoning.isEmpty();
    if (textReceived) {
        // Whatever broke, the words already shown stay, and nothing is retried behind the
        // user's back. The provider's details are kept for the banner.
        error.setKind(ApiError::Kind::Incomplete);
        finish(ChatResult::State::Incomplete, error);
        return;
    }
    if (error.rejectsStreamOptions() && m_request.stream && m_request.includeUsage) {
        m_request.includeUsage = false;
        const QPointer<ChatStream> self(this);
        Q_EMIT streamOptionsRejected();
        if (self)
            beginAttempt(); // a protocol fallback, not a retry: the policy's budget is untouched
        return;
    }
    const std::optional<qint64> delay = m_policy.nextDelay(error, m_retries, textReceived);
    if (!delay) {
        finish(ChatResult::State::Failed, error);
        return;
    }
    ++m_retries;
    const QPointer<ChatStream> self(this);
    Q_EMIT retryScheduled(m_retries, *delay, error);
    // Precise: a coarse timer may fire 5% early, and a retry sent before the provider's
    // Retry-After is over is refused again.
    if (self && !m_finished) // a slot may have cancelled or deleted us
        m_retryTimer.start(int(*delay), Qt::PreciseTimer, this);
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
    m_retryTimer.stop();
    m_idleTimer.stop();
    m_totalTimer.stop();
    const bool wasSent = m_clock.isValid();
    const qint64 elapsed = wasSent ? m_clock.elapsed() : 0;
    abandonReply(m_reply, this);
    if (!flushPending()) // the few characters held back in case they began the key
        return; // a receiver of them deleted the stream: nobody is left to tell

    ChatResult result;
    result.state = state;
    result.content = m_content;
    result.reasoning = m_reasoning;
    result.error = error;
    result.error.redact(m_request.apiKey);
    result.httpStatus = m_status;
    result.http2 = m_http2;
    result.warnings = m_warnings;
    MessageStats &stats = result.stats;
    stats.attempts = m_attempts;
    stats.model = m_model.isEmpty() ? m_request.model : m_model;
    stats.finishReason = m_finishReason;
    stats.reportedCost = m_reportedCost;
    if (wasSent) {
        stats.ttfbMs = m_ttfbMs;
        stats.ttftMs = m_firstTokenMs;
        stats.totalMs = m_sinceFirstSend.isValid() ? m_sinceFirstSend.elapsed() : elapsed;
        stats.usage = finalUsage();
        stats.tokensPerSecond = MessageStats::outputSpeed(stats.usage.completionTokens, m_firstTokenMs,
                                                          m_lastTokenMs, m_serverTokensPerSecond);
    }
    Q_EMIT replyFinished(result);
}
