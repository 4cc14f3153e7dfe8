#include "transcript/MessageLayout.h"

#include "markdown/MarkdownSegmenter.h"
#include "transcript/CodeLanguage.h"
#include "transcript/SegmentRenderer.h"
#include "transcript/TranscriptSearch.h"

#include <QAbstractTextDocumentLayout>
#include <QDeadlineTimer>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextLayout>

namespace {

constexpr int kKindShift = 24;

QString duration(qint64 ms)
{
    const QLocale locale;
    if (ms < 1000)
        return MessageLayout::tr("%1 ms").arg(locale.toString(ms));
    return MessageLayout::tr("%1 s").arg(locale.toString(ms / 1000.0, 'f', 1));
}

bool isBodyText(MessageLayout::PartKind kind)
{
    return kind == MessageLayout::PartKind::Prose || kind == MessageLayout::PartKind::Code
        || kind == MessageLayout::PartKind::Plain;
}

bool hasDocument(MessageLayout::PartKind kind)
{
    return isBodyText(kind) || kind == MessageLayout::PartKind::Reasoning;
}

// How many lines a text wraps to at `charsPerLine`, counted per source line.
qreal wrappedLines(QStringView text, qreal charsPerLine)
{
    qreal lines = 0;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const qsizetype length = end - start;
        lines += length == 0 ? 0.5 : std::ceil(qreal(length) / std::max<qreal>(charsPerLine, 8));
        start = end + 1;
    }
    return std::max<qreal>(lines, 1);
}

} // namespace

quint32 MessageLayout::nextGeneration()
{
    static quint32 counter = 0;
    return ++counter;
}

MessageLayout::MessageLayout(const Message &message, const TranscriptStyle &style)
    : m_style(&style)
    , m_message(message)
    , m_generation(nextGeneration())
    , m_reasoningCollapsed(!message.content.isEmpty())
{
    m_pieces = MarkdownSegmenter::split(m_message.content);
    m_reasoning = MarkdownSegmenter::split(m_message.reasoning);
    rebuildParts(0, 0, false);
}

void MessageLayout::update(const Message &message)
{
    // Pieces before the last are final as long as the text before them is unchanged.
    const auto grew = [](const QString &before, const QString &after, const QList<MarkdownSegment> &pieces) {
        const qsizetype stable = pieces.isEmpty() ? 0 : pieces.constLast().start;
        return after.size() >= before.size() && QStringView(after).left(stable) == QStringView(before).left(stable);
    };
    const bool contentGrew = grew(m_message.content, message.content, m_pieces);
    const bool reasoningGrew = grew(m_message.reasoning, message.reasoning, m_reasoning);
    const bool answerStarted = m_message.content.isEmpty() && !message.content.isEmpty();
    const qsizetype reasoningBefore = m_message.reasoning.size();
    m_message = message;
    // The piece that was last may have grown; the ones before it are as they were.
    qsizetype firstChanged = std::max<qsizetype>(0, m_pieces.size() - 1);
    qsizetype firstChangedReasoning = std::max<qsizetype>(0, m_reasoning.size() - 1);
    if (!contentGrew || !reasoningGrew) {
        m_generation = nextGeneration();
        m_pieces = MarkdownSegmenter::split(m_message.content);
        m_reasoning = MarkdownSegmenter::split(m_message.reasoning);
        firstChanged = firstChangedReasoning = 0;
    } else {
        MarkdownSegmenter::extend(m_message.content, m_pieces);
        MarkdownSegmenter::extend(m_message.reasoning, m_reasoning);
    }
    if (answerStarted)
        m_reasoningCollapsed = true; // reasoning folds once the answer begins
    const bool reasoningAsBefore = reasoningGrew && m_message.reasoning.size() == reasoningBefore;
    rebuildParts(firstChanged, firstChangedReasoning, contentGrew && reasoningAsBefore && !(answerStarted && !m_message.reasoning.isEmpty()));
}

void MessageLayout::setWidth(qreal width)
{
    if (qFuzzyCompare(width, m_width))
        return;
    m_width = width;
    invalidate(); // estimates follow the new width until the parts are measured again
}

void MessageLayout::invalidate()
{
    for (Part &part : m_parts) {
        part.measured = false;
        part.height = -1;
    }
    place();
}

void MessageLayout::setActions(const MessageActions &actions)
{
    if (actions == m_actions)
        return;
    m_actions = actions;
    remeasureFooter();
}

void MessageLayout::setVersionLabel(const QString &label)
{
    if (label == m_versionLabel)
        return;
    m_versionLabel = label;
    remeasureFooter();
}

void MessageLayout::remeasureFooter()
{
    if (!m_parts.isEmpty())
        m_parts.last().measured = false;
}

