#include "chat/TranscriptView.h"

#include <QTest>
#include <QTextDocument>

namespace {
Message message(qint64 id, Message::Role role, const QString &content)
{
    Message m;
    m.id = id;
    m.role = role;
    m.content = content;
    return m;
}
} // namespace

class TstTranscriptView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelHtmlIsNeverRendered();
    void longHistoryShowsTheLatestFirst();
    void streamingKeepsFinishedBlocksAndTheEndMatchesAFullRender();
    void footerSaysWhatIsEstimated();
    void codeBlocksAreFound();
};

void TstTranscriptView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TstTranscriptView::modelHtmlIsNeverRendered()
{
    TranscriptView view;
    view.showConversation({message(1, Message::Role::Assistant,
                                   QStringLiteral("Hello <b>bold?</b> <img src=\"x\"> <script>alert(1)</script> **real bold**"))});
    const QString text = view.toPlainText();
    QVERIFY(text.contains(QStringLiteral("<b>bold?</b>")));
    QVERIFY(text.contains(QStringLiteral("<script>alert(1)</script>")));
    QVERIFY(text.contains(QStringLiteral("real bold")));
    QVERIFY(!text.contains(QStringLiteral("**real bold**")));
    QVERIFY(!view.document()->toHtml().contains(QStringLiteral("<img")));
}

void TstTranscriptView::longHistoryShowsTheLatestFirst()
{
    QList<Message> messages;
    for (int i = 0; i < 100; ++i)
        messages << message(i + 1, i % 2 ? Message::Role::Assistant : Message::Role::User, QStringLiteral("message %1 end").arg(i));
    TranscriptView view;
    view.resize(600, 400);
    view.showConversation(messages);
    QCOMPARE(view.shownMessageCount(), TranscriptView::kInitialMessages);
    QVERIFY(view.toPlainText().contains(QStringLiteral("message 99 end")));
    QVERIFY(!view.toPlainText().contains(QStringLiteral("message 0 end")));
    QVERIFY(view.toPlainText().contains(QStringLiteral("Show 60 earlier message")));
    Q_EMIT view.anchorClicked(QUrl(QStringLiteral("tally:earlier")));
    QCOMPARE(view.shownMessageCount(), 80);
    Q_EMIT view.anchorClicked(QUrl(QStringLiteral("tally:earlier")));
    QCOMPARE(view.shownMessageCount(), 100);
    QVERIFY(view.toPlainText().contains(QStringLiteral("message 0 end")));
    QVERIFY(!view.toPlainText().contains(QStringLiteral("earlier message")));
    // In order, oldest first.
    QVERIFY(view.toPlainText().indexOf(QStringLiteral("message 0 end")) < view.toPlainText().indexOf(QStringLiteral("message 99 end")));
}

void TstTranscriptView::streamingKeepsFinishedBlocksAndTheEndMatchesAFullRender()
{
    const QString reply = QStringLiteral("# Title\n\nFirst paragraph.\n\n```cpp\nint a;\n\nint b;\n```\n\n- one\n- two\n\nLast words.");
    TranscriptView streaming;
    Message growing = message(7, Message::Role::Assistant, QString());
    growing.state = Message::State::Streaming;
    streaming.showConversation({growing});
    for (qsizetype cut = 1; cut <= reply.size(); cut += 3) {
        streaming.updateStreaming(7, reply.left(cut), QString());
        if (cut % 30 == 1)
            QTest::qWait(TranscriptView::kRenderIntervalMs + 10);
    }
    Message done = message(7, Message::Role::Assistant, reply);
    streaming.finishMessage(done);

    TranscriptView whole;
    whole.showConversation({done});
    // The blank line inside the code fence did not split the code block.
    QCOMPARE(streaming.toPlainText().simplified(), whole.toPlainText().simplified());
    QVERIFY(streaming.toPlainText().contains(QStringLiteral("int a;\n\nint b;")));
}

void TstTranscriptView::footerSaysWhatIsEstimated()
{
    Message reply = message(1, Message::Role::Assistant, QStringLiteral("x"));
    MessageStats stats;
    stats.usage = {1500, 20, 0, 0, TokenUsage::Source::Estimated};
    stats.ttftMs = 250;
    stats.totalMs = 1200;
    stats.tokensPerSecond = 12.5;
    reply.stats = stats;
    reply.cost = CostEstimate::unknown();
    QCOMPARE(TranscriptView::footerText(reply),
             QStringLiteral("≈ 1,500 → 20 tokens (estimated) · TTFT 250 ms · total 1.2 s · 12.5 tokens/s · cost unknown"));
    reply.stats->usage.source = TokenUsage::Source::Reported;
    reply.cost = CostEstimate::reported(0.0021, QStringLiteral("USD"));
    reply.state = Message::State::Incomplete;
    reply.errorMessage = QStringLiteral("cut off");
    QCOMPARE(TranscriptView::footerText(reply), QStringLiteral("⚠ incomplete · 1,500 → 20 tokens · TTFT 250 ms · total 1.2 s · "
                                                               "12.5 tokens/s · $0.002100 (reported) · cut off"));
}

void TstTranscriptView::codeBlocksAreFound()
{
    QCOMPARE(TranscriptView::codeBlocks(QStringLiteral("a\n```py\nx = 1\n```\nb\n~~~\ny\n\nz\n~~~\n")),
             (QStringList{QStringLiteral("x = 1"), QStringLiteral("y\n\nz")}));
    QVERIFY(TranscriptView::codeBlocks(QStringLiteral("no code")).isEmpty());
}

QTEST_MAIN(TstTranscriptView)
#include "tst_transcriptview.moc"
