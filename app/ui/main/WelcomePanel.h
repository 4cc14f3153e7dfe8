#pragma once

#include "settings/ProviderProfile.h"

#include <QWidget>

class AppContext;
class ConnectionTest;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The first start, in the transcript's place while the chosen profile has no key: pick a
// provider (a preset, or Custom with its base URL), paste the key (it goes to the system
// keychain), test the connection, and start. Settings › Providers is one click away for the rest.
class WelcomePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePanel(AppContext &context, QWidget *parent = nullptr);

    // Shows the current default profile's provider as the first choice.
    void reset(const ProviderProfile &current);

Q_SIGNALS:
    // The profile is saved as the default and its key stored: chatting can start. `note` says
    // what the user should know (the keychain kept nothing), or is empty.
    void profileReady(const QString &note);
    void settingsRequested();

private:
    void buildLayout();
    void retranslate();
    void presetChosen();
    // The fields and the key link the chosen provider needs, in the current language.
    void showPresetFields();
    // The profile the fields describe, as it would be saved; nullopt with the reason shown.
    std::optional<ProviderProfile> profileFromFields();
    void testConnection();
    void saveAndStart();
    void storeKey(const ProviderProfile &profile, const QString &key);
    void showStatus(const QString &text, bool problem);

    AppContext &m_context;
    QLabel *m_heading = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_providerLabel = nullptr;
    QComboBox *m_provider = nullptr;
    QLabel *m_baseUrlLabel = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLabel *m_modelLabel = nullptr;
    QLineEdit *m_model = nullptr;
    QLabel *m_keyLabel = nullptr;
    QLineEdit *m_key = nullptr;
    QLabel *m_getKey = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_settings = nullptr;
    ConnectionTest *m_connectionTest = nullptr;
};
