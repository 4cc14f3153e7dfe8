// The settings dialog offscreen: change values, Apply, reopen and see them; Cancel discards;
// invalid input blocks OK with a message beside the field; numbers are spin boxes whose range
// is the rule; Add › Custom makes a profile and asks for its address.
#include "app/AppContext.h"
#include "secrets/MemorySecretStore.h"
#include "SecretScan.h"
#include "settings/AppSettings.h"
#include "settings/ProfileList.h"
#include "TestServer.h"
#include "common/FileDialogs.h"
#include "formats/ConversationJson.h"
#include "store/ConversationStore.h"
#include "store/ResponseCache.h"
#include "settings/SettingsDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFontComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTcpServer>
#include <QTest>
#include <QToolButton>
#include <QTableWidget>
#include <QMenu>
#include <QCheckBox>

#include <limits>

class TstSettingsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyFieldLabelReachesItsField();
    void chatDefaultsApplyAndReopen();
    void networkApplyAndReopen();
    void proxyInputIsExplained();
    void appearanceApplyAndReopen();
    void cancelDiscards();
    void invalidInputBlocksOkWithAMessage_data();
    void invalidInputBlocksOkWithAMessage();
    void numbersAreSpinBoxesWithTheirRanges_data();
    void numbersAreSpinBoxesWithTheirRanges();
    void modelsAreFetchedWithoutBlocking();
    void providersApplyAndReopen();
    void providersCancelDiscards();
    void providersInvalidInputBlocksOk();
    void addCustomAsksForItsBaseUrl();
    void escapeInAProfileFieldCancelsTheDialog();
    void modelsPageFollowsRenamedAndRemovedProfiles();
    void typedKeyGoesToTheSecretStoreOnly();
    void testConnectionShowsTimingsStatusAndErrors();
    void pricesAreEditedAndResetToBundled();
    void dataApplyAndReopen();
    void storedKeyAndProxyPasswordCanBeForgotten();
    void dataClearsTheCacheAndExportsEveryConversation();

private:
    QTemporaryDir *m_dir = nullptr;
    TestServer *m_server = nullptr;
    std::unique_ptr<AppContext> m_context;
    template<typename T>
    static T *field(SettingsDialog &dialog, const char *name)
    {
        return dialog.findChild<T *>(QLatin1String(name));
    }
    // Pages by name, so adding a page does not renumber the tests.
    static int pageIndex(SettingsDialog &dialog, const char *pageName)
    {
        auto *stack = dialog.findChild<QStackedWidget *>();
        return stack->indexOf(dialog.findChild<QWidget *>(QLatin1String(pageName)));
    }
    static void showPage(SettingsDialog &dialog, const char *pageName) { dialog.showPage(pageIndex(dialog, pageName)); }
};

void TstSettingsDialog::init()
{
    m_dir = new QTemporaryDir;
    m_server = new TestServer(this);
    QVERIFY(m_server->start());
    {
        AppSettings settings(m_dir->filePath(QStringLiteral("tally.ini")));
        ProviderProfile local = ProviderProfile::fromPreset(*ProviderPreset::find(QStringLiteral("ollama")), QStringLiteral("local"));
        local.baseUrl = m_server->baseUrl();
        settings.setProfiles({local});
        settings.sync();
    }
    m_context = std::make_unique<AppContext>(
        AppContext::Paths{m_dir->filePath(QStringLiteral("tally.ini")), m_dir->filePath(QStringLiteral("tally.db"))},
        new MemorySecretStore);
}

void TstSettingsDialog::cleanup()
{
    m_context.reset();
    delete m_server;
    delete m_dir;
}

void TstSettingsDialog::everyFieldLabelReachesItsField()
{
    // A label with an &-key must move the focus to its field (Alt+key), on every page.
    SettingsDialog dialog(*m_context);
    int labels = 0;
    const QList<QLabel *> all = dialog.findChildren<QLabel *>();
    for (const QLabel *label : all) {
        const QString text = label->text();
        const qsizetype amp = text.indexOf(u'&');
        if (amp < 0 || amp + 1 >= text.size() || text.at(amp + 1) == u'&' || text.contains(u'<'))
            continue;
        ++labels;
        QVERIFY2(label->buddy(), qPrintable(text));
    }
    QVERIFY(labels >= 25);
}

void TstSettingsDialog::chatDefaultsApplyAndReopen()
{
    {
        SettingsDialog dialog(*m_context);
        dialog.show();
        QCOMPARE(field<QDoubleSpinBox>(dialog, "defaultTemperature")->value(), 0.7);
        field<QSlider>(dialog, "temperatureSlider")->setValue(25); // the slider moves in 0.05 steps
        QCOMPARE(field<QDoubleSpinBox>(dialog, "defaultTemperature")->value(), 1.25);
        QCOMPARE(field<QSpinBox>(dialog, "defaultMaxTokens")->text(), QStringLiteral("Provider default"));
        field<QSpinBox>(dialog, "defaultMaxTokens")->setValue(2048);
        field<QDoubleSpinBox>(dialog, "defaultTopP")->setValue(0.9);
        field<QPlainTextEdit>(dialog, "defaultSystemPrompt")->setPlainText(QStringLiteral("ตอบสั้นๆ"));
        QVERIFY(!field<QCheckBox>(dialog, "autoTitle")->isChecked()); // a paid request: off by default
        QVERIFY(!field<QLineEdit>(dialog, "titleModel")->isEnabled());
        field<QCheckBox>(dialog, "autoTitle")->setChecked(true);
        field<QLineEdit>(dialog, "titleModel")->setText(QStringLiteral("deepseek-chat"));
        QSignalSpy applied(&dialog, &SettingsDialog::settingsApplied);
        QTest::mouseClick(field<QPushButton>(dialog, "settingsApply"), Qt::LeftButton);
        QCOMPARE(applied.size(), 1);
        QVERIFY(dialog.isVisible()); // Apply keeps the dialog open
    }
    AppSettings reread(m_context->settings().path());
    QCOMPARE(reread.value(AppSettings::Temperature), 1.25);
    QCOMPARE(reread.value(AppSettings::MaxTokens), 2048);
    QCOMPARE(reread.value(AppSettings::TopP), 0.9);
    QCOMPARE(reread.systemPrompt(), QStringLiteral("ตอบสั้นๆ"));
    QVERIFY(reread.autoTitle());
    QCOMPARE(reread.titleModel(), QStringLiteral("deepseek-chat"));
    SettingsDialog reopened(*m_context);
    QCOMPARE(field<QDoubleSpinBox>(reopened, "defaultTemperature")->value(), 1.25);
    QCOMPARE(field<QSpinBox>(reopened, "defaultMaxTokens")->value(), 2048);
    QCOMPARE(field<QSlider>(reopened, "temperatureSlider")->value(), 25);
    QVERIFY(field<QCheckBox>(reopened, "autoTitle")->isChecked());
    QCOMPARE(field<QLineEdit>(reopened, "titleModel")->text(), QStringLiteral("deepseek-chat"));
}

