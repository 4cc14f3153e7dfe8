// The API key typed in the settings dialog lands in the real OS keychain (gnome-keyring, under
// the test runner's private D-Bus session) and in no file; a removed profile takes its key along.
#include "app/AppContext.h"
#include "secrets/KeychainSecretStore.h"
#include "settings/AppSettings.h"
#include "settings/ProfileList.h"
#include "settings/SettingsDialog.h"
#include "SecretScan.h"

#include <QEventLoop>
#include <QTimer>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QToolButton>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TstSettingsKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyTypedInTheDialogIsInTheKeychainOnly();

private:
    static SecretResult read(const QString &account);
};

SecretResult TstSettingsKeychain::read(const QString &account)
{
    KeychainSecretStore store(10'000);
    SecretResult answer;
    answer.message = QStringLiteral("the keychain did not answer within 15 s");
    QEventLoop loop;
    QTimer::singleShot(15'000, &loop, &QEventLoop::quit);
    store.readSecret(account, &loop, [&](const SecretResult &result) {
        answer = result;
        loop.quit();
    });
    loop.exec();
    return answer;
}

void TstSettingsKeychain::keyTypedInTheDialogIsInTheKeychainOnly()
{
    // The product's own paths under the runner's throwaway HOME, and the OS keychain.
    AppContext context;
    QVERIFY(context.openDatabase().ok());
    const QString key = QStringLiteral("sk-settings-dialog-%1").arg(QDateTime::currentMSecsSinceEpoch());
    const QString account = ProfileList::load(context.settings()).defaultProfile().secretAccount();
    {
        SettingsDialog dialog(context);
        dialog.show();
        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("profileApiKey"));
        QTest::keyClicks(field, key);
        QSignalSpy stored(&dialog, &SettingsDialog::secretsStored);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("settingsOk")), Qt::LeftButton);
        QVERIFY(stored.wait(15'000));
        QVERIFY(stored.first().at(0).toBool());
        QVERIFY(!dialog.isVisible());
    }
    const SecretResult inKeychain = read(account);
    QVERIFY2(inKeychain.ok(), qPrintable(inKeychain.message));
    QCOMPARE(inKeychain.secret, key);
    const QStringList leaks = filesContaining(key.toUtf8());
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u' ')));
    QVERIFY(QFile::exists(context.settings().path())); // the settings were written, without the key

    // Removing the profile on the Providers page deletes its key on Apply.
    {
        SettingsDialog dialog(context);
        dialog.show();
        // A second profile first: the only profile cannot be removed.
        const QList<QAction *> presets = dialog.findChild<QToolButton *>(QStringLiteral("addProfile"))->menu()->actions();
        for (QAction *action : presets) {
            if (action->data().toString() == u"openai")
                action->trigger();
        }
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("profileList"));
        QCOMPARE(list->count(), 2);
        list->setCurrentRow(0);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("removeProfile")), Qt::LeftButton);
        QSignalSpy stored(&dialog, &SettingsDialog::secretsStored);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("settingsOk")), Qt::LeftButton);
        QVERIFY(stored.wait(15'000));
        QVERIFY(stored.first().at(0).toBool());
    }
    QCOMPARE(read(account).status, SecretResult::Status::NotFound);
}

QTEST_MAIN(TstSettingsKeychain)
#include "tst_settingskeychain.moc"
