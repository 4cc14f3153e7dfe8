#include "api/RequestLog.h"

#include <QNetworkRequest>

Q_LOGGING_CATEGORY(lcTallyApi, "tally.api", QtWarningMsg)

namespace RequestLog {

QString describe(const QByteArray &method, const QNetworkRequest &request)
{
    static const QList<QByteArray> secret{"authorization", "proxy-authorization", "api-key", "x-api-key"};
    QString text = QString::fromLatin1(method) + u' ' + request.url().toDisplayString(QUrl::RemoveUserInfo);
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names) {
        const bool hidden = secret.contains(name.toLower());
        text += u'\n' + QString::fromLatin1(name) + QStringLiteral(": ")
            + (hidden ? QStringLiteral("<redacted>") : QString::fromUtf8(request.rawHeader(name)));
    }
    return text;
}

} // namespace RequestLog