void MessageLayout::setReasoningCollapsed(bool collapsed)
{
    if (collapsed == m_reasoningCollapsed)
        return;
    m_reasoningCollapsed = collapsed;
    rebuildParts(m_pieces.size(), m_reasoning.size(), false);
}

bool MessageLayout::isBlankPiece(qsizetype piece) const
{
    // The blank lines between two code blocks are a piece of prose with nothing to show.
    const MarkdownSegment &segment = m_pieces.at(piece);
    return !segment.isCode() && QStringView(m_message.content).sliced(segment.start, segment.end - segment.start).trimmed().isEmpty();
}

void MessageLayout::rebuildParts(qsizetype firstChangedPiece, qsizetype firstChangedReasoning, bool sameShape)
{
    const bool markdown = m_message.role == Message::Role::Assistant;
    const auto bodyKind = [&](qsizetype piece) {
        return !markdown ? PartKind::Plain : m_pieces.at(piece).isCode() ? PartKind::Code : PartKind::Prose;
    };
    const qsizetype firstBody = 1 + (m_message.reasoning.isEmpty() ? 0 : 1 + (m_reasoningCollapsed ? 0 : m_reasoning.size()));
    if (sameShape && m_parts.size() > firstBody) {
        // While a reply streams only the end of its text changes: the parts before it stay as
        // they are (a long reply has thousands), the rest is made again.
        qsizetype keep = firstBody;
        while (keep < m_parts.size() - 1 && m_parts.at(keep).piece < firstChangedPiece
               && m_parts.at(keep).piece < m_pieces.size() && m_parts.at(keep).kind == bodyKind(m_parts.at(keep).piece))
            ++keep;
        m_parts.resize(keep);
        for (qsizetype piece = keep > firstBody ? m_parts.constLast().piece + 1 : 0; piece < m_pieces.size(); ++piece) {
            if (!isBlankPiece(piece))
                m_parts.append({bodyKind(piece), int(piece), 0, -1, false});
        }
        m_parts.append({PartKind::Footer, -1, 0, -1, false});
        place();
        m_changedFrom = m_parts.at(keep).top;
        return;
    }
    // Otherwise heights are kept for parts of the same kind and piece that did not change.
    QHash<int, Part> before;
    for (const Part &part : std::as_const(m_parts))
        before.insert((int(part.kind) << kKindShift) | std::max(part.piece, 0), part);
    const auto add = [&](PartKind kind, qsizetype piece, bool mayHaveChanged) {
        Part part{kind, int(piece), 0, -1, false};
        const auto old = before.constFind((int(kind) << kKindShift) | std::max(int(piece), 0));
        if (old != before.cend() && !mayHaveChanged) {
            part.height = old->height;
            part.measured = old->measured;
        }
        m_parts.append(part);
    };
    m_parts.clear();
    add(PartKind::Header, -1, false);
    if (!m_message.reasoning.isEmpty()) {
        add(PartKind::ReasoningToggle, -1, true);
        if (!m_reasoningCollapsed) {
            for (qsizetype i = 0; i < m_reasoning.size(); ++i)
                add(PartKind::Reasoning, i, i >= firstChangedReasoning);
        }
    }
    for (qsizetype i = 0; i < m_pieces.size(); ++i) {
        if (!isBlankPiece(i))
            add(bodyKind(i), i, i >= firstChangedPiece);
    }
    add(PartKind::Footer, -1, true);
    place();
    m_changedFrom = 0;
}

qreal MessageLayout::inset() const
{
    return m_message.role == Message::Role::User ? 10.0 : 0.0;
}

qreal MessageLayout::partWidth() const
{
    return std::max<qreal>(40, m_width - 2 * inset());
}

void MessageLayout::place()
{
    qreal y = 6;
    for (qsizetype i = 0; i < m_parts.size(); ++i) {
        Part &part = m_parts[i];
        if (part.height < 0 || (!part.measured && part.height == 0))
            part.height = estimatePart(part);
        part.top = y;
        y += part.height;
        y += continuesBelow(part) ? 0 : 6;
    }
}

bool MessageLayout::continuesBelow(const Part &part) const
{
    if (part.kind != PartKind::Code || part.piece + 1 >= m_pieces.size())
        return false;
    const MarkdownSegment &next = m_pieces.at(part.piece + 1);
    return next.isCode() && next.block == m_pieces.at(part.piece).block && next.part > 0;
}

qreal MessageLayout::codeSpaceAbove(const Part &part) const
{
    return segmentOf(part).part == 0 ? m_style->codeHeaderHeight() + m_style->codePadding : 0;
}

qreal MessageLayout::codeSpaceBelow(const Part &part) const
{
    return continuesBelow(part) ? 0 : m_style->codePadding;
}

