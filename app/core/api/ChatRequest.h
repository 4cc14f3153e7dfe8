#pragma once

#include "domain/ChatMessage.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

struct ProviderProfile;

// Everything needed to ask a provider for one reply: where, with which key, which model and
// messages, the sampling parameters the user set, and the transport rules for this profile.
// A value type: building the JSON body and the endpoint URL are pure functions of it.
struct ChatRequest
{
    QUrl baseUrl;      // e.g. https://api.holysheep.ai/v1
    QString apiKey;    // never logged; empty for local servers that need none
    bool keyRequired = true;
    QString provider;  // preset id, for pricing ("holysheep", "openai", ...)
    QString model;
    QList<ChatMessage> messages;
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> maxTokens;
    bool stream = true;
    bool includeUsage = true; // stream_options.include_usage; dropped for providers that reject it

    bool http2Allowed = true;       // https only; http:// always goes out as HTTP/1.1
    bool allowKeyOverHttp = false;  // send the key over plain http to a non-loopback host
    QList<QPair<QByteArray, QByteArray>> extraHeaders;

    int idleTimeoutMs = 120'000;   // no data event for this long ends the attempt
    int totalTimeoutMs = 1'800'000; // hard cap on one attempt
    // Qt's own transfer timeout (no bytes at all, comments included); 0: the idle timeout.
    int transferTimeoutMs = 0;
    // The most reply text (content and reasoning, UTF-8) kept; a reply that goes on is cut
    // there and ends as incomplete, with the text up to the cap.
    qint64 maxReplyBytes = kDefaultMaxReplyBytes;
    static constexpr qint64 kDefaultMaxReplyBytes = 8 * 1024 * 1024;

    // The rules of a profile: URL, provider, key rules, headers, and its default model when no
    // model is set yet.
    void applyProfile(const ProviderProfile &profile);
    // {baseUrl}/chat/completions, tolerant of a trailing slash on the base URL.
    QUrl endpoint() const;
    // The JSON body: only the parameters that are set; stream_options only when streaming.
    QByteArray body() const;
    bool hasUsableKey() const;
    // The response cache's key: SHA-256 (hex) of the request as it would be sent, minus the
    // streaming flags and the key, so anything that changes the answer changes the key.
    QByteArray cacheKey() const;
    // True when the base URL's host is this machine (127.0.0.0/8, ::1, localhost).
    bool isLoopback() const;
    static bool isLoopbackHost(const QString &host);
    // True when sending would put the key unencrypted on the network: plain http to another
    // host, without the profile allowing it. Every request to a provider checks this first.
    bool wouldExposeKey() const;
};

// Appends a path segment to a base URL without doubling or losing the slash.
QUrl appendPath(const QUrl &base, const QString &segment);
