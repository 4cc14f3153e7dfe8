// SafeText: lone UTF-16 surrogates become U+FFFD, pairs stay (issue 13, row 10).
#include "domain/SafeText.h"

#include <QTest>

class TstSafeText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replacesLoneSurrogatesOnly_data();
    void replacesLoneSurrogatesOnly();
    void whatIsKeptSurvivesUtf8();
};

void TstSafeText::replacesLoneSurrogatesOnly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("clean");
    const QChar high(char16_t(0xD83D));
    const QChar low(char16_t(0xDE00));
    const QChar fffd(QChar::ReplacementCharacter);
    QTest::newRow("plain") << QStringLiteral("สวัสดี 你好") << QStringLiteral("สวัสดี 你好");
    QTest::newRow("pair") << QStringLiteral("a😀b") << QStringLiteral("a😀b");
    QTest::newRow("lone high") << (QStringLiteral("a") + high + QStringLiteral("b")) << (QStringLiteral("a") + fffd + QStringLiteral("b"));
    QTest::newRow("lone low") << (QStringLiteral("a") + low) << (QStringLiteral("a") + fffd);
    QTest::newRow("high at the end") << (QStringLiteral("x") + high) << (QStringLiteral("x") + fffd);
    QTest::newRow("two highs then low") << (QString(high) + high + low) << (QString(fffd) + high + low);
    QTest::newRow("reversed pair") << (QString(low) + high) << (QString(fffd) + fffd);
}

void TstSafeText::replacesLoneSurrogatesOnly()
{
    QFETCH(QString, text);
    QFETCH(QString, clean);
    QCOMPARE(SafeText::withoutLoneSurrogates(text), clean);
    QCOMPARE(SafeText::hasLoneSurrogates(text), text != clean);
    QVERIFY(!SafeText::hasLoneSurrogates(clean));
}

void TstSafeText::whatIsKeptSurvivesUtf8()
{
    // The reason for all this: UTF-8 cannot carry a lone surrogate, so it came back changed.
    const QString text = QStringLiteral("before ") + QChar(char16_t(0xD800)) + QStringLiteral(" after");
    QVERIFY(QString::fromUtf8(text.toUtf8()) != text);
    const QString clean = SafeText::withoutLoneSurrogates(text);
    QCOMPARE(QString::fromUtf8(clean.toUtf8()), clean);
}

QTEST_GUILESS_MAIN(TstSafeText)
#include "tst_safetext.moc"
