#pragma once

#include <QDialog>
#include <QList>

class AppContext;
class AppSettings;
class QLabel;
class SecretStore;
class QDialogButtonBox;
class QListWidget;
class QStackedWidget;
class SettingsPage;

// Tally's settings, a page per subject. OK and Apply check every page (invalid input is
// explained next to its field and nothing is saved), then store all pages together; Cancel
// discards what was changed since the last Apply.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    // The pages that other windows open directly (the order of m_pages in the constructor).
    static constexpr int kProvidersPage = 0;
    static constexpr int kDataPage = 5;

    explicit SettingsDialog(AppContext &context, QWidget *parent = nullptr);

    // Validates and stores every page; false (and the first invalid page shown) if any is invalid.
    // Keys typed on the Providers page then go to the keychain; secretsStored() tells how it went.
    bool applyChanges();
    void showPage(int index);
    int pageCount() const { return int(m_pages.size()); }

Q_SIGNALS:
    void settingsApplied();
    // After an Apply: every typed key is in the keychain (ok) or the reasons it is not.
    void secretsStored(bool ok);

private:
    void storeSecrets(bool closeWhenDone);

    AppSettings &m_settings;
    SecretStore &m_secrets;
    QLabel *m_message = nullptr;
    QList<SettingsPage *> m_pages;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
