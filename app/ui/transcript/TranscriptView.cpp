#include "transcript/TranscriptView.h"

#include "app/SingleShotTimer.h"

#include "transcript/TranscriptAccessible.h"
#include "transcript/TranscriptModel.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>

#include <chrono>

namespace {

constexpr int kPrefetchBudgetMs = 2;
// How long laying out what scrolled into view may hold the event loop per round; the rest waits
// for the next round, drawn as placeholders (a fast drag of the scroll bar over a long history).
constexpr qint64 kScrollBudgetNs = 1'500'000;
constexpr qint64 kPaintBuildBudgetNs = 3'000'000;
constexpr int kCopiedFeedbackMs = 1500;
constexpr int kHighlightMs = 2500;
constexpr qreal kBottomPadding = 8;

} // namespace

TranscriptView::TranscriptView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_model(new TranscriptModel(this))
    , m_jumpButton(new QToolButton(this))
{
    TranscriptAccessible::install();
    setObjectName(QStringLiteral("transcriptView"));
    setAccessibleName(tr("Conversation transcript"));
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setMouseTracking(true);
    // Opaque, filled by paintEvent: a streaming reply then scrolls what is above it by copying
    // pixels (QWidget::scroll) and paints only what changed.
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setBackgroundRole(QPalette::Base);
    m_style = TranscriptStyle::from(palette(), font());

    m_relayoutTimer = singleShotTimer(kRelayoutIntervalMs, this, &TranscriptView::relayoutChanged);
    m_prefetchTimer = singleShotTimer(0, this, &TranscriptView::prefetch);
    m_estimateTimer = singleShotTimer(0, this, &TranscriptView::estimateRest);
    m_completeTimer = singleShotTimer(0, this, [this] {
        ensureLayout(kScrollBudgetNs);
        viewport()->update();
    });
    // Repeats while a selection is dragged past the top or bottom edge.
    m_autoScrollTimer = new QTimer(this);
    m_autoScrollTimer->setInterval(30);
    connect(m_autoScrollTimer, &QTimer::timeout, this, &TranscriptView::autoScroll);
    m_copiedTimer = singleShotTimer(kCopiedFeedbackMs, this, [this] {
        m_copiedMessage = 0;
        m_copiedBlock = -1;
        viewport()->update();
    });
    m_highlightTimer = singleShotTimer(kHighlightMs, this, [this] {
        m_highlighted = 0;
        viewport()->update();
    });

    m_jumpButton->setObjectName(QStringLiteral("jumpToLatestButton"));
    m_jumpButton->setText(tr("Jump to latest ↓"));
    m_jumpButton->setAccessibleName(tr("Jump to the latest message"));
    m_jumpButton->hide();
    connect(m_jumpButton, &QToolButton::clicked, this, &TranscriptView::scrollToBottom);
    connectModel();
}

TranscriptView::~TranscriptView() = default;

void TranscriptView::connectModel()
{
    connect(m_model, &QAbstractItemModel::modelReset, this, &TranscriptView::onReset);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) { onRowsRemoved(first, last); });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) { onDataChanged(from.row(), to.row()); });
}

// -- the conversation -----------------------------------------------------------------------

void TranscriptView::showConversation(const QList<Message> &messages)
{
    m_model->setMessages(messages);
}

void TranscriptView::clearConversation()
{
    m_model->clear();
}

void TranscriptView::appendMessage(const Message &message)
{
    m_model->append(message);
}

void TranscriptView::updateStreaming(qint64 messageId, const QString &content, const QString &reasoning)
{
    m_model->updateText(messageId, content, reasoning);
}

void TranscriptView::finishMessage(const Message &message)
{
    // The end of a reply is shown at once, not at the next streaming tick. Finishing does not
    // change the versions, and the stream's message does not know them: the row's stay.
    Message finished = message;
    if (const int row = m_model->rowOf(message.id); row >= 0) {
        finished.versionIndex = m_model->message(row).versionIndex;
        finished.versionCount = m_model->message(row).versionCount;
    }
    m_model->replace(finished);
    m_relayoutTimer->stop();
    relayoutChanged();
}

void TranscriptView::removeMessage(qint64 messageId)
{
    m_model->remove(messageId);
}

void TranscriptView::setActionProvider(ActionProvider provider)
{
    m_actions = std::move(provider);
    refreshActions();
}

void TranscriptView::setVersionProvider(VersionProvider provider)
{
    m_versions = std::move(provider);
    refreshActions();
}

void TranscriptView::refreshActions()
{
    const Anchor anchor = captureAnchor();
    for (size_t row = 0; row < m_layouts.size(); ++row) {
        if (m_layouts[row])
            prepare(*m_layouts[row], int(row));
    }
    ensureLayout();
    restoreAnchor(anchor);
    viewport()->update();
}

void TranscriptView::onReset()
{
    m_layouts.clear();
    m_layouts.resize(m_model->rowCount());
    m_changedRows.clear();
    m_selectionAnchor = m_selectionCursor = {};
    m_selectAll = false;
    m_focusRow = m_focusButton = -1;
    m_hoverRow = -1;
    m_highlighted = 0;
    m_search.recount(*m_model);
    m_currentFind = -1;
    m_currentMatch = {};
    estimateNewest();
    m_follow = true;
    scrollToBottom();
    if (!m_search.text().isEmpty())
        Q_EMIT findStatusChanged(0, m_search.count());
}