qreal MessageLayout::height() const
{
    return m_parts.isEmpty() ? 0 : m_parts.constLast().top + m_parts.constLast().height + 14;
}

const MarkdownSegment &MessageLayout::segmentOf(const Part &part) const
{
    return part.kind == PartKind::Reasoning ? m_reasoning.at(part.piece) : m_pieces.at(part.piece);
}

qreal MessageLayout::estimatePart(const Part &part) const
{
    const TranscriptStyle &style = *m_style;
    const qreal width = partWidth();
    switch (part.kind) {
    case PartKind::Header: return style.boldLineHeight();
    case PartKind::ReasoningToggle: return style.smallLineHeight() + 4;
    case PartKind::Footer: return style.smallLineHeight() * 2 + style.buttonRowHeight();
    case PartKind::Code: {
        const MarkdownSegment &segment = segmentOf(part);
        const QStringView code = QStringView(m_message.content).sliced(segment.contentStart, segment.contentEnd - segment.contentStart);
        const qreal lines = wrappedLines(code, (width - 2 * style.codePadding) / style.monoCharWidth());
        return codeSpaceAbove(part) + codeSpaceBelow(part) + lines * style.monoLineHeight();
    }
    case PartKind::Reasoning:
    case PartKind::Prose:
    case PartKind::Plain: {
        const MarkdownSegment &segment = segmentOf(part);
        const QString &text = part.kind == PartKind::Reasoning ? m_message.reasoning : m_message.content;
        const QStringView source = QStringView(text).sliced(segment.start, segment.end - segment.start);
        return wrappedLines(source, width / style.averageCharWidth()) * style.lineHeight() * 1.1;
    }
    }
    return 0;
}

qreal MessageLayout::estimate(const Message &message, qreal width, const TranscriptStyle &style)
{
    const qreal charsPerLine = std::max<qreal>(8, width / style.averageCharWidth());
    const qreal lines = qreal(message.content.size()) / charsPerLine + qreal(message.content.count(u'\n')) * 0.6 + 1;
    const qreal reasoning = message.reasoning.isEmpty() ? 0 : style.smallLineHeight() + 10;
    return 6 + style.boldLineHeight() + 6 + lines * style.lineHeight() * 1.1 + 6 + reasoning
        + style.smallLineHeight() * 2 + style.buttonRowHeight() + 14;
}

DocumentCache::Key MessageLayout::keyOf(int part) const
{
    const Part &p = m_parts.at(part);
    return {m_message.id, m_generation, (int(p.kind) << kKindShift) | std::max(p.piece, 0)};
}

qsizetype MessageLayout::revisionOf(const Part &part) const
{
    const MarkdownSegment &segment = segmentOf(part);
    return segment.end * 2 + (segment.closed ? 1 : 0);
}

std::unique_ptr<QTextDocument> MessageLayout::build(const Part &part) const
{
    const TranscriptStyle &style = *m_style;
    switch (part.kind) {
    case PartKind::Prose:
        return SegmentRenderer::prose(MarkdownSegmenter::proseOf(m_message.content, segmentOf(part)), style);
    case PartKind::Code: {
        const MarkdownSegment &segment = segmentOf(part);
        return SegmentRenderer::code(MarkdownSegmenter::codeOf(m_message.content, segment), segment.language, style);
    }
    case PartKind::Plain: {
        const MarkdownSegment &segment = segmentOf(part);
        return SegmentRenderer::plain(m_message.content.sliced(segment.start, segment.end - segment.start), style.body,
                                      style.text);
    }
    case PartKind::Reasoning: {
        const MarkdownSegment &segment = segmentOf(part);
        return SegmentRenderer::plain(m_message.reasoning.sliced(segment.start, segment.end - segment.start), style.body,
                                      style.muted, true);
    }
    case PartKind::Header:
    case PartKind::ReasoningToggle:
    case PartKind::Footer: break;
    }
    return nullptr;
}

qreal MessageLayout::documentWidth(const Part &part) const
{
    if (part.kind == PartKind::Code)
        return partWidth() - 2 * m_style->codePadding;
    if (part.kind == PartKind::Reasoning)
        return partWidth() - 12;
    return partWidth();
}

QTextDocument *MessageLayout::document(int part, DocumentCache &cache)
{
    const Part &p = m_parts.at(part);
    if (!hasDocument(p.kind))
        return nullptr;
    const DocumentCache::Key key = keyOf(part);
    const qsizetype revision = revisionOf(p);
    QTextDocument *document = cache.find(key, revision);
    if (!document) {
        std::unique_ptr<QTextDocument> built = build(p);
        // QTextLayout drops its shaped glyphs once a block is laid out, so the first paint of a
        // piece shaped all of its text again: most of what a scroll step cost. The cache is
        // bounded, so the glyphs it keeps are too.
        for (QTextBlock block = built->begin(); block.isValid(); block = block.next())
            block.layout()->setCacheEnabled(true);
        document = cache.insert(key, std::move(built), revision);
    }
    if (document) {
        const qreal width = documentWidth(p);
        if (!qFuzzyCompare(document->textWidth(), width))
            document->setTextWidth(width);
    }
    return document;
}

