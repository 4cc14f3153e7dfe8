#pragma once

#include <QStringList>
#include <QWidget>

#include <functional>
#include <initializer_list>

class AppContext;
class AppSettings;
class QAbstractItemModel;
class QDataWidgetMapper;
class QFormLayout;
class QLabel;
class QLayout;
class QSpinBox;
class SecretStore;

// One page of the settings dialog. Every page is built, checked and stored the same way:
//
// Building. A page's constructor is (AppContext &context, QWidget *parent), with what the page
// shares with another page between the two: only ProvidersPage and ModelsPage take more, the
// ProfileDraft both edit. Every labelled row goes through addRow(), which makes the label's &-key
// reach its field. A number is a spin box (makeSpinBox) whose range is the rule; "default",
// "no limit" or "unknown" is its lowest value, shown as specialValueText. An error label under a
// field (makeErrorLabel) is only for rules a range cannot say: a host name, a URL, a currency code.
// Fields that show a row of a model (the provider profiles) are filled by a QDataWidgetMapper
// (makeMapper, map), never copied by hand.
//
// Storing. Nothing Tally keeps (the settings file, the OS keychain, the database) changes before
// the dialog applies. Fields, and the buttons that would change something kept (Forget a key or
// password, Remove a profile, Clear cache), only take note and say "when you apply" beside
// themselves; Cancel drops what they noted. Buttons that keep nothing act at once: Test connection,
// Fetch models, Open folder, and Export (it reads the conversations and writes new files outside
// Tally).
//
// Apply and OK: validate() on every page (the first page with a problem is shown and nothing is
// stored), then apply() on every page, then the settings file is written, then storeSecrets() on
// the pages that hasPendingSecrets().
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(AppContext &context, QWidget *parent);
    ~SettingsPage() override = default;

    virtual QString title() const = 0;
    virtual void load(const AppSettings &settings) = 0;
    // Marks invalid fields with a message beside them; returns false if any is invalid.
    virtual bool validate() = 0;
    // Writes the page's values into `settings` and carries out what waited for Apply (on the
    // database: a cleared cache). Runs only after every page validated.
    virtual void apply(AppSettings &settings) = 0;
    // Secrets typed on the page go to the keychain after apply(), never into the settings file.
    // `done` runs once the keychain answered, with a sentence per failure.
    virtual bool hasPendingSecrets() const { return false; }
    virtual void storeSecrets(SecretStore &store, const std::function<void(const QStringList &errors)> &done);

protected:
    AppContext &context() const { return m_context; }

    // Lays the page out as one column of its sections (group boxes, a form), top to bottom, with
    // the space left over below them: how a page looks when it is not a list beside its details.
    void setSections(std::initializer_list<QWidget *> sections);

    // A labelled row. The label's &-key focuses `field`; `error`, if given, sits under it.
    static void addRow(QFormLayout *form, const QString &label, QWidget *field, QLabel *error = nullptr);
    // A labelled row whose field is a layout (a field with buttons or a status beside it): the
    // &-key focuses `buddy`, which QFormLayout cannot guess.
    static void addRow(QFormLayout *form, const QString &label, QLayout *field, QWidget *buddy, QLabel *error = nullptr);
    // A mapper that shows one row of `model` in a page's fields (one column per field) and writes
    // them back only on submit(), once the page checked them. map() adds a field to it; `property`
    // is for widgets without a user property, such as a QLabel's "text".
    static QDataWidgetMapper *makeMapper(QAbstractItemModel &model, QObject *parent);
    static void map(QDataWidgetMapper *mapper, QWidget *field, int column, const QByteArray &property = {});
    // A whole number in [minimum, maximum]; `special`, when given, is shown for the minimum and
    // stands for "default", "no limit" or "unknown".
    static QSpinBox *makeSpinBox(QWidget *parent, const char *objectName, const QString &accessibleName, int minimum,
                                 int maximum, const QString &special = {});
    // The red, hidden-until-needed message that sits under an invalid field.
    static QLabel *makeErrorLabel(QWidget *parent, const char *objectName);
    // A quieter line of explanation (placeholder colour, wrapped).
    static QLabel *makeNote(const QString &text, QWidget *parent);
    // Shows `message` under its field, or hides the label when it is empty; returns whether it was empty.
    static bool showError(QLabel *label, const QString &message);

private:
    AppContext &m_context;
};
