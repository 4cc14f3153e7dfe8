#pragma once

#include "domain/Message.h"

#include <QHash>
#include <QSet>
#include <QPointer>
#include <QTextBrowser>

#include <functional>

class QTextCursor;
class QTextFrame;
class QTimer;
class QToolButton;

// The transcript as it was before the virtualised one (one QTextDocument for the whole
// conversation, the last 40 messages first, "show earlier" for the rest), kept only so the
// benchmarks can measure it beside the real one in the same process.
// Shows one conversation: each message in a frame of one rich-text document, replies rendered
// from Markdown (never the model's raw HTML), reasoning apart in grey, and a footer with the
// reply's figures. Long histories show their last messages first and load earlier ones on
// request; a streaming reply is re-rendered at most every kRenderIntervalMs, not per token.
// The view follows the bottom while you are there and stays put when you scroll up.
class LegacyTranscriptView final : public QTextBrowser
{
    Q_OBJECT

public:
    static constexpr int kInitialMessages = 40;
    static constexpr int kRenderIntervalMs = 50;

    explicit LegacyTranscriptView(QWidget *parent = nullptr);

    void showConversation(const QList<Message> &messages);
    void clearConversation();
    void appendMessage(const Message &message);
    // The growing reply; rendered on the next tick, so a burst of tokens costs one render.
    void updateStreaming(qint64 messageId, const QString &content, const QString &reasoning);
    void finishMessage(const Message &message);

    int shownMessageCount() const { return int(m_frames.size()); }
    bool isAtBottom() const;
    // The footer line of a reply: model, tokens (≈ when estimated), TTFT, total, speed, cost.
    static QString footerText(const Message &message);
    // The contents of the fenced code blocks of a Markdown text, in order.
    static QStringList codeBlocks(const QString &markdown);

Q_SIGNALS:
    // The actions under a message; copying and showing reasoning are handled here.
    void regenerateRequested(qint64 messageId);
    void editRequested(qint64 messageId);
    void deleteRequested(qint64 messageId);
    void externalLinkActivated(const QUrl &url);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The stored copy of a message, searched from the newest: the one streaming or finishing is
    // the last, and this runs for every delta of a reply in a long conversation.
    Message *messageById(qint64 id);
    // How much of a streaming reply is laid out for good: Markdown blocks end at a blank line
    // outside a code fence, and a finished block never changes, so only the open tail is
    // rendered again as tokens arrive. That keeps each render small however long the reply.
    struct StreamLayout
    {
        QPointer<QTextFrame> reasoning;
        QPointer<QTextFrame> stable;
        QPointer<QTextFrame> tail;
        QPointer<QTextFrame> footer;
        int reasoningLength = 0;
        int stableLength = 0; // characters of content rendered into `stable`
        int scanned = 0;      // where the search for the next block end resumes
        bool inFence = false;
    };

    void render(const Message &message, QTextFrame *frame);
    void renderStreaming(const Message &message, QTextFrame *frame);
    void renderHeader(QTextCursor &cursor, const Message &message);
    void renderFooter(QTextCursor &cursor, const Message &message);
    void insertMarkdown(QTextCursor &cursor, const QString &markdown);
    void replaceFrameContents(QTextFrame *frame, const std::function<void(QTextCursor &)> &fill);
    void shadeCodeBlocks(int from, int to);
    QTextFrame *insertFrame(int position);
    void renderPending();
    void showEarlier();
    void onAnchor(const QUrl &url);
    void placeJumpButton();
    void updateJumpButton();
    void scrollToLatest();

    QList<Message> m_messages;   // the whole conversation, oldest first
    int m_firstShown = 0;        // index in m_messages of the first message in the document
    QHash<qint64, QPointer<QTextFrame>> m_frames;
    QHash<qint64, Message> m_pending; // streaming replies waiting for the next render tick
    QHash<qint64, StreamLayout> m_streams;
    QSet<qint64> m_collapsedReasoning;
    QTimer *m_renderTimer = nullptr;
    QToolButton *m_jumpButton = nullptr;
};
