#include "domain/ApiKey.h"

#include <algorithm>

namespace ApiKey {

namespace {

// The key as it goes out (ChatRequest and ModelListRequest send it trimmed), or empty when it
// is not one to look for.
QString searchable(const QString &key)
{
    const QString trimmed = key.trimmed();
    if (!isUsable(trimmed) || trimmed.size() < kMinRedactedLength)
        return {};
    return trimmed;
}

} // namespace

bool isPlaceholder(const QString &key)
{
    return key.trimmed() == u"YOUR_HOLYSHEEP_API_KEY";
}

bool isUsable(const QString &key)
{
    return !key.trimmed().isEmpty() && !isPlaceholder(key);
}

QString redacted(const QString &key)
{
    const QString trimmed = key.trimmed();
    const QString prefix = trimmed.startsWith(QLatin1String("sk-")) ? QStringLiteral("sk-") : QString();
    // A quarter of a short key would be too much of it.
    const QString tail = trimmed.size() >= 16 ? trimmed.right(4) : QString();
    return prefix + u'…' + tail;
}

QString redact(const QString &text, const QString &key)
{
    const QString needle = searchable(key);
    if (needle.isEmpty() || !text.contains(needle))
        return text;
    return QString(text).replace(needle, redacted(needle));
}

QString redact(const QString &text, const QStringList &keys)
{
    QString result = text;
    for (const QString &key : keys)
        result = redact(result, key);
    return result;
}

qsizetype partialMatchAtEnd(QStringView text, const QString &key)
{
    const QString needle = searchable(key);
    if (needle.isEmpty())
        return 0;
    for (qsizetype length = std::min(text.size(), needle.size() - 1); length > 0; --length) {
        if (text.endsWith(QStringView(needle).first(length)))
            return length;
    }
    return 0;
}

} // namespace ApiKey
