#include "settings/NetworkPage.h"

#include "secrets/SecretStore.h"
#include "settings/AppSettings.h"
#include "settings/NumberInput.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace {

} // namespace

NetworkPage::NetworkPage(SecretStore &secrets, QWidget *parent)
    : SettingsPage(parent)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("networkPage"));

    m_proxyMode = new QComboBox(this);
    m_proxyMode->setObjectName(QStringLiteral("proxyMode"));
    m_proxyMode->setAccessibleName(tr("Proxy"));
    m_proxyMode->addItem(tr("Use the system's proxy settings"), int(ProxySettings::Mode::System));
    m_proxyMode->addItem(tr("No proxy"), int(ProxySettings::Mode::None));
    m_proxyMode->addItem(tr("HTTP proxy"), int(ProxySettings::Mode::Http));
    m_proxyMode->addItem(tr("SOCKS5 proxy"), int(ProxySettings::Mode::Socks5));
    m_proxyHost = new QLineEdit(this);
    m_proxyHost->setObjectName(QStringLiteral("proxyHost"));
    m_proxyHost->setAccessibleName(tr("Proxy host"));
    m_proxyHost->setPlaceholderText(QStringLiteral("proxy.example.com"));
    m_proxyHostError = makeErrorLabel(this, "proxyHostError");
    m_proxyPort = new QLineEdit(this);
    m_proxyPort->setObjectName(QStringLiteral("proxyPort"));
    m_proxyPort->setAccessibleName(tr("Proxy port"));
    m_proxyPort->setPlaceholderText(QStringLiteral("8080"));
    m_proxyPortError = makeErrorLabel(this, "proxyPortError");
    m_proxyUser = new QLineEdit(this);
    m_proxyUser->setObjectName(QStringLiteral("proxyUser"));
    m_proxyUser->setAccessibleName(tr("Proxy user name"));
    m_proxyUser->setPlaceholderText(tr("none"));
    m_proxyPassword = new QLineEdit(this);
    m_proxyPassword->setObjectName(QStringLiteral("proxyPassword"));
    m_proxyPassword->setAccessibleName(tr("Proxy password"));
    m_proxyPassword->setEchoMode(QLineEdit::Password);
    m_proxyPassword->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_forgetPassword = new QPushButton(tr("&Forget"), this);
    m_forgetPassword->setObjectName(QStringLiteral("forgetProxyPassword"));
    m_forgetPassword->setToolTip(tr("Delete the stored proxy password when you apply"));
    m_proxyPasswordStatus = new QLabel(this);
    m_proxyPasswordStatus->setObjectName(QStringLiteral("proxyPasswordStatus"));
    m_proxyPasswordStatus->setWordWrap(true);

    m_requestTimeout = new QLineEdit(this);
    m_requestTimeout->setObjectName(QStringLiteral("requestTimeout"));
    m_requestTimeout->setAccessibleName(tr("Most seconds one reply may take"));
    m_requestTimeoutError = makeErrorLabel(this, "requestTimeoutError");
    m_idleTimeout = new QLineEdit(this);
    m_idleTimeout->setObjectName(QStringLiteral("idleTimeout"));
    m_idleTimeout->setAccessibleName(tr("Seconds without data before a reply stops"));
    m_idleTimeoutError = makeErrorLabel(this, "idleTimeoutError");

    m_retries = new QSpinBox(this);
    m_retries->setObjectName(QStringLiteral("retries"));
    m_retries->setAccessibleName(tr("Automatic retries"));
    m_retries->setRange(0, 10);

    m_requestsPerMinute = new QLineEdit(this);
    m_requestsPerMinute->setObjectName(QStringLiteral("requestsPerMinute"));
    m_requestsPerMinute->setAccessibleName(tr("Requests per minute"));
    m_requestsPerMinute->setPlaceholderText(tr("no limit"));
    m_requestsPerMinuteError = makeErrorLabel(this, "requestsPerMinuteError");

    auto *proxyBox = new QGroupBox(tr("Proxy"), this);
    auto *proxyForm = new QFormLayout(proxyBox);
    proxyForm->addRow(tr("&Connect through:"), m_proxyMode);
    addFieldRow(proxyForm, tr("&Host:"), m_proxyHost, m_proxyHostError);
    addFieldRow(proxyForm, tr("&Port:"), m_proxyPort, m_proxyPortError);
    proxyForm->addRow(tr("&User:"), m_proxyUser);
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_proxyPassword, 1);
    passwordRow->addWidget(m_forgetPassword);
    auto *password = new QVBoxLayout;
    password->addLayout(passwordRow);
    password->addWidget(m_proxyPasswordStatus);
    proxyForm->addRow(tr("Pass&word:"), password);
    auto *loopback = new QLabel(tr("Servers on this computer (localhost) are always reached directly."), proxyBox);
    loopback->setWordWrap(true);
    loopback->setForegroundRole(QPalette::PlaceholderText);
    proxyForm->addRow(QString(), loopback);
    qobject_cast<QLabel *>(proxyForm->labelForField(password))->setBuddy(m_proxyPassword);

    auto *form = new QFormLayout;
    addFieldRow(form, tr("Stop a reply after this many seconds in &total:"), m_requestTimeout, m_requestTimeoutError);
    addFieldRow(form, tr("Stop a reply after this many &seconds without data:"), m_idleTimeout, m_idleTimeoutError);
    form->addRow(tr("Automatic &retries before the first text:"), m_retries);
    addFieldRow(form, tr("Requests per &minute, per profile:"), m_requestsPerMinute, m_requestsPerMinuteError);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(proxyBox);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, &NetworkPage::updateProxyFields);
    connect(m_forgetPassword, &QPushButton::clicked, this, [this] {
        m_forgetPending = true;
        m_proxyPassword->clear();
        m_proxyPasswordStatus->setText(tr("The stored password will be deleted from the OS keychain when you apply."));
    });
    connect(m_proxyPassword, &QLineEdit::textEdited, this, [this] { m_forgetPending = false; });
}

