#pragma once

#include "domain/Message.h"
#include "transcript/DocumentCache.h"
#include "transcript/MessageAction.h"
#include "transcript/MessageLayout.h"
#include "transcript/RowHeights.h"
#include "transcript/TranscriptPosition.h"
#include "transcript/TranscriptSearch.h"
#include "transcript/TranscriptStyle.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <functional>
#include <limits>
#include <memory>
#include <vector>

class QTimer;
class QToolButton;
class TranscriptModel;

// The conversation: a virtualised list over a TranscriptModel. Each message is laid out on its
// own (MessageLayout), long ones piece by piece, from documents kept in a bounded cache; rows
// and pieces not yet seen have estimated heights, and only what is in view is laid out and
// drawn, so a history of any length opens, scrolls and streams at the cost of one screen.
// When estimates turn into measurements above the view, the view keeps what the reader looks
// at in place; at the bottom it follows a growing reply, with a jump-to-latest button when
// the reader has scrolled up. Text can be selected and copied; Tally's actions are buttons
// it draws (nothing in a reply can trigger them); links ask the window before opening.
class TranscriptView final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    static constexpr int kRelayoutIntervalMs = 33;

    explicit TranscriptView(QWidget *parent = nullptr);
    ~TranscriptView() override;

    TranscriptModel *model() const { return m_model; }

    // Conveniences over the model, as the window uses them.
    void showConversation(const QList<Message> &messages);
    void clearConversation();
    void appendMessage(const Message &message);
    void updateStreaming(qint64 messageId, const QString &content, const QString &reasoning);
    void finishMessage(const Message &message);
    void removeMessage(qint64 messageId);

    // Which buttons a message gets; by default Copy and Delete, Regenerate on the latest reply
    // and Edit on the latest question. `row` is the message's row in the model.
    using ActionProvider = std::function<MessageActions(const Message &message, int row)>;
    void setActionProvider(ActionProvider provider);
    // "2 / 3" for a message with versions, or empty.
    using VersionProvider = std::function<QString(const Message &message)>;
    void setVersionProvider(VersionProvider provider);
    // The window's rules changed (a send started or ended): buttons are asked for again.
    void refreshActions();

    bool isAtBottom() const;
    void scrollToBottom();
    void scrollToTop();
    // Scrolls so that the message is in view (its top at the top), and marks it for a moment.
    void showMessage(qint64 messageId);

    // Find in this conversation: every match is marked, the current one stands out and is
    // scrolled into view. Returns the number of matches.
    int setFindText(const QString &text);
    void findNext();
    void findPrevious();
    int findCount() const { return m_search.count(); }
    int currentFind() const { return m_currentFind; }
    // The find starts at the first match in this message (a sidebar search hit).
    void findFromMessage(qint64 messageId, const QString &text);

    bool hasSelection() const;
    QString selectedText();
    void selectAll();
    void copySelection();
    // The whole conversation as Markdown, for the clipboard.
    QString conversationMarkdown() const;

    // The text of one row as shown (header, text, footer): for screen readers and tests.
    QString messageText(int row);
    // The text of the rows now in view.
    QString visibleText();
    // The rows now in view, first and last (-1 when empty).
    QPair<int, int> visibleRows() const;
    // Where a message's button is, in viewport coordinates (for tests and keyboard focus).
    QRect buttonRect(qint64 messageId, MessageAction action);
    QRect copyCodeRect(qint64 messageId, int block);
    QRect reasoningToggleRect(qint64 messageId);
    QRect messageRect(int row) const;
    int layoutCount() const;
    int cachedDocumentCount() const { return m_cache.count(); }

    // The footer line of a reply: model, tokens (≈ when estimated), TTFT, total, speed, cost.
    static QString footerText(const Message &message) { return MessageLayout::footerText(message); }

