#include "markdown/MarkdownSegmenter.h"

#include <QRandomGenerator>
#include <QTest>

namespace {

using Kind = MarkdownSegment::Kind;

// Every piece as "P:<text>" or "C<block>.<part>:<code>", to compare cuts readably.
QStringList describe(const QString &text, const QList<MarkdownSegment> &segments)
{
    QStringList out;
    for (const MarkdownSegment &s : segments) {
        if (s.isCode())
            out << QStringLiteral("C%1.%2:%3").arg(s.block).arg(s.part).arg(MarkdownSegmenter::codeOf(text, s));
        else
            out << QStringLiteral("P:") + MarkdownSegmenter::proseOf(text, s);
    }
    return out;
}

QString longProse(int paragraphs)
{
    QString text;
    for (int i = 0; i < paragraphs; ++i)
        text += QStringLiteral("Paragraph %1 says something long enough to matter, with **bold** and `code`. ").arg(i).repeated(4)
            + QStringLiteral("\n\n");
    return text;
}

QString table(int rows)
{
    QString text = QStringLiteral("| name | value |\n|:-----|------:|\n");
    for (int i = 0; i < rows; ++i)
        text += QStringLiteral("| row %1 | %2 |\n").arg(i).arg(i * 7);
    return text;
}

} // namespace

class TstMarkdownSegmenter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codeBlocksArePiecesOfTheirOwn();
    void hardFencesAreCommonMark();
    void shortProseStaysOnePiece();
    void longProseIsCutAtBlankLines();
    void neverCutBeforeAListItemOrAnIndentedLine();
    void longCodeIsCutIntoPartsAndCopiedWhole();
    void fullPartsEndingAtTheFenceLeaveNoEmptyPart();
    void aHugeTableRepeatsItsHeader();
    void aHugeSingleLineIsCutInsideAndLosesNothing();
    void anOpenFenceRunsToTheEnd();
    void growingTextGivesTheSameCuts_data();
    void growingTextGivesTheSameCuts();
    void piecesCoverTheTextInOrder_data();
    void piecesCoverTheTextInOrder();
};

void TstMarkdownSegmenter::codeBlocksArePiecesOfTheirOwn()
{
    const QString text = QStringLiteral("Intro\n\n```python\nx = 1\n\ny = 2\n```\nAfter\n~~~\nz\n~~~\n");
    const QList<MarkdownSegment> segments = MarkdownSegmenter::split(text);
    QCOMPARE(describe(text, segments), (QStringList{QStringLiteral("P:Intro\n\n"), QStringLiteral("C0.0:x = 1\n\ny = 2"),
                                                     QStringLiteral("P:After\n"), QStringLiteral("C1.0:z")}));
    QCOMPARE(segments.at(1).language, QStringLiteral("python"));
    QVERIFY(segments.at(1).closed);
    QCOMPARE(MarkdownSegmenter::codeBlocks(text), (QStringList{QStringLiteral("x = 1\n\ny = 2"), QStringLiteral("z")}));
}

void TstMarkdownSegmenter::hardFencesAreCommonMark()
{
    // A ~~~ inside a ``` block, a ``` inside a four-backtick block, an indented fence whose
    // indent comes off its lines, and a line that only looks like a fence (inline code).
    const QString text = QStringLiteral("```\n~~~\nstill code\n```\n"
                                        "````md\n```js\nnested\n```\n````\n"
                                        "  ```\n    two more\n  back\n  ```\n"
                                        "``` not`a fence\n");
    QCOMPARE(MarkdownSegmenter::codeBlocks(text),
             (QStringList{QStringLiteral("~~~\nstill code"), QStringLiteral("```js\nnested\n```"),
                          QStringLiteral("  two more\nback")}));
    const QList<MarkdownSegment> segments = MarkdownSegmenter::split(text);
    QCOMPARE(segments.constLast().kind, Kind::Prose);
    QCOMPARE(MarkdownSegmenter::proseOf(text, segments.constLast()), QStringLiteral("``` not`a fence\n"));
}