QString NetworkPage::title() const
{
    return tr("Network");
}

void NetworkPage::updateProxyFields()
{
    const auto mode = ProxySettings::Mode(m_proxyMode->currentData().toInt());
    const bool manual = mode == ProxySettings::Mode::Http || mode == ProxySettings::Mode::Socks5;
    for (QWidget *field : {static_cast<QWidget *>(m_proxyHost), static_cast<QWidget *>(m_proxyPort),
                           static_cast<QWidget *>(m_proxyUser), static_cast<QWidget *>(m_proxyPassword)})
        field->setEnabled(manual);
    if (!manual) {
        m_proxyHostError->hide();
        m_proxyPortError->hide();
    }
}

void NetworkPage::load(const AppSettings &settings)
{
    const ProxySettings proxy = settings.proxy();
    m_proxyMode->setCurrentIndex(m_proxyMode->findData(int(proxy.mode)));
    m_proxyHost->setText(proxy.host);
    m_proxyPort->setText(proxy.port > 0 ? QString::number(proxy.port) : QString());
    m_proxyUser->setText(proxy.user);
    m_proxyPassword->clear();
    m_proxyPasswordStatus->clear();
    m_forgetPending = false;
    updateProxyFields();
    // Only whether a password is stored; the field stays empty, so it cannot be read off the screen.
    m_secrets.readSecret(ProxySettings::passwordAccount(), this, [this](const SecretResult &result) {
        if (result.ok())
            m_proxyPasswordStatus->setText(tr("A password is stored in the OS keychain. Type a new one to replace it."));
        else if (result.status != SecretResult::Status::NotFound)
            m_proxyPasswordStatus->setText(tr("The OS keychain could not be read: %1").arg(result.message));
    });

    m_requestTimeout->setText(QString::number(settings.requestTimeoutSeconds()));
    m_idleTimeout->setText(QString::number(settings.idleTimeoutSeconds()));
    m_retries->setValue(settings.retries());
    m_requestsPerMinute->setText(settings.requestsPerMinute() > 0 ? QString::number(settings.requestsPerMinute()) : QString());
    for (QLabel *error : {m_proxyHostError, m_proxyPortError, m_requestTimeoutError, m_idleTimeoutError, m_requestsPerMinuteError})
        error->hide();
}

