#include "settings/ProfileDraft.h"

#include "secrets/SecretStore.h"

#include <memory>

void ProfileDraft::load(const AppSettings &settings)
{
    m_list = ProfileList::load(settings);
    m_pendingKeys.clear();
    m_accountsToDelete.clear();
    Q_EMIT listChanged();
}

void ProfileDraft::save(AppSettings &settings) const
{
    m_list.save(settings);
}

std::optional<ProviderProfile> ProfileDraft::byId(const QString &id) const
{
    for (const ProviderProfile &profile : m_list.profiles()) {
        if (profile.id == id)
            return profile;
    }
    return std::nullopt;
}

bool ProfileDraft::add(const ProviderProfile &profile, QString *error)
{
    if (!m_list.add(profile, error))
        return false;
    Q_EMIT listChanged();
    return true;
}

bool ProfileDraft::update(const ProviderProfile &profile, QString *error)
{
    const std::optional<ProviderProfile> before = byId(profile.id);
    if (!m_list.update(profile, error))
        return false;
    if (before && *before == profile)
        return true;
    if (before && before->name != profile.name)
        Q_EMIT listChanged();
    Q_EMIT profileChanged(profile.id);
    return true;
}

bool ProfileDraft::remove(const QString &id, QString *error)
{
    const std::optional<ProviderProfile> profile = byId(id);
    if (!profile) {
        *error = ProfileList::tr("There is no profile \"%1\".").arg(id);
        return false;
    }
    if (!m_list.remove(profile->name, error))
        return false;
    // A removed profile must not leave its key behind in the keychain.
    m_pendingKeys.remove(id);
    m_accountsToDelete.insert(id, profile->secretAccount());
    Q_EMIT listChanged();
    return true;
}

bool ProfileDraft::setDefault(const QString &id, QString *error)
{
    const std::optional<ProviderProfile> profile = byId(id);
    if (!profile || !m_list.setDefault(profile->name, error))
        return false;
    Q_EMIT listChanged();
    return true;
}

QString ProfileDraft::unusedName(const QString &base) const
{
    QString name = base;
    for (int n = 2; m_list.find(name); ++n)
        name = base + u'-' + QString::number(n);
    return name;
}

void ProfileDraft::setPendingKey(const QString &id, const QString &key)
{
    if (key.trimmed().isEmpty()) {
        m_pendingKeys.remove(id);
    } else {
        m_pendingKeys.insert(id, key.trimmed());
        m_accountsToDelete.remove(id); // a new key replaces the old one anyway
    }
}

void ProfileDraft::forgetKey(const QString &id)
{
    const std::optional<ProviderProfile> profile = byId(id);
    if (!profile)
        return;
    m_pendingKeys.remove(id);
    m_accountsToDelete.insert(id, profile->secretAccount());
}

void ProfileDraft::storeSecrets(SecretStore &store, const std::function<void(const QStringList &errors)> &done)
{
    struct Batch
    {
        int waiting = 0;
        QStringList errors;
        std::function<void(const QStringList &)> done;
    };
    auto batch = std::make_shared<Batch>();
    batch->done = done;
    batch->waiting = int(m_pendingKeys.size() + m_accountsToDelete.size());
    if (batch->waiting == 0) {
        QMetaObject::invokeMethod(this, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    const auto finishOne = [batch] {
        if (--batch->waiting == 0)
            batch->done(batch->errors);
    };
    for (auto it = m_pendingKeys.cbegin(); it != m_pendingKeys.cend(); ++it) {
        const QString id = it.key();
        const std::optional<ProviderProfile> profile = byId(id);
        const QString account = profile ? profile->secretAccount() : QString();
        const QString name = profile ? profile->name : id;
        store.writeSecret(account, it.value(), this, [this, batch, finishOne, id, name](const SecretResult &result) {
            if (result.ok()) {
                m_pendingKeys.remove(id);
                Q_EMIT secretsStored(id);
            } else {
                batch->errors << tr("The key for \"%1\" was not stored in the OS keychain: %2. Tally never writes "
                                    "keys to files; the key is kept in this dialog so you can try again.")
                                     .arg(name, result.message);
            }
            finishOne();
        });
    }
    for (auto it = m_accountsToDelete.cbegin(); it != m_accountsToDelete.cend(); ++it) {
        const QString id = it.key();
        store.deleteSecret(it.value(), this, [this, batch, finishOne, id](const SecretResult &result) {
            if (result.ok() || result.status == SecretResult::Status::NotFound) {
                m_accountsToDelete.remove(id);
                Q_EMIT secretsStored(id);
            } else {
                batch->errors << tr("A key could not be deleted from the OS keychain: %1").arg(result.message);
            }
            finishOne();
        });
    }
}
