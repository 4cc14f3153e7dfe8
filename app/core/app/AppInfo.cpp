#include "app/AppInfo.h"

#include "TallyVersion.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace AppInfo {

QString displayName()
{
    return QStringLiteral("Tally");
}

QString version()
{
    return QStringLiteral(TALLY_VERSION_STRING);
}

QString applicationId()
{
    return QStringLiteral(TALLY_APP_ID);
}

QString versionLine()
{
    // qVersion() is the Qt the process runs with, which can differ from the one it was built with.
    return displayName() + u' ' + version() + QStringLiteral(" (Qt ") + QString::fromLatin1(qVersion())
        + u')';
}

QString settingsFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/tally.ini");
}

QString dataDirPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

void registerApplication()
{
    // No organization name on purpose: with one, Linux paths repeat the name
    // (~/.local/share/Tally/Tally). Without it data lives in ~/.local/share/Tally and config in
    // ~/.config/Tally. The domain names the preferences bundle id on macOS.
    QCoreApplication::setOrganizationDomain(QStringLiteral("tally.org"));
    QCoreApplication::setApplicationName(displayName());
    QCoreApplication::setApplicationVersion(version());
}

} // namespace AppInfo
