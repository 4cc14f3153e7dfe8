#pragma once

#include <QStringList>
#include <QWidget>

#include <functional>

class AppSettings;
class QFormLayout;
class QLabel;
class SecretStore;

// One page of the settings dialog: it shows the stored values, explains invalid input next to
// the field, and writes its values only when the dialog applies them.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;
    ~SettingsPage() override = default;

    virtual QString title() const = 0;
    virtual void load(const AppSettings &settings) = 0;
    // Marks invalid fields with a message beside them; returns false if any is invalid.
    virtual bool validate() = 0;
    virtual void apply(AppSettings &settings) const = 0;
    // Secrets typed on the page go to the keychain after apply(), never into the settings file.
    // `done` runs once the keychain answered, with a sentence per failure.
    virtual bool hasPendingSecrets() const { return false; }
    virtual void storeSecrets(SecretStore &store, const std::function<void(const QStringList &errors)> &done);

protected:
    // The red, hidden-until-needed message that sits under an invalid field.
    static QLabel *makeErrorLabel(QWidget *parent, const char *objectName);
    // A form row with the field's error label under it. The row's label is the field's buddy
    // (QFormLayout sets none when the field is a layout), so its &-key still reaches the field.
    static void addFieldRow(QFormLayout *form, const QString &label, QWidget *field, QLabel *error);
    // Shows `message` under its field, or hides the label when it is empty; returns whether it was empty.
    static bool showError(QLabel *label, const QString &message);
};
