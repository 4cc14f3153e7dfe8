#pragma once

#include "api/ConnectionReport.h"
#include "settings/SettingsPage.h"

#include <QPointer>

class AppContext;
class ConnectionProbe;
class ProfileDraft;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

// Providers: the profile list (add from a preset, duplicate, remove, set the default; rename by
// editing the name), and for the selected profile its base URL, API key (masked; stored in the
// OS keychain on Apply, never in settings), key variable, transport switches, extra headers, and
// Test connection, which times each stage without blocking.
class ProvidersPage final : public SettingsPage
{
    Q_OBJECT

public:
    ProvidersPage(AppContext &context, ProfileDraft &draft, QWidget *parent = nullptr);
    ~ProvidersPage() override;

    QString title() const override;
    void load(const AppSettings &settings) override;
    bool validate() override;
    void apply(AppSettings &settings) const override;
    bool hasPendingSecrets() const override;
    void storeSecrets(SecretStore &store, const std::function<void(const QStringList &errors)> &done) override;

    void testConnection();
    // Shown under the key field: where the key comes from, or why it could not be stored.
    void showKeyProblem(const QString &message);
    // People-readable lines for a Test connection report.
    static QString describe(const ConnectionReport &report);

private:
    void refillList();
    void selectInList(const QString &id);
    void showProfile(const QString &id);
    // Writes the shown fields into the draft; false (with messages beside the fields) if invalid.
    bool commitShown();
    void refreshKeyStatus();
    void addFromPreset(const QString &presetId);
    void duplicateShown();
    void removeShown();
    void makeShownDefault();

    AppContext &m_context;
    ProfileDraft &m_draft;
    QString m_shownId;
    int m_keyStatusGeneration = 0;
    QListWidget *m_list = nullptr;
    QToolButton *m_add = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_makeDefault = nullptr;
    QLabel *m_listMessage = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameError = nullptr;
    QLabel *m_preset = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLabel *m_baseUrlError = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QToolButton *m_showKey = nullptr;
    QToolButton *m_forgetKey = nullptr;
    QLabel *m_keyStatus = nullptr;
    QLabel *m_getKey = nullptr;
    QLineEdit *m_keyVariable = nullptr;
    QLabel *m_keyVariableError = nullptr;
    QCheckBox *m_http2 = nullptr;
    QCheckBox *m_allowKeyOverHttp = nullptr;
    QLabel *m_httpWarning = nullptr;
    QPlainTextEdit *m_headers = nullptr;
    QLabel *m_headersError = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QPointer<ConnectionProbe> m_probe;
};
