#include "settings/ProfileList.h"

#include "settings/AppSettings.h"

ProfileList ProfileList::load(const AppSettings &settings)
{
    ProfileList list;
    list.m_profiles = settings.profiles();
    if (list.m_profiles.isEmpty()) {
        // Stable id for the built-in profile, so its keychain entry is found again next time
        // even though nothing was saved.
        ProviderProfile builtIn = ProviderProfile::fromPreset(*ProviderPreset::find(ProviderPreset::defaultId()),
                                                              ProviderPreset::defaultId());
        builtIn.id = ProviderPreset::defaultId();
        list.m_profiles.append(builtIn);
    }
    list.m_defaultName = settings.defaultProfileName();
    if (!list.find(list.m_defaultName))
        list.m_defaultName = list.m_profiles.first().name;
    return list;
}

void ProfileList::save(AppSettings &settings) const
{
    settings.setProfiles(m_profiles);
    settings.setDefaultProfileName(m_defaultName);
}

std::optional<ProviderProfile> ProfileList::find(const QString &name) const
{
    for (const ProviderProfile &profile : m_profiles) {
        if (profile.name.compare(name, Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

ProviderProfile ProfileList::defaultProfile() const
{
    return find(m_defaultName).value_or(m_profiles.first());
}

bool ProfileList::add(const ProviderProfile &profile, QString *error)
{
    if (!ProviderProfile::isValidName(profile.name)) {
        *error = tr("\"%1\" is not a usable profile name: use letters, digits, '.', '_' or '-' (up to 64).")
                     .arg(profile.name);
        return false;
    }
    if (find(profile.name)) {
        *error = tr("A profile named \"%1\" already exists.").arg(profile.name);
        return false;
    }
    if (!profile.baseUrl.isValid() || profile.baseUrl.host().isEmpty()
        || (profile.baseUrl.scheme() != u"http" && profile.baseUrl.scheme() != u"https")) {
        *error = tr("The base URL must be an http:// or https:// address.");
        return false;
    }
    m_profiles.append(profile);
    return true;
}

bool ProfileList::update(const ProviderProfile &profile, QString *error)
{
    for (ProviderProfile &existing : m_profiles) {
        if (existing.id != profile.id)
            continue;
        const std::optional<ProviderProfile> sameName = find(profile.name);
        if (sameName && sameName->id != profile.id) {
            *error = tr("A profile named \"%1\" already exists.").arg(profile.name);
            return false;
        }
        if (existing.name == m_defaultName)
            m_defaultName = profile.name;
        existing = profile;
        return true;
    }
    *error = tr("There is no profile \"%1\".").arg(profile.name);
    return false;
}

bool ProfileList::remove(const QString &name, QString *error)
{
    const std::optional<ProviderProfile> profile = find(name);
    if (!profile) {
        *error = tr("There is no profile \"%1\".").arg(name);
        return false;
    }
    if (m_profiles.size() == 1) {
        *error = tr("\"%1\" is the only profile; add another one before removing it.").arg(name);
        return false;
    }
    m_profiles.removeIf([&](const ProviderProfile &p) { return p.id == profile->id; });
    if (m_defaultName.compare(name, Qt::CaseInsensitive) == 0)
        m_defaultName = m_profiles.first().name;
    return true;
}

bool ProfileList::setDefault(const QString &name, QString *error)
{
    const std::optional<ProviderProfile> profile = find(name);
    if (!profile) {
        *error = tr("There is no profile \"%1\".").arg(name);
        return false;
    }
    m_defaultName = profile->name;
    return true;
}
