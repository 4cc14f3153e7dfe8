#include "LegacyTranscriptView.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTimer>
#include <QToolButton>

namespace {

const auto kMarkdownFeatures =
    QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML);

QString duration(qint64 ms)
{
    const QLocale locale;
    if (ms < 1000)
        return QCoreApplication::translate("LegacyTranscriptView", "%1 ms").arg(locale.toString(ms));
    return QCoreApplication::translate("LegacyTranscriptView", "%1 s").arg(locale.toString(ms / 1000.0, 'f', 1));
}

} // namespace

LegacyTranscriptView::LegacyTranscriptView(QWidget *parent)
    : QTextBrowser(parent)
    , m_renderTimer(new QTimer(this))
    , m_jumpButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("transcriptView"));
    setAccessibleName(tr("Conversation transcript"));
    setOpenExternalLinks(false);
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    setPlaceholderText(tr("Messages of the selected conversation appear here."));
    document()->setDocumentMargin(12);

    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(kRenderIntervalMs);
    connect(m_renderTimer, &QTimer::timeout, this, &LegacyTranscriptView::renderPending);

    m_jumpButton->setObjectName(QStringLiteral("jumpToLatestButton"));
    m_jumpButton->setText(tr("Jump to latest ↓"));
    m_jumpButton->setAccessibleName(tr("Jump to the latest message"));
    m_jumpButton->setAutoRaise(false);
    m_jumpButton->hide();
    connect(m_jumpButton, &QToolButton::clicked, this, &LegacyTranscriptView::scrollToLatest);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &LegacyTranscriptView::updateJumpButton);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &LegacyTranscriptView::updateJumpButton);

    connect(this, &QTextBrowser::anchorClicked, this, &LegacyTranscriptView::onAnchor);
}

void LegacyTranscriptView::onAnchor(const QUrl &url)
{
    if (url.scheme() != u"tally") {
        // Links from the model open in the browser only after the person sees where they go.
        if (url.scheme() == u"https" || url.scheme() == u"http")
            Q_EMIT externalLinkActivated(url);
        return;
    }
    const QStringList parts = url.path().split(u'/');
    const QString verb = parts.value(0);
    if (verb == u"earlier") {
        showEarlier();
        return;
    }
    const qint64 id = parts.value(1).toLongLong();
    const auto found = std::find_if(m_messages.cbegin(), m_messages.cend(), [id](const Message &m) { return m.id == id; });
    if (found == m_messages.cend())
        return;
    if (verb == u"copy") {
        QGuiApplication::clipboard()->setText(found->content);
    } else if (verb == u"copy-code") {
        QGuiApplication::clipboard()->setText(codeBlocks(found->content).value(parts.value(2).toInt()));
    } else if (verb == u"reasoning") {
        if (!m_collapsedReasoning.remove(id))
            m_collapsedReasoning.insert(id);
        if (const QPointer<QTextFrame> frame = m_frames.value(id))
            render(*found, frame);
    } else if (verb == u"regenerate") {
        Q_EMIT regenerateRequested(id);
    } else if (verb == u"edit") {
        Q_EMIT editRequested(id);
    } else if (verb == u"delete") {
        Q_EMIT deleteRequested(id);
    }
}

void LegacyTranscriptView::clearConversation()
{
    m_messages.clear();
    m_frames.clear();
    m_pending.clear();
    m_streams.clear();
    m_firstShown = 0;
    clear();
}

void LegacyTranscriptView::showConversation(const QList<Message> &messages)
{
    clearConversation();
    m_messages = messages;
    // Only the last messages are laid out: opening a 2,000-message conversation must not wait
    // for the 1,960 nobody is looking at.
    m_firstShown = std::max<int>(0, int(messages.size()) - kInitialMessages);
    if (m_firstShown > 0) {
        QTextCursor cursor(document());
        cursor.insertHtml(QStringLiteral("<p align=\"center\"><a href=\"tally:earlier\">%1</a></p>")
                              .arg(tr("Show %Ln earlier message(s)", nullptr, m_firstShown).toHtmlEscaped()));
    }
    for (int i = m_firstShown; i < messages.size(); ++i) {
        QTextFrame *frame = insertFrame(document()->rootFrame()->lastPosition());
        m_frames.insert(messages.at(i).id, frame);
        render(messages.at(i), frame);
    }
    scrollToLatest();
}