void TranscriptView::onRowsInserted(int first, int last)
{
    const Anchor anchor = captureAnchor();
    if (first < m_unestimated)
        m_unestimated += last - first + 1;
    for (int row = first; row <= last; ++row) {
        m_layouts.insert(m_layouts.begin() + row, nullptr);
        m_heights.insert(row, heightOf(row, columnWidth()));
    }
    // Rows before the new ones may have changed their buttons (Regenerate moves to the latest).
    for (int row = std::max(0, first - 2); row < first; ++row) {
        if (m_layouts[row])
            prepare(*m_layouts[row], row);
    }
    m_search.recount(*m_model);
    ensureLayout();
    restoreAnchor(anchor);
    viewport()->update();
}

void TranscriptView::onRowsRemoved(int first, int last)
{
    const Anchor anchor = captureAnchor();
    if (first < m_unestimated)
        m_unestimated -= std::min(last + 1, m_unestimated) - first;
    for (int row = last; row >= first; --row) {
        m_layouts.erase(m_layouts.begin() + row);
        m_heights.remove(row);
    }
    m_selectionAnchor = m_selectionCursor = {};
    m_selectAll = false;
    m_search.recount(*m_model);
    m_currentFind = -1;
    m_currentMatch = {};
    refreshActions();
    restoreAnchor(anchor.row > last ? Anchor{anchor.row - (last - first + 1), anchor.part, anchor.offset, anchor.bottom}
                                    : anchor);
}

void TranscriptView::onDataChanged(int first, int last)
{
    for (int row = first; row <= last; ++row)
        m_changedRows.insert(row);
    // A burst of tokens costs one layout per interval, not one per token.
    if (!m_relayoutTimer->isActive())
        m_relayoutTimer->start();
}

void TranscriptView::relayoutChanged()
{
    const Anchor anchor = captureAnchor();
    const int scrollBefore = verticalScrollBar()->value();
    // Where each changed row changed: from that part down it is drawn again; what is above it
    // only moved, and the backing store can copy it instead of painting it again.
    QList<QPair<int, qreal>> dirty;
    for (const int row : std::as_const(m_changedRows)) {
        if (row >= m_model->rowCount())
            continue;
        if (MessageLayout *existing = m_layouts[row].get()) {
            existing->update(m_model->message(row));
            prepare(*existing, row);
            m_heights.set(row, existing->height());
            dirty.append({row, existing->changedFrom()});
        } else {
            m_heights.set(row, heightOf(row, columnWidth()));
            dirty.append({row, 0});
        }
        if (!m_search.text().isEmpty())
            m_search.recountRow(row, *m_model);
    }
    m_changedRows.clear();
    if (dirty.isEmpty())
        return;
    std::sort(dirty.begin(), dirty.end());
    const qreal firstTopBefore = m_heights.top(dirty.constFirst().first);
    ensureLayout();
    restoreAnchor(anchor);
    const int moved = scrollBefore - verticalScrollBar()->value();
    if (m_heights.top(dirty.constFirst().first) != firstTopBefore || std::abs(moved) >= viewport()->height() / 2) {
        viewport()->update();
        return;
    }
    if (moved != 0)
        viewport()->scroll(0, moved);
    for (const auto &[row, from] : std::as_const(dirty)) {
        const int top = int(std::floor(rowTop(row) + from - scrollY()));
        if (top < viewport()->height())
            viewport()->update(QRect(0, std::max(0, top), viewport()->width(), viewport()->height() - std::max(0, top)));
    }
}

// -- layout --------------------------------------------------------------------------------

MessageLayout &TranscriptView::layout(int row)
{
    std::unique_ptr<MessageLayout> &slot = m_layouts[row];
    if (!slot) {
        slot = std::make_unique<MessageLayout>(m_model->message(row), m_style);
        prepare(*slot, row);
    }
    return *slot;
}

void TranscriptView::prepare(MessageLayout &layout, int row) const
{
    layout.setWidth(columnWidth());
    layout.setActions(actionsFor(row));
    layout.setVersionLabel(m_versions ? m_versions(layout.message()) : QString());
    if (const auto choice = m_reasoningChoice.constFind(layout.message().id); choice != m_reasoningChoice.cend())
        layout.setReasoningCollapsed(*choice);
}

MessageActions TranscriptView::actionsFor(int row) const
{
    const Message &message = m_model->message(row);
    if (message.state == Message::State::Streaming)
        return {};
    if (m_actions)
        return m_actions(message, row);
    MessageActions actions{MessageAction::Copy};
    const int last = m_model->rowCount() - 1;
    if (message.role == Message::Role::Assistant && row == last)
        actions << MessageAction::Regenerate;
    const bool latestQuestion = message.role == Message::Role::User
        && (row == last || (row == last - 1 && m_model->message(last).role == Message::Role::Assistant));
    if (latestQuestion)
        actions << MessageAction::Edit;
    actions << MessageAction::Delete;
    return actions;
}

qreal TranscriptView::columnWidth() const
{
    return std::max<qreal>(120, std::min<qreal>(viewport()->width() - 2 * m_style.margin, m_style.maxColumnWidth));
}

qreal TranscriptView::columnLeft() const
{
    return std::max<qreal>(m_style.margin, (viewport()->width() - columnWidth()) / 2);
}

qreal TranscriptView::scrollY() const
{
    return verticalScrollBar()->value();
}

qreal TranscriptView::heightOf(int row, qreal width) const
{
    const MessageLayout *existing = m_layouts[row].get();
    return existing ? existing->height() : MessageLayout::estimate(m_model->message(row), width, m_style);
}

void TranscriptView::rebuildHeights()
{
    m_heights.clear();
    m_unestimated = 0;
    m_estimateTimer->stop();
    const qreal width = columnWidth();
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_heights.append(heightOf(row, width));
}

