#pragma once

#include "settings/ProviderProfile.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>

class AppSettings;
class SecretStore;

// The provider profiles as edited in the settings dialog: a model with a row per profile and a
// column per field. The Providers and Models pages show it through QDataWidgetMapper (the Models
// page's profile picker is a view of it too), so neither page copies fields by hand and neither
// overwrites the other's changes. The rule for each field lives here, in problem(); setData()
// refuses what it refuses. A profile may be without a base URL while it is being set up (Add ›
// Custom): problem() says so, and the Providers page does not apply it so.
// Keys typed in the dialog wait here, in memory only, until Apply hands them to the keychain; so
// do the deletions of the keys of removed profiles. Cancel simply drops the draft.
class ProfileDraft final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Provider, // the preset's name; read-only
        BaseUrl,
        KeyVariable,
        Http2,
        AllowKeyOverHttp,
        Headers, // "Name: value" lines
        DefaultModel,
        ContextWindow, // tokens; 0 when unknown
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole; // the profile's id, in every column

    using QAbstractTableModel::QAbstractTableModel;

    void load(const AppSettings &settings);
    void save(AppSettings &settings) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // EditRole: the field as it is edited (text, or a bool for the switches). DisplayRole of Name
    // marks the default profile, and FontRole makes it bold.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Why `value` cannot be the `column` of `row` (row -1: of a new profile), as a sentence for
    // beside the field; empty when it can.
    QString problem(int row, int column, const QVariant &value) const;

    const QList<ProviderProfile> &profiles() const { return m_profiles; }
    int rowOf(const QString &id) const; // -1 when there is none
    std::optional<ProviderProfile> byId(const QString &id) const;
    QString defaultId() const { return m_defaultId; }

    // Each returns false with a message in `error` when the change is not possible. A profile is
    // added even without a base URL, so the user can type it on the page.
    bool add(const ProviderProfile &profile, QString *error);
    bool remove(const QString &id, QString *error);
    void setDefault(const QString &id);
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
    void secretsStored(const QString &id); // the profile's key is now in the keychain (or deleted)

private:
    QList<ProviderProfile> m_profiles;
    QString m_defaultId; // by id, so renaming the default keeps it the default
    QHash<QString, QString> m_pendingKeys;      // profile id -> key typed in the dialog
    QHash<QString, QString> m_accountsToDelete; // profile id -> keychain account to delete
};
