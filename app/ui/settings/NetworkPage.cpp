#include "settings/NetworkPage.h"

#include "app/AppContext.h"
#include "common/Widgets.h"
#include "secrets/SecretStore.h"
#include "settings/AppSettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

NetworkPage::NetworkPage(AppContext &context, QWidget *parent)
    : SettingsPage(context, parent)
{
    setObjectName(QStringLiteral("networkPage"));
    setSections({buildProxyBox(), buildLimits()});

    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, &NetworkPage::updateProxyFields);
    connect(m_forgetPassword, &QPushButton::clicked, this, [this] {
        m_forgetPending = true;
        m_proxyPassword->clear();
        m_proxyPasswordStatus->setText(tr("The stored password will be deleted from the OS keychain when you apply. "
                                          "Cancel keeps it."));
    });
    connect(m_proxyPassword, &QLineEdit::textEdited, this, [this] { m_forgetPending = false; });
}

QGroupBox *NetworkPage::buildProxyBox()
{
    auto *box = new QGroupBox(tr("Proxy"), this);
    m_proxyMode = Widgets::comboBox(box, "proxyMode", tr("Proxy"));
    m_proxyMode->addItem(tr("Use the system's proxy settings"), int(ProxySettings::Mode::System));
    m_proxyMode->addItem(tr("No proxy"), int(ProxySettings::Mode::None));
    m_proxyMode->addItem(tr("HTTP proxy"), int(ProxySettings::Mode::Http));
    m_proxyMode->addItem(tr("SOCKS5 proxy"), int(ProxySettings::Mode::Socks5));
    m_proxyHost = new QLineEdit(box);
    m_proxyHost->setObjectName(QStringLiteral("proxyHost"));
    m_proxyHost->setAccessibleName(tr("Proxy host"));
    m_proxyHost->setPlaceholderText(QStringLiteral("proxy.example.com"));
    m_proxyHostError = makeErrorLabel(box, "proxyHostError");
    // 0 is "not set yet": a manual proxy needs a port, which validate() says.
    m_proxyPort = makeSpinBox(box, "proxyPort", tr("Proxy port"), 0, 65'535, tr("Not set"));
    m_proxyPortError = makeErrorLabel(box, "proxyPortError");
    m_proxyUser = new QLineEdit(box);
    m_proxyUser->setObjectName(QStringLiteral("proxyUser"));
    m_proxyUser->setAccessibleName(tr("Proxy user name"));
    m_proxyUser->setPlaceholderText(tr("none"));
    m_proxyPassword = new QLineEdit(box);
    m_proxyPassword->setObjectName(QStringLiteral("proxyPassword"));
    m_proxyPassword->setAccessibleName(tr("Proxy password"));
    m_proxyPassword->setEchoMode(QLineEdit::Password);
    m_proxyPassword->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_forgetPassword = Widgets::button(tr("&Forget"), box, "forgetProxyPassword");
    m_forgetPassword->setToolTip(tr("Delete the stored proxy password when you apply"));
    m_proxyPasswordStatus = Widgets::statusLabel(box, "proxyPasswordStatus");

    auto *form = new QFormLayout(box);
    addRow(form, tr("&Connect through:"), m_proxyMode);
    addRow(form, tr("&Host:"), m_proxyHost, m_proxyHostError);
    addRow(form, tr("&Port:"), m_proxyPort, m_proxyPortError);
    addRow(form, tr("&User:"), m_proxyUser);
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_proxyPassword, 1);
    passwordRow->addWidget(m_forgetPassword);
    auto *password = new QVBoxLayout;
    password->addLayout(passwordRow);
    password->addWidget(m_proxyPasswordStatus);
    addRow(form, tr("Pass&word:"), password, m_proxyPassword);
    form->addRow(QString(), makeNote(tr("Servers on this computer (localhost) are always reached directly."), box));
    return box;
}

