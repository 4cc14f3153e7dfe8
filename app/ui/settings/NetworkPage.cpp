#include "settings/NetworkPage.h"

#include "settings/AppSettings.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

// A whole number in [min, max], or nullopt.
std::optional<int> wholeNumber(const QString &text, int min, int max)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok && value >= min && value <= max ? std::optional<int>(value) : std::nullopt;
}

} // namespace

NetworkPage::NetworkPage(QWidget *parent)
    : SettingsPage(parent)
{
    setObjectName(QStringLiteral("networkPage"));
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

    auto *form = new QFormLayout(this);
    auto *idle = new QVBoxLayout;
    idle->addWidget(m_idleTimeout);
    idle->addWidget(m_idleTimeoutError);
    form->addRow(tr("Stop a reply after this many &seconds without data:"), idle);
    form->addRow(tr("Automatic &retries before the first text:"), m_retries);
    auto *rate = new QVBoxLayout;
    rate->addWidget(m_requestsPerMinute);
    rate->addWidget(m_requestsPerMinuteError);
    form->addRow(tr("Requests per &minute, per profile:"), rate);
    qobject_cast<QLabel *>(form->labelForField(idle))->setBuddy(m_idleTimeout);
    qobject_cast<QLabel *>(form->labelForField(rate))->setBuddy(m_requestsPerMinute);
}

QString NetworkPage::title() const
{
    return tr("Network");
}

void NetworkPage::load(const AppSettings &settings)
{
    m_idleTimeout->setText(QString::number(settings.idleTimeoutSeconds()));
    m_retries->setValue(settings.retries());
    m_requestsPerMinute->setText(settings.requestsPerMinute() > 0 ? QString::number(settings.requestsPerMinute()) : QString());
    m_idleTimeoutError->hide();
    m_requestsPerMinuteError->hide();
}

bool NetworkPage::validate()
{
    bool valid = true;
    if (!wholeNumber(m_idleTimeout->text(), 5, 3600)) {
        m_idleTimeoutError->setText(tr("Enter a whole number of seconds from 5 to 3,600."));
        m_idleTimeoutError->show();
        valid = false;
    } else {
        m_idleTimeoutError->hide();
    }
    const QString rate = m_requestsPerMinute->text().trimmed();
    if (!rate.isEmpty() && !wholeNumber(rate, 1, 100'000)) {
        m_requestsPerMinuteError->setText(tr("Enter a whole number from 1 to 100,000, or leave it empty for no limit."));
        m_requestsPerMinuteError->show();
        valid = false;
    } else {
        m_requestsPerMinuteError->hide();
    }
    return valid;
}

void NetworkPage::apply(AppSettings &settings) const
{
    settings.setIdleTimeoutSeconds(m_idleTimeout->text().trimmed().toInt());
    settings.setRetries(m_retries->value());
    settings.setRequestsPerMinute(m_requestsPerMinute->text().trimmed().toInt());
}
