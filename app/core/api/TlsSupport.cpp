#include "api/TlsSupport.h"

#include <QCoreApplication>
#include <QSslSocket>

namespace TlsSupport {

bool isAvailable()
{
    return QSslSocket::supportsSsl();
}

QString problem()
{
    if (isAvailable())
        return {};
    return QCoreApplication::translate(
        "TlsSupport",
        "This copy of Tally cannot make secure (https) connections: Qt found no TLS backend. "
        "Reinstall Tally, or install Qt's TLS plugin and OpenSSL. Local http:// servers still work.");
}

QString description()
{
    if (!isAvailable())
        return QStringLiteral("none");
    return QSslSocket::sslLibraryVersionString() + QStringLiteral(" (") + QSslSocket::activeBackend()
        + QStringLiteral(" backend)");
}

} // namespace TlsSupport
