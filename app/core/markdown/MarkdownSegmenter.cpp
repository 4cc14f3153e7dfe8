#include "markdown/MarkdownSegmenter.h"

#include "markdown/CodeFence.h"

#include <optional>

namespace {

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

// Whether a piece may begin with this line without changing how the text reads: an indented
// line continues a list item or is indented code, and a list item may belong to the list above
// (cutting there would restart its numbering).
bool canStartPiece(QStringView line)
{
    if (line.isEmpty() || line.front() == u' ' || line.front() == u'\t')
        return false;
    const QChar first = line.front();
    if ((first == u'-' || first == u'*' || first == u'+') && (line.size() == 1 || line.at(1) == u' ' || line.at(1) == u'\t'))
        return false;
    qsizetype digits = 0;
    while (digits < line.size() && digits < 9 && line.at(digits).isDigit())
        ++digits;
    return !(digits > 0 && digits < line.size() && (line.at(digits) == u'.' || line.at(digits) == u')'));
}

bool isTableRow(QStringView line)
{
    return line.contains(u'|');
}

// A GitHub table's delimiter row: cells of dashes with optional colons, between pipes.
bool isDelimiterRow(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    bool dash = false;
    for (const QChar c : trimmed) {
        if (c == u'-')
            dash = true;
        else if (c != u'|' && c != u':' && c != u' ' && c != u'\t')
            return false;
    }
    return dash && trimmed.contains(u'|');
}

// Where to cut a line that is too long for one piece: at a space shortly before `limit` if
// there is one, never between the two halves of a surrogate pair.
qsizetype cutInside(QStringView text, qsizetype from, qsizetype limit)
{
    for (qsizetype i = limit; i > std::max(from + 1, limit - 200); --i) {
        if (text.at(i - 1).isSpace())
            return i;
    }
    if (limit > from + 1 && text.at(limit - 1).isHighSurrogate())
        return limit - 1;
    return limit;
}

bool startsMidLine(QStringView text, qsizetype position)
{
    return position > 0 && text.at(position - 1) != u'\n';
}

class Cutter
{
public:
    Cutter(QStringView text, QList<MarkdownSegment> &out, int nextBlock)
        : m_text(text)
        , m_out(out)
        , m_nextBlock(nextBlock)
    {
    }

    void resume(const MarkdownSegment &piece)
    {
        m_piece = piece;
        if (piece.isCode()) {
            // The fence is read again from its opening line, the first line of the block's part 0.
            const qsizetype lineEnd = m_text.indexOf(u'\n', m_firstPartStart);
            m_fence = CodeFence::opening(
                m_text.sliced(m_firstPartStart, (lineEnd < 0 ? m_text.size() : lineEnd) - m_firstPartStart));
            m_piece.closed = false;
            m_piece.contentEnd = piece.contentStart;
            run(piece.contentStart);
        } else {
            if (piece.hasTableHeader()) {
                m_headerStart = piece.tableHeaderStart;
                m_headerEnd = piece.tableHeaderEnd;
            }
            run(piece.start);
        }
    }
    void setFirstPartStart(qsizetype start) { m_firstPartStart = start; }

private:
    void finish(qsizetype end)
    {
        m_piece.end = end;
        if (m_piece.end > m_piece.start)
            m_out.append(m_piece);
    }

    void startProse(qsizetype at, bool continuesTable)
    {
        m_piece = MarkdownSegment();
        m_piece.start = at;
        if (continuesTable && m_headerStart >= 0) {
            m_piece.tableHeaderStart = m_headerStart;
            m_piece.tableHeaderEnd = m_headerEnd;
        } else {
            m_headerStart = m_headerEnd = -1;
        }
        m_tableRows = 0;
        m_pendingCut = -1;
        m_previousWasRow = false;
    }

    void startCode(qsizetype at, qsizetype contentStart, int part, int block)
    {
        const QString language = m_piece.isCode() ? m_piece.language : m_fence->language();
        m_piece = MarkdownSegment();
        m_piece.kind = MarkdownSegment::Kind::Code;
        m_piece.start = at;
        m_piece.contentStart = contentStart;
        m_piece.contentEnd = contentStart;
        m_piece.language = language;
        m_piece.fenceIndent = m_fence->indent();
        m_piece.part = part;
        m_piece.block = block;
        m_codeLines = 0;
    }

