// What a reply's Markdown becomes: text without HTML, images as links that are never loaded,
// formulas verbatim, tables with a shaded header, code with colours.
#include "transcript/SegmentRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace {

QString plain(QTextDocument &document)
{
    return document.toPlainText();
}

// Whether any character in the document has this foreground.
bool coloured(QTextDocument &document, const QString &word)
{
    const QTextCursor found = document.find(word);
    if (found.isNull())
        return false;
    const QTextBlock block = found.block();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.start <= found.selectionStart() - block.position() && range.start + range.length > found.selectionStart() - block.position())
            return range.format.hasProperty(QTextFormat::ForegroundBrush);
    }
    return false;
}

} // namespace

class TstSegmentRenderer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void htmlStaysText();
    void imagesBecomeLinksAndAreNeverLoaded();
    void formulasKeepTheirBackslashes();
    void tablesHaveAShadedBoldHeader();
    void codeGetsColoursForKnownLanguages();
    void linksKeepTheirTarget();

private:
    TranscriptStyle m_style = TranscriptStyle::from(QPalette(), QFont());
};

void TstSegmentRenderer::htmlStaysText()
{
    const auto document = SegmentRenderer::prose(QStringLiteral("<b>x</b> <img src=y> <a href=z>w</a>"), m_style);
    QCOMPARE(plain(*document), QStringLiteral("<b>x</b> <img src=y> <a href=z>w</a>"));
}

void TstSegmentRenderer::imagesBecomeLinksAndAreNeverLoaded()
{
    const auto document = SegmentRenderer::prose(QStringLiteral("See ![a chart](/dev/zero) and ![](https://x.example/p.png)."), m_style);
    QCOMPARE(plain(*document), QStringLiteral("See [image: a chart] and [image: https://x.example/p.png]."));
    // Laid out and drawn: nothing is read (/dev/zero would never end), no object is left.
    document->setTextWidth(400);
    QImage canvas(400, 200, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&canvas);
    document->documentLayout()->draw(&painter, {});
    QVERIFY(!plain(*document).contains(QChar::ObjectReplacementCharacter));
    const QTextCursor link = document->find(QStringLiteral("a chart"));
    QCOMPARE(link.charFormat().anchorHref(), QStringLiteral("/dev/zero"));
}

void TstSegmentRenderer::formulasKeepTheirBackslashes()
{
    const auto document = SegmentRenderer::prose(QStringLiteral("So \\(\\alpha_1\\) and $x^2$ hold.\n\n$$\\frac{a}{b}$$\n"), m_style);
    QCOMPARE(plain(*document), QStringLiteral("So \\alpha_1 and x^2 hold.\n\\frac{a}{b}"));
    const QTextCursor math = document->find(QStringLiteral("\\alpha_1"));
    QVERIFY(math.charFormat().fontFixedPitch() || math.charFormat().font().family() == m_style.math.family());
    QCOMPARE(document->lastBlock().blockFormat().alignment() & Qt::AlignHCenter, Qt::AlignHCenter);
}

void TstSegmentRenderer::tablesHaveAShadedBoldHeader()
{
    const auto document = SegmentRenderer::prose(QStringLiteral("| a | b |\n|---|--:|\n| 1 | 2 |\n| 3 | 4 |\n"), m_style);
    QTextTable *table = nullptr;
    for (QTextFrame *frame : document->rootFrame()->childFrames())
        table = table ? table : qobject_cast<QTextTable *>(frame);
    QVERIFY(table);
    QCOMPARE(table->rows(), 3);
    QCOMPARE(table->cellAt(0, 0).format().background().color(), m_style.tableHeader);
    QVERIFY(table->cellAt(0, 0).firstCursorPosition().charFormat().fontWeight() >= QFont::DemiBold
            || table->cellAt(0, 0).firstCursorPosition().block().charFormat().fontWeight() >= QFont::DemiBold);
    QCOMPARE(table->cellAt(2, 1).format().background().color(), m_style.tableStripe);
}

void TstSegmentRenderer::codeGetsColoursForKnownLanguages()
{
    const auto python = SegmentRenderer::code(QStringLiteral("def f():\n    return \"s\"  # note"), QStringLiteral("py"), m_style);
    QVERIFY(coloured(*python, QStringLiteral("def")));
    QVERIFY(coloured(*python, QStringLiteral("\"s\"")));
    QVERIFY(coloured(*python, QStringLiteral("# note")));
    const auto json = SegmentRenderer::code(QStringLiteral("{\"key\": true}"), QStringLiteral("json"), m_style);
    QVERIFY(coloured(*json, QStringLiteral("\"key\"")));
    const auto unknown = SegmentRenderer::code(QStringLiteral("def f"), QStringLiteral("no-such-language"), m_style);
    QVERIFY(!coloured(*unknown, QStringLiteral("def")));
    // Long lines wrap inside the block instead of widening the page.
    QCOMPARE(unknown->defaultTextOption().wrapMode(), QTextOption::WrapAtWordBoundaryOrAnywhere);
}

void TstSegmentRenderer::linksKeepTheirTarget()
{
    const auto document = SegmentRenderer::prose(QStringLiteral("[docs](https://example.org/a) and [x](tally:delete/1)"), m_style);
    QCOMPARE(document->find(QStringLiteral("docs")).charFormat().anchorHref(), QStringLiteral("https://example.org/a"));
    QCOMPARE(document->find(QStringLiteral("x")).charFormat().anchorHref(), QStringLiteral("tally:delete/1"));
}

QTEST_MAIN(TstSegmentRenderer)
#include "tst_segmentrenderer.moc"
