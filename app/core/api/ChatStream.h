#pragma once

#include "api/ChatChunk.h"
#include "api/ChatRequest.h"
#include "api/ChatResult.h"
#include "api/RateLimiter.h"
#include "api/RetryPolicy.h"
#include "api/SseDecoder.h"

#include <QBasicTimer>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

// One reply in flight: sends the request, decodes the stream as it arrives, emits text as it
// comes, retries transient failures that happen before the first text, and ends exactly once
// with replyFinished(). The only class that touches QNetworkReply for chat.
//
// Cancel-safety: Qt emits finished() synchronously inside QNetworkReply::abort(), so every
// abort here disconnects the reply first and deletes it later, never inside its own signal.
class ChatStream final : public QObject
{
    Q_OBJECT

public:
    ChatStream(QNetworkAccessManager *network, const ChatRequest &request, const RetryPolicy &policy,
               RateLimiter *limiter = nullptr, QObject *parent = nullptr);
    ~ChatStream() override;

    // Starts the first attempt. Connect the signals first: a request that cannot be sent at all
    // (no key, bad URL) finishes inside this call.
    void start();
    // Stops the reply at the user's request; the text so far is kept. Safe at any time.
    void cancel();

    bool isRunning() const { return m_started && !m_finished; }
    const ChatRequest &request() const { return m_request; }
    QString content() const { return m_content; }
    QString reasoning() const { return m_reasoning; }

Q_SIGNALS:
    void contentDelta(const QString &text);
    void reasoningDelta(const QString &text);
    void usageReported(const TokenUsage &usage);
    // A failed attempt will be tried again after delayMs (retry counts from 1).
    void retryScheduled(int retry, qint64 delayMs, const ApiError &error);
    // The provider refused stream_options; the stream goes on without it (remember that).
    void streamOptionsRejected();
    void replyFinished(const ChatResult &result);

private:
    enum class BodyMode { Undecided, EventStream, Json, ErrorBody };

    void beginAttempt();
    void send();
    void onMetaDataChanged();
    void onReadyRead();
    // False when a receiver of what the bytes carried deleted the stream.
    bool handleBody(const QByteArray &bytes);
    // Ends the attempt (a retry or the end of the reply); false when a receiver of the outcome
    // deleted the stream.
    bool endAttempt(const ApiError &error);
    void onReplyFinished();
    void timerEvent(QTimerEvent *event) override;
    void onIdleTimeout();
    void onTotalTimeout();
    // False when a receiver of an event's chunk deleted the stream: touch nothing then.
    bool handleEvents(const QList<SseEvent> &events);
    void handleChunk(const ChatChunk &chunk);
    // Adds provider text to the reply and emits it, up to the reply's size limit; false when the
    // limit cut it, in which case the reply has ended as incomplete, or when a receiver deleted
    // the stream: the caller must not touch it then.
    bool appendText(const QString &content, const QString &reasoning);
    bool fitToLimit(QString &text);
    // Provider text on its way out of api/: the request's key redacted and lone surrogates
    // replaced; an end that may begin the key or a surrogate pair waits in `pending` unless
    // this is the last piece.
    QString cleanDelta(QString &pending, const QString &delta, bool last) const;
    // False when a receiver of the last text deleted the stream.
    bool flushPending();
    // Adds the parts of a delta that are cleaned and fitted to the reply, and announces them,
    // reasoning first. False when a receiver deleted the stream (allowed: a caller may drop it
    // at once), so the caller returns without touching a member.
    bool keep(const QString &reasoningPart, const QString &contentPart);
    qint64 maxReplyBytes() const;
    qint64 jsonLimit() const;
    // An error answer is read (as much as is worth reading): classify it and end the attempt.
    void endErrorBody();
    void handleAttemptError(ApiError error);
    void finish(ChatResult::State state, const ApiError &error);
    void resetAttemptState();
    TokenUsage finalUsage() const;
    ApiError errorFromNetwork(int networkError, const QString &errorString) const;

    QNetworkAccessManager *m_network = nullptr;
    ChatRequest m_request;
    RetryPolicy m_policy;
    QPointer<RateLimiter> m_limiter;
    RateLimiter::Ticket m_ticket = 0;
    QPointer<QNetworkReply> m_reply;
    // Plain timers, not QTimer objects: a stream is made for every request (tally-cli bench
    // makes thousands a second), and these cost no allocation and no connection. The idle timer
    // is not restarted for every event: an event that says something moves m_lastDataMs, and
    // the timer, when it fires early, waits for the rest.
    QBasicTimer m_idleTimer;
    QBasicTimer m_totalTimer;
    QBasicTimer m_retryTimer;
    qint64 m_lastDataMs = 0; // on m_clock: the attempt was sent, or the last event that said something
    qint64 m_idleArmedMs = 0; // m_lastDataMs when the idle timer was last set

    SseDecoder m_decoder;
    BodyMode m_mode = BodyMode::Undecided;
    QByteArray m_body; // a JSON reply or an error body, collected whole
    int m_status = 0;
    QByteArray m_contentType;
    QByteArray m_requestId;

    QElapsedTimer m_clock; // restarted when each attempt is sent
    QElapsedTimer m_sinceFirstSend; // totalMs counts the retries and their waits too
    std::optional<qint64> m_ttfbMs;
    std::optional<qint64> m_firstTokenMs;
    std::optional<qint64> m_lastTokenMs;

    QString m_content;
    QString m_reasoning;
    QString m_pendingContent;   // held back: it may be the start of the key
    QString m_pendingReasoning;
    QString m_finishReason;
    QString m_model;
    QString m_rawModel; // as the provider last sent it, so an unchanged model is not cleaned again
    std::optional<TokenUsage> m_usage;
    std::optional<double> m_reportedCost;
    std::optional<double> m_serverTokensPerSecond;
    QStringList m_warnings;
    bool m_doneMarker = false;
    bool m_http2 = false;
    qint64 m_replyBytes = 0; // UTF-8 bytes of content and reasoning kept so far

    int m_attempts = 0;
    int m_retries = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_timedOut = false;
};
