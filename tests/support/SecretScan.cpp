#include "SecretScan.h"

#include <QDirIterator>
#include <QFile>

QStringList filesContaining(const QByteArray &needle)
{
    QStringList hits;
    QStringList roots;
    for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "TMPDIR"})
        roots << qEnvironmentVariable(variable);
    for (const QString &root : std::as_const(roots)) {
        if (root.isEmpty())
            continue;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                hits << file.fileName();
        }
    }
    return hits;
}
