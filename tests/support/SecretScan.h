#pragma once

#include <QByteArray>
#include <QStringList>

// Every file under the test's HOME, XDG folders and TMPDIR whose bytes contain `needle`: how the
// tests prove a key reached no file (settings, database, logs). gnome-keyring's own files hold
// secrets encrypted, so they do not match either.
QStringList filesContaining(const QByteArray &needle);