bool MessageLayout::isCached(int part, DocumentCache &cache) const
{
    const Part &p = m_parts.at(part);
    const QTextDocument *document = cache.find(keyOf(part), revisionOf(p));
    return document && qFuzzyCompare(document->textWidth(), documentWidth(p));
}

bool MessageLayout::needsLayout(int part, DocumentCache &cache) const
{
    // A measured piece whose document the cache let go needs building and laying out again.
    const Part &p = m_parts.at(part);
    return !p.measured || (hasDocument(p.kind) && !isCached(part, cache));
}

bool MessageLayout::measure(qreal from, qreal to, DocumentCache &cache, int maxParts)
{
    const TranscriptStyle &style = *m_style;
    bool changed = false;
    int measured = 0;
    for (int i = 0; i < m_parts.size() && measured < maxParts; ++i) {
        Part &part = m_parts[i];
        // What the cache let go is built again here, in budgeted time, not by the paint.
        if (part.top + part.height < from || part.top > to || !needsLayout(i, cache))
            continue;
        ++measured;
        qreal height = 0;
        switch (part.kind) {
        case PartKind::Header: height = style.boldLineHeight(); break;
        case PartKind::ReasoningToggle: height = style.smallLineHeight() + 4; break;
        case PartKind::Footer: layOutFooter(); height = m_footerHeight; break;
        default: break;
        }
        if (hasDocument(part.kind)) {
            QTextDocument *doc = document(i, cache);
            height = doc ? doc->size().height() : 0;
            if (part.kind == PartKind::Code)
                height += codeSpaceAbove(part) + codeSpaceBelow(part);
        }
        part.measured = true;
        if (!qFuzzyCompare(height + 1, part.height + 1)) {
            part.height = height;
            changed = true;
        }
    }
    if (changed)
        place();
    return changed;
}

bool MessageLayout::isMeasured(qreal from, qreal to) const
{
    for (const Part &part : m_parts) {
        if (!part.measured && part.top + part.height >= from && part.top <= to)
            return false;
    }
    return true;
}

bool MessageLayout::isReady(qreal from, qreal to, DocumentCache &cache) const
{
    for (int i = 0; i < m_parts.size(); ++i) {
        const Part &part = m_parts.at(i);
        if (part.top + part.height >= from && part.top <= to && needsLayout(i, cache))
            return false;
    }
    return true;
}

int MessageLayout::partAt(qreal y) const
{
    for (int i = 0; i < m_parts.size(); ++i) {
        if (y < m_parts.at(i).top + m_parts.at(i).height)
            return i;
    }
    return m_parts.isEmpty() ? -1 : int(m_parts.size()) - 1;
}

void MessageLayout::layOutFooter()
{
    const TranscriptStyle &style = *m_style;
    // Buttons first, in one or more rows; the figures go under them.
    m_buttons.clear();
    const QFontMetricsF metrics(style.small);
    const qreal rowHeight = style.buttonRowHeight();
    qreal x = inset();
    qreal y = 0;
    QList<MessageAction> actions = m_actions;
    for (const MessageAction action : std::as_const(actions)) {
        QString label = actionLabel(action);
        if (action == MessageAction::NextVersion && !m_versionLabel.isEmpty())
            label = m_versionLabel + QStringLiteral("  ") + label;
        const qreal width = metrics.horizontalAdvance(label) + 2 * style.buttonPadding;
        if (x + width > inset() + partWidth() && x > inset()) {
            x = inset();
            y += rowHeight;
        }
        m_buttons.append({action, label, QRectF(x, y, width, rowHeight - 2)});
        x += width + 2;
    }
    m_footerTextHeight = m_buttons.isEmpty() ? 0 : y + rowHeight;
    // The figures: one or two lines of plain text, laid out once (QStaticText), not a document.
    m_footerText.setText(footerText(m_message));
    m_footerText.setTextFormat(Qt::PlainText);
    m_footerText.setTextWidth(partWidth());
    m_footerText.prepare(QTransform(), style.small);
    m_footerHeight = m_footerTextHeight + (m_footerText.text().isEmpty() ? 0 : m_footerText.size().height());
}

