#pragma once

#include <QLocale>
#include <QObject>

class QTranslator;

// Installs Tally's own translation and Qt's for a locale (Thai, Simplified Chinese, or English
// as the source language), replacing any it installed before, so the language can be changed
// while the app runs. Qt's strings come from Qt's translations where the system has them
// (Chinese) and from Tally's own qt_<lang> file otherwise (Thai).
class TranslationLoader final : public QObject
{
    Q_OBJECT

public:
    explicit TranslationLoader(QObject *parent = nullptr);
    ~TranslationLoader() override;

    // Returns true when a Tally translation for the locale was found and installed; false for
    // English or an unsupported language (the English texts, with their plural forms, are then
    // shown).
    bool load(const QLocale &locale);
    // The language chosen in Settings ("" for the system's), installed unless it already is.
    void apply(const QString &language);
    // The locale whose translation is installed, or English.
    QLocale currentLocale() const;

private:
    QTranslator *installIfFound(const QLocale &locale, const QString &name, const QString &folder);
    void unload();

    QTranslator *m_app = nullptr;
    QTranslator *m_qtOwn = nullptr; // Tally's translation of Qt's strings (:/i18n/qt_<lang>)
    QTranslator *m_qt = nullptr;    // Qt's own, from QLibraryInfo::TranslationsPath
    QLocale m_locale{QLocale::English};
};
