#pragma once

#include "settings/SettingsPage.h"

class QLabel;
class QLineEdit;
class QSpinBox;

// Network: how long a reply may go without data, how often a failed request is retried before
// its first text, and the requests-per-minute limit per profile.
class NetworkPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit NetworkPage(QWidget *parent = nullptr);

    QString title() const override;
    void load(const AppSettings &settings) override;
    bool validate() override;
    void apply(AppSettings &settings) const override;

private:
    QLineEdit *m_idleTimeout = nullptr;
    QLabel *m_idleTimeoutError = nullptr;
    QSpinBox *m_retries = nullptr;
    QLineEdit *m_requestsPerMinute = nullptr;
    QLabel *m_requestsPerMinuteError = nullptr;
};
