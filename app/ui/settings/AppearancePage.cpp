#include "settings/AppearancePage.h"

#include "common/Widgets.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

AppearancePage::AppearancePage(AppContext &context, QWidget *parent)
    : SettingsPage(context, parent)
{
    setObjectName(QStringLiteral("appearancePage"));
    m_theme = Widgets::comboBox(this, "themeCombo", tr("Theme"));
    m_theme->addItem(tr("Same as the system"), int(AppSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(AppSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(AppSettings::Theme::Dark));

    m_language = Widgets::comboBox(this, "languageCombo", tr("Language"));
    m_language->addItem(tr("Same as the system"), QString());
    // Each language in its own name, so people can find theirs whatever is showing now.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("ไทย (Thai)"), QStringLiteral("th"));
    m_language->addItem(QStringLiteral("简体中文 (Simplified Chinese)"), QStringLiteral("zh_CN"));

    m_defaultFont = new QCheckBox(tr("Use the &default font"), this);
    m_defaultFont->setObjectName(QStringLiteral("transcriptDefaultFont"));
    m_font = new QFontComboBox(this);
    m_font->setObjectName(QStringLiteral("transcriptFont"));
    m_font->setAccessibleName(tr("Transcript font"));
    // The lowest value stands for "as the rest of the app"; the settings take 6 to 48 points.
    m_fontSize = makeSpinBox(this, "transcriptFontSize", tr("Transcript font size in points"), 5, 48, tr("Default size"));
    m_fontSize->setSuffix(tr(" pt"));
    connect(m_defaultFont, &QCheckBox::toggled, m_font, &QWidget::setDisabled);
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_defaultFont);
    fontRow->addWidget(m_font, 1);
    fontRow->addWidget(m_fontSize);

    auto *form = new QFormLayout(this);
    addRow(form, tr("&Theme:"), m_theme);
    addRow(form, tr("Transcript &font:"), fontRow, m_font);
    addRow(form, tr("&Language:"), m_language);
    form->addRow(QString(), makeNote(tr("The main window changes language at once; this dialog follows the next time "
                                        "it opens."), this));
}

QString AppearancePage::title() const
{
    return tr("Appearance");
}

void AppearancePage::load(const AppSettings &settings)
{
    m_theme->setCurrentIndex(m_theme->findData(int(settings.theme())));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    const QString family = settings.transcriptFontFamily();
    m_defaultFont->setChecked(family.isEmpty());
    m_font->setDisabled(family.isEmpty());
    m_font->setCurrentFont(QFont(family.isEmpty() ? QApplication::font().family() : family));
    m_fontSize->setValue(settings.transcriptFontSize() > 0 ? settings.transcriptFontSize() : m_fontSize->minimum());
}

void AppearancePage::apply(AppSettings &settings)
{
    settings.setTheme(AppSettings::Theme(m_theme->currentData().toInt()));
    settings.setLanguage(m_language->currentData().toString());
    settings.setTranscriptFont(m_defaultFont->isChecked() ? QString() : m_font->currentFont().family(),
                               m_fontSize->value() == m_fontSize->minimum() ? 0 : m_fontSize->value());
}
