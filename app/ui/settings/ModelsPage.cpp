#include "settings/ModelsPage.h"

#include "api/ModelListRequest.h"
#include "api/ProviderClient.h"
#include "app/AppContext.h"
#include "secrets/ApiKeyResolver.h"
#include "settings/AppSettings.h"
#include "settings/NumberInput.h"
#include "settings/PriceEditor.h"
#include "settings/ProfileDraft.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <limits>

ModelsPage::ModelsPage(AppContext &context, ProfileDraft &draft, QWidget *parent)
    : SettingsPage(parent)
    , m_context(context)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("modelsPage"));
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("modelsProfile"));
    m_profile->setAccessibleName(tr("Profile"));
    m_fetch = new QPushButton(tr("&Fetch models"), this);
    m_fetch->setObjectName(QStringLiteral("fetchModelsButton"));
    m_fetch->setAccessibleName(tr("Fetch the provider's models"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("modelsStatus"));
    m_status->setWordWrap(true);
    m_models = new QListWidget(this);
    m_models->setObjectName(QStringLiteral("modelList"));
    m_models->setAccessibleName(tr("Models the provider offers"));
    m_defaultModel = new QLineEdit(this);
    m_defaultModel->setObjectName(QStringLiteral("defaultModel"));
    m_defaultModel->setAccessibleName(tr("Default model"));
    m_defaultModel->setPlaceholderText(tr("pick from the list or type a model id"));
    m_contextWindow = new QLineEdit(this);
    m_contextWindow->setObjectName(QStringLiteral("contextWindow"));
    m_contextWindow->setAccessibleName(tr("Context window in tokens"));
    m_contextWindow->setPlaceholderText(tr("unknown"));
    m_contextWindowError = makeErrorLabel(this, "contextWindowError");
    m_models->setMaximumHeight(m_models->fontMetrics().lineSpacing() * 6);
    m_prices = new PriceEditor(this);

    connect(m_fetch, &QPushButton::clicked, this, &ModelsPage::fetchModels);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &ModelsPage::showProfile);
    connect(&m_draft, &ProfileDraft::listChanged, this, &ModelsPage::refillProfiles);
    connect(m_models, &QListWidget::currentTextChanged, m_defaultModel, [this](const QString &id) {
        if (!id.isEmpty())
            m_defaultModel->setText(id);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_profile, 1);
    top->addWidget(m_fetch);
    auto *form = new QFormLayout;
    form->addRow(tr("&Default model:"), m_defaultModel);
    addFieldRow(form, tr("&Context window:"), m_contextWindow, m_contextWindowError);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_models, 1);
    layout->addLayout(form);
    auto *pricesTitle = new QLabel(tr("Prices for this provider"), this);
    QFont bold = pricesTitle->font();
    bold.setBold(true);
    pricesTitle->setFont(bold);
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
    m_shownId.clear();
    m_prices->setOverrides(settings.priceOverrides());
    refillProfiles();
    const QSignalBlocker blocker(m_profile);
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(m_draft.list().defaultProfile().id)));
    showProfile(m_profile->currentIndex());
}

void ModelsPage::refillProfiles()
{
    // Profiles come and go, and get renamed, on the Providers page.
    const QString keep = m_shownId;
    {
        const QSignalBlocker blocker(m_profile);
        m_profile->clear();
        for (const ProviderProfile &profile : m_draft.list().profiles())
            m_profile->addItem(profile.name, profile.id);
        m_profile->setCurrentIndex(std::max(0, m_profile->findData(keep)));
    }
    if (m_profile->currentData().toString() != keep) {
        m_shownId.clear(); // the shown profile was removed: nothing of it to keep
        showProfile(m_profile->currentIndex());
    }
}

void ModelsPage::commitShown()
{
    std::optional<ProviderProfile> profile = m_draft.byId(m_shownId);
    if (!profile)
        return;
    profile->defaultModel = m_defaultModel->text().trimmed();
    const QString window = m_contextWindow->text().trimmed();
    if (window.isEmpty())
        profile->contextWindow.reset();
    else if (const std::optional<qint64> tokens = NumberInput::whole(window, 1, std::numeric_limits<qint64>::max()))
        profile->contextWindow = tokens;
    QString ignored; // only the model and window change, so the name cannot clash
    m_draft.update(*profile, &ignored);
}

void ModelsPage::showProfile(int index)
{
    const std::optional<ProviderProfile> next = m_draft.byId(m_profile->itemData(index).toString());
    // A price row with a bad cell keeps its profile shown, so the typing is not lost.
    if (next && !m_prices->showProvider(next->preset, next->defaultModel)) {
        const QSignalBlocker blocker(m_profile);
        m_profile->setCurrentIndex(std::max(0, m_profile->findData(m_shownId)));
        return;
    }
    commitShown(); // keep what was typed for the profile being left
    m_shownId = m_profile->itemData(index).toString();
    m_models->clear();
    m_status->clear();
    const std::optional<ProviderProfile> profile = m_draft.byId(m_shownId);
    if (!profile)
        return;
    m_defaultModel->setText(profile->defaultModel);
    m_contextWindow->setText(profile->contextWindow ? QString::number(*profile->contextWindow) : QString());
    m_contextWindowError->hide();
}

void ModelsPage::fetchModels()
{
    commitShown();
    const std::optional<ProviderProfile> shown = m_draft.byId(m_shownId);
    if (!shown)
        return;
    if (m_request)
        m_request->cancel();
    const ProviderProfile profile = *shown;
    m_fetch->setEnabled(false);
    m_status->setText(tr("Fetching the model list from %1…").arg(profile.baseUrl.host()));
    // The key first (from the keychain, asynchronously), then the request: nothing here waits.
    m_context.keys().resolve(profile, this, [this, profile](const ApiKeyResolver::Resolution &key) {
        m_request = m_context.client().createModelList(profile, key.key, this);
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
    const QString text = m_contextWindow->text().trimmed();
    if (!text.isEmpty() && !NumberInput::whole(text, 1, std::numeric_limits<qint64>::max())) {
        m_contextWindowError->setText(tr("Enter the window as a whole number of tokens, or leave it empty if unknown."));
        m_contextWindowError->show();
        return false;
    }
    m_contextWindowError->hide();
    commitShown();
    return m_prices->commit();
}

void ModelsPage::apply(AppSettings &settings) const
{
    // The model and window edits are in the shared profile draft, which the Providers page saves.
    settings.setPriceOverrides(m_prices->overrides());
}
