#pragma once

#include "markdown/MarkdownSegment.h"

#include <QList>
#include <QStringView>

// Cuts a Markdown text into pieces that can each be rendered on their own: every fenced code
// block is a piece (CommonMark fences, see CodeFence), and prose is cut at blank lines once a
// piece is long enough, where cutting does not change how the text reads (never inside a list
// item's continuation). Nothing unbounded survives: a code block is cut every kMaxCodeLines
// lines or kMaxCodeChars characters, a table every kMaxTableRows rows (the continuation repeats
// the header), and prose with no place to cut at kMaxProseChars, inside a line if it must.
//
// The pieces of a growing text are stable: appending text never moves a cut that was already
// made, so extend() re-cuts only from the start of the last piece. That is what keeps a
// streaming reply cheap however long it grows. Decisions are made on complete lines only.
class MarkdownSegmenter final
{
public:
    static constexpr qsizetype kSoftProseChars = 1'500;
    static constexpr qsizetype kMaxProseChars = 4'000;
    static constexpr int kMaxTableRows = 20;
    static constexpr int kMaxCodeLines = 50;
    static constexpr qsizetype kMaxCodeChars = 2'000;

    static QList<MarkdownSegment> split(QStringView text);
    // `segments` were cut from a prefix of `text`: cuts again from the last one's start.
    static void extend(QStringView text, QList<MarkdownSegment> &segments);

    // The code of a code piece, each line without the fence's indent, without the fence lines.
    static QString codeOf(QStringView text, const MarkdownSegment &segment);
    // The whole code block `block` (all of its pieces), as Copy code copies it.
    static QString codeBlock(QStringView text, const QList<MarkdownSegment> &segments, int block);
    // The Markdown a prose piece renders: its table header (if it continues one) and its text.
    static QString proseOf(QStringView text, const MarkdownSegment &segment);
    // The contents of every fenced code block of a text, in order.
    static QStringList codeBlocks(QStringView text);
};
