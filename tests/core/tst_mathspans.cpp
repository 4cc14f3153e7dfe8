#include "markdown/MathSpans.h"

#include <QTest>

class TstMathSpans final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formulasAreFound_data();
    void formulasAreFound();
    void placeholdersAreFoundAgain();
};

void TstMathSpans::formulasAreFound_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("tex");
    QTest::addColumn<QList<bool>>("display");
    QTest::newRow("inline dollars") << QStringLiteral("Energy $E = mc^2$ here") << QStringList{QStringLiteral("E = mc^2")}
                                    << QList<bool>{false};
    QTest::newRow("display dollars across lines") << QStringLiteral("$$\n\\frac{a}{b}\n$$")
                                                  << QStringList{QStringLiteral("\n\\frac{a}{b}\n")} << QList<bool>{true};
    QTest::newRow("backslash parens keep backslashes") << QStringLiteral("so \\(\\alpha + \\beta\\) holds")
                                                       << QStringList{QStringLiteral("\\alpha + \\beta")} << QList<bool>{false};
    QTest::newRow("backslash brackets") << QStringLiteral("\\[\\sum_{i=1}^n i\\]") << QStringList{QStringLiteral("\\sum_{i=1}^n i")}
                                        << QList<bool>{true};
    QTest::newRow("money is not math") << QStringLiteral("It costs $5 and $10 today.") << QStringList() << QList<bool>();
    QTest::newRow("space after opening") << QStringLiteral("a $ b$ c") << QStringList() << QList<bool>();
    QTest::newRow("escaped dollar") << QStringLiteral("\\$x$ and $y$") << QStringList{QStringLiteral("y")} << QList<bool>{false};
    QTest::newRow("not inside code spans") << QStringLiteral("`$x$` and ``\\(y\\)`` but $z$") << QStringList{QStringLiteral("z")}
                                           << QList<bool>{false};
    QTest::newRow("two inline") << QStringLiteral("$a$ and $b$") << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                                << QList<bool>{false, false};
    QTest::newRow("unclosed") << QStringLiteral("$$ never closed \\( either") << QStringList() << QList<bool>();
}

void TstMathSpans::formulasAreFound()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, tex);
    QFETCH(QList<bool>, display);
    const MathSpans::Protected result = MathSpans::protect(markdown);
    QStringList found;
    QList<bool> displays;
    for (const MathSpans::Span &span : result.spans) {
        found << span.tex;
        displays << span.display;
    }
    QCOMPARE(found, tex);
    QCOMPARE(displays, display);
    if (tex.isEmpty())
        QCOMPARE(result.text, markdown);
    // What is left is the text with each formula (delimiters included) replaced by its placeholder.
    QString rebuilt = result.text;
    for (qsizetype i = result.spans.size() - 1; i >= 0; --i) {
        const QString placeholder = result.marker + QString::number(i) + result.marker;
        QVERIFY(rebuilt.contains(placeholder));
    }
}

void TstMathSpans::placeholdersAreFoundAgain()
{
    const MathSpans::Protected result = MathSpans::protect(u"x \\(a\\) y $b$");
    const qsizetype first = result.text.indexOf(result.marker);
    int index = -1;
    qsizetype length = 0;
    QVERIFY(MathSpans::placeholderAt(result.text, first, result.marker, &index, &length));
    QCOMPARE(index, 0);
    const qsizetype second = result.text.indexOf(result.marker, first + length);
    QVERIFY(MathSpans::placeholderAt(result.text, second, result.marker, &index, &length));
    QCOMPARE(index, 1);
    QCOMPARE(result.text, QStringLiteral("x ") + result.marker + u'0' + result.marker + QStringLiteral(" y ") + result.marker
                              + u'1' + result.marker);
    // A private-use character already in the text is never taken for a marker.
    const QString withMarker = QString(QChar(0xE000)) + QStringLiteral(" $m$");
    QVERIFY(MathSpans::protect(withMarker).marker != QChar(0xE000));
}

QTEST_GUILESS_MAIN(TstMathSpans)
#include "tst_mathspans.moc"