void LegacyTranscriptView::showEarlier()
{
    if (m_firstShown == 0)
        return;
    const int from = std::max(0, m_firstShown - kInitialMessages);
    // Remove the "show earlier" line, then insert the older messages above what is shown.
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::Start);
    cursor.movePosition(QTextCursor::NextBlock, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    const int scrollFromBottom = verticalScrollBar()->maximum() - verticalScrollBar()->value();
    int position = 0;
    for (int i = from; i < m_firstShown; ++i) {
        QTextFrame *frame = insertFrame(position);
        m_frames.insert(m_messages.at(i).id, frame);
        render(m_messages.at(i), frame);
        position = frame->lastPosition() + 1;
    }
    m_firstShown = from;
    if (m_firstShown > 0) {
        QTextCursor top(document());
        top.insertHtml(QStringLiteral("<p align=\"center\"><a href=\"tally:earlier\">%1</a></p>")
                           .arg(tr("Show %Ln earlier message(s)", nullptr, m_firstShown).toHtmlEscaped()));
    }
    // Keep what the reader was looking at in place.
    verticalScrollBar()->setValue(verticalScrollBar()->maximum() - scrollFromBottom);
}

QTextFrame *LegacyTranscriptView::insertFrame(int position)
{
    QTextCursor cursor(document());
    cursor.setPosition(position);
    QTextFrameFormat format;
    format.setTopMargin(6);
    format.setBottomMargin(10);
    format.setBorder(0);
    return cursor.insertFrame(format);
}

void LegacyTranscriptView::appendMessage(const Message &message)
{
    const bool follow = isAtBottom();
    m_messages.append(message);
    QTextFrame *frame = insertFrame(document()->rootFrame()->lastPosition());
    m_frames.insert(message.id, frame);
    render(message, frame);
    if (follow)
        scrollToLatest();
}

Message *LegacyTranscriptView::messageById(qint64 id)
{
    const auto found = std::find_if(m_messages.rbegin(), m_messages.rend(), [id](const Message &m) { return m.id == id; });
    return found == m_messages.rend() ? nullptr : &*found;
}

void LegacyTranscriptView::updateStreaming(qint64 messageId, const QString &content, const QString &reasoning)
{
    Message *found = messageById(messageId);
    if (!found)
        return;
    found->content = content;
    found->reasoning = reasoning;
    m_pending.insert(messageId, *found);
    if (!m_renderTimer->isActive())
        m_renderTimer->start();
}

void LegacyTranscriptView::finishMessage(const Message &message)
{
    m_pending.remove(message.id);
    if (Message *found = messageById(message.id))
        *found = message;
    const QPointer<QTextFrame> frame = m_frames.value(message.id);
    if (!frame)
        return;
    const bool follow = isAtBottom();
    // A reply laid out while streaming keeps its blocks: only what is left and the footer are
    // drawn again, so the end of a long reply does not cost one big render.
    if (m_streams.contains(message.id)) {
        renderStreaming(message, frame);
        const StreamLayout layout = m_streams.take(message.id);
        if (layout.footer)
            replaceFrameContents(layout.footer, [&](QTextCursor &cursor) { renderFooter(cursor, message); });
    } else {
        render(message, frame);
    }
    if (follow)
        scrollToLatest();
}

void LegacyTranscriptView::renderPending()
{
    const bool follow = isAtBottom();
    for (const Message &message : std::as_const(m_pending)) {
        if (const QPointer<QTextFrame> frame = m_frames.value(message.id))
            renderStreaming(message, frame);
    }
    m_pending.clear();
    if (follow)
        scrollToLatest();
}

void LegacyTranscriptView::renderHeader(QTextCursor &cursor, const Message &message)
{
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    heading.setForeground(palette().color(QPalette::PlaceholderText));
    QString who;
    switch (message.role) {
    case Message::Role::User: who = tr("You"); break;
    case Message::Role::Assistant:
        who = message.model.isEmpty() ? tr("Assistant") : tr("Assistant · %1").arg(message.model);
        break;
    case Message::Role::System: who = tr("System"); break;
    }
    cursor.insertText(who, heading);
}

