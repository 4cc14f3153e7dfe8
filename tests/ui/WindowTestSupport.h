#pragma once

#include "app/AppContext.h"
#include "app/AppInfo.h"
#include "main/MainWindow.h"
#include "secrets/MemorySecretStore.h"
#include "settings/AppSettings.h"
#include "settings/ProviderPreset.h"
#include "settings/ProviderProfile.h"

#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>
#include <optional>

// What the window tests share (tst_mainwindow and tst_chatworkflow): one test
// profile that talks to the local TestServer, an AppContext over it with an in-memory keychain,
// and typing a question the way a user does.
namespace WindowTestSupport {

inline const QString kProfileId = QStringLiteral("test-profile");
inline const QString kKeyName = QStringLiteral(TALLY_APP_ID "/profile/test-profile");

inline QString settingsPath(const QTemporaryDir &dir)
{
    return dir.filePath(QStringLiteral("tally.ini"));
}

// Writes the profile "test" (HolySheep's preset, pointed at baseUrl, no key variable) into the
// folder's tally.ini, unless profiles are there already: a "restart" keeps what the test changed.
// retries: the network retries to set, or the default.
inline void writeTestProfile(const QTemporaryDir &dir, const QUrl &baseUrl, std::optional<int> retries = std::nullopt)
{
    AppSettings settings(settingsPath(dir));
    if (!settings.profiles().isEmpty())
        return;
    ProviderProfile profile =
        ProviderProfile::fromPreset(*ProviderPreset::find(QStringLiteral("holysheep")), QStringLiteral("test"));
    profile.id = kProfileId;
    profile.baseUrl = baseUrl;
    profile.keyVariable = QStringLiteral("TALLY_UNSET_TEST_VARIABLE");
    settings.setProfiles({profile});
    settings.setDefaultProfileName(QStringLiteral("test"));
    if (retries)
        settings.setValue(AppSettings::Retries, *retries);
    settings.sync();
}

// The app's context over the folder's tally.ini and tally.db, with the test profile and a memory
// keychain that holds `key` for it (nothing when key is empty).
inline std::unique_ptr<AppContext> makeContext(const QTemporaryDir &dir, const QUrl &baseUrl, const QString &key,
                                               std::optional<int> retries = std::nullopt)
{
    writeTestProfile(dir, baseUrl, retries);
    auto *secrets = new MemorySecretStore;
    if (!key.isEmpty()) {
        QObject guard;
        bool written = false;
        secrets->writeSecret(kKeyName, key, &guard, [&](const SecretResult &) { written = true; });
        if (!QTest::qWaitFor([&] { return written; }))
            qWarning("the test key was not stored");
    }
    return std::make_unique<AppContext>(AppContext::Paths{settingsPath(dir), dir.filePath(QStringLiteral("tally.db"))},
                                        secrets);
}

// Types into the composer and presses Enter, as a user sends.
inline void typeAndSend(MainWindow &window, const QString &text)
{
    auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("composerEditor"));
    editor->setFocus();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
}

} // namespace WindowTestSupport