    void run(qsizetype pos)
    {
        while (pos < m_text.size())
            pos = m_piece.isCode() ? codeLine(pos) : proseLine(pos);
        if (m_piece.isCode())
            m_piece.contentEnd = m_text.size();
        finish(m_text.size());
    }

    // One line (or the part of it that fits) of a code piece; returns where the next begins.
    qsizetype codeLine(qsizetype pos)
    {
        const qsizetype newline = m_text.indexOf(u'\n', pos);
        const bool complete = newline >= 0;
        const qsizetype lineEnd = complete ? newline : m_text.size();
        const qsizetype next = complete ? newline + 1 : m_text.size();
        const QStringView line = m_text.sliced(pos, lineEnd - pos);
        const bool midLine = startsMidLine(m_text, pos);
        if (!midLine && complete && m_fence->isClosedBy(line)) {
            m_piece.contentEnd = pos;
            m_piece.closed = true;
            finish(next);
            startProse(next, false);
            return next;
        }
        // Half a line that may yet close the block decides nothing: a cut before it would be
        // one the finished text does not make, and would leave an empty part behind the fence.
        // (A closing line is a few characters; the bound keeps a line of a million backticks
        // from growing one piece without end.)
        if (!midLine && !complete && line.size() <= MarkdownSegmenter::kMaxCodeChars && m_fence->mayBeClosedBy(line))
            return next;
        // A full piece ends before its next line, which is known here not to close the block,
        // so no part is ever empty.
        const qsizetype used = pos - m_piece.contentStart;
        if (!midLine && used > 0
            && (m_codeLines >= MarkdownSegmenter::kMaxCodeLines || used >= MarkdownSegmenter::kMaxCodeChars)) {
            return cutCode(pos);
        }
        // Too long for this piece: the next piece starts with this line, or inside it when the
        // line alone is too long.
        if (used + line.size() > MarkdownSegmenter::kMaxCodeChars) {
            return cutCode(used > 0 && !midLine ? pos
                                                : cutInside(m_text, pos, pos + MarkdownSegmenter::kMaxCodeChars - used));
        }
        ++m_codeLines;
        return next;
    }

    qsizetype cutCode(qsizetype cut)
    {
        m_piece.contentEnd = cut;
        finish(cut);
        startCode(cut, cut, m_piece.part + 1, m_piece.block);
        return cut;
    }

    // One line (or the part of it that fits) of a prose piece; returns where the next begins.
    qsizetype proseLine(qsizetype pos)
    {
        const qsizetype newline = m_text.indexOf(u'\n', pos);
        const bool complete = newline >= 0;
        const qsizetype lineEnd = complete ? newline : m_text.size();
        const qsizetype next = complete ? newline + 1 : m_text.size();
        const QStringView line = m_text.sliced(pos, lineEnd - pos);
        const bool midLine = startsMidLine(m_text, pos);

        // Too long however it is cut: before this line, or inside it when it alone is too long.
        if (lineEnd - m_piece.start > MarkdownSegmenter::kMaxProseChars) {
            if (pos > m_piece.start && !midLine) {
                finish(pos);
                startProse(pos, m_headerStart >= 0 && isTableRow(line));
                return pos;
            }
            const qsizetype cut = cutInside(m_text, pos, m_piece.start + MarkdownSegmenter::kMaxProseChars);
            finish(cut);
            startProse(cut, false);
            return cut;
        }
        if (!complete)
            return next; // the open end of a growing text: nothing is decided on half a line

        if (!midLine) {
            if (const std::optional<CodeFence> fence = CodeFence::opening(line)) {
                finish(pos);
                m_fence = fence;
                startCode(pos, next, 0, m_nextBlock++);
                return next;
            }
        }
        const bool blank = isBlank(line);
        if (m_pendingCut >= 0 && !blank) {
            const qsizetype cut = m_pendingCut;
            m_pendingCut = -1;
            if (canStartPiece(line)) {
                finish(cut);
                startProse(cut, false);
            }
        }
        if (blank) {
            m_headerStart = m_headerEnd = -1;
            m_previousWasRow = false;
            if (next - m_piece.start >= MarkdownSegmenter::kSoftProseChars)
                m_pendingCut = next;
            return next;
        }
        const bool row = isTableRow(line);
        if (m_headerStart < 0 && m_previousWasRow && isDelimiterRow(line)) {
            m_headerStart = m_previousLineStart;
            m_headerEnd = next;
            m_tableRows = 0;
        } else if (m_headerStart >= 0 && row) {
            // Cut before the row past the limit, so a continuation always begins with a row.
            if (m_tableRows == MarkdownSegmenter::kMaxTableRows) {
                finish(pos);
                startProse(pos, true);
                return pos;
            }
            ++m_tableRows;
        } else if (!row) {
            m_headerStart = m_headerEnd = -1;
        }
        m_previousWasRow = row;
        m_previousLineStart = pos;
        return next;
    }