// Opening a conversation estimates only its newest rows, the ones in view at the bottom; the
// older rows stand in at their mean height until estimateRest() runs, once the first frame is
// shown. Estimating reads every message's text, so opening 10,000 messages would otherwise take
// twice as long as opening 1,000. Anything that moves to another place estimates the rest first.
void TranscriptView::estimateNewest()
{
    constexpr int kNewestRows = 200;
    const int rows = m_model->rowCount();
    const int newest = std::min(rows, kNewestRows);
    const qreal width = columnWidth();
    QList<qreal> heights;
    heights.reserve(newest);
    qreal sum = 0;
    for (int row = rows - newest; row < rows; ++row) {
        heights.append(heightOf(row, width));
        sum += heights.constLast();
    }
    m_heights.clear();
    m_unestimated = rows - newest;
    if (m_unestimated > 0) {
        m_heights.append(m_unestimated, sum / newest);
        m_estimateTimer->start();
    }
    for (const qreal height : std::as_const(heights))
        m_heights.append(height);
}

void TranscriptView::estimateRest()
{
    if (m_unestimated == 0)
        return;
    m_estimateTimer->stop();
    const Anchor anchor = captureAnchor();
    const qreal width = columnWidth();
    for (int row = 0; row < m_unestimated; ++row)
        m_heights.set(row, heightOf(row, width));
    m_unestimated = 0;
    ensureLayout();
    restoreAnchor(anchor);
    viewport()->update();
}

void TranscriptView::restyle()
{
    const Anchor anchor = captureAnchor();
    m_style = TranscriptStyle::from(palette(), font());
    m_cache.clear();
    for (const std::unique_ptr<MessageLayout> &existing : m_layouts) {
        if (existing)
            existing->invalidate();
    }
    rebuildHeights();
    verticalScrollBar()->setSingleStep(int(m_style.lineHeight() * 3));
    ensureLayout();
    restoreAnchor(anchor);
    viewport()->update();
}

bool TranscriptView::measureVisible(qint64 budgetNs, bool *complete)
{
    *complete = true;
    if (m_heights.count() == 0)
        return false;
    QElapsedTimer clock;
    clock.start();
    const qreal top = scrollY() - contentTop();
    const qreal bottom = top + viewport()->height();
    bool changed = false;
    const int first = m_heights.rowAt(top);
    const int last = m_heights.rowAt(bottom);
    for (int row = first; row <= last; ++row) {
        MessageLayout &rowLayout = layout(row);
        const qreal rowTop = m_heights.top(row);
        while (!rowLayout.isReady(top - rowTop, bottom - rowTop, m_cache)) {
            if (clock.nsecsElapsed() >= budgetNs) {
                *complete = false;
                break;
            }
            rowLayout.measure(top - rowTop, bottom - rowTop, m_cache, 1);
        }
        if (!qFuzzyCompare(rowLayout.height() + 1, m_heights.height(row) + 1)) {
            m_heights.set(row, rowLayout.height());
            changed = true;
        }
        if (!*complete)
            break;
    }
    return changed;
}

void TranscriptView::ensureLayout(qint64 budgetNs)
{
    // Measuring what came into view changes heights, which may bring more into view: a few
    // rounds settle it, each keeping the reader's place.
    const Anchor anchor = captureAnchor();
    bool complete = true;
    for (int round = 0; round < 4; ++round) {
        updateScrollRange();
        restoreAnchor(anchor);
        if (!measureVisible(budgetNs, &complete) || !complete)
            break;
    }
    updateScrollRange();
    restoreAnchor(anchor);
    updateJumpButton();
    if (!complete)
        m_completeTimer->start();
}

TranscriptView::Anchor TranscriptView::captureAnchor() const
{
    if (m_follow)
        return {-1, -1, 0, true};
    if (m_heights.count() == 0)
        return {};
    // The first row in view whose layout is already measured stays where it is on screen, so
    // rows that turn from estimates into measurements grow away from what the reader sees.
    const qreal top = scrollY() - contentTop();
    const qreal bottom = top + viewport()->height();
    const int first = m_heights.rowAt(top);
    const int last = m_heights.rowAt(bottom);
    int row = first;
    for (int candidate = first; candidate <= last; ++candidate) {
        const MessageLayout *existing = m_layouts[candidate].get();
        const qreal rowTop = m_heights.top(candidate);
        if (existing && existing->isMeasured(top - rowTop, bottom - rowTop)) {
            row = candidate;
            break;
        }
    }
    const MessageLayout *existing = m_layouts[row].get();
    const qreal rowTop = m_heights.top(row);
    const int part = existing && row == first ? existing->partAt(top - rowTop) : -1;
    const qreal partTop = rowTop + (part >= 0 ? existing->parts().at(part).top : 0);
    return {row, part, partTop - top, false};
}

void TranscriptView::restoreAnchor(const Anchor &anchor)
{
    if (anchor.bottom) {
        setScrollY(verticalScrollBar()->maximum());
        return;
    }
    if (anchor.row < 0 || anchor.row >= m_heights.count())
        return;
    qreal partTop = m_heights.top(anchor.row);
    if (anchor.part >= 0 && m_layouts[anchor.row] && anchor.part < m_layouts[anchor.row]->parts().size())
        partTop += m_layouts[anchor.row]->parts().at(anchor.part).top;
    setScrollY(partTop - anchor.offset + contentTop());
}

