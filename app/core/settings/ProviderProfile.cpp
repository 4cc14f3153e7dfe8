#include "settings/ProviderProfile.h"

#include "app/AppInfo.h"

#include <QRegularExpression>
#include <QUuid>

ProviderProfile ProviderProfile::fromPreset(const ProviderPreset &preset, const QString &name)
{
    ProviderProfile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = name;
    profile.preset = preset.id;
    profile.baseUrl = preset.baseUrl;
    profile.defaultModel = preset.defaultModel;
    profile.contextWindow = preset.contextWindow;
    profile.keyVariable = preset.keyVariable;
    profile.needsKey = preset.needsKey;
    return profile;
}

QString ProviderProfile::secretAccount() const
{
    return AppInfo::applicationId() + QStringLiteral("/profile/") + id;
}

bool ProviderProfile::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(name).hasMatch();
}