void TstSettingsDialog::networkApplyAndReopen()
{
    {
        SettingsDialog dialog(*m_context);
        dialog.show();
        showPage(dialog, "networkPage");
        auto *mode = field<QComboBox>(dialog, "proxyMode");
        QCOMPARE(mode->currentData().toInt(), int(ProxySettings::Mode::System));
        QVERIFY(!field<QLineEdit>(dialog, "proxyHost")->isEnabled()); // only a manual proxy has a host
        mode->setCurrentIndex(mode->findData(int(ProxySettings::Mode::Socks5)));
        QVERIFY(field<QLineEdit>(dialog, "proxyHost")->isEnabled());
        field<QLineEdit>(dialog, "proxyHost")->setText(QStringLiteral("proxy.corp.example"));
        field<QSpinBox>(dialog, "proxyPort")->setValue(1080);
        field<QLineEdit>(dialog, "proxyUser")->setText(QStringLiteral("alice"));
        QCOMPARE(field<QLineEdit>(dialog, "proxyPassword")->echoMode(), QLineEdit::Password);
        QTest::keyClicks(field<QLineEdit>(dialog, "proxyPassword"), QStringLiteral("proxy-s3cret"));
        field<QSpinBox>(dialog, "requestTimeout")->setValue(600);
        field<QSpinBox>(dialog, "idleTimeout")->setValue(300);
        field<QSpinBox>(dialog, "retries")->setValue(5);
        field<QSpinBox>(dialog, "requestsPerMinute")->setValue(60);
        QSignalSpy stored(&dialog, &SettingsDialog::secretsStored);
        QTest::mouseClick(field<QPushButton>(dialog, "settingsOk"), Qt::LeftButton);
        QVERIFY(stored.wait(5000));
        QVERIFY(stored.first().at(0).toBool());
        QVERIFY(!dialog.isVisible());
    }
    const AppSettings reread(m_context->settings().path());
    QCOMPARE(reread.value(AppSettings::RequestsPerMinute), 60);
    QCOMPARE(reread.value(AppSettings::RequestTimeoutSeconds), 600);
    const ProxySettings proxy = reread.proxy();
    QCOMPARE(proxy.mode, ProxySettings::Mode::Socks5);
    QCOMPARE(proxy.host, QStringLiteral("proxy.corp.example"));
    QCOMPARE(proxy.port, 1080);
    QCOMPARE(proxy.user, QStringLiteral("alice"));
    // The password went to the keychain, not the settings file.
    QString password;
    m_context->secrets().readSecret(ProxySettings::passwordAccount(), this,
                                    [&](const SecretResult &result) { password = result.secret; });
    QTRY_COMPARE(password, QStringLiteral("proxy-s3cret"));
    QVERIFY(filesContaining("proxy-s3cret").isEmpty());

    SettingsDialog reopened(*m_context);
    QCOMPARE(field<QComboBox>(reopened, "proxyMode")->currentData().toInt(), int(ProxySettings::Mode::Socks5));
    QCOMPARE(field<QSpinBox>(reopened, "proxyPort")->value(), 1080);
    QVERIFY(field<QLineEdit>(reopened, "proxyPassword")->text().isEmpty());
    QTRY_VERIFY(field<QLabel>(reopened, "proxyPasswordStatus")->text().contains(QLatin1String("stored")));
    QCOMPARE(field<QSpinBox>(reopened, "requestTimeout")->value(), 600);
    QCOMPARE(field<QSpinBox>(reopened, "idleTimeout")->value(), 300);
    QCOMPARE(field<QSpinBox>(reopened, "retries")->value(), 5);
    QCOMPARE(field<QSpinBox>(reopened, "requestsPerMinute")->value(), 60);
}