void TranscriptView::updateScrollRange()
{
    const qreal total = contentTop() + m_heights.total() + kBottomPadding;
    QScrollBar *bar = verticalScrollBar();
    m_settingScroll = true;
    bar->setRange(0, std::max(0, int(std::ceil(total - viewport()->height()))));
    bar->setPageStep(std::max(1, viewport()->height()));
    bar->setSingleStep(std::max(1, int(m_style.lineHeight() * 3)));
    m_settingScroll = false;
}

void TranscriptView::setScrollY(qreal y)
{
    m_settingScroll = true;
    verticalScrollBar()->setValue(int(std::round(y)));
    m_settingScroll = false;
    updateJumpButton();
}

void TranscriptView::prefetch()
{
    // In idle time, lay out a screen below and above the view, so PageUp and PageDown find
    // their rows ready: a part at a time, a few milliseconds per slice, so a key or a frame is
    // never kept waiting for long. A slice that runs out comes back.
    // Not while the scroll bar is dragged: the next screen is anywhere, and each round of the
    // event loop is better spent on the one in view.
    if (m_heights.count() == 0 || verticalScrollBar()->isSliderDown())
        return;
    QElapsedTimer clock;
    clock.start();
    const qreal top = scrollY() - contentTop();
    const qreal height = viewport()->height();
    const Anchor anchor = captureAnchor();
    bool changed = false;
    for (const auto &[from, to] : {std::pair{top + height, top + 2 * height}, std::pair{top - height, top}}) {
        for (int row = m_heights.rowAt(from); row >= 0 && row <= m_heights.rowAt(to); ++row) {
            MessageLayout &rowLayout = layout(row);
            const qreal rowTop = m_heights.top(row);
            while (!rowLayout.isReady(from - rowTop, to - rowTop, m_cache)) {
                if (clock.elapsed() >= kPrefetchBudgetMs) {
                    if (changed) {
                        updateScrollRange();
                        restoreAnchor(anchor);
                    }
                    m_prefetchTimer->start();
                    return;
                }
                rowLayout.measure(from - rowTop, to - rowTop, m_cache, 1);
            }
            if (!qFuzzyCompare(rowLayout.height() + 1, m_heights.height(row) + 1)) {
                m_heights.set(row, rowLayout.height());
                changed = true;
            }
        }
    }
    if (changed) {
        updateScrollRange();
        restoreAnchor(anchor);
    }
}

// -- scrolling --------------------------------------------------------------------------------

bool TranscriptView::isAtBottom() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - 4;
}

void TranscriptView::scrollToBottom()
{
    m_follow = true;
    ensureLayout();
    viewport()->update();
}

void TranscriptView::scrollToTop()
{
    estimateRest();
    m_follow = false;
    setScrollY(0);
    ensureLayout();
    m_follow = isAtBottom();
    viewport()->update();
}

void TranscriptView::scrollContentsBy(int, int)
{
    if (m_settingScroll)
        return;
    m_follow = isAtBottom();
    estimateRest(); // a reader who moves before it ran: the rows ahead have their estimates
    ensureLayout(kScrollBudgetNs);
    updateJumpButton();
    viewport()->update();
}

void TranscriptView::showMessage(qint64 messageId)
{
    const int row = m_model->rowOf(messageId);
    if (row < 0)
        return;
    estimateRest();
    m_follow = false;
    for (int round = 0; round < 3; ++round) {
        updateScrollRange();
        setScrollY(rowTop(row));
        ensureLayout();
    }
    m_follow = isAtBottom();
    m_highlighted = messageId;
    m_highlightTimer->start();
    viewport()->update();
}

void TranscriptView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    const Anchor anchor = captureAnchor();
    for (const std::unique_ptr<MessageLayout> &existing : m_layouts) {
        if (existing)
            existing->setWidth(columnWidth());
    }
    rebuildHeights();
    ensureLayout();
    restoreAnchor(anchor);
    placeJumpButton();
}

void TranscriptView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange)
        restyle();
}

void TranscriptView::placeJumpButton()
{
    m_jumpButton->adjustSize();
    const QRect area = viewport()->geometry();
    m_jumpButton->move(area.right() - m_jumpButton->width() - 12, area.bottom() - m_jumpButton->height() - 12);
}

void TranscriptView::updateJumpButton()
{
    const bool away = !isAtBottom();
    if (away != m_jumpButton->isVisible()) {
        placeJumpButton();
        m_jumpButton->setVisible(away);
    }
}

QPair<int, int> TranscriptView::visibleRows() const
{
    if (m_heights.count() == 0)
        return {-1, -1};
    const qreal top = scrollY() - contentTop();
    return {m_heights.rowAt(top), m_heights.rowAt(top + viewport()->height() - 1)};
}

QRect TranscriptView::messageRect(int row) const
{
    return QRectF(columnLeft(), rowTop(row) - scrollY(), columnWidth(), m_heights.height(row)).toAlignedRect();
}

int TranscriptView::layoutCount() const
{
    return int(std::count_if(m_layouts.cbegin(), m_layouts.cend(), [](const auto &slot) { return bool(slot); }));
}

// -- painting ---------------------------------------------------------------------------------

