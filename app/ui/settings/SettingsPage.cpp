#include "settings/SettingsPage.h"

#include <QAbstractItemDelegate>
#include <QDataWidgetMapper>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsPage::SettingsPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
}

void SettingsPage::setSections(std::initializer_list<QWidget *> sections)
{
    auto *layout = new QVBoxLayout(this);
    for (QWidget *section : sections)
        layout->addWidget(section);
    layout->addStretch(1);
}

void SettingsPage::storeSecrets(SecretStore &, const std::function<void(const QStringList &errors)> &done)
{
    done({});
}

void SettingsPage::addRow(QFormLayout *form, const QString &label, QWidget *field, QLabel *error)
{
    auto *box = new QVBoxLayout;
    box->addWidget(field);
    addRow(form, label, box, field, error);
}

void SettingsPage::addRow(QFormLayout *form, const QString &label, QLayout *field, QWidget *buddy, QLabel *error)
{
    QLayout *row = field;
    if (error) {
        auto *box = new QVBoxLayout;
        box->addLayout(field);
        box->addWidget(error);
        row = box;
    }
    form->addRow(label, row);
    // QFormLayout sets a buddy only when the field is a widget; here it is always a layout.
    if (auto *labelWidget = qobject_cast<QLabel *>(form->labelForField(row)))
        labelWidget->setBuddy(buddy);
}

QDataWidgetMapper *SettingsPage::makeMapper(QAbstractItemModel &model, QObject *parent)
{
    auto *mapper = new QDataWidgetMapper(parent);
    mapper->setModel(&model);
    mapper->setSubmitPolicy(QDataWidgetMapper::ManualSubmit);
    return mapper;
}

void SettingsPage::map(QDataWidgetMapper *mapper, QWidget *field, int column, const QByteArray &property)
{
    if (property.isEmpty())
        mapper->addMapping(field, column);
    else
        mapper->addMapping(field, column, property);
    // The mapper's delegate filters the field's keys as if it were a table cell: Escape would put
    // the stored value back instead of cancelling the dialog, Tab would skip the focus chain.
    // These fields behave as any dialog's; the page submits them itself.
    field->removeEventFilter(mapper->itemDelegate());
}

QSpinBox *SettingsPage::makeSpinBox(QWidget *parent, const char *objectName, const QString &accessibleName, int minimum,
                                    int maximum, const QString &special)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(objectName));
    box->setAccessibleName(accessibleName);
    box->setRange(minimum, maximum);
    box->setSpecialValueText(special);
    return box;
}

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

QLabel *SettingsPage::makeNote(const QString &text, QWidget *parent)
{
    auto *note = new QLabel(text, parent);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    return note;
}

bool SettingsPage::showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    return message.isEmpty();
}
