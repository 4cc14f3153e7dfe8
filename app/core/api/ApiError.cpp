#include "api/ApiError.h"

#include "domain/ApiKey.h"
#include "domain/NameTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace {

QString valueAsText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

bool containsAny(const QString &haystack, std::initializer_list<const char *> needles)
{
    for (const char *needle : needles) {
        if (haystack.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// Header values come from the network: "1e300" or "inf" must not overflow a qint64. A day is
// far beyond any wait the retry policy would honour anyway.
qint64 clampedMs(double ms)
{
    constexpr double kDayMs = 86'400'000.0;
    if (!(ms >= 0)) // also catches NaN
        return 0;
    return qint64(std::min(ms, kDayMs));
}

// "6m0s", "1.5s", "250ms", "1h2m3s" (the x-ratelimit-reset-* format) in milliseconds.
std::optional<qint64> parseGoDuration(const QByteArray &text)
{
    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d+)?)(ms|h|m|s)"));
    const QString value = QString::fromLatin1(text.trimmed());
    if (value.isEmpty())
        return std::nullopt;
    double total = 0;
    qsizetype consumed = 0;
    for (auto it = part.globalMatch(value); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedStart() != consumed)
            return std::nullopt;
        consumed = match.capturedEnd();
        const double amount = match.captured(1).toDouble();
        const QString unit = match.captured(2);
        if (unit == u"ms")
            total += amount;
        else if (unit == u"s")
            total += amount * 1000;
        else if (unit == u"m")
            total += amount * 60'000;
        else
            total += amount * 3'600'000;
    }
    if (consumed != value.size())
        return std::nullopt;
    return clampedMs(total);
}

// The "message" of an error object whose JSON was cut off (Tally reads only the start of a long
// error body): the string's characters up to the cut, unescaped; empty when there is none.
QString messageFromCutJson(const QByteArray &body)
{
    static const QRegularExpression key(QStringLiteral("\"message\"\\s*:\\s*\""));
    const QString text = QString::fromUtf8(body);
    const QRegularExpressionMatch match = key.match(text);
    if (!match.hasMatch())
        return {};
    QString raw;
    for (qsizetype i = match.capturedEnd(); i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"')
            break;
        if (c == u'\\') {
            if (i + 1 >= text.size())
                break; // the cut fell inside an escape
            const qsizetype length = text.at(i + 1) == u'u' ? 6 : 2;
            if (i + length > text.size())
                break;
            raw += QStringView(text).sliced(i, length);
            i += length - 1;
            continue;
        }
        raw += c;
    }
    const QJsonDocument parsed = QJsonDocument::fromJson(QByteArray("[\"" + raw.toUtf8() + "\"]"));
    return parsed.array().first().toString();
}

} // namespace

ApiError::ApiError(Kind kind, const QString &detail)
    : m_kind(kind)
    , m_detail(excerpt(detail, kMaxMessageChars))
{
}

void ApiError::redact(const QString &apiKey)
{
    m_providerMessage = ApiKey::redact(m_providerMessage, apiKey);
    m_providerCode = ApiKey::redact(m_providerCode, apiKey);
    m_providerType = ApiKey::redact(m_providerType, apiKey);
    m_detail = ApiKey::redact(m_detail, apiKey);
    m_requestId = ApiKey::redact(QString::fromLatin1(m_requestId), apiKey).toUtf8();
    const QString target = m_redirectTarget.toString();
    if (const QString clean = ApiKey::redact(target, apiKey); clean != target)
        m_redirectTarget = QUrl(clean);
}

QString ApiError::excerpt(const QString &text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return text;
    qsizetype keep = maxChars;
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.left(keep) + u'…';
}

QString ApiError::byteSize(qint64 bytes)
{
    constexpr qint64 kMegabyte = 1024 * 1024;
    const QLocale locale;
    if (bytes >= kMegabyte)
        return tr("%1 MB").arg(locale.toString(double(bytes) / kMegabyte, 'g', 4));
    return tr("%1 KB").arg(locale.toString(double(bytes) / 1024, 'g', 4));
}

QString ApiError::kindName() const
{
    return kindName(m_kind);
}

