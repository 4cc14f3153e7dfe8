#pragma once

#include <QString>

// Who Tally is to the operating system: its name, version and application id, and the one call
// that registers them so QSettings, QStandardPaths and the keychain all agree on the same
// folders and service name in the GUI, the CLI and the tests.
namespace AppInfo {

// The product name shown to people; never translated.
QString displayName();
// The version from CMake's project(), e.g. "0.1.0".
QString version();
// Reverse-DNS id, also the keychain service name.
QString applicationId();
// "Tally 0.1.0 (Qt 6.4.2)" for --version and the About dialog.
QString versionLine();

// The INI file that holds Tally's settings: <config dir>/tally.ini, for example
// ~/.config/Tally/tally.ini on Linux. Secrets never go there.
QString settingsFilePath();
// The folder that holds the conversation database and other user data, e.g. ~/.local/share/Tally.
QString dataDirPath();

// Sets organization/application name, domain and version on the running application. Call once
// right after constructing the Q*Application, before anything reads settings or paths.
void registerApplication();

} // namespace AppInfo
