#include "markdown/MathSpans.h"

namespace {

QChar unusedMarker(QStringView text)
{
    for (char16_t candidate = 0xE000; candidate < 0xF8FF; ++candidate) {
        if (!text.contains(QChar(candidate)))
            return QChar(candidate);
    }
    return QChar(0xF8FF);
}

qsizetype backtickRun(QStringView text, qsizetype at)
{
    qsizetype run = 0;
    while (at + run < text.size() && text.at(at + run) == u'`')
        ++run;
    return run;
}

// The end of the code span whose opening run of `run` backticks ends at `from`, or -1.
qsizetype codeSpanEnd(QStringView text, qsizetype from, qsizetype run)
{
    qsizetype at = from;
    while (at < text.size()) {
        const qsizetype found = text.indexOf(u'`', at);
        if (found < 0)
            return -1;
        const qsizetype length = backtickRun(text, found);
        if (length == run)
            return found + length;
        at = found + length;
    }
    return -1;
}

bool escaped(QStringView text, qsizetype at)
{
    qsizetype backslashes = 0;
    while (at - backslashes - 1 >= 0 && text.at(at - backslashes - 1) == u'\\')
        ++backslashes;
    return backslashes % 2 == 1;
}

// The end (one past the closing delimiter) of a formula opened at `at`, with its delimiters.
struct Found
{
    qsizetype end = -1;
    qsizetype texStart = 0;
    qsizetype texEnd = 0;
    bool display = false;
};

Found findClosing(QStringView text, qsizetype at)
{
    Found found;
    const auto closing = [&](QStringView close, qsizetype from, bool display, bool singleLine) {
        for (qsizetype i = from; i + close.size() <= text.size(); ++i) {
            if (singleLine && text.at(i) == u'\n')
                return;
            if (text.sliced(i, close.size()) == close && !escaped(text, i)) {
                if (i == from)
                    return; // empty
                found = {i + close.size(), from, i, display};
                return;
            }
        }
    };
    if (text.sliced(at).startsWith(u"$$")) {
        closing(u"$$", at + 2, true, false);
    } else if (text.sliced(at).startsWith(u"\\[")) {
        closing(u"\\]", at + 2, true, false);
    } else if (text.sliced(at).startsWith(u"\\(")) {
        closing(u"\\)", at + 2, false, true);
    } else if (text.at(at) == u'$') {
        if (at + 1 >= text.size() || text.at(at + 1).isSpace())
            return found;
        for (qsizetype i = at + 1; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == u'\n')
                break;
            if (c != u'$' || escaped(text, i))
                continue;
            if (text.at(i - 1).isSpace() || (i + 1 < text.size() && text.at(i + 1).isDigit()))
                continue;
            found = {i + 1, at + 1, i, false};
            break;
        }
    }
    return found;
}

} // namespace

MathSpans::Protected MathSpans::protect(QStringView markdown)
{
    Protected result;
    result.marker = unusedMarker(markdown);
    result.text.reserve(markdown.size());
    qsizetype copied = 0;
    qsizetype at = 0;
    while (at < markdown.size()) {
        const QChar c = markdown.at(at);
        if (c == u'`') {
            const qsizetype run = backtickRun(markdown, at);
            const qsizetype end = codeSpanEnd(markdown, at + run, run);
            at = end < 0 ? at + run : end;
            continue;
        }
        const bool opensBackslash = c == u'\\' && at + 1 < markdown.size()
            && (markdown.at(at + 1) == u'(' || markdown.at(at + 1) == u'[') && !escaped(markdown, at);
        if ((c == u'$' && !escaped(markdown, at)) || opensBackslash) {
            const Found found = findClosing(markdown, at);
            if (found.end > 0) {
                result.text += markdown.sliced(copied, at - copied);
                result.text += result.marker + QString::number(result.spans.size()) + result.marker;
                result.spans.append({markdown.sliced(found.texStart, found.texEnd - found.texStart).toString(), found.display});
                at = copied = found.end;
                continue;
            }
        }
        ++at;
    }
    result.text += markdown.sliced(copied);
    return result;
}

bool MathSpans::placeholderAt(QStringView text, qsizetype position, QChar marker, int *index, qsizetype *length)
{
    if (position >= text.size() || text.at(position) != marker)
        return false;
    const qsizetype close = text.indexOf(marker, position + 1);
    if (close < 0)
        return false;
    bool ok = false;
    const int value = text.sliced(position + 1, close - position - 1).toInt(&ok);
    if (!ok)
        return false;
    *index = value;
    *length = close - position + 1;
    return true;
}