bool NetworkPage::validate()
{
    bool valid = true;
    const auto mode = ProxySettings::Mode(m_proxyMode->currentData().toInt());
    if (mode == ProxySettings::Mode::Http || mode == ProxySettings::Mode::Socks5) {
        const QString host = m_proxyHost->text().trimmed();
        // A host name or address only: "http://proxy:8080" belongs in two fields.
        const bool hostOk = !host.isEmpty() && !host.contains(u'/') && !host.contains(u' ')
            && QUrl(QStringLiteral("http://") + host).host() == host.toLower();
        valid = showError(m_proxyHostError, hostOk ? QString()
                                                   : tr("Enter the proxy's host name or address only, such as "
                                                        "proxy.example.com, without http:// or a port.")) && valid;
        valid = showError(m_proxyPortError, NumberInput::whole(m_proxyPort->text(), 1, 65'535)
                                                ? QString()
                                                : tr("Enter the port as a number from 1 to 65,535.")) && valid;
    }
    valid = showError(m_requestTimeoutError, NumberInput::whole(m_requestTimeout->text(), 10, 86'400)
                                                 ? QString()
                                                 : tr("Enter a whole number of seconds from 10 to 86,400.")) && valid;
    valid = showError(m_idleTimeoutError, NumberInput::whole(m_idleTimeout->text(), 5, 3600)
                                              ? QString()
                                              : tr("Enter a whole number of seconds from 5 to 3,600.")) && valid;
    const QString rate = m_requestsPerMinute->text().trimmed();
    valid = showError(m_requestsPerMinuteError,
                      rate.isEmpty() || NumberInput::whole(rate, 1, 100'000)
                          ? QString()
                          : tr("Enter a whole number from 1 to 100,000, or leave it empty for no limit.")) && valid;
    return valid;
}

void NetworkPage::apply(AppSettings &settings) const
{
    ProxySettings proxy;
    proxy.mode = ProxySettings::Mode(m_proxyMode->currentData().toInt());
    proxy.host = m_proxyHost->text().trimmed();
    proxy.port = m_proxyPort->text().trimmed().toInt();
    proxy.user = m_proxyUser->text().trimmed();
    settings.setProxy(proxy);
    settings.setRequestTimeoutSeconds(m_requestTimeout->text().trimmed().toInt());
    settings.setIdleTimeoutSeconds(m_idleTimeout->text().trimmed().toInt());
    settings.setRetries(m_retries->value());
    settings.setRequestsPerMinute(m_requestsPerMinute->text().trimmed().toInt());
}

bool NetworkPage::hasPendingSecrets() const
{
    return !m_proxyPassword->text().isEmpty() || m_forgetPending;
}

void NetworkPage::storeSecrets(SecretStore &store, const std::function<void(const QStringList &errors)> &done)
{
    if (m_proxyPassword->text().isEmpty() && m_forgetPending) {
        store.deleteSecret(ProxySettings::passwordAccount(), this, [this, done](const SecretResult &result) {
            if (!result.ok() && result.status != SecretResult::Status::NotFound) {
                done({tr("The proxy password could not be deleted from the OS keychain: %1").arg(result.message)});
                return;
            }
            m_forgetPending = false;
            m_proxyPasswordStatus->setText(tr("No password is stored."));
            done({});
        });
        return;
    }
    store.writeSecret(ProxySettings::passwordAccount(), m_proxyPassword->text(), this,
                      [this, done](const SecretResult &result) {
                          if (!result.ok()) {
                              done({tr("The proxy password was not stored in the OS keychain: %1").arg(result.message)});
                              return;
                          }
                          m_proxyPassword->clear();
                          m_proxyPasswordStatus->setText(tr("A password is stored in the OS keychain. Type a new one to replace it."));
                          done({});
                      });
}