QString MessageLayout::actionLabel(MessageAction action)
{
    switch (action) {
    case MessageAction::Copy: return tr("Copy");
    case MessageAction::Regenerate: return tr("Regenerate");
    case MessageAction::Edit: return tr("Edit");
    case MessageAction::Delete: return tr("Delete");
    case MessageAction::Retry: return tr("Retry");
    case MessageAction::Continue: return tr("Continue");
    case MessageAction::PreviousVersion: return QStringLiteral("‹");
    case MessageAction::NextVersion: return QStringLiteral("›");
    }
    return {};
}

QPointF MessageLayout::documentOrigin(const Part &part) const
{
    const TranscriptStyle &style = *m_style;
    switch (part.kind) {
    case PartKind::Code:
        return {inset() + style.codePadding, part.top + codeSpaceAbove(part)};
    case PartKind::Reasoning: return {inset() + 12, part.top};
    case PartKind::Footer: return {inset(), part.top + m_footerTextHeight};
    default: return {inset(), part.top};
    }
}

QRectF MessageLayout::copyButtonRect(const Part &part) const
{
    const TranscriptStyle &style = *m_style;
    const QFontMetricsF metrics(style.small);
    const qreal width = std::max(metrics.horizontalAdvance(tr("Copy")), metrics.horizontalAdvance(tr("Copied"))) + 16;
    return QRectF(inset() + partWidth() - width - 4, part.top + 2, width, style.codeHeaderHeight() - 4);
}

QString MessageLayout::headerText(const Message &message)
{
    switch (message.role) {
    case Message::Role::User: return tr("You");
    case Message::Role::System: return tr("System");
    case Message::Role::Assistant: break;
    }
    // The model that answered; and the one asked for, when the provider answered with another.
    const QString answered = message.stats && !message.stats->model.isEmpty() ? message.stats->model : message.model;
    if (answered.isEmpty())
        return tr("Assistant");
    if (!message.model.isEmpty() && answered != message.model)
        return tr("Assistant · %1 (asked for %2)").arg(answered, message.model);
    return tr("Assistant · %1").arg(answered);
}

QString MessageLayout::footerText(const Message &message)
{
    QStringList parts;
    switch (message.state) {
    case Message::State::Streaming: parts << tr("receiving…"); break;
    case Message::State::Incomplete: parts << tr("⚠ incomplete"); break;
    case Message::State::Cancelled: parts << tr("stopped"); break;
    case Message::State::Error: parts << tr("⚠ failed"); break;
    case Message::State::Complete: break;
    }
    if (message.stats) {
        const MessageStats &stats = *message.stats;
        const QLocale locale;
        const QString tokens = tr("%1 → %2 tokens").arg(locale.toString(stats.usage.promptTokens),
                                                         locale.toString(stats.usage.completionTokens));
        parts << (stats.usage.isReported() ? tokens : QStringLiteral("≈ ") + tokens + u' ' + tr("(estimated)"));
        if (stats.ttftMs)
            parts << tr("TTFT %1").arg(duration(*stats.ttftMs));
        if (stats.totalMs) {
            // The total counts the retries' waits; how many attempts it took says why it is long.
            parts << (stats.attempts > 1 ? tr("total %1 over %n attempt(s)", nullptr, stats.attempts).arg(duration(*stats.totalMs))
                                         : tr("total %1").arg(duration(*stats.totalMs)));
        }
        if (stats.tokensPerSecond)
            parts << tr("%1 tokens/s").arg(locale.toString(*stats.tokensPerSecond, 'f', 1));
    }
    if (message.cost) {
        parts << (message.cost->isKnown() ? tr("%1 (%2)").arg(message.cost->format(), message.cost->sourceWord())
                                          : tr("cost unknown"));
    }
    if (!message.errorMessage.isEmpty() && message.state != Message::State::Cancelled) {
        // A provider's error can be megabytes; the footer shows its beginning.
        constexpr qsizetype kShownErrorChars = 600;
        // One line: its own line breaks become " · " (a footer that lost them ran sentences together).
        const QString error = message.errorMessage.size() > kShownErrorChars
            ? message.errorMessage.left(kShownErrorChars) + u'…' : message.errorMessage;
        parts << error.split(u'\n', Qt::SkipEmptyParts).join(QStringLiteral(" · "));
    }
    return parts.join(QStringLiteral(" · "));
}