void LegacyTranscriptView::renderFooter(QTextCursor &cursor, const Message &message)
{
    QTextCharFormat small;
    small.setForeground(palette().color(QPalette::PlaceholderText));
    small.setFontPointSize(std::max(7.0, font().pointSizeF() * 0.85));
    const QString footer = footerText(message);
    if (!footer.isEmpty())
        cursor.insertText(footer + QStringLiteral("   "), small);
    if (message.state == Message::State::Streaming)
        return; // actions come when the reply is done
    QTextCharFormat link = small;
    link.setForeground(palette().color(QPalette::Link));
    link.setAnchor(true);
    const auto action = [&](const QString &label, const QString &verb, const QString &extra = {}) {
        link.setAnchorHref(QStringLiteral("tally:%1/%2%3").arg(verb).arg(message.id).arg(extra));
        cursor.insertText(label, link);
        cursor.insertText(QStringLiteral("  "), small);
    };
    action(tr("Copy"), QStringLiteral("copy"));
    // One "Copy code" per fenced code block, numbered when there are several.
    const int blocks = int(codeBlocks(message.content).size());
    for (int i = 0; i < blocks; ++i)
        action(blocks == 1 ? tr("Copy code") : tr("Copy code %1").arg(i + 1), QStringLiteral("copy-code"),
               u'/' + QString::number(i));
    const bool last = !m_messages.isEmpty() && m_messages.constLast().id == message.id;
    if (message.role == Message::Role::Assistant && last)
        action(tr("Regenerate"), QStringLiteral("regenerate"));
    if (message.role == Message::Role::User && m_messages.size() >= 1) {
        // Only the latest question can be edited: editing an earlier one would drop the rest.
        const bool latestQuestion = last || (m_messages.size() >= 2 && m_messages.at(m_messages.size() - 2).id == message.id
                                             && m_messages.constLast().role == Message::Role::Assistant);
        if (latestQuestion)
            action(tr("Edit"), QStringLiteral("edit"));
    }
    action(tr("Delete"), QStringLiteral("delete"));
}

QStringList LegacyTranscriptView::codeBlocks(const QString &markdown)
{
    QStringList blocks;
    QString current;
    bool inFence = false;
    const QStringList lines = markdown.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QStringLiteral("```")) || trimmed.startsWith(QStringLiteral("~~~"))) {
            if (inFence)
                blocks << current;
            current.clear();
            inFence = !inFence;
            continue;
        }
        if (inFence)
            current += (current.isEmpty() ? QString() : QStringLiteral("\n")) + line;
    }
    return blocks;
}

void LegacyTranscriptView::insertMarkdown(QTextCursor &cursor, const QString &markdown)
{
    if (markdown.isEmpty())
        return;
    const int start = cursor.position();
    cursor.insertFragment(QTextDocumentFragment::fromMarkdown(markdown, kMarkdownFeatures));
    shadeCodeBlocks(start, cursor.position());
}

void LegacyTranscriptView::replaceFrameContents(QTextFrame *frame, const std::function<void(QTextCursor &)> &fill)
{
    QTextCursor cursor = frame->firstCursorPosition();
    cursor.setPosition(frame->lastPosition(), QTextCursor::KeepAnchor);
    cursor.beginEditBlock();
    cursor.removeSelectedText();
    cursor.setBlockFormat(QTextBlockFormat());
    cursor.setCharFormat(QTextCharFormat());
    fill(cursor);
    cursor.endEditBlock();
}

void LegacyTranscriptView::render(const Message &message, QTextFrame *frame)
{
    m_streams.remove(message.id);
    replaceFrameContents(frame, [&](QTextCursor &cursor) {
        renderHeader(cursor, message);
        if (!message.reasoning.isEmpty()) {
            QTextBlockFormat block;
            block.setLeftMargin(16);
            QTextCharFormat grey;
            grey.setForeground(palette().color(QPalette::PlaceholderText));
            grey.setFontItalic(true);
            QTextCharFormat toggle = grey;
            toggle.setAnchor(true);
            toggle.setAnchorHref(QStringLiteral("tally:reasoning/%1").arg(message.id));
            cursor.insertBlock(block, grey);
            const bool collapsed = m_collapsedReasoning.contains(message.id);
            cursor.insertText(collapsed ? tr("▸ Reasoning (%Ln characters)", nullptr, int(message.reasoning.size()))
                                        : tr("▾ Reasoning"),
                              toggle);
            if (!collapsed)
                cursor.insertText(QStringLiteral(": ") + message.reasoning, grey);
        }
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        if (message.role == Message::Role::Assistant)
            insertMarkdown(cursor, message.content);
        else
            cursor.insertText(message.content); // people's own text, exactly as typed
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        renderFooter(cursor, message);
    });
}

