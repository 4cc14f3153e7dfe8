#include "chat/ChatHeader.h"

#include "common/ElidedLabel.h"
#include "common/PlainToolTip.h"
#include "common/Retranslator.h"
#include "common/Widgets.h"
#include "settings/AppSettings.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

ChatHeader::ChatHeader(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("chatHeader"));

    m_title = new ElidedLabel(this); // a long title elides rather than widening the window
    m_title->setObjectName(QStringLiteral("conversationTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setAccessibleName(tr("Conversation title"));

    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profileSelector"));

    // Editable: typing a model id is always possible, whatever the provider lists.
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("modelSelector"));
    m_model->setEditable(true);
    m_model->setMinimumContentsLength(16);
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_refreshModels = new QToolButton(this);
    m_refreshModels->setObjectName(QStringLiteral("refreshModelsButton"));
    m_refreshModels->setText(QStringLiteral("⟳"));
    m_refreshModels->setAutoRaise(true);
    connect(m_refreshModels, &QToolButton::clicked, this, &ChatHeader::refreshModelsRequested);

    m_temperature = Widgets::samplingSpinBox(this, "temperatureSpin", AppSettings::Temperature.max);

    // Checked while the conversation has instructions of its own.
    m_systemPrompt = new QToolButton(this);
    m_systemPrompt->setObjectName(QStringLiteral("systemPromptButton"));
    m_systemPrompt->setAutoRaise(true);
    m_systemPrompt->setCheckable(true);
    connect(m_systemPrompt, &QToolButton::clicked, this, [this] {
        m_systemPrompt->setChecked(!m_systemPromptText.isEmpty()); // the dialog decides, not the click
        Q_EMIT systemPromptRequested();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->addWidget(m_title, 1);
    layout->addWidget(m_systemPrompt);
    layout->addWidget(m_profile);
    layout->addWidget(m_model);
    layout->addWidget(m_refreshModels);
    m_temperatureLabel = new QLabel(this);
    m_temperatureLabel->setBuddy(m_temperature);
    layout->addWidget(m_temperatureLabel);
    Retranslator::watch(this, [this] { retranslate(); });
    retranslate();
    layout->addWidget(m_temperature);

    const auto edited = [this] {
        if (!m_updating)
            Q_EMIT selectionEdited();
    };
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this, edited](int index) {
        if (m_updating || index < 0 || index >= m_profiles.size())
            return;
        // A new profile brings its own default model.
        m_updating = true;
        m_model->setCurrentText(m_profiles.at(index).defaultModel);
        m_updating = false;
        edited();
    });
    connect(m_model->lineEdit(), &QLineEdit::editingFinished, this, edited);
    connect(m_model, &QComboBox::activated, this, edited);
    connect(m_temperature, &QDoubleSpinBox::valueChanged, this, edited);
}

void ChatHeader::setTitle(const QString &title)
{
    m_title->setFullText(title);
    m_title->setToolTip(plainToolTip(title));
}

QString ChatHeader::title() const
{
    return m_title->fullText();
}

void ChatHeader::setModels(const QStringList &models)
{
    // The profile's default first, then what the provider lists; what is typed stays.
    m_updating = true;
    const QString current = m_model->currentText();
    const QString fallback = m_model->count() > 0 ? m_model->itemText(0) : QString();
    m_model->clear();
    if (!fallback.isEmpty())
        m_model->addItem(fallback);
    for (const QString &model : models) {
        if (model != fallback)
            m_model->addItem(model);
    }
    m_model->setCurrentText(current);
    m_updating = false;
}

void ChatHeader::setProfiles(const QList<ProviderProfile> &profiles)
{
    m_updating = true;
    m_profiles = profiles;
    m_profile->clear();
    for (const ProviderProfile &profile : profiles)
        m_profile->addItem(profile.name);
    m_updating = false;
}

void ChatHeader::setSelection(const QString &profileName, const QString &model, std::optional<double> temperature,
                              double defaultTemperature)
{
    m_updating = true;
    const int index = m_profile->findText(profileName, Qt::MatchFixedString);
    m_profile->setCurrentIndex(std::max(0, index));
    const ProviderProfile profile = m_profiles.value(m_profile->currentIndex());
    m_model->clear();
    if (!profile.defaultModel.isEmpty())
        m_model->addItem(profile.defaultModel);
    m_model->setCurrentText(model.isEmpty() ? profile.defaultModel : model);
    m_temperature->setValue(temperature.value_or(defaultTemperature));
    m_updating = false;
}

void ChatHeader::setSystemPrompt(const QString &prompt, bool available)
{
    m_systemPrompt->setEnabled(available);
    m_systemPromptText = prompt.trimmed();
    m_systemPrompt->setChecked(!m_systemPromptText.isEmpty());
    retranslate();
}

QString ChatHeader::profileName() const
{
    return m_profile->currentText();
}

QString ChatHeader::model() const
{
    return m_model->currentText().trimmed();
}

double ChatHeader::temperature() const
{
    return m_temperature->value();
}

void ChatHeader::retranslate()
{
    Widgets::describe(m_profile, tr("Provider profile"), tr("The provider profile this conversation uses"));
    Widgets::describe(m_model, tr("Model"),
                      tr("The model this conversation uses: pick one the provider lists, or type its id"));
    Widgets::describe(m_refreshModels, tr("Refresh the model list"), tr("Ask the provider again which models it offers"));
    Widgets::describe(m_temperature, tr("Temperature"),
                      tr("Temperature: lower is more focused, higher more varied (0-2)"));
    m_temperatureLabel->setText(tr("Temp."));
    m_systemPrompt->setText(tr("Instructions"));
    Widgets::describe(m_systemPrompt, tr("System prompt of this conversation"),
                      m_systemPromptText.isEmpty()
                          ? tr("This conversation uses the default system prompt from Settings. Click to "
                               "give it instructions of its own.")
                          : plainToolTip(tr("This conversation's system prompt:") + u'\n' + m_systemPromptText.left(500)));
}

void ChatHeader::openModelList()
{
    m_model->setFocus(Qt::OtherFocusReason);
    m_model->showPopup();
}