MessageLayout::Decoration TranscriptView::decorationFor(int row) const
{
    MessageLayout::Decoration decoration;
    if (m_selectionAnchor.isValid() && m_selectionAnchor != m_selectionCursor) {
        decoration.selectionStart = std::min(m_selectionAnchor, m_selectionCursor);
        decoration.selectionEnd = std::max(m_selectionAnchor, m_selectionCursor);
    }
    if (m_selectAll) {
        decoration.selectionStart = {0, 0, 0};
        decoration.selectionEnd = {m_model->rowCount(), 0, 0};
    }
    decoration.findText = m_search.text();
    if (m_currentMatch.row == row && m_layouts[row]) {
        const MessageLayout &rowLayout = *m_layouts[row];
        decoration.currentFindPart = rowLayout.partForTextOffset(m_currentMatch.offset);
        if (decoration.currentFindPart >= 0)
            decoration.currentFindOccurrence =
                rowLayout.occurrencesBefore(decoration.currentFindPart, m_currentMatch.offset, m_search.text());
    }
    if (row == m_hoverRow) {
        decoration.hoveredButton = m_hoverButton;
        decoration.hoveredCopyBlock = m_hoverCopyBlock;
    }
    const qint64 id = m_model->message(row).id;
    if (id == m_copiedMessage)
        decoration.copiedBlock = m_copiedBlock;
    decoration.highlighted = id == m_highlighted;
    if (row == m_focusRow && hasFocus()) {
        decoration.focused = true;
        decoration.focusedButton = m_focusButton;
    }
    return decoration;
}

void TranscriptView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    painter.fillRect(event->rect(), m_style.background);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_heights.count() == 0)
        return;
    const qreal y = scrollY() - contentTop();
    const QRectF clip = event->rect();
    const int first = m_heights.rowAt(y + clip.top());
    const int last = m_heights.rowAt(y + clip.bottom());
    // What the layout pass left undone (a document the cache let go, when the scroll bar is
    // dragged back over read rows) is built here only for a moment; the rest is placeholders.
    const QDeadlineTimer buildDeadline(std::chrono::nanoseconds(kPaintBuildBudgetNs), Qt::PreciseTimer);
    bool placeholders = false;
    for (int row = first; row <= last; ++row) {
        MessageLayout &rowLayout = layout(row);
        const qreal top = m_heights.top(row) - y;
        const QRectF rowClip = clip.translated(-columnLeft(), -top);
        painter.save();
        painter.translate(columnLeft(), top);
        placeholders = !rowLayout.paint(painter, rowClip, row, decorationFor(row), m_cache, buildDeadline) || placeholders;
        painter.restore();
    }
    // Placeholders were drawn: lay them out next, and draw again. Otherwise look ahead.
    if (placeholders)
        m_completeTimer->start();
    else
        m_prefetchTimer->start();
}

bool TranscriptView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const RowHit hit = hitAt(help->pos());
        QString tip;
        if (hit.hit.kind == MessageLayout::Hit::Kind::Link)
            tip = tr("Opens %1 (Tally asks first)").arg(hit.hit.link);
        else if (hit.hit.kind == MessageLayout::Hit::Kind::CopyCode)
            tip = tr("Copy this code block");
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

// -- pointer ----------------------------------------------------------------------------------

TranscriptView::RowHit TranscriptView::hitAt(const QPoint &viewportPoint)
{
    RowHit result;
    if (m_heights.count() == 0)
        return result;
    const qreal y = viewportPoint.y() + scrollY() - contentTop();
    if (y < 0 || y >= m_heights.total())
        return result;
    result.row = m_heights.rowAt(y);
    const QPointF inRow(viewportPoint.x() - columnLeft(), y - m_heights.top(result.row));
    result.hit = layout(result.row).hitTest(inRow, m_cache);
    return result;
}

TranscriptPosition TranscriptView::positionAt(const QPoint &viewportPoint)
{
    if (m_heights.count() == 0)
        return {};
    const qreal y = std::clamp<qreal>(viewportPoint.y() + scrollY() - contentTop(), 0, m_heights.total() - 1);
    const int row = m_heights.rowAt(y);
    MessageLayout &rowLayout = layout(row);
    const QPointF inRow(viewportPoint.x() - columnLeft(), y - m_heights.top(row));
    const MessageLayout::Hit hit = rowLayout.hitTest(inRow, m_cache);
    if (hit.kind == MessageLayout::Hit::Kind::Text)
        return {row, hit.part, hit.offset};
    // Between parts: the end of the text part above the point, or the start of the first.
    const QList<MessageLayout::Part> &parts = rowLayout.parts();
    TranscriptPosition position{row, -1, 0};
    for (int i = 0; i < parts.size(); ++i) {
        if (!rowLayout.document(i, m_cache) || parts.at(i).kind == MessageLayout::PartKind::Footer)
            continue;
        if (parts.at(i).top > inRow.y())
            return position.part >= 0 ? position : TranscriptPosition{row, i, 0};
        position = {row, i, rowLayout.textLength(i, m_cache)};
    }
    return position.part >= 0 ? position : TranscriptPosition{row, 0, 0};
}

void TranscriptView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    m_press = hitAt(event->pos());
    m_pressPoint = event->pos();
    m_selectAll = false;
    m_focusRow = m_focusButton = -1;
    if (m_press.hit.kind == MessageLayout::Hit::Kind::Text || m_press.hit.kind == MessageLayout::Hit::Kind::Nothing) {
        const TranscriptPosition position = positionAt(event->pos());
        if (event->modifiers() & Qt::ShiftModifier && m_selectionAnchor.isValid()) {
            m_selectionCursor = position;
        } else {
            m_selectionAnchor = m_selectionCursor = position;
        }
        m_selecting = true;
    }
    viewport()->update();
}

