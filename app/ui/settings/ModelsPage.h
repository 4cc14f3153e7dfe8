#pragma once

#include "settings/SettingsPage.h"

#include <QPointer>

class ModelListRequest;
class PriceEditor;
class ProfileDraft;
class QComboBox;
class QDataWidgetMapper;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

// Models & prices: for each profile, fetch the provider's model list (without blocking; with
// progress and the error when it fails), pick the default model or type one, set the context
// window, and edit the prices of the profile's provider. The profile picker is a view of the
// shared ProfileDraft, and the model and window fields show its row through a QDataWidgetMapper.
class ModelsPage final : public SettingsPage
{
    Q_OBJECT

public:
    ModelsPage(AppContext &context, ProfileDraft &draft, QWidget *parent = nullptr);
    ~ModelsPage() override;

    QString title() const override;
    void load(const AppSettings &settings) override;
    bool validate() override;
    void apply(AppSettings &settings) override;

    void fetchModels();

private:
    QString shownId() const;
    void showProfile(int row);

    ProfileDraft &m_draft;
    QDataWidgetMapper *m_mapper = nullptr;
    QComboBox *m_profile = nullptr;
    QPushButton *m_fetch = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_models = nullptr;
    QLineEdit *m_defaultModel = nullptr;
    QSpinBox *m_contextWindow = nullptr;
    PriceEditor *m_prices = nullptr;
    QPointer<ModelListRequest> m_request;
};
