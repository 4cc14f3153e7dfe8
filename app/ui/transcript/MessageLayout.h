#pragma once

#include "domain/Message.h"
#include "markdown/MarkdownSegment.h"
#include "transcript/DocumentCache.h"
#include "transcript/MessageAction.h"
#include "transcript/TranscriptPosition.h"
#include "transcript/TranscriptStyle.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QStaticText>
#include <QString>
#include <QUrl>

#include <limits>

class QDeadlineTimer;
class QPainter;

// One message as the transcript shows it, at one width: its parts from top to bottom (header,
// reasoning toggle and text, the pieces of its text, footer with figures and buttons), each
// with a height that is measured once the part is laid out and estimated until then. Only
// parts that come into view are laid out, from documents kept in a DocumentCache, so a
// message of any length costs what is on screen. A streaming message is cut again only from
// its last piece (MarkdownSegmenter::extend).
class MessageLayout final
{
    Q_DECLARE_TR_FUNCTIONS(MessageLayout)

public:
    enum class PartKind { Header, ReasoningToggle, Reasoning, Prose, Code, Plain, Footer };
    struct Part
    {
        PartKind kind = PartKind::Header;
        int piece = -1; // Reasoning, Prose, Code, Plain: the piece of the text (or reasoning)
        qreal top = 0;
        qreal height = 0;
        bool measured = false;
    };
    struct Hit
    {
        enum class Kind { Nothing, Text, Link, Button, CopyCode, ReasoningToggle };
        Kind kind = Kind::Nothing;
        int part = -1;
        int offset = 0;          // Text: the character under the point
        QString link;            // Link
        MessageAction action = MessageAction::Copy; // Button
        int block = -1;          // CopyCode: the code block
    };
    // What the view wants drawn over the text: a selection, find matches, hover and feedback.
    struct Decoration
    {
        TranscriptPosition selectionStart;
        TranscriptPosition selectionEnd;
        QString findText;
        int currentFindPart = -1;      // the part holding the current match
        int currentFindOccurrence = -1; // which occurrence of the text in that part
        int hoveredButton = -1;        // index into buttons()
        int hoveredCopyBlock = -1;
        int copiedBlock = -1;           // shows "Copied" on this block's button
        bool highlighted = false;       // the reader was sent here
        bool focused = false;           // keyboard focus is on a button of this message
        int focusedButton = -1;
    };
    struct Button
    {
        MessageAction action = MessageAction::Copy;
        QString label;
        QRectF rect; // in message coordinates
    };

    // `style` is the view's, which outlives the layout; call invalidate() when it changes.
    MessageLayout(const Message &message, const TranscriptStyle &style);

    const Message &message() const { return m_message; }
    // The message changed: a longer text keeps its pieces but the last; another one starts over.
    void update(const Message &message);
    void setWidth(qreal width);
    // The style changed: every part is measured again (documents were built anew).
    void invalidate();
    void setActions(const MessageActions &actions);
    void setReasoningCollapsed(bool collapsed);
    bool isReasoningCollapsed() const { return m_reasoningCollapsed; }
    void setVersionLabel(const QString &label); // "2 / 3" between the version arrows, or empty

    qreal height() const;
    // Where the last update() changed the layout (message coordinates): parts above are as
    // they were, so only this and below need drawing again.
    qreal changedFrom() const { return m_changedFrom; }
    const QList<Part> &parts() const { return m_parts; }
    const QList<Button> &buttons() const { return m_buttons; }
    // Lays out the parts that overlap [from, to) (message coordinates), at most `maxParts` of
    // them (idle work goes a part at a time). True if a height changed.
    bool measure(qreal from, qreal to, DocumentCache &cache, int maxParts = std::numeric_limits<int>::max());
    // Whether every part overlapping [from, to) has its real height.
    bool isMeasured(qreal from, qreal to) const;
    // Whether those parts are also ready to draw: measured, their documents laid out in the
    // cache (measure() builds again what the cache let go).
    bool isReady(qreal from, qreal to, DocumentCache &cache) const;
    // The first part overlapping y (message coordinates), or -1.
    int partAt(qreal y) const;
    // Draws the parts that overlap `clip`. A part not measured yet, or whose document is gone
    // from the cache once `buildDeadline` has passed, is drawn as a placeholder, so a paint
    // never builds without bound. False when a placeholder was drawn.
    bool paint(QPainter &painter, const QRectF &clip, int row, const Decoration &decoration, DocumentCache &cache,
               const QDeadlineTimer &buildDeadline);
    Hit hitTest(const QPointF &point, DocumentCache &cache);
    // The part's document (built if need be), or nullptr for parts drawn without one.
    QTextDocument *document(int part, DocumentCache &cache);
    // The y of character `offset` of a part, for scrolling a match into view.
    qreal yOf(int part, int offset, DocumentCache &cache);
    // Plain text of a part's characters [from, to), as shown.
    QString textOf(int part, int from, int to, DocumentCache &cache);
    int textLength(int part, DocumentCache &cache);
    // The whole message as shown, header and footer included (for screen readers and tests).
    QString shownText(DocumentCache &cache);
    // Where the Copy button of code block `block` is (message coordinates), or an empty rect.
    QRectF copyCodeRect(int block) const;
    // The code block `block` of the text, as Copy copies it.
    QString codeBlock(int block) const;
    // The part whose source range holds character `offset` of the message text.
    int partForTextOffset(qsizetype offset) const;
    // How many matches of `text` the source of `part` holds before `offset`.
    int occurrencesBefore(int part, qsizetype offset, const QString &text) const;

