#pragma once

#include "settings/SettingsPage.h"

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSlider;
class QSpinBox;

// Chat defaults: temperature (slider and spin box, 0-2 in steps of 0.05), maximum reply length
// (or the provider's default), top-p, the system prompt every new request starts with, and
// whether new conversations are named by a model.
class ChatDefaultsPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit ChatDefaultsPage(AppContext &context, QWidget *parent = nullptr);

    QString title() const override;
    void load(const AppSettings &settings) override;
    bool validate() override { return true; } // every field's range is its rule
    void apply(AppSettings &settings) override;

private:
    QSlider *m_temperatureSlider = nullptr;
    QDoubleSpinBox *m_temperature = nullptr;
    QSpinBox *m_maxTokens = nullptr;
    QDoubleSpinBox *m_topP = nullptr;
    QPlainTextEdit *m_systemPrompt = nullptr;
    QCheckBox *m_autoTitle = nullptr;
    QLineEdit *m_titleModel = nullptr;
};
