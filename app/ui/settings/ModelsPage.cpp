#include "settings/ModelsPage.h"

#include "api/ModelListRequest.h"
#include "api/ProviderClient.h"
#include "app/AppContext.h"
#include "common/Widgets.h"
#include "secrets/ApiKeyResolver.h"
#include "settings/AppSettings.h"
#include "settings/PriceEditor.h"
#include "settings/ProfileDraft.h"

#include <QComboBox>
#include <QDataWidgetMapper>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

ModelsPage::ModelsPage(AppContext &context, ProfileDraft &draft, QWidget *parent)
    : SettingsPage(context, parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("modelsPage"));
    m_profile = Widgets::comboBox(this, "modelsProfile", tr("Profile"));
    // Profiles come and go, and get renamed, on the Providers page; the picker follows the draft.
    m_profile->setModel(&m_draft);
    m_profile->setModelColumn(ProfileDraft::Name);
    m_fetch = Widgets::button(tr("&Fetch models"), this, "fetchModelsButton");
    m_fetch->setAccessibleName(tr("Fetch the provider's models"));
    m_status = Widgets::statusLabel(this, "modelsStatus");
    m_models = new QListWidget(this);
    m_models->setObjectName(QStringLiteral("modelList"));
    m_models->setAccessibleName(tr("Models the provider offers"));
    m_models->setMaximumHeight(m_models->fontMetrics().lineSpacing() * 6);
    m_defaultModel = new QLineEdit(this);
    m_defaultModel->setObjectName(QStringLiteral("defaultModel"));
    m_defaultModel->setAccessibleName(tr("Default model"));
    m_defaultModel->setPlaceholderText(tr("pick from the list or type a model id"));
    m_contextWindow = makeSpinBox(this, "contextWindow", tr("Context window in tokens"), 0,
                                  std::numeric_limits<int>::max(), tr("Unknown"));
    m_contextWindow->setGroupSeparatorShown(true);
    m_prices = new PriceEditor(this);
    m_mapper = makeMapper(m_draft, this);
    map(m_mapper, m_defaultModel, ProfileDraft::DefaultModel);
    map(m_mapper, m_contextWindow, ProfileDraft::ContextWindow);

    connect(m_fetch, &QPushButton::clicked, this, &ModelsPage::fetchModels);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &ModelsPage::showProfile);
    connect(m_models, &QListWidget::currentTextChanged, m_defaultModel, [this](const QString &id) {
        if (!id.isEmpty())
            m_defaultModel->setText(id);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_profile, 1);
    top->addWidget(m_fetch);
    auto *form = new QFormLayout;
    addRow(form, tr("&Default model:"), m_defaultModel);
    addRow(form, tr("&Context window:"), m_contextWindow);
    auto *pricesTitle = new QLabel(tr("Prices for this provider"), this);
    QFont bold = pricesTitle->font();
    bold.setBold(true);
    pricesTitle->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_models, 1);
    layout->addLayout(form);
    layout->addWidget(pricesTitle);
    layout->addWidget(m_prices, 1);
}

ModelsPage::~ModelsPage()
{
    if (m_request)
        m_request->cancel();
}

QString ModelsPage::title() const
{
    return tr("Models & prices");
}

void ModelsPage::load(const AppSettings &settings)
{
    // The dialog loads the shared draft; start on the default profile.
    m_prices->setOverrides(settings.priceOverrides());
    const int row = std::max(0, m_draft.rowOf(m_draft.defaultId()));
    {
        const QSignalBlocker blocker(m_profile);
        m_profile->setCurrentIndex(row);
    }
    if (const std::optional<ProviderProfile> profile = m_draft.byId(m_draft.defaultId()))
        m_prices->showProvider(profile->preset, profile->defaultModel);
    m_mapper->setCurrentIndex(row);
}

QString ModelsPage::shownId() const
{
    return m_draft.index(m_mapper->currentIndex(), 0).data(ProfileDraft::IdRole).toString();
}

void ModelsPage::showProfile(int row)
{
    const QString id = m_draft.index(row, 0).data(ProfileDraft::IdRole).toString();
    if (id == shownId())
        return; // the same profile at a new row: one above it was removed
    const std::optional<ProviderProfile> next = m_draft.byId(id);
    // A price row with a bad cell keeps its profile shown, so the typing is not lost.
    if (next && !m_prices->showProvider(next->preset, next->defaultModel)) {
        const QSignalBlocker blocker(m_profile);
        m_profile->setCurrentIndex(std::max(0, m_mapper->currentIndex()));
        return;
    }
    m_mapper->submit(); // keep what was typed for the profile being left
    m_mapper->setCurrentIndex(row);
    m_models->clear();
    m_status->clear();
}

void ModelsPage::fetchModels()
{
    m_mapper->submit();
    const std::optional<ProviderProfile> shown = m_draft.byId(shownId());
    if (!shown)
        return;
    if (m_request)
        m_request->cancel();
    const ProviderProfile profile = *shown;
    m_fetch->setEnabled(false);
    m_status->setText(tr("Fetching the model list from %1…").arg(profile.baseUrl.host()));
    // The key first (from the keychain, asynchronously), then the request: nothing here waits.
    context().keys().resolve(profile, this, [this, profile](const ApiKeyResolver::Resolution &key) {
        m_request = context().client().createModelList(profile, key.key, this);
        connect(m_request, &ModelListRequest::listFinished, this,
                [this](const QList<ModelInfo> &models, const ApiError &error) {
                    m_fetch->setEnabled(true);
                    m_request->deleteLater();
                    if (error.isError()) {
                        m_status->setText(error.fullMessage());
                        return;
                    }
                    m_models->clear();
                    for (const ModelInfo &model : models) {
                        auto *item = new QListWidgetItem(model.id, m_models);
                        if (model.contextLength)
                            item->setToolTip(tr("Context window: %1 tokens").arg(QLocale().toString(*model.contextLength)));
                    }
                    m_status->setText(tr("%Ln model(s)", nullptr, int(models.size())));
                });
        m_request->start();
    });
}

bool ModelsPage::validate()
{
    // The model is free text and the window's range is its rule; only a price cell can be wrong.
    m_mapper->submit();
    return m_prices->commit();
}

void ModelsPage::apply(AppSettings &settings)
{
    // The model and window edits are in the shared profile draft, which the Providers page saves.
    settings.setPriceOverrides(m_prices->overrides());
}