void TstSettingsDialog::proxyInputIsExplained()
{
    SettingsDialog dialog(*m_context);
    dialog.show();
    showPage(dialog, "appearancePage");
    auto *mode = field<QComboBox>(dialog, "proxyMode");
    mode->setCurrentIndex(mode->findData(int(ProxySettings::Mode::Http)));
    field<QLineEdit>(dialog, "proxyHost")->setText(QStringLiteral("http://proxy:8080"));
    // A manual proxy needs a port: the spin box starts on "Not set", which a range alone allows.
    QCOMPARE(field<QSpinBox>(dialog, "proxyPort")->text(), QStringLiteral("Not set"));
    QTest::mouseClick(field<QPushButton>(dialog, "settingsOk"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.findChild<QStackedWidget *>()->currentIndex(), pageIndex(dialog, "networkPage"));
    QVERIFY(field<QLabel>(dialog, "proxyHostError")->isVisible());
    QVERIFY(field<QLabel>(dialog, "proxyPortError")->isVisible());
    QVERIFY(field<QLabel>(dialog, "proxyPortError")->text().contains(QLatin1String("port")));
    QCOMPARE(AppSettings(m_context->settings().path()).proxy().mode, ProxySettings::Mode::System); // nothing stored
    field<QLineEdit>(dialog, "proxyHost")->setText(QStringLiteral("proxy"));
    field<QSpinBox>(dialog, "proxyPort")->setValue(8080);
    QVERIFY(dialog.applyChanges());
    QVERIFY(!field<QLabel>(dialog, "proxyPortError")->isVisible());
    QCOMPARE(AppSettings(m_context->settings().path()).proxy().port, 8080);
}

void TstSettingsDialog::appearanceApplyAndReopen()
{
    QString chosenFamily;
    {
        SettingsDialog dialog(*m_context);
        showPage(dialog, "appearancePage");
        auto *theme = field<QComboBox>(dialog, "themeCombo");
        theme->setCurrentIndex(theme->findData(int(AppSettings::Theme::Dark)));
        auto *language = field<QComboBox>(dialog, "languageCombo");
        language->setCurrentIndex(language->findData(QStringLiteral("th")));
        QVERIFY(field<QCheckBox>(dialog, "transcriptDefaultFont")->isChecked());
        QCOMPARE(field<QSpinBox>(dialog, "transcriptFontSize")->text(), QStringLiteral("Default size"));
        field<QCheckBox>(dialog, "transcriptDefaultFont")->setChecked(false);
        auto *font = field<QFontComboBox>(dialog, "transcriptFont");
        QVERIFY(font->isEnabled());
        font->setCurrentIndex(font->count() - 1);
        chosenFamily = font->currentFont().family();
        field<QSpinBox>(dialog, "transcriptFontSize")->setValue(16);
        QVERIFY(dialog.applyChanges());
    }
    QCOMPARE(AppSettings(m_context->settings().path()).transcriptFontFamily(), chosenFamily);
    QCOMPARE(AppSettings(m_context->settings().path()).transcriptFontSize(), 16);
    QCOMPARE(AppSettings(m_context->settings().path()).theme(), AppSettings::Theme::Dark);
    QCOMPARE(AppSettings(m_context->settings().path()).language(), QStringLiteral("th"));
    SettingsDialog reopened(*m_context);
    QCOMPARE(field<QComboBox>(reopened, "languageCombo")->currentData().toString(), QStringLiteral("th"));
    QVERIFY(!field<QCheckBox>(reopened, "transcriptDefaultFont")->isChecked());
    QCOMPARE(field<QFontComboBox>(reopened, "transcriptFont")->currentFont().family(), chosenFamily);
    QCOMPARE(field<QSpinBox>(reopened, "transcriptFontSize")->value(), 16);
}

void TstSettingsDialog::cancelDiscards()
{
    {
        SettingsDialog dialog(*m_context);
        dialog.show();
        field<QDoubleSpinBox>(dialog, "defaultTemperature")->setValue(1.9);
        field<QSpinBox>(dialog, "idleTimeout")->setValue(999);
        QTest::mouseClick(field<QPushButton>(dialog, "settingsCancel"), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
    }
    AppSettings reread(m_context->settings().path());
    QCOMPARE(reread.value(AppSettings::Temperature), 0.7);
    QCOMPARE(reread.value(AppSettings::IdleTimeoutSeconds), 120);
}

void TstSettingsDialog::invalidInputBlocksOkWithAMessage_data()
{
    QTest::addColumn<QByteArray>("fieldName");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("errorName");
    QTest::addColumn<QByteArray>("page");
    // Numbers are spin boxes (numbersAreSpinBoxesWithTheirRanges); these are the rules a range cannot say.
    QTest::newRow("profile name with a space") << QByteArray("profileName") << QStringLiteral("my gateway") << QByteArray("profileNameError") << QByteArray("providersPage");
    QTest::newRow("base URL not http") << QByteArray("profileBaseUrl") << QStringLiteral("ftp://example.com/v1") << QByteArray("profileBaseUrlError") << QByteArray("providersPage");
    QTest::newRow("key variable with a dash") << QByteArray("profileKeyVariable") << QStringLiteral("MY-KEY") << QByteArray("profileKeyVariableError") << QByteArray("providersPage");
    QTest::newRow("budget currency too short") << QByteArray("budgetCurrency") << QStringLiteral("US") << QByteArray("budgetError") << QByteArray("dataPage");
    QTest::newRow("budget currency not letters") << QByteArray("budgetCurrency") << QStringLiteral("U$D") << QByteArray("budgetError") << QByteArray("dataPage");
}

void TstSettingsDialog::invalidInputBlocksOkWithAMessage()
{
    QFETCH(QByteArray, fieldName);
    QFETCH(QString, input);
    QFETCH(QByteArray, errorName);
    QFETCH(QByteArray, page);
    SettingsDialog dialog(*m_context);
    dialog.show();
    showPage(dialog, "appearancePage"); // start elsewhere: the dialog must bring the bad page forward
    field<QDoubleSpinBox>(dialog, "defaultTemperature")->setValue(1.5);
    field<QLineEdit>(dialog, fieldName.constData())->setText(input);
    QTest::mouseClick(field<QPushButton>(dialog, "settingsOk"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    auto *error = field<QLabel>(dialog, errorName.constData());
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(dialog.findChild<QStackedWidget *>()->currentIndex(), pageIndex(dialog, page.constData()));
    QCOMPARE(AppSettings(m_context->settings().path()).value(AppSettings::Temperature), 0.7); // nothing was stored
}

void TstSettingsDialog::numbersAreSpinBoxesWithTheirRanges_data()
{
    // Each number's field, its range (the one AppSettings takes), and what its lowest value means.
    QTest::addColumn<QByteArray>("fieldName");
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<int>("maximum");
    QTest::addColumn<QString>("special");
    QTest::newRow("max tokens") << QByteArray("defaultMaxTokens") << QByteArray("chatDefaultsPage") << 0 << 10'000'000 << QStringLiteral("Provider default");
    QTest::newRow("proxy port") << QByteArray("proxyPort") << QByteArray("networkPage") << 0 << 65'535 << QStringLiteral("Not set");
    QTest::newRow("request timeout") << QByteArray("requestTimeout") << QByteArray("networkPage") << 10 << 86'400 << QString();
    QTest::newRow("idle timeout") << QByteArray("idleTimeout") << QByteArray("networkPage") << 5 << 3600 << QString();
    QTest::newRow("retries") << QByteArray("retries") << QByteArray("networkPage") << 0 << 10 << QString();
    QTest::newRow("requests per minute") << QByteArray("requestsPerMinute") << QByteArray("networkPage") << 0 << 100'000 << QStringLiteral("No limit");
    QTest::newRow("cache hours") << QByteArray("responseCacheTtl") << QByteArray("dataPage") << 1 << 8760 << QString();
    QTest::newRow("font size") << QByteArray("transcriptFontSize") << QByteArray("appearancePage") << 5 << 48 << QStringLiteral("Default size");
    QTest::newRow("context window") << QByteArray("contextWindow") << QByteArray("modelsPage") << 0 << std::numeric_limits<int>::max() << QStringLiteral("Unknown");
}

void TstSettingsDialog::numbersAreSpinBoxesWithTheirRanges()
{
    QFETCH(QByteArray, fieldName);
    QFETCH(QByteArray, page);
    QFETCH(int, minimum);
    QFETCH(int, maximum);
    QFETCH(QString, special);
    SettingsDialog dialog(*m_context);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    showPage(dialog, page.constData());
    auto *box = field<QSpinBox>(dialog, fieldName.constData());
    QVERIFY2(box, fieldName.constData());
    QCOMPARE(box->minimum(), minimum);
    QCOMPARE(box->maximum(), maximum);
    QCOMPARE(box->specialValueText(), special);
    box->setEnabled(true); // the proxy port waits for a manual proxy
    // Letters cannot get in, and a value past the range stops at its end.
    box->setValue(minimum + 1);
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QStringLiteral("lots"));
    QTest::keyClick(box, Qt::Key_Tab);
    QCOMPARE(box->value(), minimum + 1);
    box->setValue(maximum == std::numeric_limits<int>::max() ? maximum : maximum + 1);
    QCOMPARE(box->value(), maximum);
    if (!special.isEmpty()) {
        box->setValue(minimum);
        QCOMPARE(box->text(), special);
    }
}

void TstSettingsDialog::modelsAreFetchedWithoutBlocking()
{
    ScriptedResponse slow = ScriptedResponse::json(200, QJsonObject{{QStringLiteral("data"),
        QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("llama3.2")}},
                   QJsonObject{{QStringLiteral("id"), QStringLiteral("qwen2.5")}, {QStringLiteral("context_length"), 32768}}}}});
    slow.headerDelayMs = 800;
    m_server->enqueue("/v1/models", slow);
    SettingsDialog dialog(*m_context);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    showPage(dialog, "modelsPage");
    QTest::mouseClick(field<QPushButton>(dialog, "fetchModelsButton"), Qt::LeftButton);
    auto *status = field<QLabel>(dialog, "modelsStatus");
    QVERIFY(status->text().contains(QStringLiteral("Fetching")));
    // While the server holds the reply, the dialog still takes keystrokes.
    auto *model = field<QLineEdit>(dialog, "defaultModel");
    model->clear();
    model->setFocus();
    QTest::keyClicks(model, QStringLiteral("typed-while-waiting"));
    QCOMPARE(model->text(), QStringLiteral("typed-while-waiting"));
    QCOMPARE(field<QListWidget>(dialog, "modelList")->count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(field<QListWidget>(dialog, "modelList")->count(), 2, 5000);
    QVERIFY(!status->text().contains(QStringLiteral("Fetching")));
    field<QListWidget>(dialog, "modelList")->setCurrentRow(1);
    QCOMPARE(model->text(), QStringLiteral("qwen2.5"));
    field<QSpinBox>(dialog, "contextWindow")->setValue(32768);
    QVERIFY(dialog.applyChanges());
    const ProviderProfile saved = ProfileList::load(AppSettings(m_context->settings().path())).defaultProfile();
    QCOMPARE(saved.defaultModel, QStringLiteral("qwen2.5"));
    QCOMPARE(saved.contextWindow, std::optional<qint64>(32768));

    // A failed fetch says what went wrong.
    m_server->enqueue("/v1/models", ScriptedResponse::openAiError(401, QStringLiteral("bad key"), QStringLiteral("auth")));
    QTest::mouseClick(field<QPushButton>(dialog, "fetchModelsButton"), Qt::LeftButton);
    QTRY_VERIFY(status->text().contains(QStringLiteral("bad key")));
}

static void addProfileFromPreset(QDialog &dialog, const QString &presetId)
{
    const QList<QAction *> actions = dialog.findChild<QToolButton *>(QStringLiteral("addProfile"))->menu()->actions();
    for (QAction *action : actions) {
        if (action->data().toString() == presetId)
            action->trigger();
    }
}

void TstSettingsDialog::providersApplyAndReopen()
{
    {
        SettingsDialog dialog(*m_context);
        dialog.show();
        showPage(dialog, "providersPage");
        auto *list = field<QListWidget>(dialog, "profileList");
        QCOMPARE(list->count(), 1);
        QCOMPARE(field<QLineEdit>(dialog, "profileName")->text(), QStringLiteral("local"));
        QVERIFY(field<QLabel>(dialog, "profileKeyStatus")->text().contains(QLatin1String("needs no key")));
        field<QLineEdit>(dialog, "profileKeyVariable")->setText(QStringLiteral("LOCAL_KEY"));
        field<QCheckBox>(dialog, "profileHttp2")->setChecked(false);
        field<QCheckBox>(dialog, "profileAllowKeyOverHttp")->setChecked(true);
        QVERIFY(field<QLabel>(dialog, "profileHttpWarning")->isVisible()); // the risk is spelled out
        field<QPlainTextEdit>(dialog, "profileHeaders")->setPlainText(QStringLiteral("X-Team: tally\nHTTP-Referer: https://example.com"));

        addProfileFromPreset(dialog, QStringLiteral("openai"));
        QCOMPARE(list->count(), 2);
        auto *name = field<QLineEdit>(dialog, "profileName");
        QCOMPARE(name->text(), QStringLiteral("openai"));
        QVERIFY(field<QLabel>(dialog, "profileGetKey")->text().contains(QLatin1String("platform.openai.com")));
        name->setText(QStringLiteral("work"));
        QTest::mouseClick(field<QPushButton>(dialog, "makeDefaultProfile"), Qt::LeftButton);
        QVERIFY(list->currentItem()->text().contains(QLatin1String("work")));
        // The Models page edits the same draft: the new name is there before anything is saved.
        QVERIFY(field<QComboBox>(dialog, "modelsProfile")->findData(QStringLiteral("work"), Qt::EditRole) >= 0);
        QTest::mouseClick(field<QPushButton>(dialog, "settingsApply"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
    }
    const ProfileList saved = ProfileList::load(AppSettings(m_context->settings().path()));
    QCOMPARE(saved.profiles().size(), 2);
    QCOMPARE(saved.defaultName(), QStringLiteral("work"));
    const ProviderProfile local = *saved.find(QStringLiteral("local"));
    QCOMPARE(local.keyVariable, QStringLiteral("LOCAL_KEY"));
    QVERIFY(!local.http2);
    QVERIFY(local.allowKeyOverHttp);
    QCOMPARE(local.extraHeaders.size(), 2);
    QCOMPARE(local.extraHeaders.at(0).first, QByteArray("X-Team"));
    QCOMPARE(local.extraHeaders.at(1).second, QByteArray("https://example.com"));
    QCOMPARE(saved.find(QStringLiteral("work"))->preset, QStringLiteral("openai"));

    SettingsDialog reopened(*m_context);
    auto *list = field<QListWidget>(reopened, "profileList");
    QCOMPARE(list->count(), 2);
    QCOMPARE(field<QLineEdit>(reopened, "profileName")->text(), QStringLiteral("work")); // opens on the default
    QVERIFY(list->item(1)->text().contains(QLatin1String("default")));
    list->setCurrentRow(0);
    QCOMPARE(field<QLineEdit>(reopened, "profileKeyVariable")->text(), QStringLiteral("LOCAL_KEY"));
    QVERIFY(!field<QCheckBox>(reopened, "profileHttp2")->isChecked());
    QCOMPARE(field<QPlainTextEdit>(reopened, "profileHeaders")->toPlainText(),
             QStringLiteral("X-Team: tally\nHTTP-Referer: https://example.com"));
}

void TstSettingsDialog::providersCancelDiscards()
{
    const QByteArray before = [&] {
        QFile file(m_context->settings().path());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    {
        SettingsDialog dialog(*m_context);
        dialog.show();
        showPage(dialog, "providersPage");
        field<QLineEdit>(dialog, "profileBaseUrl")->setText(QStringLiteral("http://127.0.0.1:1/v1"));
        addProfileFromPreset(dialog, QStringLiteral("deepseek"));
        field<QListWidget>(dialog, "profileList")->setCurrentRow(0);
        QTest::mouseClick(field<QPushButton>(dialog, "removeProfile"), Qt::LeftButton);
        QCOMPARE(field<QListWidget>(dialog, "profileList")->count(), 1);
        QTest::mouseClick(field<QPushButton>(dialog, "settingsCancel"), Qt::LeftButton);
    }
    QFile file(m_context->settings().path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TstSettingsDialog::providersInvalidInputBlocksOk()
{
    SettingsDialog dialog(*m_context);
    dialog.show();
    showPage(dialog, "providersPage");
    auto *list = field<QListWidget>(dialog, "profileList");
    addProfileFromPreset(dialog, QStringLiteral("openai"));
    // A name that is taken, and a header line that is not a header.
    field<QLineEdit>(dialog, "profileName")->setText(QStringLiteral("LOCAL"));
    field<QPlainTextEdit>(dialog, "profileHeaders")->setPlainText(QStringLiteral("X-Ok: 1\nnot a header"));
    // Leaving an invalid profile is refused, so what was typed stays on screen.
    list->setCurrentRow(0);
    QCOMPARE(list->currentRow(), 1);
    QVERIFY(field<QLabel>(dialog, "profileHeadersError")->isVisible());
    QVERIFY(field<QLabel>(dialog, "profileHeadersError")->text().contains(QLatin1String("not a header")));
    field<QPlainTextEdit>(dialog, "profileHeaders")->setPlainText(QStringLiteral("X-Ok: 1"));
    QTest::mouseClick(field<QPushButton>(dialog, "settingsOk"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(field<QLabel>(dialog, "profileNameError")->text().contains(QLatin1String("already exists")));
    QCOMPARE(ProfileList::load(AppSettings(m_context->settings().path())).profiles().size(), 1);
}

void TstSettingsDialog::addCustomAsksForItsBaseUrl()
{
    // Issue 12, item 7: Add › Custom used to add nothing ("The base URL must be an http:// or https://
    // address."), since a custom server has no address until the user types it.
    SettingsDialog dialog(*m_context);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    showPage(dialog, "providersPage");
    auto *list = field<QListWidget>(dialog, "profileList");
    auto *baseUrl = field<QLineEdit>(dialog, "profileBaseUrl");
    auto *urlError = field<QLabel>(dialog, "profileBaseUrlError");
    addProfileFromPreset(dialog, QStringLiteral("custom"));
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->currentRow(), 1);
    QCOMPARE(field<QLineEdit>(dialog, "profileName")->text(), QStringLiteral("custom"));
    QVERIFY(baseUrl->text().isEmpty());
    QCOMPARE(dialog.focusWidget(), baseUrl); // where the one thing only the user knows goes
    QVERIFY(field<QLabel>(dialog, "profileBaseUrlHint")->isVisible());
    QVERIFY(field<QLabel>(dialog, "profileListMessage")->text().contains(QLatin1String("base URL")));
    QVERIFY(!urlError->isVisible()); // nothing refused before the user could type

    // Applying it without an address says so beside the field, and stores nothing.
    QTest::mouseClick(field<QPushButton>(dialog, "settingsApply"), Qt::LeftButton);
    QVERIFY(urlError->isVisible());
    QVERIFY2(urlError->text().contains(QLatin1String("base URL")), qPrintable(urlError->text()));
    QVERIFY(!field<QLabel>(dialog, "profileBaseUrlHint")->isVisible());
    QCOMPARE(ProfileList::load(AppSettings(m_context->settings().path())).profiles().size(), 1);
    // Nor can it be left for another profile while it has none.
    list->setCurrentRow(0);
    QCOMPARE(list->currentRow(), 1);

    QTest::keyClicks(baseUrl, m_server->baseUrl().toString());
    QVERIFY(dialog.applyChanges());
    QVERIFY(!urlError->isVisible());
    const ProfileList saved = ProfileList::load(AppSettings(m_context->settings().path()));
    QCOMPARE(saved.profiles().size(), 2);
    QCOMPARE(saved.find(QStringLiteral("custom"))->baseUrl, m_server->baseUrl());
    QCOMPARE(saved.find(QStringLiteral("custom"))->preset, QStringLiteral("custom"));

    // A second one gets a fresh name and also starts without an address.
    addProfileFromPreset(dialog, QStringLiteral("custom"));
    QCOMPARE(list->count(), 3);
    QCOMPARE(field<QLineEdit>(dialog, "profileName")->text(), QStringLiteral("custom-2"));
    QVERIFY(baseUrl->text().isEmpty());
    QCOMPARE(dialog.focusWidget(), baseUrl);
    // And the Models page lists it at once.
    QVERIFY(field<QComboBox>(dialog, "modelsProfile")->findData(QStringLiteral("custom-2"), Qt::EditRole) >= 0);
}

void TstSettingsDialog::escapeInAProfileFieldCancelsTheDialog()
{
    // The profile fields are filled by a QDataWidgetMapper, whose delegate would take Escape to
    // put the field back (as in a table cell); in a dialog, Escape is Cancel.
    SettingsDialog dialog(*m_context);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    showPage(dialog, "providersPage");
    auto *name = field<QLineEdit>(dialog, "profileName");
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("renamed"));
    QTest::keyClick(name, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(ProfileList::load(AppSettings(m_context->settings().path())).defaultName(), QStringLiteral("local"));
}

void TstSettingsDialog::modelsPageFollowsRenamedAndRemovedProfiles()
{
    // Both pages show rows of one ProfileDraft: a rename on one is the other's at once, a removed
    // profile takes the Models page to another, and neither page's typing overwrites the other's.
    SettingsDialog dialog(*m_context);
    dialog.show();
    showPage(dialog, "providersPage");
    addProfileFromPreset(dialog, QStringLiteral("openai"));
    field<QLineEdit>(dialog, "profileName")->setText(QStringLiteral("work"));
    field<QListWidget>(dialog, "profileList")->setCurrentRow(0); // leaving it stores the name
    auto *picker = field<QComboBox>(dialog, "modelsProfile");
    const int work = picker->findData(QStringLiteral("work"), Qt::EditRole);
    QVERIFY(work >= 0);
    QCOMPARE(picker->findData(QStringLiteral("openai"), Qt::EditRole), -1);

    showPage(dialog, "modelsPage");
    picker->setCurrentIndex(work);
    auto *model = field<QLineEdit>(dialog, "defaultModel");
    QCOMPARE(model->text(), ProviderPreset::find(QStringLiteral("openai"))->defaultModel);
    model->setText(QStringLiteral("gpt-typed"));
    // A rename on the Providers page does not undo what was typed here.
    showPage(dialog, "providersPage");
    QCOMPARE(field<QLineEdit>(dialog, "profileName")->text(), QStringLiteral("local"));
    field<QLineEdit>(dialog, "profileName")->setText(QStringLiteral("home"));
    field<QListWidget>(dialog, "profileList")->setCurrentRow(1);
    QCOMPARE(field<QLineEdit>(dialog, "profileName")->text(), QStringLiteral("work"));
    QCOMPARE(picker->findData(QStringLiteral("home"), Qt::EditRole), 0);
    QCOMPARE(picker->itemText(0), QStringLiteral("home (default)"));
    QCOMPARE(model->text(), QStringLiteral("gpt-typed"));
    QVERIFY(dialog.applyChanges());
    QCOMPARE(ProfileList::load(AppSettings(m_context->settings().path())).find(QStringLiteral("work"))->defaultModel,
             QStringLiteral("gpt-typed"));

    // Removing the profile the Models page shows moves it to the one that is left.
    QTest::mouseClick(field<QPushButton>(dialog, "removeProfile"), Qt::LeftButton);
    QCOMPARE(picker->count(), 1);
    QCOMPARE(picker->currentData(Qt::EditRole).toString(), QStringLiteral("home"));
    QCOMPARE(model->text(), ProviderPreset::find(QStringLiteral("ollama"))->defaultModel);
    QVERIFY(dialog.applyChanges());
    QCOMPARE(ProfileList::load(AppSettings(m_context->settings().path())).profiles().size(), 1);
}

void TstSettingsDialog::typedKeyGoesToTheSecretStoreOnly()
{
    const QString key = QStringLiteral("sk-dialog-0123456789abcdef");
    QString account;
    {
        SettingsDialog dialog(*m_context);
        dialog.show();
        showPage(dialog, "providersPage");
        addProfileFromPreset(dialog, QStringLiteral("openai"));
        auto *keyField = field<QLineEdit>(dialog, "profileApiKey");
        QCOMPARE(keyField->echoMode(), QLineEdit::Password);
        QTest::keyClicks(keyField, key);
        QTest::mouseClick(field<QToolButton>(dialog, "showApiKey"), Qt::LeftButton);
        QCOMPARE(keyField->echoMode(), QLineEdit::Normal);
        QSignalSpy stored(&dialog, &SettingsDialog::secretsStored);
        QTest::mouseClick(field<QPushButton>(dialog, "settingsOk"), Qt::LeftButton);
        QVERIFY(stored.wait(5000));
        QCOMPARE(stored.first().at(0).toBool(), true);
        QVERIFY(!dialog.isVisible());
        account = ProfileList::load(AppSettings(m_context->settings().path())).find(QStringLiteral("openai"))->secretAccount();
    }
    QString secret;
    bool answered = false;
    m_context->secrets().readSecret(account, this, [&](const SecretResult &result) {
        secret = result.secret;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QCOMPARE(secret, key);
    QVERIFY2(filesContaining(key.toUtf8()).isEmpty(), qPrintable(filesContaining(key.toUtf8()).join(u' ')));
    QFile ini(m_context->settings().path());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(key.toUtf8()));

    // Reopened, the field is empty and says a key is stored.
    SettingsDialog reopened(*m_context);
    showPage(reopened, "providersPage");
    field<QListWidget>(reopened, "profileList")->setCurrentRow(1);
    QVERIFY(field<QLineEdit>(reopened, "profileApiKey")->text().isEmpty());
    QTRY_VERIFY(field<QLabel>(reopened, "profileKeyStatus")->text().contains(QLatin1String("stored in the OS keychain")));
}

void TstSettingsDialog::testConnectionShowsTimingsStatusAndErrors()
{
    SettingsDialog dialog(*m_context);
    dialog.show();
    showPage(dialog, "providersPage");
    auto *result = field<QLabel>(dialog, "connectionResult");
    auto *test = field<QPushButton>(dialog, "testConnection");

    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("HTTP 200")), 10'000);
    for (const char *stage : {"DNS", "connect", "first byte", "Proxy: none"})
        QVERIFY2(result->text().contains(QLatin1String(stage)), qPrintable(result->text()));

    m_server->enqueue("/v1/models", ScriptedResponse::openAiError(401, QStringLiteral("Incorrect API key provided."),
                                                                  QStringLiteral("invalid_request_error"),
                                                                  QStringLiteral("invalid_api_key")));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("401")), 10'000);
    QVERIFY2(result->text().contains(QLatin1String("Incorrect API key provided.")), qPrintable(result->text()));

    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    field<QLineEdit>(dialog, "profileBaseUrl")->setText(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("Connecting failed")), 10'000);
    QVERIFY2(result->text().contains(QLatin1String("refused"), Qt::CaseInsensitive), qPrintable(result->text()));
}

static int rowOf(QTableWidget *table, const QString &model)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == model)
            return row;
    }
    return -1;
}

void TstSettingsDialog::pricesAreEditedAndResetToBundled()
{
    {
        SettingsDialog dialog(*m_context);
        dialog.show();
        showPage(dialog, "providersPage");
        addProfileFromPreset(dialog, QStringLiteral("holysheep"));
        showPage(dialog, "modelsPage");
        auto *profile = field<QComboBox>(dialog, "modelsProfile");
        profile->setCurrentIndex(profile->findText(QStringLiteral("holysheep")));
        auto *table = field<QTableWidget>(dialog, "priceTable");
        const int row = rowOf(table, QStringLiteral("stepfun-v3"));
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, 1)->text(), QStringLiteral("0.38")); // the bundled input price
        QVERIFY(!field<QPushButton>(dialog, "resetPrices")->isEnabled());
        table->item(row, 1)->setText(QStringLiteral("abc"));
        QTest::mouseClick(field<QPushButton>(dialog, "settingsOk"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(field<QLabel>(dialog, "priceError")->isVisible());
        QVERIFY(field<QLabel>(dialog, "priceError")->text().contains(QLatin1String("stepfun-v3")));
        table->item(row, 1)->setText(QStringLiteral("0.5"));
        QCOMPARE(table->item(row, 5)->text(), QStringLiteral("Edited in Tally"));
        QVERIFY(dialog.applyChanges());
    }
    const QList<ModelPrice> overrides = AppSettings(m_context->settings().path()).priceOverrides();
    QCOMPARE(overrides.size(), 1);
    QCOMPARE(overrides.first().provider(), QStringLiteral("holysheep"));
    QCOMPARE(overrides.first().model(), QStringLiteral("stepfun-v3"));
    QCOMPARE(overrides.first().inputPrice(), 0.5);
    QCOMPARE(overrides.first().outputPrice(), 0.38);
    QCOMPARE(overrides.first().date(), QDate::currentDate());
    QCOMPARE(overrides.first().contextWindow(), std::optional<qint64>(128000)); // kept from the bundled row
    m_context->reloadPrices();
    QCOMPARE(m_context->prices().find(QStringLiteral("holysheep"), QStringLiteral("stepfun-v3"))->inputPrice(), 0.5);

    SettingsDialog reopened(*m_context);
    showPage(reopened, "modelsPage");
    auto *profile = field<QComboBox>(reopened, "modelsProfile");
    profile->setCurrentIndex(profile->findText(QStringLiteral("holysheep")));
    auto *table = field<QTableWidget>(reopened, "priceTable");
    QCOMPARE(table->item(rowOf(table, QStringLiteral("stepfun-v3")), 1)->text(), QStringLiteral("0.5"));
    // Undo one row: an edited bundled row goes back to its price; an added row goes away.
    auto *undo = field<QPushButton>(reopened, "undoPrice");
    table->setCurrentCell(rowOf(table, QStringLiteral("stepfun-v3")), 1);
    QVERIFY(undo->isEnabled());
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(table->item(rowOf(table, QStringLiteral("stepfun-v3")), 1)->text(), QStringLiteral("0.38"));
    QVERIFY(!undo->isEnabled());
    const int rows = table->rowCount();
    QTest::mouseClick(field<QPushButton>(reopened, "addPrice"), Qt::LeftButton);
    QCOMPARE(table->rowCount(), rows + 1);
    table->item(rows, 0)->setText(QStringLiteral("my-model"));
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(table->rowCount(), rows);
    QVERIFY(reopened.applyChanges());
    QVERIFY(AppSettings(m_context->settings().path()).priceOverrides().isEmpty());
    // And the whole provider at once.
    table->item(rowOf(table, QStringLiteral("stepfun-v3")), 1)->setText(QStringLiteral("0.5"));
    QTest::mouseClick(field<QPushButton>(reopened, "resetPrices"), Qt::LeftButton);
    QCOMPARE(table->item(rowOf(table, QStringLiteral("stepfun-v3")), 1)->text(), QStringLiteral("0.38"));
    QVERIFY(reopened.applyChanges());
    QVERIFY(AppSettings(m_context->settings().path()).priceOverrides().isEmpty());
}

void TstSettingsDialog::storedKeyAndProxyPasswordCanBeForgotten()
{
    SecretStore &secrets = m_context->secrets();
    const QString keyAccount = ProfileList::load(m_context->settings()).defaultProfile().secretAccount();
    const auto write = [&](const QString &account, const QString &value) {
        bool done = false;
        secrets.writeSecret(account, value, this, [&](const SecretResult &) { done = true; });
        QTRY_VERIFY(done);
    };
    const auto status = [&](const QString &account) {
        std::optional<SecretResult::Status> answer;
        secrets.readSecret(account, this, [&](const SecretResult &result) { answer = result.status; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }))
            qWarning("the secret store did not answer");
        return answer.value_or(SecretResult::Status::Error);
    };
    write(keyAccount, QStringLiteral("sk-old"));
    write(ProxySettings::passwordAccount(), QStringLiteral("old-password"));

    // Cancel keeps both.
    {
        SettingsDialog dialog(*m_context);
        dialog.show();
        showPage(dialog, "providersPage");
        QTest::mouseClick(field<QToolButton>(dialog, "forgetApiKey"), Qt::LeftButton);
        QVERIFY(field<QLabel>(dialog, "profileKeyStatus")->text().contains(QLatin1String("when you apply")));
        QTest::mouseClick(field<QPushButton>(dialog, "forgetProxyPassword"), Qt::LeftButton);
        QTest::mouseClick(field<QPushButton>(dialog, "settingsCancel"), Qt::LeftButton);
    }
    QCOMPARE(status(keyAccount), SecretResult::Status::Ok);
    QCOMPARE(status(ProxySettings::passwordAccount()), SecretResult::Status::Ok);

    // OK deletes both.
    SettingsDialog dialog(*m_context);
    dialog.show();
    QTest::mouseClick(field<QToolButton>(dialog, "forgetApiKey"), Qt::LeftButton);
    QTest::mouseClick(field<QPushButton>(dialog, "forgetProxyPassword"), Qt::LeftButton);
    QSignalSpy stored(&dialog, &SettingsDialog::secretsStored);
    QTest::mouseClick(field<QPushButton>(dialog, "settingsOk"), Qt::LeftButton);
    QVERIFY(stored.wait(5000));
    QVERIFY(stored.first().at(0).toBool());
    QCOMPARE(status(keyAccount), SecretResult::Status::NotFound);
    QCOMPARE(status(ProxySettings::passwordAccount()), SecretResult::Status::NotFound);
}

void TstSettingsDialog::dataApplyAndReopen()
{
    {
        SettingsDialog dialog(*m_context);
        dialog.show();
        showPage(dialog, "dataPage");
        QVERIFY(field<QLabel>(dialog, "databasePath")->text().endsWith(QStringLiteral("tally.db")));
        auto *cache = field<QCheckBox>(dialog, "responseCache");
        QVERIFY(!cache->isChecked()); // off by default
        QVERIFY(!field<QSpinBox>(dialog, "responseCacheTtl")->isEnabled());
        cache->setChecked(true);
        field<QSpinBox>(dialog, "responseCacheTtl")->setValue(48);
        QCOMPARE(field<QDoubleSpinBox>(dialog, "budgetPerDay")->text(), QStringLiteral("No limit"));
        field<QDoubleSpinBox>(dialog, "budgetPerConversation")->setValue(1.5);
        field<QDoubleSpinBox>(dialog, "budgetPerMonth")->setValue(40);
        field<QLineEdit>(dialog, "budgetCurrency")->setText(QStringLiteral("cny"));
        auto *action = field<QComboBox>(dialog, "budgetAction");
        action->setCurrentIndex(action->findData(true));
        QVERIFY(dialog.applyChanges());
    }
    const AppSettings reread(m_context->settings().path());
    QVERIFY(reread.responseCacheEnabled());
    QCOMPARE(reread.value(AppSettings::ResponseCacheTtlHours), 48);
    const Budget budget = reread.budget();
    QCOMPARE(budget.perConversation, 1.5);
    QCOMPARE(budget.perDay, 0.0);
    QCOMPARE(budget.perMonth, 40.0);
    QCOMPARE(budget.currency, QStringLiteral("CNY"));
    QVERIFY(budget.block);
    SettingsDialog reopened(*m_context);
    QVERIFY(field<QCheckBox>(reopened, "responseCache")->isChecked());
    QCOMPARE(field<QSpinBox>(reopened, "responseCacheTtl")->value(), 48);
    QCOMPARE(field<QDoubleSpinBox>(reopened, "budgetPerConversation")->value(), 1.5);
    QCOMPARE(field<QDoubleSpinBox>(reopened, "budgetPerDay")->text(), QStringLiteral("No limit"));
    QCOMPARE(field<QComboBox>(reopened, "budgetAction")->currentData().toBool(), true);
}

void TstSettingsDialog::dataClearsTheCacheAndExportsEveryConversation()
{
    QVERIFY(m_context->openDatabase().ok());
    ConversationStore &store = m_context->store();
    for (const QString &title : {QStringLiteral("การเรียงลำดับ"), QStringLiteral("a/b: c?")}) {
        Conversation conversation;
        conversation.title = title;
        const qint64 id = store.createConversation(conversation)->id;
        Message question;
        question.conversationId = id;
        question.content = QStringLiteral("Question for ") + title;
        QVERIFY(store.appendMessage(question));
    }
    Message cachedReply;
    cachedReply.content = QStringLiteral("cached");
    QVERIFY(m_context->responseCache().put("k1", cachedReply, 3'600'000));

    // Clear cache changes what Tally keeps, so it waits for Apply like Forget does; Cancel keeps the cache.
    {
        SettingsDialog cancelled(*m_context);
        cancelled.show();
        showPage(cancelled, "dataPage");
        QTest::mouseClick(field<QPushButton>(cancelled, "clearResponseCache"), Qt::LeftButton);
        QVERIFY(field<QLabel>(cancelled, "responseCacheStatus")->text().contains(QLatin1String("when you apply")));
        QCOMPARE(m_context->responseCache().count(), 1);
        QTest::mouseClick(field<QPushButton>(cancelled, "settingsCancel"), Qt::LeftButton);
    }
    QCOMPARE(m_context->responseCache().count(), 1);
    SettingsDialog dialog(*m_context);
    dialog.show();
    showPage(dialog, "dataPage");
    auto *cacheStatus = field<QLabel>(dialog, "responseCacheStatus");
    QVERIFY2(cacheStatus->text().startsWith(QStringLiteral("1 cached reply")), qPrintable(cacheStatus->text()));
    QTest::mouseClick(field<QPushButton>(dialog, "clearResponseCache"), Qt::LeftButton);
    QCOMPARE(m_context->responseCache().count(), 1);
    QVERIFY(dialog.applyChanges());
    QVERIFY2(cacheStatus->text().startsWith(QStringLiteral("Removed 1 cached reply")), qPrintable(cacheStatus->text()));
    QCOMPARE(m_context->responseCache().count(), 0);

    // Export only reads what Tally keeps and writes new files elsewhere, so it acts at once.

    QTemporaryDir target;
    QFile existing(target.filePath(QStringLiteral("00001 การเรียงลำดับ.json")));
    QVERIFY(existing.open(QIODevice::WriteOnly) && existing.write("an earlier export") > 0);
    existing.close();
    FileDialogs::setNextSaveFileName(target.path());
    QTest::mouseClick(field<QPushButton>(dialog, "exportAllConversations"), Qt::LeftButton);
    auto *status = field<QLabel>(dialog, "exportAllStatus");
    QTRY_VERIFY2(status->text().startsWith(QStringLiteral("Exported 2 conversation")), qPrintable(status->text()));
    const QStringList files = QDir(target.path()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 3);
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("an earlier export")); // never overwritten
    int imported = 0;
    for (const QString &name : files) {
        QFile file(target.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        if (ConversationJson::fromJson(file.readAll()))
            ++imported;
    }
    QCOMPARE(imported, 2); // each export is importable
}

QTEST_MAIN(TstSettingsDialog)
#include "tst_settingsdialog.moc"
