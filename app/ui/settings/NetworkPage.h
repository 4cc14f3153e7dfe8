#pragma once

#include "settings/SettingsPage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class SecretStore;

// Network: the proxy (the system's, none, or a manual HTTP or SOCKS5 proxy whose password goes to
// the OS keychain), how long a reply may take and may go without data, how often a failed
// request is retried before its first text, and the requests-per-minute limit per profile.
class NetworkPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit NetworkPage(SecretStore &secrets, QWidget *parent = nullptr);

    QString title() const override;
    void load(const AppSettings &settings) override;
    bool validate() override;
    void apply(AppSettings &settings) const override;
    bool hasPendingSecrets() const override;
    void storeSecrets(SecretStore &store, const std::function<void(const QStringList &errors)> &done) override;

private:
    void updateProxyFields();

    SecretStore &m_secrets;
    QComboBox *m_proxyMode = nullptr;
    QLineEdit *m_proxyHost = nullptr;
    QLabel *m_proxyHostError = nullptr;
    QLineEdit *m_proxyPort = nullptr;
    QLabel *m_proxyPortError = nullptr;
    QLineEdit *m_proxyUser = nullptr;
    QLineEdit *m_proxyPassword = nullptr;
    QPushButton *m_forgetPassword = nullptr;
    bool m_forgetPending = false;
    QLabel *m_proxyPasswordStatus = nullptr;
    QLineEdit *m_requestTimeout = nullptr;
    QLabel *m_requestTimeoutError = nullptr;
    QLineEdit *m_idleTimeout = nullptr;
    QLabel *m_idleTimeoutError = nullptr;
    QSpinBox *m_retries = nullptr;
    QLineEdit *m_requestsPerMinute = nullptr;
    QLabel *m_requestsPerMinuteError = nullptr;
};
