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

    // Qt's own strings (standard buttons, About Qt). Missing on some installs: not an error.
    auto qt = std::make_unique<QTranslator>(this);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qt = qt.release();
        QCoreApplication::installTranslator(m_qt);
    }
    m_locale = locale;
    return true;
}

QLocale TranslationLoader::currentLocale() const
{
    return m_locale;
}

void TranslationLoader::unload()
{
    for (QTranslator **translator : {&m_app, &m_qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}