namespace {

using Kind = ApiError::Kind;
using KindNames = NameTable<Kind>;

// Stored in Message::errorKind and printed in the stats JSON: never rename one.
constexpr KindNames::Row kKindNames[] = {
    {Kind::None, "none"},
    {Kind::MissingKey, "missing_key"},
    {Kind::Authentication, "authentication"},
    {Kind::PaymentRequired, "payment_required"},
    {Kind::RateLimited, "rate_limited"},
    {Kind::ContextTooLong, "context_too_long"},
    {Kind::ModelNotFound, "model_not_found"},
    {Kind::BadRequest, "bad_request"},
    {Kind::Server, "server"},
    {Kind::Network, "network"},
    {Kind::Timeout, "timeout"},
    {Kind::Incomplete, "incomplete"},
    {Kind::Cancelled, "cancelled"},
    {Kind::Configuration, "configuration"},
    {Kind::InvalidResponse, "invalid_response"},
};
static_assert(std::size(kKindNames) == int(Kind::InvalidResponse) + 1, "every kind has a stored name");

} // namespace

QString ApiError::kindName(Kind kind)
{
    return KindNames::nameOf(kKindNames, kind, "unknown");
}

std::optional<ApiError::Kind> ApiError::kindFromName(const QString &name)
{
    return KindNames::valueOf(kKindNames, name);
}

QString ApiError::userMessage() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::MissingKey:
        return tr("No API key is set for this provider (the placeholder YOUR_HOLYSHEEP_API_KEY is "
                  "not a key). Get a key from the provider's dashboard (for HolySheep: "
                  "https://www.holysheep.ai/register) and add it in Settings, or set the key's "
                  "environment variable.");
    case Kind::Authentication:
        if (m_httpStatus == 403)
            return tr("The provider refused access (HTTP 403): this key may not use this model or "
                      "endpoint. Check the key's permissions or choose another model.");
        return tr("The provider rejected the API key (HTTP 401). Check that the key is complete, "
                  "has no extra spaces and belongs to this provider, then update it in Settings.");
    case Kind::PaymentRequired:
        return tr("Your account with this provider has no credit or quota left. Top up or check "
                  "your plan on the provider's billing page.");
    case Kind::RateLimited:
        return tr("Too many requests: the provider asks you to slow down (HTTP 429). Wait a moment "
                  "and try again, or lower the requests per minute in Settings.");
    case Kind::ContextTooLong:
        return tr("The conversation is longer than the model's context window. Shorten it (remove "
                  "older messages or start a new conversation) or lower the maximum reply length, "
                  "then send again.");
    case Kind::ModelNotFound:
        return tr("The provider does not offer the requested model. Choose a model from the "
                  "provider's model list.");
    case Kind::BadRequest:
        if (m_httpStatus == 404)
            return tr("The provider has no chat endpoint at this address (HTTP 404). Check the base "
                      "URL: most providers need it to end in /v1.");
        return tr("The provider refused the request as invalid (HTTP %1). See the details below.")
            .arg(m_httpStatus);
    case Kind::Server:
        return tr("The provider had a server error (HTTP %1). Try again in a moment.").arg(m_httpStatus);
    case Kind::Network:
        return tr("Could not reach the provider: %1. Check your connection and proxy settings.")
            .arg(m_detail);
    case Kind::Timeout:
        return tr("The provider sent no data for too long and the request was stopped. Try again.");
    case Kind::Incomplete:
        if (!m_detail.isEmpty())
            return tr("The reply was cut off before it finished: %1. The text so far is kept: you can "
                      "continue it or try again.").arg(m_detail);
        return tr("The reply was cut off before it finished. The text so far is kept: you can "
                  "continue it or try again.");
    case Kind::Cancelled:
        return tr("Stopped. The text so far is kept.");
    case Kind::Configuration:
        if (m_redirectTarget.isValid() && !m_redirectTarget.isEmpty())
            return tr("The base URL redirected to %1. Use that address as the base URL.")
                .arg(m_redirectTarget.toDisplayString());
        if (m_httpStatus >= 300 && m_httpStatus < 400)
            return tr("The base URL answered with a redirect (HTTP %1) to no address. Check the base URL.")
                .arg(m_httpStatus);
        return m_detail.isEmpty() ? tr("The provider settings are not usable.") : m_detail;
    case Kind::InvalidResponse:
        return tr("The provider's answer could not be read as a chat reply (%1).").arg(m_detail);
    }
    return {};
}