bool MessageLayout::paint(QPainter &painter, const QRectF &clip, int row, const Decoration &decoration, DocumentCache &cache,
                          const QDeadlineTimer &buildDeadline)
{
    const TranscriptStyle &style = *m_style;
    const qreal bodyBottom = m_parts.size() > 1 ? m_parts.at(m_parts.size() - 2).top + m_parts.at(m_parts.size() - 2).height : 0;
    if (decoration.highlighted) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(style.highlight);
        painter.drawRoundedRect(QRectF(-6, 0, m_width + 12, height() - 8), 8, 8);
    }
    if (m_message.role == Message::Role::User) {
        // People's own messages sit in a bubble, so a long exchange reads at a glance.
        painter.setPen(Qt::NoPen);
        painter.setBrush(style.userBubble);
        painter.drawRoundedRect(QRectF(0, 2, m_width, bodyBottom + 4), 10, 10);
    }
    bool placeholders = false;
    for (int i = 0; i < m_parts.size(); ++i) {
        const Part &part = m_parts.at(i);
        if (part.top > clip.bottom() || part.top + part.height < clip.top())
            continue;
        placeholders = !paintPart(painter, i, clip, row, decoration, cache, buildDeadline) || placeholders;
    }
    return !placeholders;
}

bool MessageLayout::paintPart(QPainter &painter, int index, const QRectF &clip, int row, const Decoration &decoration,
                              DocumentCache &cache, const QDeadlineTimer &buildDeadline)
{
    const Part &part = m_parts.at(index);
    if (hasDocument(part.kind) && (!part.measured || (buildDeadline.hasExpired() && !isCached(index, cache)))) {
        paintPlaceholder(painter, part);
        return false;
    }
    switch (part.kind) {
    case PartKind::Header: paintHeader(painter, part); return true;
    case PartKind::ReasoningToggle: paintToggle(painter, part); return true;
    case PartKind::Code: paintCodeFrame(painter, part, decoration); break;
    case PartKind::Reasoning:
        painter.fillRect(QRectF(inset() + 2, part.top, 3, part.height), m_style->quoteBar);
        break;
    case PartKind::Footer: {
        paintButtons(painter, part, decoration);
        const bool failed = m_message.state == Message::State::Error || m_message.state == Message::State::Incomplete;
        painter.setFont(m_style->small);
        painter.setPen(failed ? m_style->warning : m_style->muted);
        painter.drawStaticText(documentOrigin(part), m_footerText);
        return true;
    }
    default: break;
    }
    if (QTextDocument *doc = document(index, cache))
        paintDocument(painter, doc, documentOrigin(part), clip, row, index, decoration);
    return true;
}

void MessageLayout::paintPlaceholder(QPainter &painter, const Part &part) const
{
    // Grey bars where text will be, for the moment before it is laid out (a fast scroll).
    QColor bar = m_style->muted;
    bar.setAlphaF(0.18);
    const qreal line = m_style->lineHeight();
    int n = 0;
    for (qreal y = part.top + line * 0.25; y + line * 0.5 <= part.top + part.height; y += line, ++n) {
        const qreal width = partWidth() * (n % 4 == 3 ? 0.55 : 0.92);
        painter.fillRect(QRectF(inset(), y, width, line * 0.5), bar);
    }
}

void MessageLayout::paintHeader(QPainter &painter, const Part &part) const
{
    painter.setFont(m_style->bold);
    painter.setPen(m_style->muted);
    const QRectF rect(inset(), part.top, partWidth(), part.height);
    painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(m_style->bold).elidedText(headerText(m_message), Qt::ElideRight, partWidth()));
}

void MessageLayout::paintToggle(QPainter &painter, const Part &part) const
{
    QFont font = m_style->small;
    font.setItalic(true);
    painter.setFont(font);
    painter.setPen(m_style->muted);
    const QString label = m_reasoningCollapsed
        ? tr("▸ Reasoning (%Ln characters)", nullptr, int(m_message.reasoning.size()))
        : tr("▾ Reasoning");
    painter.drawText(QRectF(inset(), part.top, partWidth(), part.height), Qt::AlignLeft | Qt::AlignVCenter, label);
}

