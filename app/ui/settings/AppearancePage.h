#pragma once

#include "settings/SettingsPage.h"

class QComboBox;

// Appearance and language: light, dark or the system's look, and the interface language
// (English, ไทย, 简体中文, or the system's).
class AppearancePage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit AppearancePage(QWidget *parent = nullptr);

    QString title() const override;
    void load(const AppSettings &settings) override;
    bool validate() override { return true; }
    void apply(AppSettings &settings) const override;

private:
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
};
