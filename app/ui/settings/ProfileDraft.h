#pragma once

#include "settings/ProfileList.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class AppSettings;
class SecretStore;

// The provider profiles as edited in the settings dialog, shared by the pages that edit them
// (Providers, Models) so neither overwrites the other's changes. Keys typed in the dialog wait
// here, in memory only, until Apply hands them to the keychain; so do the deletions of the keys
// of removed profiles. Cancel simply drops the draft.
class ProfileDraft final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void load(const AppSettings &settings);
    void save(AppSettings &settings) const;

    const ProfileList &list() const { return m_list; }
    std::optional<ProviderProfile> byId(const QString &id) const;

    // Each returns false with a message in `error` when the change is not possible.
    bool add(const ProviderProfile &profile, QString *error);
    bool update(const ProviderProfile &profile, QString *error); // matched by id
    bool remove(const QString &id, QString *error);
    bool setDefault(const QString &id, QString *error);
    // A name not yet taken: `base`, else base-2, base-3, ...
    QString unusedName(const QString &base) const;

    // A key to store for the profile on Apply; an empty key stores nothing.
    void setPendingKey(const QString &id, const QString &key);
    // Deletes the profile's stored key on Apply (and drops a key typed for it).
    void forgetKey(const QString &id);
    bool willForgetKey(const QString &id) const { return m_accountsToDelete.contains(id); }
    QString pendingKey(const QString &id) const { return m_pendingKeys.value(id); }
    bool hasPendingSecrets() const { return !m_pendingKeys.isEmpty() || !m_accountsToDelete.isEmpty(); }
    // Stores the pending keys and deletes the keys of removed profiles and forgotten keys. `done` runs once, after
    // the keychain answered every operation, with a sentence per failure (none: all stored).
    // What failed stays pending, so a second Apply tries again and nothing typed is lost.
    void storeSecrets(SecretStore &store, const std::function<void(const QStringList &errors)> &done);

Q_SIGNALS:
    void listChanged();                     // a profile added, removed or renamed; the default changed
    void profileChanged(const QString &id); // any field of this profile
    void secretsStored(const QString &id);  // the profile's key is now in the keychain

private:
    ProfileList m_list;
    QHash<QString, QString> m_pendingKeys;    // profile id -> key typed in the dialog
    QHash<QString, QString> m_accountsToDelete; // profile id -> keychain account to delete
};
