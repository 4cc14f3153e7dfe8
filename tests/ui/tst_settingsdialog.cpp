// The settings dialog offscreen: change values, Apply, reopen and see them; Cancel discards;
// invalid input blocks OK with a message beside the field.
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
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

private:
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<AppSettings> m_settings;
    template<typename T>
    static T *field(SettingsDialog &dialog, const char *name)
    {
        return dialog.findChild<T *>(QLatin1String(name));
    }
};

void TstSettingsDialog::init()
{
    m_dir = new QTemporaryDir;
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("tally.ini")));
}

void TstSettingsDialog::cleanup()
{
    m_settings.reset();
    delete m_dir;
}

void TstSettingsDialog::chatDefaultsApplyAndReopen()
{
    {
        SettingsDialog dialog(*m_settings);
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
    AppSettings reread(m_settings->path());
    QCOMPARE(reread.temperature(), 1.25);
    QCOMPARE(reread.maxTokens(), 2048);
    QCOMPARE(reread.topP(), 0.9);
    QCOMPARE(reread.systemPrompt(), QStringLiteral("ตอบสั้นๆ"));
    SettingsDialog reopened(*m_settings);
    QCOMPARE(field<QDoubleSpinBox>(reopened, "defaultTemperature")->value(), 1.25);
    QCOMPARE(field<QLineEdit>(reopened, "defaultMaxTokens")->text(), QStringLiteral("2048"));
    QCOMPARE(field<QSlider>(reopened, "temperatureSlider")->value(), 25);
}

void TstSettingsDialog::networkApplyAndReopen()
{
    {
        SettingsDialog dialog(*m_settings);
        dialog.show();
        dialog.showPage(1);
        field<QLineEdit>(dialog, "idleTimeout")->setText(QStringLiteral("300"));
        field<QSpinBox>(dialog, "retries")->setValue(5);
        field<QLineEdit>(dialog, "requestsPerMinute")->setText(QStringLiteral("60"));
        QTest::mouseClick(field<QPushButton>(dialog, "settingsOk"), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
    }
    SettingsDialog reopened(*m_settings);
    QCOMPARE(field<QLineEdit>(reopened, "idleTimeout")->text(), QStringLiteral("300"));
    QCOMPARE(field<QSpinBox>(reopened, "retries")->value(), 5);
    QCOMPARE(field<QLineEdit>(reopened, "requestsPerMinute")->text(), QStringLiteral("60"));
    QCOMPARE(AppSettings(m_settings->path()).requestsPerMinute(), 60);
}

void TstSettingsDialog::appearanceApplyAndReopen()
{
    {
        SettingsDialog dialog(*m_settings);
        dialog.showPage(2);
        auto *theme = field<QComboBox>(dialog, "themeCombo");
        theme->setCurrentIndex(theme->findData(int(AppSettings::Theme::Dark)));
        auto *language = field<QComboBox>(dialog, "languageCombo");
        language->setCurrentIndex(language->findData(QStringLiteral("th")));
        QVERIFY(dialog.applyChanges());
    }
    QCOMPARE(AppSettings(m_settings->path()).theme(), AppSettings::Theme::Dark);
    QCOMPARE(AppSettings(m_settings->path()).language(), QStringLiteral("th"));
    SettingsDialog reopened(*m_settings);
    QCOMPARE(field<QComboBox>(reopened, "languageCombo")->currentData().toString(), QStringLiteral("th"));
}

void TstSettingsDialog::cancelDiscards()
{
    {
        SettingsDialog dialog(*m_settings);
        dialog.show();
        field<QDoubleSpinBox>(dialog, "defaultTemperature")->setValue(1.9);
        field<QLineEdit>(dialog, "idleTimeout")->setText(QStringLiteral("999"));
        QTest::mouseClick(field<QPushButton>(dialog, "settingsCancel"), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
    }
    AppSettings reread(m_settings->path());
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
    QTest::newRow("timeout not a number") << QByteArray("idleTimeout") << QStringLiteral("12s") << QByteArray("idleTimeoutError") << 1;
    QTest::newRow("timeout too small") << QByteArray("idleTimeout") << QStringLiteral("1") << QByteArray("idleTimeoutError") << 1;
    QTest::newRow("rate negative") << QByteArray("requestsPerMinute") << QStringLiteral("-5") << QByteArray("requestsPerMinuteError") << 1;
}

void TstSettingsDialog::invalidInputBlocksOkWithAMessage()
{
    QFETCH(QByteArray, fieldName);
    QFETCH(QString, input);
    QFETCH(QByteArray, errorName);
    QFETCH(int, page);
    SettingsDialog dialog(*m_settings);
    dialog.show();
    dialog.showPage(2); // start elsewhere: the dialog must bring the bad page forward
    field<QDoubleSpinBox>(dialog, "defaultTemperature")->setValue(1.5);
    field<QLineEdit>(dialog, fieldName.constData())->setText(input);
    QTest::mouseClick(field<QPushButton>(dialog, "settingsOk"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    auto *error = field<QLabel>(dialog, errorName.constData());
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(dialog.findChild<QStackedWidget *>()->currentIndex(), page);
    QCOMPARE(AppSettings(m_settings->path()).temperature(), 0.7); // nothing was stored
}

QTEST_MAIN(TstSettingsDialog)
#include "tst_settingsdialog.moc"