QString ApiError::fullMessage() const
{
    QString message = userMessage();
    QStringList facts;
    if (m_httpStatus > 0)
        facts << tr("HTTP %1").arg(m_httpStatus);
    if (!m_providerMessage.isEmpty())
        facts << tr("provider says: %1").arg(m_providerMessage);
    if (!m_requestId.isEmpty())
        facts << tr("request id: %1").arg(QString::fromLatin1(m_requestId));
    if (!facts.isEmpty())
        message += u'\n' + facts.join(QStringLiteral(" · "));
    return message;
}

void ApiError::readErrorObject(const QJsonObject &object)
{
    // Shapes seen in the wild: {"error":{"message","type","code","param"}} (OpenAI and most),
    // {"error":"text"}, {"object":"error","message",...} (vLLM), {"message":...} (bare).
    const QJsonValue error = object.value(QLatin1String("error"));
    QJsonObject details = object;
    if (error.isObject())
        details = error.toObject();
    else if (error.isString())
        m_providerMessage = error.toString();

    if (m_providerMessage.isEmpty())
        m_providerMessage = details.value(QLatin1String("message")).toString();
    m_providerMessage = excerpt(m_providerMessage, kMaxMessageChars);
    m_providerCode = excerpt(valueAsText(details.value(QLatin1String("code"))), kMaxWordChars);
    m_providerType = details.value(QLatin1String("type")).toString();
    if (m_providerType.isEmpty())
        m_providerType = details.value(QLatin1String("status")).toString(); // Gemini
    m_providerType = excerpt(m_providerType, kMaxWordChars);
    if (m_httpStatus == 0) {
        // A numeric code inside a stream usually is the HTTP status the upstream would have used.
        const int code = details.value(QLatin1String("code")).toInt();
        if (code >= 400 && code < 600)
            m_httpStatus = code;
    }
}

void ApiError::classifyClientError()
{
    const QString text = m_providerMessage + u' ' + m_providerCode + u' ' + m_providerType;
    const bool mentionsContext = containsAny(text, {"context_length_exceeded", "exceed_context_size",
                                                    "maximum context length", "context length",
                                                    "context window", "too many tokens",
                                                    "prompt is too long", "n_ctx"});
    const bool mentionsQuota = containsAny(text, {"insufficient_quota", "quota", "balance", "billing", "spend_limit",
                                                  "credit", "insufficient"});
    const bool mentionsModel = containsAny(text, {"model_not_found", "model not found", "no such model",
                                                  "unknown model", "does not exist", "not_found_error",
                                                  "invalid model", "model"});

    // Gemini answers a bad key with 400 INVALID_ARGUMENT "API key not valid".
    const bool badKey = containsAny(text, {"api key not valid", "invalid api key", "invalid_api_key",
                                           "incorrect api key"});

    const int status = m_httpStatus;
    if (status == 401 || status == 403 || (status == 400 && badKey)) {
        m_kind = Kind::Authentication;
    } else if (status == 402) {
        m_kind = Kind::PaymentRequired;
    } else if (status == 429) {
        m_kind = mentionsQuota ? Kind::PaymentRequired : Kind::RateLimited;
    } else if (status >= 500 || status == 408) {
        m_kind = Kind::Server;
    } else if (mentionsContext) {
        m_kind = Kind::ContextTooLong;
    } else if (status == 404) {
        m_kind = mentionsModel && !m_providerMessage.isEmpty() ? Kind::ModelNotFound : Kind::BadRequest;
    } else if (containsAny(text, {"model_not_found", "model not found", "no such model", "unknown model"})) {
        m_kind = Kind::ModelNotFound;
    } else if (status >= 300 && status < 400) {
        m_kind = Kind::Configuration;
    } else {
        m_kind = Kind::BadRequest;
    }
}

