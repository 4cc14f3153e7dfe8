#pragma once

#include "settings/SettingsPage.h"

#include <QPointer>

class AppContext;
class ModelListRequest;
class PriceEditor;
class ProfileDraft;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// Models & prices: for each profile, fetch the provider's model list (without blocking; with
// progress and the error when it fails), pick the default model or type one, set the context
// window, and edit the prices of the profile's provider.
class ModelsPage final : public SettingsPage
{
    Q_OBJECT

public:
    ModelsPage(AppContext &context, ProfileDraft &draft, QWidget *parent = nullptr);
    ~ModelsPage() override;

    QString title() const override;
    void load(const AppSettings &settings) override;
    bool validate() override;
    void apply(AppSettings &settings) const override;

    void fetchModels();

private:
    void refillProfiles();
    void showProfile(int index);
    // Writes the shown model and window into the draft (the window only when it is valid).
    void commitShown();

    AppContext &m_context;
    ProfileDraft &m_draft;
    QString m_shownId;
    QComboBox *m_profile = nullptr;
    QPushButton *m_fetch = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_models = nullptr;
    QLineEdit *m_defaultModel = nullptr;
    QLineEdit *m_contextWindow = nullptr;
    QLabel *m_contextWindowError = nullptr;
    PriceEditor *m_prices = nullptr;
    QPointer<ModelListRequest> m_request;
};
