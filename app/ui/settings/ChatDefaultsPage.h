#pragma once

#include "settings/SettingsPage.h"

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSlider;

// Chat defaults: temperature (slider and spin box, 0-2 in steps of 0.05), maximum reply length,
// top-p and the system prompt every new request starts with.
class ChatDefaultsPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit ChatDefaultsPage(QWidget *parent = nullptr);

    QString title() const override;
    void load(const AppSettings &settings) override;
    bool validate() override;
    void apply(AppSettings &settings) const override;

private:
    QSlider *m_temperatureSlider = nullptr;
    QDoubleSpinBox *m_temperature = nullptr;
    QLineEdit *m_maxTokens = nullptr;
    QLabel *m_maxTokensError = nullptr;
    QDoubleSpinBox *m_topP = nullptr;
    QPlainTextEdit *m_systemPrompt = nullptr;
    QCheckBox *m_autoTitle = nullptr;
    QLineEdit *m_titleModel = nullptr;
};
