#pragma once

#include "chat/Message.h"

#include <QHash>
#include <QPointer>
#include <QTextBrowser>

class QTextFrame;
class QTimer;
class QToolButton;

// Shows one conversation: each message in a frame of one rich-text document, replies rendered
// from Markdown (never the model's raw HTML), reasoning apart in grey, and a footer with the
// reply's figures. Long histories show their last messages first and load earlier ones on
// request; a streaming reply is re-rendered at most every kRenderIntervalMs, not per token.
// The view follows the bottom while you are there and stays put when you scroll up.
class TranscriptView final : public QTextBrowser
{
    Q_OBJECT

public:
    static constexpr int kInitialMessages = 40;
    static constexpr int kRenderIntervalMs = 50;

    explicit TranscriptView(QWidget *parent = nullptr);

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

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void render(const Message &message, QTextFrame *frame);
    void shadeCodeBlocks(int from, int to);
    QTextFrame *insertFrame(int position);
    void renderPending();
    void showEarlier();
    void placeJumpButton();
    void updateJumpButton();
    void scrollToLatest();

    QList<Message> m_messages;   // the whole conversation, oldest first
    int m_firstShown = 0;        // index in m_messages of the first message in the document
    QHash<qint64, QPointer<QTextFrame>> m_frames;
    QHash<qint64, Message> m_pending; // streaming replies waiting for the next render tick
    QTimer *m_renderTimer = nullptr;
    QToolButton *m_jumpButton = nullptr;
};
