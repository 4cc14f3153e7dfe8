#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// What counts as an API key, and how one is kept out of text. Keys themselves live only in the
// keychain, an environment variable the user named, or memory; these rules are shared by every
// layer that handles one.
namespace ApiKey {

// The placeholder from the source document's examples ("YOUR_HOLYSHEEP_API_KEY"): not a key.
bool isPlaceholder(const QString &key);
// Not empty, not only spaces, not the placeholder.
bool isUsable(const QString &key);

// Keys shorter than this are not searched for in text: replacing every "abc" would mangle
// replies, and no provider issues keys that short.
constexpr qsizetype kMinRedactedLength = 8;

// How a key is named where it must be mentioned: "sk-…wxyz" ("…wxyz" without the sk- prefix),
// showing the last four characters only of a key of 16 or more, and "sk-…" or "…" otherwise.
QString redacted(const QString &key);
// `text` with every occurrence of the key (trimmed, as it is sent) replaced by redacted(key).
// A key that is not usable or shorter than kMinRedactedLength changes nothing.
QString redact(const QString &text, const QString &key);
QString redact(const QString &text, const QStringList &keys);
// The length of the longest end of `text` that could be the start of the key: a stream holds
// those characters back until the next piece shows whether the key follows. 0 for no match.
qsizetype partialMatchAtEnd(QStringView text, const QString &key);

} // namespace ApiKey