Q_SIGNALS:
    void actionTriggered(qint64 messageId, MessageAction action);
    // A link in a reply was clicked; the window decides (and asks) before anything opens.
    void linkActivated(const QUrl &url, qint64 messageId);
    void findStatusChanged(int current, int total);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    struct Anchor
    {
        int row = -1;
        int part = -1;
        qreal offset = 0; // from the top of that part (or row) to the top of the view
        bool bottom = false;
    };
    struct RowHit
    {
        int row = -1;
        MessageLayout::Hit hit;
    };

    void connectModel();
    void onReset();
    void onRowsInserted(int first, int last);
    void onRowsRemoved(int first, int last);
    void onDataChanged(int first, int last);
    void relayoutChanged();

    MessageLayout &layout(int row);
    MessageActions actionsFor(int row) const;
    void prepare(MessageLayout &layout, int row) const;
    qreal columnWidth() const;
    qreal columnLeft() const;
    qreal contentTop() const { return 8; }
    qreal scrollY() const;
    qreal rowTop(int row) const { return contentTop() + m_heights.top(row); }
    // A row's measured height, or its estimate until it is laid out.
    qreal heightOf(int row, qreal width) const;
    void rebuildHeights();
    void estimateNewest();
    void estimateRest();
    void restyle();
    // Lays out what is in view, keeping the reader's place. With a budget (scrolling), what does
    // not fit is drawn as a placeholder and laid out in the next rounds of the event loop.
    void ensureLayout(qint64 budgetNs = std::numeric_limits<qint64>::max());
    // True when a height changed; `complete` says whether everything in view is measured.
    bool measureVisible(qint64 budgetNs, bool *complete);
    Anchor captureAnchor() const;
    void restoreAnchor(const Anchor &anchor);
    void updateScrollRange();
    void setScrollY(qreal y);
    void prefetch();
    void placeJumpButton();
    void updateJumpButton();

    RowHit hitAt(const QPoint &viewportPoint);
    TranscriptPosition positionAt(const QPoint &viewportPoint);
    MessageLayout::Decoration decorationFor(int row) const;
    void activate(const RowHit &hit);
    void copyText(const QString &text);
    void copyCode(int row, int block);
    void toggleReasoning(int row);
    void selectWordAt(const QPoint &viewportPoint);
    void autoScroll();
    void updateHover(const QPoint &viewportPoint);
    void showFind(int index);
    void showMenu(const QPoint &globalPos, int row);
    void moveButtonFocus(bool next);

    TranscriptModel *m_model = nullptr;
    TranscriptStyle m_style;
    DocumentCache m_cache;
    RowHeights m_heights;
    std::vector<std::unique_ptr<MessageLayout>> m_layouts;
    QSet<int> m_changedRows;      // rows whose text changed since the last relayout
    QHash<qint64, bool> m_reasoningChoice; // reasoning the reader folded or unfolded
    ActionProvider m_actions;
    VersionProvider m_versions;
    bool m_follow = true;          // at the bottom: stay there as text arrives
    bool m_settingScroll = false;
    Anchor m_anchor;

    TranscriptPosition m_selectionAnchor;
    TranscriptPosition m_selectionCursor;
    bool m_selecting = false;
    bool m_selectAll = false;
    RowHit m_press;
    QPoint m_pressPoint;
    QPoint m_lastMouse;
    int m_hoverRow = -1;
    int m_hoverButton = -1;
    int m_hoverCopyBlock = -1;
    int m_focusRow = -1;           // keyboard focus on a button: its row and index
    int m_focusButton = -1;
    qint64 m_copiedMessage = 0;
    int m_copiedBlock = -1;
    qint64 m_highlighted = 0;

    TranscriptSearch m_search;
    int m_currentFind = -1;
    TranscriptSearch::Match m_currentMatch;

    QTimer *m_relayoutTimer = nullptr;
    QTimer *m_prefetchTimer = nullptr;
    QTimer *m_completeTimer = nullptr; // finishes a layout that ran out of its budget
    QTimer *m_estimateTimer = nullptr; // estimates the older rows once the newest are shown
    int m_unestimated = 0;             // rows [0, this) stand in at a mean height until then
    QTimer *m_autoScrollTimer = nullptr;
    QTimer *m_copiedTimer = nullptr;
    QTimer *m_highlightTimer = nullptr;
    QToolButton *m_jumpButton = nullptr;
};
