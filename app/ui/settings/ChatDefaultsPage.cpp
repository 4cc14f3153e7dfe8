#include "settings/ChatDefaultsPage.h"

#include "common/Widgets.h"
#include "settings/AppSettings.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSlider>
#include <QSpinBox>

ChatDefaultsPage::ChatDefaultsPage(AppContext &context, QWidget *parent)
    : SettingsPage(context, parent)
{
    setObjectName(QStringLiteral("chatDefaultsPage"));

    m_temperatureSlider = new QSlider(Qt::Horizontal, this);
    m_temperatureSlider->setObjectName(QStringLiteral("temperatureSlider"));
    m_temperatureSlider->setAccessibleName(tr("Temperature"));
    m_temperatureSlider->setRange(0, 40); // steps of 0.05
    m_temperature = Widgets::samplingSpinBox(this, "defaultTemperature", AppSettings::Temperature.max);
    m_temperature->setAccessibleName(tr("Temperature"));
    connect(m_temperatureSlider, &QSlider::valueChanged, this, [this](int step) {
        if (qRound(m_temperature->value() * 20) != step)
            m_temperature->setValue(step / 20.0);
    });
    connect(m_temperature, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        m_temperatureSlider->setValue(qRound(value * 20));
    });
    auto *temperatureRow = new QHBoxLayout;
    temperatureRow->addWidget(m_temperatureSlider, 1);
    temperatureRow->addWidget(m_temperature);

    // The same range as the settings file takes; 0 sends no limit, so the provider decides.
    m_maxTokens = makeSpinBox(this, "defaultMaxTokens", tr("Maximum reply length in tokens"),
                              AppSettings::MaxTokens.min, AppSettings::MaxTokens.max,
                              tr("Provider default"));
    m_maxTokens->setGroupSeparatorShown(true);

    m_topP = Widgets::samplingSpinBox(this, "defaultTopP", AppSettings::TopP.max);
    m_topP->setAccessibleName(tr("Top-p"));

    m_systemPrompt = new QPlainTextEdit(this);
    m_systemPrompt->setObjectName(QStringLiteral("defaultSystemPrompt"));
    m_systemPrompt->setAccessibleName(tr("System prompt"));
    m_systemPrompt->setPlaceholderText(tr("Instructions sent at the start of every conversation"));

    m_autoTitle = new QCheckBox(tr("&Name new conversations with a model after the first reply"), this);
    m_autoTitle->setObjectName(QStringLiteral("autoTitle"));
    m_autoTitle->setToolTip(tr("One short extra request; its cost is counted in the conversation."));
    m_titleModel = new QLineEdit(this);
    m_titleModel->setObjectName(QStringLiteral("titleModel"));
    m_titleModel->setAccessibleName(tr("Model for titles"));
    m_titleModel->setPlaceholderText(tr("the conversation's model"));
    connect(m_autoTitle, &QCheckBox::toggled, m_titleModel, &QWidget::setEnabled);

    auto *form = new QFormLayout(this);
    addRow(form, tr("&Temperature:"), temperatureRow, m_temperature);
    addRow(form, tr("&Max tokens:"), m_maxTokens);
    addRow(form, tr("Top-&p:"), m_topP);
    addRow(form, tr("&System prompt:"), m_systemPrompt);
    form->addRow(QString(), m_autoTitle);
    addRow(form, tr("Model for &titles:"), m_titleModel);
}

QString ChatDefaultsPage::title() const
{
    return tr("Chat defaults");
}

void ChatDefaultsPage::load(const AppSettings &settings)
{
    m_temperature->setValue(settings.value(AppSettings::Temperature));
    m_maxTokens->setValue(settings.value(AppSettings::MaxTokens));
    m_topP->setValue(settings.value(AppSettings::TopP));
    m_systemPrompt->setPlainText(settings.systemPrompt());
    m_autoTitle->setChecked(settings.autoTitle());
    m_titleModel->setEnabled(settings.autoTitle());
    m_titleModel->setText(settings.titleModel());
}

void ChatDefaultsPage::apply(AppSettings &settings)
{
    settings.setValue(AppSettings::Temperature, m_temperature->value());
    settings.setValue(AppSettings::MaxTokens, m_maxTokens->value());
    settings.setValue(AppSettings::TopP, m_topP->value());
    settings.setSystemPrompt(m_systemPrompt->toPlainText());
    settings.setAutoTitle(m_autoTitle->isChecked());
    settings.setTitleModel(m_titleModel->text());
}
