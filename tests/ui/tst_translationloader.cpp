#include "common/TranslationLoader.h"

#include <QApplication>
#include <QTest>

class TstTranslationLoader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void englishNeedsNoTranslation();
    void loadsThaiAndChinese_data();
    void loadsThaiAndChinese();
    void switchesLanguageAtRuntime();
};

namespace {
QString translatedNewChat()
{
    return QCoreApplication::translate("ConversationSidebar", "New chat");
}
} // namespace

void TstTranslationLoader::englishNeedsNoTranslation()
{
    TranslationLoader loader;
    QVERIFY(!loader.load(QLocale(QLocale::English, QLocale::UnitedStates)));
    QCOMPARE(loader.currentLocale().language(), QLocale::English);
    QCOMPARE(translatedNewChat(), QStringLiteral("New chat"));
    // English plural forms come from the English file, for English and unknown languages alike.
    QCOMPARE(QCoreApplication::translate("StatsBar", "%Ln request(s)", nullptr, 1), QStringLiteral("1 request"));
    QCOMPARE(QCoreApplication::translate("StatsBar", "%Ln request(s)", nullptr, 3), QStringLiteral("3 requests"));
    QVERIFY(!loader.load(QLocale(QLocale::Swahili)));
    QCOMPARE(QCoreApplication::translate("StatsBar", "%Ln request(s)", nullptr, 2), QStringLiteral("2 requests"));
}

void TstTranslationLoader::loadsThaiAndChinese_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("th_TH") << QLocale(QLocale::Thai, QLocale::Thailand);
    QTest::newRow("zh_CN") << QLocale(QLocale::Chinese, QLocale::China);
}

void TstTranslationLoader::loadsThaiAndChinese()
{
    QFETCH(QLocale, locale);
    TranslationLoader loader;
    QVERIFY(loader.load(locale));
    QCOMPARE(loader.currentLocale().language(), locale.language());
    const QString text = translatedNewChat();
    QVERIFY(!text.isEmpty());
    QVERIFY2(text != QStringLiteral("New chat"), qPrintable(text));
}

void TstTranslationLoader::switchesLanguageAtRuntime()
{
    TranslationLoader loader;
    QVERIFY(loader.load(QLocale(QLocale::Thai)));
    const QString thai = translatedNewChat();
    QVERIFY(loader.load(QLocale(QLocale::Chinese, QLocale::China)));
    const QString chinese = translatedNewChat();
    QVERIFY(thai != chinese);
    QVERIFY(!loader.load(QLocale(QLocale::English)));
    QCOMPARE(translatedNewChat(), QStringLiteral("New chat"));
}

QTEST_MAIN(TstTranslationLoader)
#include "tst_translationloader.moc"