void MessageLayout::paintCodeFrame(QPainter &painter, const Part &part, const Decoration &decoration) const
{
    const TranscriptStyle &style = *m_style;
    const MarkdownSegment &segment = segmentOf(part);
    const QRectF box(inset(), part.top, partWidth(), part.height);
    // Two fills (border, then background inset by a pixel): cheaper than stroking a rounded rect.
    // A part that continues a block, or is continued, draws its frame past that edge, clipped,
    // so the parts join without an edge or rounded corners between them.
    constexpr qreal kRadius = 6;
    const QRectF frame = box.adjusted(0, segment.part > 0 ? -kRadius : 0, 0, continuesBelow(part) ? kRadius : 0);
    const bool clipped = frame != box;
    if (clipped) {
        painter.save();
        painter.setClipRect(box, Qt::IntersectClip);
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.codeBorder);
    painter.drawRoundedRect(frame, kRadius, kRadius);
    painter.setBrush(style.codeBackground);
    painter.drawRoundedRect(frame.adjusted(1, 1, -1, -1), kRadius - 1, kRadius - 1);
    if (clipped)
        painter.restore();
    if (segment.part != 0)
        return;
    // The header: the language, and Copy (which says "Copied" for a moment after a click).
    QPainterPath header;
    header.addRoundedRect(QRectF(box.left(), box.top(), box.width(), style.codeHeaderHeight() + 6).adjusted(0.5, 0.5, -0.5, 0), 6, 6);
    painter.save();
    painter.setClipRect(QRectF(box.left(), box.top(), box.width(), style.codeHeaderHeight()));
    painter.fillPath(header, style.codeHeader);
    painter.restore();
    painter.setFont(style.small);
    painter.setPen(style.muted);
    const CodeLanguage *language = CodeLanguage::find(segment.language);
    const QString name = language ? language->name : segment.language;
    painter.drawText(QRectF(box.left() + style.codePadding, box.top(), box.width() / 2, style.codeHeaderHeight()),
                     Qt::AlignLeft | Qt::AlignVCenter, name.isEmpty() ? tr("Code") : name);
    const QRectF copy = copyButtonRect(part);
    if (decoration.hoveredCopyBlock == segment.block) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(style.buttonHover);
        painter.drawRoundedRect(copy, 4, 4);
    }
    painter.setPen(decoration.copiedBlock == segment.block ? style.text : style.link);
    painter.drawText(copy, Qt::AlignCenter, decoration.copiedBlock == segment.block ? tr("Copied") : tr("Copy"));
}

void MessageLayout::paintButtons(QPainter &painter, const Part &part, const Decoration &decoration) const
{
    const TranscriptStyle &style = *m_style;
    painter.setFont(style.small);
    for (int i = 0; i < m_buttons.size(); ++i) {
        const QRectF rect = m_buttons.at(i).rect.translated(0, part.top);
        const bool focused = decoration.focused && decoration.focusedButton == i;
        if (decoration.hoveredButton == i || focused) {
            painter.setPen(focused ? QPen(style.link, 1) : Qt::NoPen);
            painter.setBrush(style.buttonHover);
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        }
        painter.setPen(style.link);
        painter.drawText(rect, Qt::AlignCenter, m_buttons.at(i).label);
    }
}

void MessageLayout::paintDocument(QPainter &painter, QTextDocument *document, const QPointF &origin, const QRectF &clip,
                                  int row, int part, const Decoration &decoration) const
{
    const TranscriptStyle &style = *m_style;
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, style.text);
    context.clip = clip.translated(-origin);
    if (!decoration.findText.isEmpty()) {
        QTextCharFormat match;
        match.setBackground(style.findMatch);
        QTextCharFormat current;
        current.setBackground(style.findCurrent);
        int occurrence = 0;
        for (QTextCursor found = document->find(decoration.findText); !found.isNull();
             found = document->find(decoration.findText, found)) {
            const bool isCurrent = part == decoration.currentFindPart && occurrence == decoration.currentFindOccurrence;
            context.selections.append({found, isCurrent ? current : match});
            ++occurrence;
        }
    }
    const TranscriptPosition begin{row, part, 0};
    const TranscriptPosition end{row, part, std::numeric_limits<int>::max()};
    if (decoration.selectionStart.isValid() && decoration.selectionStart < end && begin < decoration.selectionEnd) {
        QTextCursor selected(document);
        const int length = document->characterCount() - 1;
        const int from = decoration.selectionStart.row == row && decoration.selectionStart.part == part
            ? std::clamp(decoration.selectionStart.offset, 0, length) : 0;
        const int to = decoration.selectionEnd.row == row && decoration.selectionEnd.part == part
            ? std::clamp(decoration.selectionEnd.offset, 0, length) : length;
        selected.setPosition(from);
        selected.setPosition(to, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setBackground(style.selection);
        format.setForeground(style.selectionText);
        context.selections.append({selected, format});
    }
    painter.save();
    painter.translate(origin);
    paintQuoteBars(painter, document, {});
    document->documentLayout()->draw(&painter, context);
    painter.restore();
}

void MessageLayout::paintQuoteBars(QPainter &painter, QTextDocument *document, const QPointF &origin) const
{
    if (m_message.role != Message::Role::Assistant)
        return;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().intProperty(QTextFormat::BlockQuoteLevel);
        if (level <= 0)
            continue;
        const QRectF rect = document->documentLayout()->blockBoundingRect(block).translated(origin);
        for (int i = 0; i < level; ++i)
            painter.fillRect(QRectF(rect.left() + 14.0 * i + 2, rect.top(), 3, rect.height()), m_style->quoteBar);
    }
}

