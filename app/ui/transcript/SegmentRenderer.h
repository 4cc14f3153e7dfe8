#pragma once

#include "transcript/TranscriptStyle.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTextDocument;

// Builds the laid-out documents of the transcript's pieces. Prose is rendered from Markdown
// without HTML; an image becomes its alt text and target (never fetched or read: the
// documents are SafeTextDocuments); formulas come back verbatim in a math style; tables, block
// quotes and code get the transcript's look. Code blocks get syntax colours.
class SegmentRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(SegmentRenderer)

public:
    static std::unique_ptr<QTextDocument> prose(const QString &markdown, const TranscriptStyle &style);
    static std::unique_ptr<QTextDocument> code(const QString &code, const QString &language, const TranscriptStyle &style);
    // Text shown exactly as written (people's own messages, reasoning).
    static std::unique_ptr<QTextDocument> plain(const QString &text, const QFont &font, const QColor &colour,
                                                bool italic = false);

private:
    static void replaceImages(QTextDocument &document, const QString &markdown, const TranscriptStyle &style);
    static void restoreMath(QTextDocument &document, const QString &marker, const QStringList &tex,
                            const QList<bool> &display, const TranscriptStyle &style);
    static void styleBlocks(QTextDocument &document, const TranscriptStyle &style);
    static void styleTables(QTextDocument &document, const TranscriptStyle &style);
};
