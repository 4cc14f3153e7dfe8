#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

// What went wrong with a request, as one of a few kinds that decide what Tally does next (retry
// or not) and what the user is offered, with everything the provider told us: HTTP status, its
// message and code, the request id for support, and how long it asked us to wait.
class ApiError final
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,            // no error
        MissingKey,      // no key, or the YOUR_HOLYSHEEP_API_KEY placeholder: never sent
        Authentication,  // 401, 403
        PaymentRequired, // 402, or 429 that says quota/balance is exhausted
        RateLimited,     // 429
        ContextTooLong,  // the prompt does not fit the model's context window
        ModelNotFound,   // 404 model_not_found and friends
        BadRequest,      // other 4xx
        Server,          // 5xx, 529
        Network,         // DNS, refused, reset, TLS, proxy
        Timeout,         // no data for too long, or the overall cap
        Incomplete,      // the stream ended or broke after it began, without a proper end
        Cancelled,       // the user pressed Stop
        Configuration,   // a redirect, a key over plain http, a malformed base URL
        InvalidResponse, // the server answered with something that is not the protocol
    };

    ApiError() = default;
    explicit ApiError(Kind kind, const QString &detail = {});

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }

    int httpStatus() const { return m_httpStatus; }             // 0 when there was no response
    QString providerMessage() const { return m_providerMessage; } // the provider's own words
    QString providerCode() const { return m_providerCode; }       // string or number, as text
    QString providerType() const { return m_providerType; }
    QByteArray requestId() const { return m_requestId; }          // x-request-id and similar
    std::optional<qint64> retryAfterMs() const { return m_retryAfterMs; }
    QUrl redirectTarget() const { return m_redirectTarget; }
    QString detail() const { return m_detail; }                  // technical detail (Qt error text, body excerpt)

    // What a provider says is kept as a bounded excerpt: a message of megabytes would otherwise
    // be stored with the reply and shown in full.
    static constexpr qsizetype kMaxMessageChars = 2000;
    static constexpr qsizetype kMaxWordChars = 200; // codes, types, request ids
    // An error answer is a few hundred bytes of JSON; what comes past this adds nothing to what
    // its first part says, so Tally reads no more of an error body than this.
    static constexpr qsizetype kMaxErrorBodyBytes = 64 * 1024;

    void setHttpStatus(int status) { m_httpStatus = status; }
    void setProviderMessage(const QString &message) { m_providerMessage = excerpt(message, kMaxMessageChars); }
    void setProviderCode(const QString &code) { m_providerCode = excerpt(code, kMaxWordChars); }
    void setProviderType(const QString &type) { m_providerType = excerpt(type, kMaxWordChars); }
    void setRequestId(const QByteArray &id) { m_requestId = id.left(kMaxWordChars); }
    void setRetryAfterMs(std::optional<qint64> ms) { m_retryAfterMs = ms; }
    void setRedirectTarget(const QUrl &url) { m_redirectTarget = url; }
    void setDetail(const QString &detail) { m_detail = excerpt(detail, kMaxMessageChars); }
    void setKind(Kind kind) { m_kind = kind; }

    // Replaces the key wherever the provider's words, the details or the redirect target
    // repeat it (some providers echo the key in their errors), before the error is shown,
    // printed or stored anywhere.
    void redact(const QString &apiKey);

    // `text` cut to at most `maxChars` characters (never inside a surrogate pair) plus "…".
    static QString excerpt(const QString &text, qsizetype maxChars);
    // "4 MB", "256 KB": how the limits are named in messages.
    static QString byteSize(qint64 bytes);

    // Stable lower-case name for JSON and logs: "authentication", "rate_limited", ...
    QString kindName() const;
    static QString kindName(Kind kind);
    // The kind a stored kindName() names (Message::errorKind); nullopt for a name no kind has.
    // The inverse of kindName() over one table, so a renamed kind cannot silently lose its meaning.
    static std::optional<Kind> kindFromName(const QString &name);
    // A translated sentence or two for people: what happened and what to do about it.
    QString userMessage() const;
    // userMessage() plus the status, the provider's message and the request id when known.
    QString fullMessage() const;

    // The refusal to send a key over plain http to `host` (see ChatRequest::wouldExposeKey()).
    static ApiError keyOverPlainHttp(const QString &host);
    // An HTTP error answer: classifies it by status and by what the body says.
    static ApiError fromHttpResponse(int status, const QByteArray &body, const QByteArray &contentType,
                                     const QByteArray &requestId, std::optional<qint64> retryAfterMs);
    // An error object found inside a stream ({"error":{...}}, {"object":"error",...}, ...).
    static ApiError fromStreamError(const QJsonObject &errorEnvelope);
    // Parses the Retry-After family of headers; nullopt when none is usable. `now` is for tests.
    static std::optional<qint64> parseRetryAfter(const QByteArray &retryAfterMs, const QByteArray &retryAfter,
                                                 const QByteArray &resetRequests, const QDateTime &now);
    // True when a 400 says the stream_options parameter is not supported.
    bool rejectsStreamOptions() const;

    friend bool operator==(const ApiError &, const ApiError &) = default;

private:
    void readErrorObject(const QJsonObject &object);
    void classifyClientError();

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_providerMessage;
    QString m_providerCode;
    QString m_providerType;
    QByteArray m_requestId;
    std::optional<qint64> m_retryAfterMs;
    QUrl m_redirectTarget;
    QString m_detail;
};
