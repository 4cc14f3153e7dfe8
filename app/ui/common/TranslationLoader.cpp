#include "common/TranslationLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

TranslationLoader::TranslationLoader(QObject *parent)
    : QObject(parent)
{
}

TranslationLoader::~TranslationLoader()
{
    unload();
}

bool TranslationLoader::load(const QLocale &locale)
{
    unload();
    auto app = std::make_unique<QTranslator>(this);
    // QTranslator::load(locale, ...) tries the locale's UI languages in order (th_TH, th, ...).
    const bool found = app->load(locale, QStringLiteral("tally"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    // English is the source language, but its plural forms ("1 request", "2 requests") come
    // from tally_en; it is also what any language Tally does not speak falls back to.
    if (found || app->load(QStringLiteral(":/i18n/tally_en"))) {
        m_app = app.release();
        QCoreApplication::installTranslator(m_app);
    }
    if (!found || locale.language() == QLocale::English) {
        m_locale = QLocale(QLocale::English);
        return false;
    }

    // Qt's own strings (standard buttons, context menus, the file dialog). Tally carries them for
    // the languages Qt's translations lack (Thai: Debian's qt6-translations-l10n has none), and
    // installs Qt's after its own: a translator installed later is asked first, so Qt's win
    // wherever both exist. Qt's may be missing (not installed): not an error.
    m_qtOwn = installIfFound(locale, QStringLiteral("qt"), QStringLiteral(":/i18n"));
    m_qt = installIfFound(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    m_locale = locale;
    return true;
}

QTranslator *TranslationLoader::installIfFound(const QLocale &locale, const QString &name, const QString &folder)
{
    auto translator = std::make_unique<QTranslator>(this);
    if (!translator->load(locale, name, QStringLiteral("_"), folder))
        return nullptr;
    QCoreApplication::installTranslator(translator.get());
    return translator.release();
}

void TranslationLoader::apply(const QString &language)
{
    const QLocale wanted = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (wanted.language() == m_locale.language() && wanted.script() == m_locale.script())
        return;
    // Installing the translation sends LanguageChange to every widget; each retranslates itself.
    load(wanted);
}

QLocale TranslationLoader::currentLocale() const
{
    return m_locale;
}

void TranslationLoader::unload()
{
    for (QTranslator **translator : {&m_app, &m_qtOwn, &m_qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}
