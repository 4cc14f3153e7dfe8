#include "markdown/CodeFence.h"

namespace {

int leadingSpaces(QStringView line)
{
    int spaces = 0;
    while (spaces < line.size() && line.at(spaces) == u' ')
        ++spaces;
    return spaces;
}

int runOf(QStringView text, QChar c)
{
    int run = 0;
    while (run < text.size() && text.at(run) == c)
        ++run;
    return run;
}

QStringView withoutCarriageReturn(QStringView line)
{
    return line.endsWith(u'\r') ? line.chopped(1) : line;
}

} // namespace

std::optional<CodeFence> CodeFence::opening(QStringView line)
{
    line = withoutCarriageReturn(line);
    const int indent = leadingSpaces(line);
    if (indent > 3 || indent == line.size())
        return std::nullopt;
    const QStringView rest = line.mid(indent);
    const QChar c = rest.front();
    if (c != u'`' && c != u'~')
        return std::nullopt;
    const int run = runOf(rest, c);
    if (run < 3)
        return std::nullopt;
    const QStringView info = rest.mid(run).trimmed();
    // A backtick in a backtick fence's info string makes the line inline code, not a fence.
    if (c == u'`' && info.contains(u'`'))
        return std::nullopt;
    CodeFence fence;
    fence.m_char = c;
    fence.m_length = run;
    fence.m_indent = indent;
    qsizetype word = 0;
    while (word < info.size() && !info.at(word).isSpace() && info.at(word) != u'{')
        ++word;
    fence.m_language = info.left(word).toString();
    return fence;
}

bool CodeFence::isClosedBy(QStringView line) const
{
    line = withoutCarriageReturn(line);
    const int indent = leadingSpaces(line);
    if (indent > 3)
        return false;
    const QStringView rest = line.mid(indent);
    const int run = runOf(rest, m_char);
    return run >= m_length && rest.mid(run).trimmed().isEmpty();
}

bool CodeFence::mayBeClosedBy(QStringView start) const
{
    if (isClosedBy(start))
        return true;
    // Indent and fence characters only, the run maybe still short: more of them may follow.
    start = withoutCarriageReturn(start);
    const int indent = leadingSpaces(start);
    return indent <= 3 && runOf(start.mid(indent), m_char) == start.size() - indent;
}

QStringView CodeFence::contentOf(QStringView line) const
{
    line = withoutCarriageReturn(line);
    return line.mid(std::min(leadingSpaces(line), m_indent));
}

QString CodeFence::openCloserAtEnd(QStringView text)
{
    std::optional<CodeFence> open;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const QStringView line = text.sliced(start, end - start);
        if (!open)
            open = opening(line);
        else if (open->isClosedBy(line))
            open.reset();
        start = end + 1;
    }
    return open ? open->closer() : QString();
}