void TranscriptView::mouseMoveEvent(QMouseEvent *event)
{
    m_lastMouse = event->pos();
    if (m_selecting && (event->buttons() & Qt::LeftButton)) {
        m_selectionCursor = positionAt(event->pos());
        const bool outside = event->pos().y() < 0 || event->pos().y() > viewport()->height();
        if (outside && !m_autoScrollTimer->isActive())
            m_autoScrollTimer->start();
        else if (!outside)
            m_autoScrollTimer->stop();
        viewport()->update();
        return;
    }
    if (m_press.row >= 0 && (event->pos() - m_pressPoint).manhattanLength() > QApplication::startDragDistance()
        && m_press.hit.kind == MessageLayout::Hit::Kind::Link) {
        // A drag that began on a link selects instead of opening it.
        m_press = {};
        m_selectionAnchor = m_selectionCursor = positionAt(event->pos());
        m_selecting = true;
    }
    updateHover(event->pos());
}

void TranscriptView::mouseReleaseEvent(QMouseEvent *event)
{
    m_autoScrollTimer->stop();
    m_selecting = false;
    if (event->button() == Qt::LeftButton && m_press.row >= 0) {
        const RowHit release = hitAt(event->pos());
        const bool same = release.row == m_press.row && release.hit.kind == m_press.hit.kind
            && release.hit.action == m_press.hit.action && release.hit.block == m_press.hit.block
            && release.hit.link == m_press.hit.link;
        if (same && release.hit.kind != MessageLayout::Hit::Kind::Text && release.hit.kind != MessageLayout::Hit::Kind::Nothing)
            activate(release);
    }
    m_press = {};
    if (m_selectionAnchor == m_selectionCursor)
        m_selectionAnchor = m_selectionCursor = {};
    else if (QClipboard *clipboard = QGuiApplication::clipboard(); clipboard->supportsSelection())
        clipboard->setText(selectedText(), QClipboard::Selection);
    viewport()->update();
}

void TranscriptView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        selectWordAt(event->pos());
}

void TranscriptView::leaveEvent(QEvent *event)
{
    QAbstractScrollArea::leaveEvent(event);
    if (m_hoverRow >= 0) {
        m_hoverRow = m_hoverButton = m_hoverCopyBlock = -1;
        viewport()->update();
    }
}

void TranscriptView::updateHover(const QPoint &viewportPoint)
{
    const RowHit hit = hitAt(viewportPoint);
    int button = -1;
    if (hit.hit.kind == MessageLayout::Hit::Kind::Button) {
        const QList<MessageLayout::Button> &buttons = layout(hit.row).buttons();
        for (int i = 0; i < buttons.size(); ++i) {
            if (buttons.at(i).action == hit.hit.action)
                button = i;
        }
    }
    const int copyBlock = hit.hit.kind == MessageLayout::Hit::Kind::CopyCode ? hit.hit.block : -1;
    switch (hit.hit.kind) {
    case MessageLayout::Hit::Kind::Text: viewport()->setCursor(Qt::IBeamCursor); break;
    case MessageLayout::Hit::Kind::Nothing: viewport()->setCursor(Qt::ArrowCursor); break;
    default: viewport()->setCursor(Qt::PointingHandCursor); break;
    }
    if (hit.row != m_hoverRow || button != m_hoverButton || copyBlock != m_hoverCopyBlock) {
        m_hoverRow = hit.row;
        m_hoverButton = button;
        m_hoverCopyBlock = copyBlock;
        viewport()->update();
    }
}

void TranscriptView::autoScroll()
{
    const int y = m_lastMouse.y();
    const int step = y < 0 ? std::min(-1, y / 2) : std::max(1, (y - viewport()->height()) / 2);
    verticalScrollBar()->setValue(verticalScrollBar()->value() + step);
    m_selectionCursor = positionAt(m_lastMouse);
    viewport()->update();
}

void TranscriptView::selectWordAt(const QPoint &viewportPoint)
{
    const TranscriptPosition position = positionAt(viewportPoint);
    if (!position.isValid())
        return;
    QTextDocument *document = layout(position.row).document(position.part, m_cache);
    if (!document)
        return;
    QTextCursor cursor(document);
    cursor.setPosition(std::min(position.offset, document->characterCount() - 1));
    cursor.select(QTextCursor::WordUnderCursor);
    m_selectionAnchor = {position.row, position.part, cursor.selectionStart()};
    m_selectionCursor = {position.row, position.part, cursor.selectionEnd()};
    m_selecting = false;
    viewport()->update();
}

void TranscriptView::activate(const RowHit &hit)
{
    const Message &message = m_model->message(hit.row);
    switch (hit.hit.kind) {
    case MessageLayout::Hit::Kind::Button:
        if (hit.hit.action == MessageAction::Copy) {
            copyText(message.content);
            m_copiedMessage = message.id;
            m_copiedBlock = -1;
            m_copiedTimer->start();
        } else {
            Q_EMIT actionTriggered(message.id, hit.hit.action);
        }
        break;
    case MessageLayout::Hit::Kind::CopyCode: copyCode(hit.row, hit.hit.block); break;
    case MessageLayout::Hit::Kind::ReasoningToggle: toggleReasoning(hit.row); break;
    case MessageLayout::Hit::Kind::Link: Q_EMIT linkActivated(QUrl(hit.hit.link), message.id); break;
    case MessageLayout::Hit::Kind::Text:
    case MessageLayout::Hit::Kind::Nothing: break;
    }
}

void TranscriptView::copyText(const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
}

void TranscriptView::copyCode(int row, int block)
{
    copyText(layout(row).codeBlock(block));
    m_copiedMessage = m_model->message(row).id;
    m_copiedBlock = block;
    m_copiedTimer->start();
    viewport()->update();
}

