#include "api/ChatRequest.h"

#include "domain/ApiKey.h"
#include "settings/ProviderProfile.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

QUrl appendPath(const QUrl &base, const QString &segment)
{
    QUrl url = base;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u'/' + segment);
    return url;
}

QUrl ChatRequest::endpoint() const
{
    return appendPath(baseUrl, QStringLiteral("chat/completions"));
}

namespace {

char hexDigit(unsigned value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

// `text` as a JSON string, byte for byte as QJsonDocument writes it: '"', '\\' and control
// characters escaped (\b \f \n \r \t, else \u00xx), everything else as UTF-8, and a lone
// surrogate (which has no UTF-8) as a \uxxxx escape.
void appendJsonString(QByteArray &out, QStringView text)
{
    out += '"';
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p != end) {
        // Runs that need no escape go out through Qt's UTF-8 encoder in one piece.
        const char16_t *run = p;
        while (p != end && *p >= 0x20 && *p != u'"' && *p != u'\\' && !QChar::isSurrogate(*p))
            ++p;
        if (p != run)
            out += QStringView(run, p).toUtf8();
        if (p == end)
            break;
        const char16_t u = *p++;
        if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
            out += QStringView(p - 1, 2).toUtf8();
            ++p;
            continue;
        }
        out += '\\';
        switch (u) {
        case u'"': out += '"'; break;
        case u'\\': out += '\\'; break;
        case u'\b': out += 'b'; break;
        case u'\f': out += 'f'; break;
        case u'\n': out += 'n'; break;
        case u'\r': out += 'r'; break;
        case u'\t': out += 't'; break;
        default: // other control characters, and lone surrogates
            out += 'u';
            out += hexDigit((u >> 12) & 0xF);
            out += hexDigit((u >> 8) & 0xF);
            out += hexDigit((u >> 4) & 0xF);
            out += hexDigit(u & 0xF);
            break;
        }
    }
    out += '"';
}

void appendJsonNumber(QByteArray &out, double value)
{
    out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest); // as QJsonDocument does
}

} // namespace

QByteArray ChatRequest::body() const
{
    // Written directly rather than through a QJsonObject (a request is built for every reply,
    // and tally-cli bench builds thousands a second), but the same bytes QJsonDocument's
    // compact form gives: keys in its sorted order, its number and string forms.
    // Whatever a setting, an imported conversation or a caller holds, the provider only ever
    // gets values in the ranges the API defines (a 1e308 temperature is not sent as such).
    qsizetype size = 128 + model.size();
    for (const ChatMessage &message : messages)
        size += 32 + message.content.size() + message.role.size();
    QByteArray out;
    out.reserve(size);
    out += '{';
    if (maxTokens && *maxTokens > 0) {
        out += "\"max_tokens\":";
        out += QByteArray::number(*maxTokens);
        out += ',';
    }
    out += "\"messages\":[";
    for (qsizetype i = 0; i < messages.size(); ++i) {
        if (i > 0)
            out += ',';
        out += "{\"content\":";
        appendJsonString(out, messages.at(i).content);
        out += ",\"role\":";
        appendJsonString(out, messages.at(i).role);
        out += '}';
    }
    out += "],\"model\":";
    appendJsonString(out, model);
    out += stream ? ",\"stream\":true" : ",\"stream\":false";
    if (stream && includeUsage)
        out += ",\"stream_options\":{\"include_usage\":true}";
    if (temperature && std::isfinite(*temperature)) {
        out += ",\"temperature\":";
        appendJsonNumber(out, std::clamp(*temperature, 0.0, 2.0));
    }
    if (topP && std::isfinite(*topP)) {
        out += ",\"top_p\":";
        appendJsonNumber(out, std::clamp(*topP, 0.0, 1.0));
    }
    out += '}';
    return out;
}

bool ChatRequest::hasUsableKey() const
{
    return ApiKey::isUsable(apiKey);
}

bool ChatRequest::wouldExposeKey() const
{
    return hasUsableKey() && baseUrl.scheme() == u"http" && !isLoopback() && !allowKeyOverHttp;
}

bool ChatRequest::isLoopback() const
{
    return isLoopbackHost(baseUrl.host());
}

bool ChatRequest::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

void ChatRequest::applyProfile(const ProviderProfile &profile)
{
    baseUrl = profile.baseUrl;
    provider = profile.preset;
    keyRequired = profile.needsKey;
    http2Allowed = profile.http2;
    allowKeyOverHttp = profile.allowKeyOverHttp;
    extraHeaders = profile.extraHeaders;
    if (model.isEmpty())
        model = profile.defaultModel;
}

QByteArray ChatRequest::cacheKey() const
{
    // The body as the provider would see it, so any parameter that changes the answer changes
    // the key; streaming only changes how the same answer travels.
    ChatRequest canonical = *this;
    canonical.stream = false;
    canonical.includeUsage = false;
    canonical.apiKey.clear();
    const QString base = baseUrl.toString(QUrl::NormalizePathSegments | QUrl::StripTrailingSlash);
    const QJsonObject key{{QStringLiteral("base"), base},
                          {QStringLiteral("body"), QJsonDocument::fromJson(canonical.body()).object()}};
    return QCryptographicHash::hash(QJsonDocument(key).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex();
}