    QStringView m_text;
    QList<MarkdownSegment> &m_out;
    int m_nextBlock = 0;
    MarkdownSegment m_piece;
    std::optional<CodeFence> m_fence;
    qsizetype m_firstPartStart = 0;
    qsizetype m_pendingCut = -1;
    qsizetype m_headerStart = -1;
    qsizetype m_headerEnd = -1;
    qsizetype m_previousLineStart = 0;
    bool m_previousWasRow = false;
    int m_tableRows = 0;
    int m_codeLines = 0;
};

} // namespace

QList<MarkdownSegment> MarkdownSegmenter::split(QStringView text)
{
    QList<MarkdownSegment> segments;
    extend(text, segments);
    return segments;
}

void MarkdownSegmenter::extend(QStringView text, QList<MarkdownSegment> &segments)
{
    MarkdownSegment last;
    if (!segments.isEmpty())
        last = segments.takeLast();
    int nextBlock = 0;
    for (qsizetype i = segments.size() - 1; i >= 0; --i) {
        if (segments.at(i).isCode()) {
            nextBlock = segments.at(i).block + 1;
            break;
        }
    }
    if (last.isCode() && last.part == 0)
        nextBlock = last.block + 1;
    Cutter cutter(text, segments, nextBlock);
    if (last.isCode()) {
        // Part 0 of the block opened the fence; its first line is the fence.
        qsizetype first = last.start;
        for (qsizetype i = segments.size() - 1; i >= 0 && segments.at(i).isCode() && segments.at(i).block == last.block; --i)
            first = segments.at(i).start;
        cutter.setFirstPartStart(first);
    }
    cutter.resume(last);
}

QString MarkdownSegmenter::codeOf(QStringView text, const MarkdownSegment &segment)
{
    QString code;
    const QStringView content = text.sliced(segment.contentStart, segment.contentEnd - segment.contentStart);
    bool lineStart = !startsMidLine(text, segment.contentStart);
    qsizetype from = 0;
    while (from < content.size()) {
        qsizetype newline = content.indexOf(u'\n', from);
        const bool complete = newline >= 0;
        if (!complete)
            newline = content.size();
        QStringView line = content.sliced(from, newline - from);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (lineStart) {
            qsizetype spaces = 0;
            while (spaces < line.size() && spaces < segment.fenceIndent && line.at(spaces) == u' ')
                ++spaces;
            line = line.mid(spaces);
        }
        code += line;
        if (complete)
            code += u'\n';
        lineStart = true;
        from = newline + 1;
    }
    if (code.endsWith(u'\n'))
        code.chop(1);
    return code;
}

QString MarkdownSegmenter::codeBlock(QStringView text, const QList<MarkdownSegment> &segments, int block)
{
    QString code;
    bool first = true;
    for (const MarkdownSegment &segment : segments) {
        if (!segment.isCode() || segment.block != block)
            continue;
        if (!first && !startsMidLine(text, segment.contentStart))
            code += u'\n';
        code += codeOf(text, segment);
        first = false;
    }
    return code;
}

QString MarkdownSegmenter::proseOf(QStringView text, const MarkdownSegment &segment)
{
    const QStringView body = text.sliced(segment.start, segment.end - segment.start);
    if (!segment.hasTableHeader())
        return body.toString();
    return text.sliced(segment.tableHeaderStart, segment.tableHeaderEnd - segment.tableHeaderStart) + body;
}

QStringList MarkdownSegmenter::codeBlocks(QStringView text)
{
    const QList<MarkdownSegment> segments = split(text);
    QStringList blocks;
    for (const MarkdownSegment &segment : segments) {
        if (segment.isCode() && segment.part == 0)
            blocks << codeBlock(text, segments, segment.block);
    }
    return blocks;
}
