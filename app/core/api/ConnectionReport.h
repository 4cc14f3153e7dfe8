#pragma once

#include "api/ApiError.h"

#include <QString>
#include <QUrl>

#include <optional>

// What "Test connection" found out about a provider, stage by stage. A stage that did not run
// (DNS when a proxy resolves names, TLS over plain http, anything after a failed stage) is unset.
struct ConnectionReport
{
    enum class Stage { Dns, Connect, Tls, Request, Done };

    QUrl url;               // what was requested: {base URL}/models
    QString proxy;          // "none", or "HTTP proxy host:port", "SOCKS5 proxy host:port"
    QString address;        // the address the name resolved to
    std::optional<qint64> dnsMs;
    std::optional<qint64> connectMs;
    std::optional<qint64> tlsMs;
    std::optional<qint64> firstByteMs; // from sending GET /models to the first byte of the answer
    std::optional<qint64> totalMs;
    int httpStatus = 0;     // 0 when no answer came
    Stage failedAt = Stage::Done;
    ApiError error;         // kind None when the provider answered 2xx
    QString rawError;       // the system's or Qt's own words for the failure

    bool ok() const { return !error.isError(); }
};
