#include "transcript/SegmentRenderer.h"

#include "markdown/MathSpans.h"
#include "transcript/CodeHighlighter.h"
#include "transcript/SafeTextDocument.h"

#include <QHash>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextTable>

namespace {

constexpr QChar kNoAlt = QChar(0x200B);

const auto kMarkdownFeatures =
    QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML);

std::unique_ptr<QTextDocument> emptyDocument(const QFont &font)
{
    auto document = std::make_unique<SafeTextDocument>();
    document->setDocumentMargin(0);
    document->setDefaultFont(font);
    document->setUndoRedoEnabled(false);
    QTextOption option = document->defaultTextOption();
    // Nothing scrolls the page sideways: a long word or line wraps inside its piece.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document->setDefaultTextOption(option);
    return document;
}

// Alt texts by image target, from the Markdown source: Qt's importer keeps only the target.
QHash<QString, QString> altTexts(const QString &markdown)
{
    static const QRegularExpression image(QStringLiteral(R"(!\[([^\]\n]*)\]\(\s*<?([^)\s>]+)>?)"));
    QHash<QString, QString> alts;
    for (QRegularExpressionMatchIterator it = image.globalMatch(markdown); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        alts.insert(match.captured(2), match.captured(1).remove(kNoAlt).trimmed());
    }
    return alts;
}

// Qt's importer drops an image without alt text altogether; give each one an invisible alt,
// so it shows as a link to its target like any other. Code spans are left as they are.
QString withAltForEveryImage(const QString &markdown)
{
    if (!markdown.contains(QStringLiteral("![](")))
        return markdown;
    QString out;
    out.reserve(markdown.size() + 16);
    qsizetype at = 0;
    while (at < markdown.size()) {
        if (markdown.at(at) == u'`') {
            qsizetype run = 0;
            while (at + run < markdown.size() && markdown.at(at + run) == u'`')
                ++run;
            const qsizetype close = markdown.indexOf(QString(run, u'`'), at + run);
            const qsizetype end = close < 0 ? at + run : close + run;
            out += QStringView(markdown).sliced(at, end - at);
            at = end;
            continue;
        }
        if (QStringView(markdown).sliced(at).startsWith(u"![](")) {
            out += QStringLiteral("![") + kNoAlt + QStringLiteral("](");
            at += 4;
            continue;
        }
        out += markdown.at(at++);
    }
    return out;
}

// Character ranges [start, end) of a document whose format satisfies `wanted`, merged when
// adjacent and equal in `sameRun`.
template<typename Wanted>
QList<QPair<int, int>> fragmentRanges(const QTextDocument &document, Wanted wanted)
{
    QList<QPair<int, int>> ranges;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!wanted(fragment))
                continue;
            if (!ranges.isEmpty() && ranges.constLast().second == fragment.position())
                ranges.last().second = fragment.position() + fragment.length();
            else
                ranges.append({fragment.position(), fragment.position() + fragment.length()});
        }
    }
    return ranges;
}

} // namespace

std::unique_ptr<QTextDocument> SegmentRenderer::prose(const QString &markdown, const TranscriptStyle &style)
{
    const MathSpans::Protected math = MathSpans::protect(withAltForEveryImage(markdown));
    std::unique_ptr<QTextDocument> document = emptyDocument(style.body);
    document->setMarkdown(math.text, kMarkdownFeatures);
    replaceImages(*document, math.text, style);
    if (!math.spans.isEmpty()) {
        QStringList tex;
        QList<bool> display;
        for (const MathSpans::Span &span : math.spans) {
            tex << span.tex;
            display << span.display;
        }
        restoreMath(*document, QString(math.marker), tex, display, style);
    }
    styleBlocks(*document, style);
    styleTables(*document, style);
    return document;
}

std::unique_ptr<QTextDocument> SegmentRenderer::code(const QString &code, const QString &language,
                                                     const TranscriptStyle &style)
{
    std::unique_ptr<QTextDocument> document = emptyDocument(style.mono);
    document->setPlainText(code);
    if (const CodeLanguage *known = CodeLanguage::find(language)) {
        auto *highlighter = new CodeHighlighter(*known, style.dark, document.get());
        highlighter->rehighlight();
    }
    return document;
}

std::unique_ptr<QTextDocument> SegmentRenderer::plain(const QString &text, const QFont &font, const QColor &colour,
                                                      bool italic)
{
    std::unique_ptr<QTextDocument> document = emptyDocument(font);
    QTextCursor cursor(document.get());
    QTextCharFormat format;
    format.setForeground(colour);
    if (italic)
        format.setFontItalic(true);
    cursor.insertText(text, format);
    return document;
}

