#pragma once

#include <QLoggingCategory>
#include <QString>

class QNetworkRequest;

// The "tally.api" logging category (off by default; QT_LOGGING_RULES="tally.api.debug=true"
// turns it on) and the one way requests are written to it: with credentials redacted, so a
// debug log can be pasted into a bug report without leaking a key.
Q_DECLARE_LOGGING_CATEGORY(lcTallyApi)

namespace RequestLog {

// "POST https://host/v1/chat/completions" and its headers, one per line, with the values of
// Authorization, Proxy-Authorization, api-key and x-api-key replaced by "<redacted>".
QString describe(const QByteArray &method, const QNetworkRequest &request);

} // namespace RequestLog
