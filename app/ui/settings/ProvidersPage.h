#pragma once

#include "api/ConnectionReport.h"
#include "settings/ProviderProfile.h"
#include "settings/SettingsPage.h"

#include <QList>

#include <optional>

class ConnectionTest;
class ProfileDraft;
class QCheckBox;
class QDataWidgetMapper;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

// Providers: the profile list (add from a preset or a custom server, duplicate, remove, set the
// default; rename by editing the name), and for the selected profile its base URL, API key
// (masked; stored in the OS keychain on Apply, never in settings), key variable, transport
// switches, extra headers, and Test connection, which times each stage without blocking. The
// fields show the profile's row of the shared ProfileDraft through a QDataWidgetMapper; they are
// checked by the draft's rules and written back when the user leaves the profile or applies.
class ProvidersPage final : public SettingsPage
{
    Q_OBJECT

public:
    ProvidersPage(AppContext &context, ProfileDraft &draft, QWidget *parent = nullptr);
    ~ProvidersPage() override;

    QString title() const override;
    void load(const AppSettings &settings) override;
    bool validate() override;
    void apply(AppSettings &settings) override;
    bool hasPendingSecrets() const override;
    void storeSecrets(SecretStore &store, const std::function<void(const QStringList &errors)> &done) override;

    void testConnection();
    // Shown under the key field: where the key comes from, or why it could not be stored.
    void showKeyProblem(const QString &message);
    // People-readable lines for a Test connection report.
    static QString describe(const ConnectionReport &report);

private:
    // A field the draft has a rule for, and the label that says what is wrong with it.
    struct CheckedField
    {
        int column;
        QWidget *field;
        QLabel *error;
    };

    QVBoxLayout *buildList();
    QFormLayout *buildForm();
    QLayout *buildKeyField();
    void buildTransportFields();
    void mapFields();
    void connectSignals();
    QString shownId() const;
    void refillList();
    void selectInList(const QString &id);
    void showProfile(const QString &id);
    // Checks the shown fields and writes them into the draft; false (with messages beside the
    // fields) if one is invalid.
    bool commitShown();
    // The shown profile as commitShown() wrote it; nothing when a field is invalid or none is shown.
    std::optional<ProviderProfile> committedShown();
    void refreshKeyStatus();
    // Adds `profile` to the list and shows it; false, with the list's reason shown, when the list
    // refuses it.
    bool addAndShow(const ProviderProfile &profile);
    void addFromPreset(const QString &presetId);
    void duplicateShown();
    void removeShown();
    void makeShownDefault();

    ProfileDraft &m_draft;
    QDataWidgetMapper *m_mapper = nullptr;
    QList<CheckedField> m_checked;
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
    QLabel *m_baseUrlHint = nullptr;
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
    ConnectionTest *m_connectionTest = nullptr;
};