void TranscriptView::toggleReasoning(int row)
{
    const Anchor anchor = captureAnchor();
    MessageLayout &rowLayout = layout(row);
    const bool collapsed = !rowLayout.isReasoningCollapsed();
    m_reasoningChoice.insert(rowLayout.message().id, collapsed);
    rowLayout.setReasoningCollapsed(collapsed);
    m_heights.set(row, rowLayout.height());
    ensureLayout();
    restoreAnchor(anchor);
    viewport()->update();
}

// -- keyboard ---------------------------------------------------------------------------------

void TranscriptView::keyPressEvent(QKeyEvent *event)
{
    QScrollBar *bar = verticalScrollBar();
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
    } else if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
    } else if (event->key() == Qt::Key_PageUp) {
        bar->triggerAction(QAbstractSlider::SliderPageStepSub);
    } else if (event->key() == Qt::Key_PageDown || (event->key() == Qt::Key_Space && m_focusButton < 0)) {
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
    } else if (event->key() == Qt::Key_Up) {
        bar->triggerAction(QAbstractSlider::SliderSingleStepSub);
    } else if (event->key() == Qt::Key_Down) {
        bar->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    } else if (event->key() == Qt::Key_Home) {
        scrollToTop();
    } else if (event->key() == Qt::Key_End) {
        scrollToBottom();
    } else if (event->key() == Qt::Key_Menu || (event->key() == Qt::Key_F10 && event->modifiers() & Qt::ShiftModifier)) {
        const int row = m_focusRow >= 0 ? m_focusRow : visibleRows().second;
        showMenu(viewport()->mapToGlobal(row >= 0 ? messageRect(row).center() : QPoint()), row);
    } else if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)
               && m_focusRow >= 0 && m_focusButton >= 0) {
        const MessageLayout::Button &button = layout(m_focusRow).buttons().value(m_focusButton);
        activate({m_focusRow, {MessageLayout::Hit::Kind::Button, -1, 0, {}, button.action, -1}});
    } else if (event->key() == Qt::Key_Escape && (hasSelection() || m_focusButton >= 0)) {
        m_selectionAnchor = m_selectionCursor = {};
        m_selectAll = false;
        m_focusRow = m_focusButton = -1;
        viewport()->update();
    } else {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool TranscriptView::focusNextPrevChild(bool next)
{
    // Tab walks the buttons of the messages in view before leaving the transcript.
    moveButtonFocus(next);
    if (m_focusButton >= 0)
        return true;
    return QAbstractScrollArea::focusNextPrevChild(next);
}

void TranscriptView::moveButtonFocus(bool next)
{
    const auto [first, last] = visibleRows();
    if (first < 0) {
        m_focusRow = m_focusButton = -1;
        return;
    }
    QList<QPair<int, int>> order; // (row, button) of every button in view
    for (int row = first; row <= last; ++row) {
        for (int i = 0; i < layout(row).buttons().size(); ++i)
            order.append({row, i});
    }
    const qsizetype at = order.indexOf({m_focusRow, m_focusButton});
    qsizetype wanted = at < 0 ? (next ? 0 : order.size() - 1) : at + (next ? 1 : -1);
    if (wanted < 0 || wanted >= order.size()) {
        m_focusRow = m_focusButton = -1;
    } else {
        m_focusRow = order.at(wanted).first;
        m_focusButton = order.at(wanted).second;
    }
    viewport()->update();
}

void TranscriptView::contextMenuEvent(QContextMenuEvent *event)
{
    const RowHit hit = event->reason() == QContextMenuEvent::Mouse ? hitAt(viewport()->mapFrom(this, event->pos()))
                                                                    : RowHit{visibleRows().second, {}};
    showMenu(event->globalPos(), hit.row);
}

void TranscriptView::showMenu(const QPoint &globalPos, int row)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("transcriptMenu"));
    if (hasSelection())
        menu.addAction(tr("&Copy"), this, &TranscriptView::copySelection);
    if (row >= 0) {
        const QString markdown = m_model->message(row).content;
        menu.addAction(tr("Copy Message as &Markdown"), this, [this, markdown] { copyText(markdown); });
    }
    menu.addAction(tr("Copy &Conversation"), this, [this] { copyText(conversationMarkdown()); });
    menu.addAction(tr("Select &All"), this, &TranscriptView::selectAll);
    if (row >= 0) {
        const qint64 id = m_model->message(row).id;
        bool separated = false;
        for (const MessageAction action : actionsFor(row)) {
            if (action == MessageAction::Copy || action == MessageAction::PreviousVersion
                || action == MessageAction::NextVersion)
                continue;
            if (!separated)
                menu.addSeparator();
            separated = true;
            menu.addAction(MessageLayout::actionLabel(action), this, [this, id, action] { Q_EMIT actionTriggered(id, action); });
        }
    }
    menu.exec(globalPos);
}

// -- selection --------------------------------------------------------------------------------

bool TranscriptView::hasSelection() const
{
    return m_selectAll || (m_selectionAnchor.isValid() && m_selectionAnchor != m_selectionCursor);
}

void TranscriptView::selectAll()
{
    m_selectAll = m_model->rowCount() > 0;
    viewport()->update();
}

void TranscriptView::copySelection()
{
    if (hasSelection())
        copyText(selectedText());
}