QWidget *NetworkPage::buildLimits()
{
    // The ranges are the ones the settings file takes.
    m_requestTimeout = makeSpinBox(this, "requestTimeout", tr("Most seconds one reply may take"),
                                   AppSettings::RequestTimeoutSeconds.min, AppSettings::RequestTimeoutSeconds.max);
    m_requestTimeout->setGroupSeparatorShown(true);
    m_idleTimeout = makeSpinBox(this, "idleTimeout", tr("Seconds without data before a reply stops"),
                                AppSettings::IdleTimeoutSeconds.min, AppSettings::IdleTimeoutSeconds.max);
    m_idleTimeout->setGroupSeparatorShown(true);
    m_retries = makeSpinBox(this, "retries", tr("Automatic retries"), AppSettings::Retries.min,
                            AppSettings::Retries.max);
    m_requestsPerMinute = makeSpinBox(this, "requestsPerMinute", tr("Requests per minute"),
                                      AppSettings::RequestsPerMinute.min, AppSettings::RequestsPerMinute.max,
                                      tr("No limit"));
    m_requestsPerMinute->setGroupSeparatorShown(true);

    // A bare form under the proxy box, without a frame of its own: its margins are the page's.
    auto *limits = new QWidget(this);
    auto *form = new QFormLayout(limits);
    form->setContentsMargins({});
    addRow(form, tr("Stop a reply after this many seconds in &total:"), m_requestTimeout);
    addRow(form, tr("Stop a reply after this many &seconds without data:"), m_idleTimeout);
    addRow(form, tr("Automatic &retries before the first text:"), m_retries);
    addRow(form, tr("Requests per &minute, per profile:"), m_requestsPerMinute);
    return limits;
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
    m_proxyPort->setValue(proxy.port);
    m_proxyUser->setText(proxy.user);
    m_proxyPassword->clear();
    m_proxyPasswordStatus->clear();
    m_forgetPending = false;
    updateProxyFields();
    showStoredPassword();
    m_requestTimeout->setValue(settings.value(AppSettings::RequestTimeoutSeconds));
    m_idleTimeout->setValue(settings.value(AppSettings::IdleTimeoutSeconds));
    m_retries->setValue(settings.value(AppSettings::Retries));
    m_requestsPerMinute->setValue(settings.value(AppSettings::RequestsPerMinute));
    for (QLabel *error : {m_proxyHostError, m_proxyPortError})
        error->hide();
}

void NetworkPage::showStoredPassword()
{
    // Only whether a password is stored; the field stays empty, so it cannot be read off the screen.
    context().secrets().readSecret(ProxySettings::passwordAccount(), this, [this](const SecretResult &result) {
        if (result.ok())
            m_proxyPasswordStatus->setText(tr("A password is stored in the OS keychain. Type a new one to replace it."));
        else if (result.status != SecretResult::Status::NotFound)
            m_proxyPasswordStatus->setText(tr("The OS keychain could not be read: %1").arg(result.message));
    });
}

bool NetworkPage::validate()
{
    const auto mode = ProxySettings::Mode(m_proxyMode->currentData().toInt());
    if (mode != ProxySettings::Mode::Http && mode != ProxySettings::Mode::Socks5)
        return true;
    const QString host = m_proxyHost->text().trimmed();
    // A host name or address only: "http://proxy:8080" belongs in two fields.
    const bool hostOk = !host.isEmpty() && !host.contains(u'/') && !host.contains(u' ')
        && QUrl(QStringLiteral("http://") + host).host() == host.toLower();
    bool valid = showError(m_proxyHostError, hostOk ? QString()
                                                    : tr("Enter the proxy's host name or address only, such as "
                                                         "proxy.example.com, without http:// or a port."));
    valid = showError(m_proxyPortError, m_proxyPort->value() > 0
                                            ? QString()
                                            : tr("Enter the proxy's port, a number from 1 to 65,535.")) && valid;
    return valid;
}

void NetworkPage::apply(AppSettings &settings)
{
    ProxySettings proxy;
    proxy.mode = ProxySettings::Mode(m_proxyMode->currentData().toInt());
    proxy.host = m_proxyHost->text().trimmed();
    proxy.port = m_proxyPort->value();
    proxy.user = m_proxyUser->text().trimmed();
    settings.setProxy(proxy);
    settings.setValue(AppSettings::RequestTimeoutSeconds, m_requestTimeout->value());
    settings.setValue(AppSettings::IdleTimeoutSeconds, m_idleTimeout->value());
    settings.setValue(AppSettings::Retries, m_retries->value());
    settings.setValue(AppSettings::RequestsPerMinute, m_requestsPerMinute->value());
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