void SegmentRenderer::replaceImages(QTextDocument &document, const QString &markdown, const TranscriptStyle &style)
{
    QList<QPair<int, QString>> images; // position and target of each image, merged when adjacent
    QList<QPair<int, int>> ranges;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            const QString name = fragment.charFormat().toImageFormat().name();
            if (!ranges.isEmpty() && ranges.constLast().second == fragment.position() && images.constLast().second == name) {
                ranges.last().second += fragment.length();
                continue;
            }
            ranges.append({fragment.position(), fragment.position() + fragment.length()});
            images.append({fragment.position(), name});
        }
    }
    if (images.isEmpty())
        return;
    const QHash<QString, QString> alts = altTexts(markdown);
    for (qsizetype i = images.size() - 1; i >= 0; --i) {
        const QString &target = images.at(i).second;
        const QString alt = alts.value(target);
        QTextCharFormat link;
        link.setForeground(style.link);
        link.setFontUnderline(true);
        link.setAnchor(true);
        link.setAnchorHref(target);
        link.setToolTip(target);
        QTextCursor cursor(&document);
        cursor.setPosition(ranges.at(i).first);
        cursor.setPosition(ranges.at(i).second, QTextCursor::KeepAnchor);
        cursor.insertText(alt.isEmpty() ? tr("[image: %1]").arg(target) : tr("[image: %1]").arg(alt), link);
    }
}

void SegmentRenderer::restoreMath(QTextDocument &document, const QString &marker, const QStringList &tex,
                                  const QList<bool> &display, const TranscriptStyle &style)
{
    QTextCharFormat format;
    format.setFont(style.math);
    format.setForeground(style.mathText);
    format.setBackground(style.mathBackground);
    QTextCursor found = document.find(marker);
    while (!found.isNull()) {
        const QTextBlock block = found.block();
        const int inBlock = found.selectionStart() - block.position();
        int index = -1;
        qsizetype length = 0;
        if (!MathSpans::placeholderAt(block.text(), inBlock, marker.at(0), &index, &length) || index >= tex.size()) {
            found = document.find(marker, found.selectionEnd());
            continue;
        }
        QTextCursor cursor(&document);
        cursor.setPosition(found.selectionStart());
        cursor.setPosition(found.selectionStart() + int(length), QTextCursor::KeepAnchor);
        const bool alone = block.text().trimmed().size() == length;
        cursor.insertText(tex.at(index).trimmed(), format);
        if (display.at(index) && alone) {
            QTextBlockFormat centred = cursor.blockFormat();
            centred.setAlignment(Qt::AlignHCenter);
            cursor.setBlockFormat(centred);
        }
        found = document.find(marker, cursor.position());
    }
}

void SegmentRenderer::styleBlocks(QTextDocument &document, const TranscriptStyle &style)
{
    QTextCursor cursor(&document);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        const bool code = format.hasProperty(QTextFormat::BlockCodeFence) || format.nonBreakableLines();
        const int quote = format.intProperty(QTextFormat::BlockQuoteLevel);
        if (!code && quote == 0)
            continue;
        if (code) {
            // Code inside a list or quote: shaded, and wrapped rather than wider than the page.
            format.setBackground(style.codeBackground);
            format.setNonBreakableLines(false);
        }
        if (quote > 0)
            format.setLeftMargin(14.0 * quote);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
    }
    // Inline code spans get a shade; links the transcript's link colour.
    const QList<QPair<int, int>> inlineCode = fragmentRanges(document, [](const QTextFragment &fragment) {
        return fragment.charFormat().fontFixedPitch() && !fragment.charFormat().hasProperty(QTextFormat::BackgroundBrush);
    });
    QTextCharFormat shade;
    shade.setBackground(style.inlineCode);
    for (const auto &[start, end] : inlineCode) {
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        if (!cursor.block().blockFormat().hasProperty(QTextFormat::BackgroundBrush))
            cursor.mergeCharFormat(shade);
    }
    const QList<QPair<int, int>> links = fragmentRanges(document, [](const QTextFragment &fragment) {
        return fragment.charFormat().isAnchor();
    });
    QTextCharFormat link;
    link.setForeground(style.link);
    for (const auto &[start, end] : links) {
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(link);
    }
}

void SegmentRenderer::styleTables(QTextDocument &document, const TranscriptStyle &style)
{
    // No cell borders: Qt draws collapsed borders five times slower than the whole table's text
    // (7 ms for 20 rows), so the header and every other row are told apart by shading.
    const QList<QTextFrame *> frames = document.rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        QTextTableFormat format = table->format();
        format.setBorder(0);
        format.setCellSpacing(0);
        format.setCellPadding(5);
        format.setTopMargin(4);
        format.setBottomMargin(4);
        table->setFormat(format);
        for (int row = 0; row < table->rows(); ++row) {
            if (row != 0 && row % 2 == 1)
                continue;
            for (int column = 0; column < table->columns(); ++column) {
                QTextTableCell cell = table->cellAt(row, column);
                QTextTableCellFormat shaded = cell.format().toTableCellFormat();
                shaded.setBackground(row == 0 ? style.tableHeader : style.tableStripe);
                cell.setFormat(shaded);
            }
        }
    }
}
