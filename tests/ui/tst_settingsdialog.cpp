// The settings dialog offscreen: change values, Apply, reopen and see them; Cancel discards;
// invalid input blocks OK with a message beside the field.
#include "app/AppContext.h"
#include "secrets/MemorySecretStore.h"
#include "settings/AppSettings.h"
#include "settings/ProfileList.h"
#include "TestServer.h"
#include "settings/SettingsDialog.h"

#include <QComboBox>
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
#include <QTest>

class TstSettingsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void chatDefaultsApplyAndReopen();
    void networkApplyAndReopen();
    void appearanceApplyAndReopen();
    void cancelDiscards();
    void invalidInputBlocksOkWithAMessage_data();
    void invalidInputBlocksOkWithAMessage();
    void modelsAreFetchedWithoutBlocking();

private:
    QTemporaryDir *m_dir = nullptr;
    TestServer *m_server = nullptr;
    std::unique_ptr<AppContext> m_context;
    template<typename T>
    static T *field(SettingsDialog &dialog, const char *name)
    {
        return dialog.findChild<T *>(QLatin1String(name));
    }
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

void TstSettingsDialog::chatDefaultsApplyAndReopen()
{
    {
        SettingsDialog dialog(*m_context);
        dialog.show();
        QCOMPARE(field<QDoubleSpinBox>(dialog, "defaultTemperature")->value(), 0.7);
        field<QSlider>(dialog, "temperatureSlider")->setValue(25); // the slider moves in 0.05 steps
        QCOMPARE(field<QDoubleSpinBox>(dialog, "defaultTemperature")->value(), 1.25);
        field<QLineEdit>(dialog, "defaultMaxTokens")->setText(QStringLiteral("2048"));
        field<QDoubleSpinBox>(dialog, "defaultTopP")->setValue(0.9);
        field<QPlainTextEdit>(dialog, "defaultSystemPrompt")->setPlainText(QStringLiteral("ตอบสั้นๆ"));
        QSignalSpy applied(&dialog, &SettingsDialog::settingsApplied);
        QTest::mouseClick(field<QPushButton>(dialog, "settingsApply"), Qt::LeftButton);
        QCOMPARE(applied.size(), 1);
        QVERIFY(dialog.isVisible()); // Apply keeps the dialog open
    }
    AppSettings reread(m_context->settings().path());
    QCOMPARE(reread.temperature(), 1.25);
    QCOMPARE(reread.maxTokens(), 2048);
    QCOMPARE(reread.topP(), 0.9);
    QCOMPARE(reread.systemPrompt(), QStringLiteral("ตอบสั้นๆ"));
    SettingsDialog reopened(*m_context);
    QCOMPARE(field<QDoubleSpinBox>(reopened, "defaultTemperature")->value(), 1.25);
    QCOMPARE(field<QLineEdit>(reopened, "defaultMaxTokens")->text(), QStringLiteral("2048"));
    QCOMPARE(field<QSlider>(reopened, "temperatureSlider")->value(), 25);
}

