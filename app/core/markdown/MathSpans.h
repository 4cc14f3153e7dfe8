#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// LaTeX in a Markdown text: $…$, $$…$$, \(…\) and \[…\]. A Markdown renderer would take the
// backslashes as escapes and mangle the formula, so protect() swaps each formula for a marker
// the renderer passes through untouched, and the caller puts the formula back, verbatim and
// styled as math, after rendering. Code spans are never searched. "$5 and $10" is not math: an
// inline $ formula starts with a non-space, ends with a non-space and is not followed by a digit.
class MathSpans final
{
public:
    struct Span
    {
        QString tex;      // the formula without its delimiters
        bool display = false;
    };
    struct Protected
    {
        QString text;     // the input with each formula replaced by marker, index, marker
        QList<Span> spans;
        QChar marker;     // a private-use character that did not occur in the input
    };

    static Protected protect(QStringView markdown);
    // The index of the formula whose placeholder starts at `position` of `text`, and its length.
    static bool placeholderAt(QStringView text, qsizetype position, QChar marker, int *index, qsizetype *length);
};