    // The footer line: model, tokens (≈ when estimated), TTFT, total, speed, cost, state.
    static QString footerText(const Message &message);
    // A height for a message never laid out, from its length alone.
    static qreal estimate(const Message &message, qreal width, const TranscriptStyle &style);
    static QString headerText(const Message &message);
    static QString actionLabel(MessageAction action);

private:
    // Parts keep their heights but for pieces from these indexes on, which may have changed.
    // `sameShape`: header and reasoning parts are as they were, only body pieces changed.
    void rebuildParts(qsizetype firstChangedPiece, qsizetype firstChangedReasoning, bool sameShape);
    bool isBlankPiece(qsizetype piece) const;
    qreal estimatePart(const Part &part) const;
    void place();
    qreal inset() const;
    qreal partWidth() const;
    qreal documentWidth(const Part &part) const; // the width a part's document is laid out at
    // A code block cut into parts reads as one block: padding (and the header) above its first
    // part and below its last only, and no frame edge between them.
    bool continuesBelow(const Part &part) const;
    qreal codeSpaceAbove(const Part &part) const;
    qreal codeSpaceBelow(const Part &part) const;
    bool isCached(int part, DocumentCache &cache) const;
    bool needsLayout(int part, DocumentCache &cache) const; // not measured, or its document is gone
    DocumentCache::Key keyOf(int part) const;
    qsizetype revisionOf(const Part &part) const;
    const MarkdownSegment &segmentOf(const Part &part) const;
    std::unique_ptr<QTextDocument> build(const Part &part) const;
    void layOutFooter();
    // The actions and the version label are drawn in the last part: it is measured again.
    void remeasureFooter();
    QRectF copyButtonRect(const Part &part) const;
    bool paintPart(QPainter &painter, int index, const QRectF &clip, int row, const Decoration &decoration,
                   DocumentCache &cache, const QDeadlineTimer &buildDeadline);
    void paintPlaceholder(QPainter &painter, const Part &part) const;
    void paintHeader(QPainter &painter, const Part &part) const;
    void paintToggle(QPainter &painter, const Part &part) const;
    void paintCodeFrame(QPainter &painter, const Part &part, const Decoration &decoration) const;
    void paintButtons(QPainter &painter, const Part &part, const Decoration &decoration) const;
    void paintDocument(QPainter &painter, QTextDocument *document, const QPointF &origin, const QRectF &clip, int row,
                       int part, const Decoration &decoration) const;
    void paintQuoteBars(QPainter &painter, QTextDocument *document, const QPointF &origin) const;
    QPointF documentOrigin(const Part &part) const;
    // Documents are cached by message, generation and piece: a generation is never reused, so
    // a replaced text (or the same message laid out again later) never meets a stale document.
    static quint32 nextGeneration();

    const TranscriptStyle *m_style = nullptr;
    Message m_message;
    quint32 m_generation = 0;
    QList<MarkdownSegment> m_pieces;    // of the content
    QList<MarkdownSegment> m_reasoning; // of the reasoning
    QList<Part> m_parts;
    MessageActions m_actions;
    QList<Button> m_buttons;
    QString m_versionLabel;
    qreal m_width = 0;
    bool m_reasoningCollapsed = false;
    qreal m_footerTextHeight = 0; // the buttons' rows; the figures' text goes under them
    qreal m_footerHeight = 0;
    qreal m_changedFrom = 0;
    QStaticText m_footerText;
};
