#include "settings/ProviderStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

// Providers are kept in a small JSON file so that a broken entry can be fixed by hand.
constexpr int kFormatVersion = 2;

QJsonObject toJson(const Provider &provider)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), provider.id);
    object.insert(QStringLiteral("name"), provider.displayName);
    object.insert(QStringLiteral("baseUrl"), provider.baseUrl.toString());
    object.insert(QStringLiteral("timeoutMs"), static_cast<qint64>(provider.timeout.count()));
    return object;
}

} // namespace

bool ProviderStore::save(const QString &path, QString *error) const
{
    QJsonArray list;
    for (const Provider &provider : std::as_const(m_providers))
        list.append(toJson(provider));

    QJsonObject root;
    root.insert(QStringLiteral("version"), kFormatVersion);
    root.insert(QStringLiteral("providers"), list);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    Q_EMIT saved(path);
    return true;
}

int ProviderStore::indexOf(QStringView id) const noexcept
{
    for (qsizetype i = 0; i < m_providers.size(); ++i) {
        if (m_providers.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}