void TstSettingsDialog::networkApplyAndReopen()
{
    {
        SettingsDialog dialog(*m_context);
        dialog.show();
        dialog.showPage(2);
        field<QLineEdit>(dialog, "idleTimeout")->setText(QStringLiteral("300"));
        field<QSpinBox>(dialog, "retries")->setValue(5);
        field<QLineEdit>(dialog, "requestsPerMinute")->setText(QStringLiteral("60"));
        QTest::mouseClick(field<QPushButton>(dialog, "settingsOk"), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
    }
    SettingsDialog reopened(*m_context);
    QCOMPARE(field<QLineEdit>(reopened, "idleTimeout")->text(), QStringLiteral("300"));
    QCOMPARE(field<QSpinBox>(reopened, "retries")->value(), 5);
    QCOMPARE(field<QLineEdit>(reopened, "requestsPerMinute")->text(), QStringLiteral("60"));
    QCOMPARE(AppSettings(m_context->settings().path()).requestsPerMinute(), 60);
}

void TstSettingsDialog::appearanceApplyAndReopen()
{
    {
        SettingsDialog dialog(*m_context);
        dialog.showPage(3);
        auto *theme = field<QComboBox>(dialog, "themeCombo");
        theme->setCurrentIndex(theme->findData(int(AppSettings::Theme::Dark)));
        auto *language = field<QComboBox>(dialog, "languageCombo");
        language->setCurrentIndex(language->findData(QStringLiteral("th")));
        QVERIFY(dialog.applyChanges());
    }
    QCOMPARE(AppSettings(m_context->settings().path()).theme(), AppSettings::Theme::Dark);
    QCOMPARE(AppSettings(m_context->settings().path()).language(), QStringLiteral("th"));
    SettingsDialog reopened(*m_context);
    QCOMPARE(field<QComboBox>(reopened, "languageCombo")->currentData().toString(), QStringLiteral("th"));
}

void TstSettingsDialog::cancelDiscards()
{
    {
        SettingsDialog dialog(*m_context);
        dialog.show();
        field<QDoubleSpinBox>(dialog, "defaultTemperature")->setValue(1.9);
        field<QLineEdit>(dialog, "idleTimeout")->setText(QStringLiteral("999"));
        QTest::mouseClick(field<QPushButton>(dialog, "settingsCancel"), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
    }
    AppSettings reread(m_context->settings().path());
    QCOMPARE(reread.temperature(), 0.7);
    QCOMPARE(reread.idleTimeoutSeconds(), 120);
}

void TstSettingsDialog::invalidInputBlocksOkWithAMessage_data()
{
    QTest::addColumn<QByteArray>("fieldName");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("errorName");
    QTest::addColumn<int>("page");
    QTest::newRow("max tokens not a number") << QByteArray("defaultMaxTokens") << QStringLiteral("lots") << QByteArray("maxTokensError") << 0;
    QTest::newRow("timeout not a number") << QByteArray("idleTimeout") << QStringLiteral("12s") << QByteArray("idleTimeoutError") << 2;
    QTest::newRow("timeout too small") << QByteArray("idleTimeout") << QStringLiteral("1") << QByteArray("idleTimeoutError") << 2;
    QTest::newRow("rate negative") << QByteArray("requestsPerMinute") << QStringLiteral("-5") << QByteArray("requestsPerMinuteError") << 2;
}

void TstSettingsDialog::invalidInputBlocksOkWithAMessage()
{
    QFETCH(QByteArray, fieldName);
    QFETCH(QString, input);
    QFETCH(QByteArray, errorName);
    QFETCH(int, page);
    SettingsDialog dialog(*m_context);
    dialog.show();
    dialog.showPage(3); // start elsewhere: the dialog must bring the bad page forward
    field<QDoubleSpinBox>(dialog, "defaultTemperature")->setValue(1.5);
    field<QLineEdit>(dialog, fieldName.constData())->setText(input);
    QTest::mouseClick(field<QPushButton>(dialog, "settingsOk"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    auto *error = field<QLabel>(dialog, errorName.constData());
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(dialog.findChild<QStackedWidget *>()->currentIndex(), page);
    QCOMPARE(AppSettings(m_context->settings().path()).temperature(), 0.7); // nothing was stored
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
    dialog.showPage(1);
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
    field<QLineEdit>(dialog, "contextWindow")->setText(QStringLiteral("32768"));
    QVERIFY(dialog.applyChanges());
    const ProviderProfile saved = ProfileList::load(AppSettings(m_context->settings().path())).defaultProfile();
    QCOMPARE(saved.defaultModel, QStringLiteral("qwen2.5"));
    QCOMPARE(saved.contextWindow, std::optional<qint64>(32768));

    // A failed fetch says what went wrong.
    m_server->enqueue("/v1/models", ScriptedResponse::openAiError(401, QStringLiteral("bad key"), QStringLiteral("auth")));
    QTest::mouseClick(field<QPushButton>(dialog, "fetchModelsButton"), Qt::LeftButton);
    QTRY_VERIFY(status->text().contains(QStringLiteral("bad key")));
}

QTEST_MAIN(TstSettingsDialog)
#include "tst_settingsdialog.moc"
