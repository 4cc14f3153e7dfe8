#pragma once

#include <QString>

// Whether this process can make https connections at all. Qt loads TLS as a plugin since 6.2;
// a package that forgot it fails every https request with an obscure error, so Tally says so
// plainly before sending anything.
namespace TlsSupport {

bool isAvailable();
// Empty when TLS works; otherwise a translated explanation with what to do.
QString problem();
// "OpenSSL 3.0.15 (openssl backend)" or "none", for --version and diagnostics.
QString description();

} // namespace TlsSupport
