#pragma once

#include "settings/ProviderProfile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class AppSettings;

// The user's provider profiles and which one is the default. With nothing saved yet it holds
// one profile made from the default preset (HolySheep · StepFun), so Tally works out of the box.
class ProfileList final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileList)

public:
    static ProfileList load(const AppSettings &settings);
    void save(AppSettings &settings) const;

    const QList<ProviderProfile> &profiles() const { return m_profiles; }
    std::optional<ProviderProfile> find(const QString &name) const;
    ProviderProfile defaultProfile() const;
    QString defaultName() const { return m_defaultName; }

    // Each returns false with a message in `error` when the change is not possible.
    bool add(const ProviderProfile &profile, QString *error);
    bool update(const ProviderProfile &profile, QString *error); // matched by id
    bool remove(const QString &name, QString *error);
    bool setDefault(const QString &name, QString *error);

private:
    QList<ProviderProfile> m_profiles;
    QString m_defaultName;
};
