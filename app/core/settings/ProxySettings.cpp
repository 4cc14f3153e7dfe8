#include "settings/ProxySettings.h"

#include "app/AppInfo.h"

QString ProxySettings::passwordAccount()
{
    return AppInfo::applicationId() + QStringLiteral("/proxy");
}