QString TranscriptView::selectedText()
{
    if (m_selectAll)
        return conversationMarkdown();
    if (!hasSelection())
        return {};
    const TranscriptPosition start = std::min(m_selectionAnchor, m_selectionCursor);
    const TranscriptPosition end = std::max(m_selectionAnchor, m_selectionCursor);
    QStringList pieces;
    for (int row = start.row; row <= end.row && row < m_model->rowCount(); ++row) {
        // A message selected whole is copied as it was written; a part of one as shown.
        if (row > start.row && row < end.row) {
            pieces << m_model->message(row).content;
            continue;
        }
        MessageLayout &rowLayout = layout(row);
        QStringList inRow;
        for (int part = 0; part < rowLayout.parts().size(); ++part) {
            if (rowLayout.parts().at(part).kind == MessageLayout::PartKind::Footer || !rowLayout.document(part, m_cache))
                continue;
            if (TranscriptPosition{row, part, std::numeric_limits<int>::max()} < start || end < TranscriptPosition{row, part, 0})
                continue;
            const int from = row == start.row && part == start.part ? start.offset : 0;
            const int to = row == end.row && part == end.part ? end.offset : std::numeric_limits<int>::max();
            inRow << rowLayout.textOf(part, from, to, m_cache);
        }
        pieces << inRow.join(u'\n');
    }
    pieces.removeAll(QString());
    return pieces.join(QStringLiteral("\n\n"));
}

QString TranscriptView::conversationMarkdown() const
{
    QStringList out;
    for (const Message &message : m_model->messages())
        out << QStringLiteral("## ") + MessageLayout::headerText(message) + QStringLiteral("\n\n") + message.content;
    return out.join(QStringLiteral("\n\n"));
}

// -- find -------------------------------------------------------------------------------------

int TranscriptView::setFindText(const QString &text)
{
    m_search.setText(text, *m_model);
    m_currentFind = -1;
    m_currentMatch = {};
    if (m_search.count() == 0) {
        viewport()->update();
        Q_EMIT findStatusChanged(0, 0);
        return 0;
    }
    showFind(m_search.firstFrom(std::max(0, visibleRows().first)));
    return m_search.count();
}

void TranscriptView::findNext()
{
    if (m_search.count() > 0)
        showFind((m_currentFind + 1) % m_search.count());
}

void TranscriptView::findPrevious()
{
    if (m_search.count() > 0)
        showFind((m_currentFind - 1 + m_search.count()) % m_search.count());
}

void TranscriptView::findFromMessage(qint64 messageId, const QString &text)
{
    m_search.setText(text, *m_model);
    const int row = m_model->rowOf(messageId);
    if (row < 0)
        return;
    const int index = m_search.firstFrom(row);
    if (index >= 0 && m_search.match(index, *m_model).row == row)
        showFind(index);
    else
        showMessage(messageId);
}

void TranscriptView::showFind(int index)
{
    m_currentFind = index;
    m_currentMatch = m_search.match(index, *m_model);
    if (!m_currentMatch.isValid())
        return;
    const int row = m_currentMatch.row;
    estimateRest();
    m_follow = false;
    // The match's place in its rendered piece: the same occurrence of the text there.
    for (int round = 0; round < 3; ++round) {
        MessageLayout &rowLayout = layout(row);
        const int part = rowLayout.partForTextOffset(m_currentMatch.offset);
        qreal y = 0;
        if (part >= 0) {
            int occurrence = rowLayout.occurrencesBefore(part, m_currentMatch.offset, m_search.text());
            QTextDocument *document = rowLayout.document(part, m_cache);
            QTextCursor found = document ? document->find(m_search.text()) : QTextCursor();
            while (occurrence-- > 0 && !found.isNull())
                found = document->find(m_search.text(), found);
            y = rowLayout.yOf(part, found.isNull() ? 0 : found.selectionStart(), m_cache);
        }
        updateScrollRange();
        setScrollY(rowTop(row) + y - viewport()->height() / 3.0);
        ensureLayout();
    }
    m_follow = isAtBottom();
    viewport()->update();
    Q_EMIT findStatusChanged(m_currentFind + 1, m_search.count());
}

// -- for screen readers and tests -------------------------------------------------------------

QString TranscriptView::messageText(int row)
{
    return layout(row).shownText(m_cache);
}

QString TranscriptView::visibleText()
{
    const auto [first, last] = visibleRows();
    QStringList texts;
    for (int row = first; row >= 0 && row <= last; ++row)
        texts << messageText(row);
    return texts.join(u'\n');
}

QRect TranscriptView::buttonRect(qint64 messageId, MessageAction action)
{
    const int row = m_model->rowOf(messageId);
    if (row < 0)
        return {};
    MessageLayout &rowLayout = layout(row);
    const MessageLayout::Part &footer = rowLayout.parts().constLast();
    for (const MessageLayout::Button &button : rowLayout.buttons()) {
        if (button.action == action)
            return button.rect.translated(columnLeft(), rowTop(row) - scrollY() + footer.top).toAlignedRect();
    }
    return {};
}

QRect TranscriptView::copyCodeRect(qint64 messageId, int block)
{
    const int row = m_model->rowOf(messageId);
    if (row < 0)
        return {};
    return layout(row).copyCodeRect(block).translated(columnLeft(), rowTop(row) - scrollY()).toAlignedRect();
}

QRect TranscriptView::reasoningToggleRect(qint64 messageId)
{
    const int row = m_model->rowOf(messageId);
    if (row < 0)
        return {};
    for (const MessageLayout::Part &part : layout(row).parts()) {
        if (part.kind == MessageLayout::PartKind::ReasoningToggle)
            return QRectF(columnLeft(), rowTop(row) - scrollY() + part.top, columnWidth(), part.height).toAlignedRect();
    }
    return {};
}
