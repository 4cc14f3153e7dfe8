#pragma once

#include "settings/SettingsPage.h"

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// Network: the proxy (the system's, none, or a manual HTTP or SOCKS5 proxy whose password goes to
// the OS keychain), how long a reply may take and may go without data, how often a failed
// request is retried before its first text, and the requests-per-minute limit per profile.
class NetworkPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit NetworkPage(AppContext &context, QWidget *parent = nullptr);

    QString title() const override;
    void load(const AppSettings &settings) override;
    bool validate() override;
    void apply(AppSettings &settings) override;
    bool hasPendingSecrets() const override;
    void storeSecrets(SecretStore &store, const std::function<void(const QStringList &errors)> &done) override;

private:
    QGroupBox *buildProxyBox();
    QWidget *buildLimits();
    void updateProxyFields();
    void showStoredPassword();

    QComboBox *m_proxyMode = nullptr;
    QLineEdit *m_proxyHost = nullptr;
    QLabel *m_proxyHostError = nullptr;
    QSpinBox *m_proxyPort = nullptr;
    QLabel *m_proxyPortError = nullptr;
    QLineEdit *m_proxyUser = nullptr;
    QLineEdit *m_proxyPassword = nullptr;
    QPushButton *m_forgetPassword = nullptr;
    bool m_forgetPending = false;
    QLabel *m_proxyPasswordStatus = nullptr;
    QSpinBox *m_requestTimeout = nullptr;
    QSpinBox *m_idleTimeout = nullptr;
    QSpinBox *m_retries = nullptr;
    QSpinBox *m_requestsPerMinute = nullptr;
};
