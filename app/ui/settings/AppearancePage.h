#pragma once

#include "settings/SettingsPage.h"

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QSpinBox;

// Appearance and language: light, dark or the system's look, the transcript's font and size, and
// the interface language (English, ไทย, 简体中文, or the system's).
class AppearancePage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit AppearancePage(AppContext &context, QWidget *parent = nullptr);

    QString title() const override;
    void load(const AppSettings &settings) override;
    bool validate() override { return true; }
    void apply(AppSettings &settings) override;

private:
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_defaultFont = nullptr;
    QFontComboBox *m_font = nullptr;
    QSpinBox *m_fontSize = nullptr;
};