ApiError ApiError::keyOverPlainHttp(const QString &host)
{
    return ApiError(Kind::Configuration,
                    tr("Tally will not send your API key unencrypted to %1 over http://. Use an https:// address, "
                       "or allow keys over http for this profile if the network is trusted.")
                        .arg(host));
}

ApiError ApiError::fromHttpResponse(int status, const QByteArray &body, const QByteArray &contentType,
                                    const QByteArray &requestId, std::optional<qint64> retryAfterMs)
{
    ApiError error;
    error.m_httpStatus = status;
    error.setRequestId(requestId);
    error.m_retryAfterMs = retryAfterMs;

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (document.isObject()) {
        error.readErrorObject(document.object());
    } else if (document.isArray() && !document.array().isEmpty()) {
        error.readErrorObject(document.array().first().toObject()); // Gemini wraps it in a list
    } else if (const QString cut = messageFromCutJson(body); !cut.isEmpty()) {
        error.setProviderMessage(cut); // a long error object, read only in part
    } else if (!body.trimmed().isEmpty()) {
        // HTML from a proxy, or plain text: keep a readable excerpt for the details.
        QString excerpt = QString::fromUtf8(body.left(2048));
        if (contentType.contains("html") || excerpt.trimmed().startsWith(u'<')) {
            static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
            excerpt.remove(tags);
        }
        error.m_detail = excerpt.simplified().left(300);
        if (error.m_providerMessage.isEmpty() && !contentType.contains("html"))
            error.m_providerMessage = error.m_detail;
    }
    error.classifyClientError();
    return error;
}

ApiError ApiError::fromStreamError(const QJsonObject &errorEnvelope)
{
    ApiError error;
    error.readErrorObject(errorEnvelope);
    if (error.m_httpStatus > 0) {
        error.classifyClientError();
        return error;
    }
    const QString text = error.m_providerMessage + u' ' + error.m_providerCode + u' ' + error.m_providerType;
    if (containsAny(text, {"context_length_exceeded", "exceed_context_size", "maximum context length"}))
        error.m_kind = Kind::ContextTooLong;
    else if (containsAny(text, {"insufficient_quota", "quota"}))
        error.m_kind = Kind::PaymentRequired;
    else if (containsAny(text, {"rate_limit", "rate limit", "too many requests"}))
        error.m_kind = Kind::RateLimited;
    else if (containsAny(text, {"invalid_api_key", "authentication", "unauthorized"}))
        error.m_kind = Kind::Authentication;
    else if (containsAny(text, {"model_not_found"}))
        error.m_kind = Kind::ModelNotFound;
    else
        error.m_kind = Kind::Server;
    return error;
}

std::optional<qint64> ApiError::parseRetryAfter(const QByteArray &retryAfterMs, const QByteArray &retryAfter,
                                                const QByteArray &resetRequests, const QDateTime &now)
{
    bool ok = false;
    if (!retryAfterMs.isEmpty()) {
        const double ms = retryAfterMs.trimmed().toDouble(&ok);
        if (ok && ms >= 0)
            return clampedMs(ms);
    }
    if (!retryAfter.isEmpty()) {
        const double seconds = retryAfter.trimmed().toDouble(&ok);
        if (ok && seconds >= 0)
            return clampedMs(seconds * 1000);
        // HTTP dates are IMF-fixdate ("Fri, 27 Nov 2026 12:00:30 GMT"), which Qt 6.4's RFC 2822
        // parser rejects because of the "GMT" zone name, so read that form first.
        const QString text = QString::fromLatin1(retryAfter.trimmed());
        QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        if (when.isValid())
            when = QDateTime(when.date(), when.time(), Qt::UTC);
        else
            when = QDateTime::fromString(text, Qt::RFC2822Date);
        if (when.isValid())
            return std::max<qint64>(0, now.msecsTo(when));
    }
    if (!resetRequests.isEmpty())
        return parseGoDuration(resetRequests);
    return std::nullopt;
}

bool ApiError::rejectsStreamOptions() const
{
    return m_httpStatus == 400
        && (m_providerMessage.contains(QLatin1String("stream_options"), Qt::CaseInsensitive)
            || m_detail.contains(QLatin1String("stream_options"), Qt::CaseInsensitive));
}