void LegacyTranscriptView::renderStreaming(const Message &message, QTextFrame *frame)
{
    auto layoutIt = m_streams.find(message.id);
    const bool stale = layoutIt != m_streams.end()
        && (!layoutIt->stable || !layoutIt->tail || message.content.size() < layoutIt->stableLength
            || message.reasoning.size() < layoutIt->reasoningLength);
    if (layoutIt == m_streams.end() || stale) {
        // First render of this reply (or its text changed under us): lay out the frames.
        StreamLayout layout;
        QTextFrameFormat plain;
        plain.setBorder(0);
        plain.setMargin(0);
        plain.setPadding(0);
        replaceFrameContents(frame, [&](QTextCursor &cursor) {
            renderHeader(cursor, message);
            QTextFrameFormat indented = plain;
            indented.setLeftMargin(16);
            layout.reasoning = cursor.insertFrame(indented);
            cursor = layout.reasoning->lastCursorPosition();
            cursor.movePosition(QTextCursor::NextBlock);
            layout.stable = cursor.insertFrame(plain);
            cursor = layout.stable->lastCursorPosition();
            cursor.movePosition(QTextCursor::NextBlock);
            layout.tail = cursor.insertFrame(plain);
            cursor = layout.tail->lastCursorPosition();
            cursor.movePosition(QTextCursor::NextBlock);
            layout.footer = cursor.insertFrame(plain);
        });
        layoutIt = m_streams.insert(message.id, layout);
    }
    StreamLayout &layout = *layoutIt;

    if (message.reasoning.size() > layout.reasoningLength) {
        QTextCharFormat grey;
        grey.setForeground(palette().color(QPalette::PlaceholderText));
        grey.setFontItalic(true);
        QTextCursor cursor = layout.reasoning->lastCursorPosition();
        if (layout.reasoningLength == 0)
            cursor.insertText(tr("Reasoning") + QStringLiteral(": "), grey);
        cursor.insertText(message.reasoning.mid(layout.reasoningLength), grey);
        layout.reasoningLength = int(message.reasoning.size());
    }

    // Find where the finished blocks end: the last blank line outside a code fence.
    const QString &text = message.content;
    int boundary = layout.stableLength;
    int lineStart = layout.scanned;
    while (true) {
        const qsizetype newline = text.indexOf(u'\n', lineStart);
        if (newline < 0)
            break;
        const QStringView line = QStringView(text).sliced(lineStart, newline - lineStart).trimmed();
        if (line.startsWith(u"```") || line.startsWith(u"~~~"))
            layout.inFence = !layout.inFence;
        else if (line.isEmpty() && !layout.inFence)
            boundary = int(newline + 1);
        lineStart = int(newline + 1);
    }
    layout.scanned = lineStart;
    if (boundary > layout.stableLength) {
        QTextCursor cursor = layout.stable->lastCursorPosition();
        if (layout.stableLength > 0)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        insertMarkdown(cursor, text.mid(layout.stableLength, boundary - layout.stableLength));
        layout.stableLength = boundary;
    }
    replaceFrameContents(layout.tail, [&](QTextCursor &cursor) { insertMarkdown(cursor, text.mid(layout.stableLength)); });
    replaceFrameContents(layout.footer, [&](QTextCursor &cursor) { renderFooter(cursor, message); });
}

void LegacyTranscriptView::shadeCodeBlocks(int from, int to)
{
    // The Markdown importer marks fenced code with BlockCodeFence; give those blocks a shaded
    // background so code stands apart from prose, as in every chat client.
    const QColor shade = palette().color(QPalette::AlternateBase);
    for (QTextBlock block = document()->findBlock(from); block.isValid() && block.position() <= to; block = block.next()) {
        if (!block.blockFormat().hasProperty(QTextFormat::BlockCodeFence))
            continue;
        QTextCursor cursor(block);
        QTextBlockFormat format = block.blockFormat();
        format.setBackground(shade);
        format.setLeftMargin(8);
        format.setRightMargin(8);
        cursor.setBlockFormat(format);
    }
}

QString LegacyTranscriptView::footerText(const Message &message)
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
        if (stats.totalMs)
            parts << tr("total %1").arg(duration(*stats.totalMs));
        if (stats.tokensPerSecond)
            parts << tr("%1 tokens/s").arg(locale.toString(*stats.tokensPerSecond, 'f', 1));
    }
    if (message.cost) {
        parts << (message.cost->isKnown() ? tr("%1 (%2)").arg(message.cost->format(), message.cost->sourceWord())
                                          : tr("cost unknown"));
    }
    if (!message.errorMessage.isEmpty() && message.state != Message::State::Cancelled)
        parts << message.errorMessage;
    return parts.join(QStringLiteral(" · "));
}

bool LegacyTranscriptView::isAtBottom() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - 4;
}

void LegacyTranscriptView::scrollToLatest()
{
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void LegacyTranscriptView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    placeJumpButton();
}

void LegacyTranscriptView::placeJumpButton()
{
    m_jumpButton->adjustSize();
    const QRect area = viewport()->geometry();
    m_jumpButton->move(area.right() - m_jumpButton->width() - 12, area.bottom() - m_jumpButton->height() - 12);
}

void LegacyTranscriptView::updateJumpButton()
{
    const bool away = !isAtBottom();
    if (away != m_jumpButton->isVisible()) {
        placeJumpButton();
        m_jumpButton->setVisible(away);
    }
}
