#pragma once

#include "settings/ProfileList.h"
#include "settings/SettingsPage.h"

#include <QPointer>

class AppContext;
class ModelListRequest;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// Models: for each profile, fetch the provider's model list (without blocking; with progress and
// the error when it fails), pick the default model or type one, and set the context window.
class ModelsPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit ModelsPage(AppContext &context, QWidget *parent = nullptr);
    ~ModelsPage() override;

    QString title() const override;
    void load(const AppSettings &settings) override;
    bool validate() override;
    void apply(AppSettings &settings) const override;

    void fetchModels();

private:
    void showProfile(int index);
    // The profiles with the shown profile's fields as currently typed.
    ProfileList withEdits() const;

    AppContext &m_context;
    ProfileList m_profiles;
    int m_shown = -1;
    QComboBox *m_profile = nullptr;
    QPushButton *m_fetch = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_models = nullptr;
    QLineEdit *m_defaultModel = nullptr;
    QLineEdit *m_contextWindow = nullptr;
    QLabel *m_contextWindowError = nullptr;
    QPointer<ModelListRequest> m_request;
};