MessageLayout::Hit MessageLayout::hitTest(const QPointF &point, DocumentCache &cache)
{
    Hit hit;
    for (int i = 0; i < m_parts.size(); ++i) {
        const Part &part = m_parts.at(i);
        if (point.y() < part.top || point.y() >= part.top + part.height)
            continue;
        hit.part = i;
        if (part.kind == PartKind::ReasoningToggle) {
            hit.kind = Hit::Kind::ReasoningToggle;
            return hit;
        }
        if (part.kind == PartKind::Footer) {
            for (const Button &button : std::as_const(m_buttons)) {
                if (button.rect.translated(0, part.top).contains(point)) {
                    hit.kind = Hit::Kind::Button;
                    hit.action = button.action;
                    return hit;
                }
            }
        }
        if (part.kind == PartKind::Code && segmentOf(part).part == 0 && copyButtonRect(part).contains(point)) {
            hit.kind = Hit::Kind::CopyCode;
            hit.block = segmentOf(part).block;
            return hit;
        }
        QTextDocument *doc = document(i, cache);
        if (!doc)
            return hit;
        const QPointF inDocument = point - documentOrigin(part);
        const QString anchor = doc->documentLayout()->anchorAt(inDocument);
        if (!anchor.isEmpty()) {
            hit.kind = Hit::Kind::Link;
            hit.link = anchor;
            return hit;
        }
        hit.kind = Hit::Kind::Text;
        hit.offset = std::max(0, doc->documentLayout()->hitTest(inDocument, Qt::FuzzyHit));
        return hit;
    }
    return hit;
}

qreal MessageLayout::yOf(int part, int offset, DocumentCache &cache)
{
    QTextDocument *doc = document(part, cache);
    const Part &p = m_parts.at(part);
    if (!doc)
        return p.top;
    const QTextBlock block = doc->findBlock(offset);
    qreal y = doc->documentLayout()->blockBoundingRect(block).top();
    if (const QTextLayout *layout = block.layout(); layout && layout->lineCount() > 0)
        y += layout->lineForTextPosition(offset - block.position()).y();
    return documentOrigin(p).y() + y;
}

QString MessageLayout::textOf(int part, int from, int to, DocumentCache &cache)
{
    QTextDocument *doc = document(part, cache);
    if (!doc)
        return {};
    QTextCursor cursor(doc);
    const int length = doc->characterCount() - 1;
    cursor.setPosition(std::clamp(from, 0, length));
    cursor.setPosition(std::clamp(to, 0, length), QTextCursor::KeepAnchor);
    return cursor.selection().toPlainText();
}

int MessageLayout::textLength(int part, DocumentCache &cache)
{
    QTextDocument *doc = document(part, cache);
    return doc ? doc->characterCount() - 1 : 0;
}

QString MessageLayout::shownText(DocumentCache &cache)
{
    QStringList lines{headerText(m_message)};
    for (int i = 0; i < m_parts.size(); ++i) {
        const Part &part = m_parts.at(i);
        if (part.kind == PartKind::ReasoningToggle) {
            lines << (m_reasoningCollapsed ? tr("▸ Reasoning (%Ln characters)", nullptr, int(m_message.reasoning.size()))
                                           : tr("▾ Reasoning"));
            continue;
        }
        if (part.kind == PartKind::Footer) {
            QStringList labels;
            for (const MessageAction action : std::as_const(m_actions))
                labels << actionLabel(action);
            if (!labels.isEmpty())
                lines << labels.join(QStringLiteral("  "));
            lines << footerText(m_message);
        }
        if (hasDocument(part.kind))
            lines << textOf(i, 0, std::numeric_limits<int>::max(), cache);
    }
    lines.removeAll(QString());
    return lines.join(u'\n');
}

QRectF MessageLayout::copyCodeRect(int block) const
{
    for (const Part &part : m_parts) {
        if (part.kind == PartKind::Code && segmentOf(part).block == block && segmentOf(part).part == 0)
            return copyButtonRect(part);
    }
    return {};
}

QString MessageLayout::codeBlock(int block) const
{
    return MarkdownSegmenter::codeBlock(m_message.content, m_pieces, block);
}

int MessageLayout::partForTextOffset(qsizetype offset) const
{
    for (int i = 0; i < m_parts.size(); ++i) {
        const Part &part = m_parts.at(i);
        if (!isBodyText(part.kind))
            continue;
        const MarkdownSegment &segment = segmentOf(part);
        if (offset >= segment.start && offset < segment.end)
            return i;
    }
    return -1;
}

int MessageLayout::occurrencesBefore(int part, qsizetype offset, const QString &text) const
{
    const MarkdownSegment &segment = segmentOf(m_parts.at(part));
    const qsizetype from = segment.start;
    return int(TranscriptSearch::countIn(QStringView(m_message.content).sliced(from, std::max<qsizetype>(0, offset - from)), text));
}