void TstMarkdownSegmenter::shortProseStaysOnePiece()
{
    const QString text = QStringLiteral("# Title\n\nOne.\n\nTwo.\n\n- a\n- b\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
    QCOMPARE(MarkdownSegmenter::split(text).size(), 1);
}

void TstMarkdownSegmenter::longProseIsCutAtBlankLines()
{
    const QString text = longProse(40);
    const QList<MarkdownSegment> segments = MarkdownSegmenter::split(text);
    QVERIFY(segments.size() > 3);
    for (const MarkdownSegment &segment : segments) {
        QVERIFY(segment.end - segment.start <= MarkdownSegmenter::kMaxProseChars);
        // Each piece ends with its paragraph's blank line: no paragraph is split.
        QVERIFY(text.sliced(segment.start, segment.end - segment.start).endsWith(QStringLiteral("\n\n"))
                || segment.end == text.size());
    }
}

void TstMarkdownSegmenter::neverCutBeforeAListItemOrAnIndentedLine()
{
    QString text = longProse(6);
    for (int i = 1; i <= 60; ++i)
        text += QStringLiteral("%1. item %1 with words enough to be long, and then some more words\n\n    continued %1\n\n").arg(i);
    const QList<MarkdownSegment> segments = MarkdownSegmenter::split(text);
    QVERIFY(segments.size() > 2);
    for (qsizetype i = 1; i < segments.size(); ++i) {
        // Only a piece that reached the hard limit may be followed by a list item.
        const MarkdownSegment &before = segments.at(i - 1);
        if (before.end - before.start >= MarkdownSegmenter::kMaxProseChars - 200)
            continue;
        const QChar first = text.at(segments.at(i).start);
        QVERIFY2(!first.isSpace() && !first.isDigit(), qPrintable(text.mid(segments.at(i).start, 40)));
    }
}

void TstMarkdownSegmenter::longCodeIsCutIntoPartsAndCopiedWhole()
{
    QString code;
    for (int i = 0; i < 450; ++i)
        code += QStringLiteral("    line %1 of the program\n").arg(i);
    code.chop(1);
    const QString text = QStringLiteral("Look:\n\n  ```cpp\n") + code + QStringLiteral("\n  ```\nDone.\n");
    const QList<MarkdownSegment> segments = MarkdownSegmenter::split(text);
    int parts = 0;
    for (const MarkdownSegment &segment : segments) {
        if (!segment.isCode())
            continue;
        QCOMPARE(segment.block, 0);
        QCOMPARE(segment.part, parts++);
        QCOMPARE(segment.language, QStringLiteral("cpp"));
        QVERIFY(MarkdownSegmenter::codeOf(text, segment).count(u'\n') < MarkdownSegmenter::kMaxCodeLines);
    }
    // 450 lines in parts of at most kMaxCodeLines lines (or kMaxCodeChars characters).
    QCOMPARE(parts, (450 + MarkdownSegmenter::kMaxCodeLines - 1) / MarkdownSegmenter::kMaxCodeLines);
    // The fence's two spaces of indent come off; the code's own indent stays.
    QString expected = code;
    expected.replace(QStringLiteral("\n    "), QStringLiteral("\n  "));
    expected.remove(0, 2);
    QCOMPARE(MarkdownSegmenter::codeBlocks(text), QStringList{expected});
}

void TstMarkdownSegmenter::fullPartsEndingAtTheFenceLeaveNoEmptyPart()
{
    // A block of exactly two parts' worth of lines, and one whose line fills a part to the
    // last character: the closing fence follows a full part. It must close that part, not open
    // an empty one (which Copy code would turn into a trailing line break).
    QString lines;
    for (int i = 0; i < 2 * MarkdownSegmenter::kMaxCodeLines; ++i)
        lines += QStringLiteral("v%1 = %1\n").arg(i);
    lines.chop(1);
    const QString full = QStringLiteral("z").repeated(MarkdownSegmenter::kMaxCodeChars);
    for (const QString &code : {lines, full}) {
        const QString text = QStringLiteral("```js\n") + code + QStringLiteral("\n```\nafter\n");
        const QList<MarkdownSegment> segments = MarkdownSegmenter::split(text);
        for (const MarkdownSegment &segment : segments)
            QVERIFY2(!segment.isCode() || segment.contentEnd > segment.contentStart, qPrintable(describe(text, segments).join(u'|')));
        QCOMPARE(MarkdownSegmenter::codeBlocks(text), QStringList{code});
        QVERIFY(segments.constLast().start < segments.constLast().end);
        QCOMPARE(MarkdownSegmenter::proseOf(text, segments.constLast()), QStringLiteral("after\n"));
    }
}

void TstMarkdownSegmenter::aHugeTableRepeatsItsHeader()
{
    const QString text = QStringLiteral("Results:\n\n") + table(500) + QStringLiteral("\nThe end.\n");
    const QList<MarkdownSegment> segments = MarkdownSegmenter::split(text);
    QVERIFY(segments.size() >= 500 / MarkdownSegmenter::kMaxTableRows);
    int rows = 0;
    for (const MarkdownSegment &segment : segments) {
        const QString prose = MarkdownSegmenter::proseOf(text, segment);
        rows += int(prose.count(QStringLiteral("| row ")));
        if (segment.hasTableHeader())
            QVERIFY2(prose.startsWith(QStringLiteral("| name | value |\n|:-----|------:|\n| row ")),
                     qPrintable(prose.left(80)));
        QVERIFY(prose.count(QStringLiteral("| row ")) <= MarkdownSegmenter::kMaxTableRows);
    }
    QCOMPARE(rows, 500);
}

void TstMarkdownSegmenter::aHugeSingleLineIsCutInsideAndLosesNothing()
{
    const QString line = QStringLiteral("word 😀 ").repeated(20'000) + QStringLiteral("x").repeated(30'000);
    const QList<MarkdownSegment> segments = MarkdownSegmenter::split(line);
    QString joined;
    for (const MarkdownSegment &segment : segments) {
        QVERIFY(segment.end - segment.start <= MarkdownSegmenter::kMaxProseChars);
        QVERIFY(!line.at(segment.start).isLowSurrogate());
        joined += MarkdownSegmenter::proseOf(line, segment);
    }
    QCOMPARE(joined, line);
    // The same inside a code block: cut into parts, copied whole.
    const QString code = QStringLiteral("```\n") + line + QStringLiteral("\n```\n");
    QCOMPARE(MarkdownSegmenter::codeBlocks(code), QStringList{line});
}

void TstMarkdownSegmenter::anOpenFenceRunsToTheEnd()
{
    const QString text = QStringLiteral("Start\n```js\nlet a = 1;\n\nlet b");
    const QList<MarkdownSegment> segments = MarkdownSegmenter::split(text);
    QCOMPARE(segments.size(), 2);
    QVERIFY(!segments.constLast().closed);
    QCOMPARE(MarkdownSegmenter::codeOf(text, segments.constLast()), QStringLiteral("let a = 1;\n\nlet b"));
}

void TstMarkdownSegmenter::growingTextGivesTheSameCuts_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("mixed") << longProse(12) + QStringLiteral("```py\nprint(1)\n\n\nprint(2)\n```\n") + table(120)
            + QStringLiteral("\n~~~\n```\n~~~\n") + longProse(8);
    QString code;
    for (int i = 0; i < 700; ++i)
        code += QStringLiteral("x%1 = %1\n").arg(i);
    QTest::newRow("long code") << QStringLiteral("```\n") + code + QStringLiteral("```\nafter\n");
    QTest::newRow("one huge line") << QStringLiteral("abc def ").repeated(3'000);
    QTest::newRow("huge code line") << QStringLiteral("```\n") + QStringLiteral("y").repeated(20'000) + QStringLiteral("\n```\n");
    // The closing fence arrives when the part is one character short of full: while only "``"
    // of it has arrived, that must not be taken for a line too long for the part.
    QTest::newRow("fence at the limit") << QStringLiteral("```\n") + QStringLiteral("a").repeated(MarkdownSegmenter::kMaxCodeChars - 2)
            + QStringLiteral("\n```\nafter\n");
    QTest::newRow("crlf") << longProse(10).replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    QTest::newRow("lists") << QStringLiteral("- item with a long text that goes on and on and on\n\n  more\n").repeated(80);
}

void TstMarkdownSegmenter::growingTextGivesTheSameCuts()
{
    // A streaming reply is cut as it grows; the cuts must be the ones of the finished text.
    QFETCH(QString, text);
    const QList<MarkdownSegment> whole = MarkdownSegmenter::split(text);
    // Seed 0 grows one character at a time, so every half line is seen once.
    for (const int seed : {0, 1, 2, 3}) {
        QRandomGenerator random(seed);
        QList<MarkdownSegment> growing;
        qsizetype shown = 0;
        while (shown < text.size()) {
            shown = std::min<qsizetype>(text.size(), shown + 1 + (seed == 0 ? 0 : random.bounded(seed == 1 ? 3 : 400)));
            MarkdownSegmenter::extend(QStringView(text).left(shown), growing);
        }
        QCOMPARE(describe(text, growing), describe(text, whole));
        QCOMPARE(growing, whole);
    }
}

void TstMarkdownSegmenter::piecesCoverTheTextInOrder_data()
{
    growingTextGivesTheSameCuts_data();
}

void TstMarkdownSegmenter::piecesCoverTheTextInOrder()
{
    QFETCH(QString, text);
    const QList<MarkdownSegment> segments = MarkdownSegmenter::split(text);
    qsizetype at = 0;
    for (const MarkdownSegment &segment : segments) {
        QCOMPARE(segment.start, at);
        QVERIFY(segment.end > segment.start);
        at = segment.end;
    }
    QCOMPARE(at, text.size());
}

QTEST_GUILESS_MAIN(TstMarkdownSegmenter)
#include "tst_markdownsegmenter.moc"
