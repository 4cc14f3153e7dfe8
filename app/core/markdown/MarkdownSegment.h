#pragma once

#include <QString>

// One piece of a Markdown text that is laid out on its own: a run of prose blocks, or (part
// of) a fenced code block. Ranges are character offsets into the source text.
struct MarkdownSegment
{
    enum class Kind { Prose, Code };

    Kind kind = Kind::Prose;
    qsizetype start = 0; // first character of the piece in the source
    qsizetype end = 0;   // one past its last character (line breaks included)

    // Prose that continues a table split for size: the table's header and delimiter rows, to
    // put before the piece so it renders as a table. Empty otherwise.
    qsizetype tableHeaderStart = 0;
    qsizetype tableHeaderEnd = 0;

    // Code: the language of the fence, where the code itself lies (between the fence lines), the
    // fence's indent (taken off each line), and whether the closing fence has arrived.
    QString language;
    qsizetype contentStart = 0;
    qsizetype contentEnd = 0;
    int fenceIndent = 0;
    bool closed = false;
    // A code block too long for one piece continues in the next ones: part 0 carries the
    // header (language, Copy); `block` numbers the code blocks of the text from 0.
    int part = 0;
    int block = -1;

    bool isCode() const { return kind == Kind::Code; }
    bool hasTableHeader() const { return tableHeaderEnd > tableHeaderStart; }
    friend bool operator==(const MarkdownSegment &, const MarkdownSegment &) = default;
};
