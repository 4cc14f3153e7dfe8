#include "settings/SettingsPage.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

QLabel *SettingsPage::makeErrorLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    // Red in both themes; the text says what is wrong, so colour is not the only signal.
    label->setStyleSheet(QStringLiteral("color: #dc2626;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

void SettingsPage::storeSecrets(SecretStore &, const std::function<void(const QStringList &errors)> &done)
{
    done({});
}

void SettingsPage::addFieldRow(QFormLayout *form, const QString &label, QWidget *field, QLabel *error)
{
    auto *box = new QVBoxLayout;
    box->addWidget(field);
    box->addWidget(error);
    form->addRow(label, box);
    qobject_cast<QLabel *>(form->labelForField(box))->setBuddy(field);
}

bool SettingsPage::showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    return message.isEmpty();
}
