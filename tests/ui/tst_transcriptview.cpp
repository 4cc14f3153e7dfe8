// The transcript as a reader uses it, offscreen: a long history reached by keyboard and
// scrolling, nothing lost or doubled at any boundary, find, copy, streaming that follows the
// bottom, and replies that try to make it read files or trigger Tally's actions.
#include "transcript/DocumentCache.h"
#include "transcript/MessageLayout.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptView.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

Message message(qint64 id, Message::Role role, const QString &content)
{
    Message m;
    m.id = id;
    m.role = role;
    m.content = content;
    m.model = QStringLiteral("stepfun-v3");
    return m;
}

QList<Message> history(int count)
{
    QList<Message> messages;
    for (int i = 0; i < count; ++i) {
        const bool question = i % 2 == 0;
        QString text = question ? QStringLiteral("Question %1 asks something.").arg(i)
                                : QStringLiteral("Answer %1 says **this**.\n\n- one\n- two\n").arg(i);
        if (!question && i % 50 == 1)
            text += QStringLiteral("\n```python\nprint(%1)\n```\n\n| a | b |\n|---|---|\n| %1 | x |\n").arg(i);
        messages << message(i + 1, question ? Message::Role::User : Message::Role::Assistant, text);
    }
    return messages;
}

// The labels ("Question 12", "Answer 13") of the rows now in view.
QStringList labelsInView(TranscriptView &view)
{
    static const QRegularExpression label(QStringLiteral("(Question|Answer) (\\d+)"));
    QStringList labels;
    const auto [first, last] = view.visibleRows();
    for (int row = first; row >= 0 && row <= last; ++row) {
        const QRegularExpressionMatch match = label.match(view.messageText(row));
        if (match.hasMatch())
            labels << match.captured(0);
    }
    return labels;
}

std::unique_ptr<TranscriptView> shownView(const QList<Message> &messages, QSize size = {700, 500})
{
    auto view = std::make_unique<TranscriptView>();
    view->resize(size);
    view->show();
    view->showConversation(messages);
    QCoreApplication::processEvents();
    return view;
}

} // namespace

class TstTranscriptView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensAtTheLatestMessage();
    void ctrlHomeReachesTheFirstOfTwoThousand();
    void oldRowsAreEstimatedAfterOpeningWithoutMovingTheReader();
    void everyMessageAppearsOnceWhenScrolledThrough_data();
    void everyMessageAppearsOnceWhenScrolledThrough();
    void draggingTheScrollBarToTheTopShowsTheFirstMessage();
    void findReachesAMatchInMessageThreeOfTwoThousand();
    void showMessageScrollsToAnOldMessage();
    void copyOnACodeBlockCopiesExactlyThatBlock();
    void selectingAndCopyingText();
    void streamingFollowsTheBottomAndStaysPutWhenScrolledUp();
    void streamedAndReopenedRenderTheSame();
    void reasoningFoldsOnceTheAnswerStartsAndOnClick();
    void modelHtmlIsNeverRendered();
    void imagesAndFilesAreNeverRead();
    void linksInARepliesCannotTriggerActions();
    void buttonsTriggerActionsAndKeyboardReachesThem();
    void memoryStaysBoundedThroughALongHistory();
    void screenReadersSeeEveryMessage();
    void hugeLinesTablesAndErrorsStayBounded();
    void footerSaysWhatIsEstimated();
};

void TstTranscriptView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TstTranscriptView::opensAtTheLatestMessage()
{
    auto view = shownView(history(2000));
    QVERIFY(view->isAtBottom());
    QVERIFY2(labelsInView(*view).contains(QStringLiteral("Answer 1999")), qPrintable(labelsInView(*view).join(u',')));
    // Only what is in view (and a screen around it) was laid out.
    QVERIFY2(view->layoutCount() < 60, qPrintable(QString::number(view->layoutCount())));
}

void TstTranscriptView::ctrlHomeReachesTheFirstOfTwoThousand()
{
    auto view = shownView(history(2000));
    view->setFocus();
    QTest::keyClick(view.get(), Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(view->verticalScrollBar()->value(), 0);
    QCOMPARE(view->visibleRows().first, 0);
    QVERIFY(view->visibleText().contains(QStringLiteral("Question 0 asks something.")));
    QTest::keyClick(view.get(), Qt::Key_End, Qt::ControlModifier);
    QVERIFY(view->isAtBottom());
    QVERIFY(labelsInView(*view).contains(QStringLiteral("Answer 1999")));
}

// Opening estimates only the newest rows; the older ones are estimated in the next round of the
// event loop, or at once when the reader moves there first. Either way the reader lands where
// they meant to: at the newest message after opening, at the first after Ctrl+Home.
void TstTranscriptView::oldRowsAreEstimatedAfterOpeningWithoutMovingTheReader()
{
    // Replies of very different lengths, so stand-in heights are far from the estimates.
    QList<Message> messages = history(3000);
    for (int i = 1; i < 2000; i += 4)
        messages[i].content += QString(QStringLiteral("A longer paragraph of the answer. ")).repeated(60);
    TranscriptView view;
    view.resize(700, 500);
    view.show();
    view.showConversation(messages);
    QVERIFY(view.isAtBottom());
    const int maximumAtOpening = view.verticalScrollBar()->maximum();
    QCoreApplication::processEvents();
    QVERIFY(view.verticalScrollBar()->maximum() > maximumAtOpening); // the long old replies counted
    QVERIFY(view.isAtBottom());
    QVERIFY(labelsInView(view).contains(QStringLiteral("Answer 2999")));

    // Moving before that round ran: the rows are estimated first, so the jump is exact.
    view.showConversation(messages);
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(view.visibleRows().first, 0);
    QVERIFY(view.visibleText().contains(QStringLiteral("Question 0 asks something.")));
    view.showConversation(messages);
    view.showMessage(1001); // the id of row 1000
    QVERIFY(labelsInView(view).contains(QStringLiteral("Question 1000")));
    QCoreApplication::processEvents();
    QVERIFY(labelsInView(view).contains(QStringLiteral("Question 1000")));
}

void TstTranscriptView::everyMessageAppearsOnceWhenScrolledThrough_data()
{
    QTest::addColumn<bool>("upwards");
    QTest::newRow("PageDown from the top") << false;
    QTest::newRow("PageUp from the bottom") << true;
}

void TstTranscriptView::everyMessageAppearsOnceWhenScrolledThrough()
{
    QFETCH(bool, upwards);
    const int count = 2000;
    auto view = shownView(history(count));
    view->setFocus();
    QTest::keyClick(view.get(), upwards ? Qt::Key_End : Qt::Key_Home, Qt::ControlModifier);
    QSet<QString> seen;
    QList<int> firstRows;
    for (int step = 0; step < 4 * count; ++step) {
        for (const QString &label : labelsInView(*view))
            seen.insert(label);
        firstRows << view->visibleRows().first;
        const int before = view->verticalScrollBar()->value();
        QTest::keyClick(view.get(), upwards ? Qt::Key_PageUp : Qt::Key_PageDown);
        if (view->verticalScrollBar()->value() == before)
            break;
    }
    for (const QString &label : labelsInView(*view))
        seen.insert(label);
    // Every row's text is its own message, once: no row shows another's text, none is skipped.
    for (int i = 0; i < count; ++i) {
        const QString label = (i % 2 == 0 ? QStringLiteral("Question %1") : QStringLiteral("Answer %1")).arg(i);
        QVERIFY2(seen.contains(label), qPrintable(label));
        QVERIFY(view->messageText(i).contains(label + u' '));
    }
    QCOMPARE(seen.size(), count);
    // Each page moved on by at most one screen: a page never jumps over a row.
    for (qsizetype i = 1; i < firstRows.size(); ++i)
        QVERIFY(std::abs(firstRows.at(i) - firstRows.at(i - 1)) <= 12);
}

void TstTranscriptView::draggingTheScrollBarToTheTopShowsTheFirstMessage()
{
    auto view = shownView(history(2000));
    QScrollBar *bar = view->verticalScrollBar();
    for (int value = bar->maximum(); value > 0; value -= bar->maximum() / 7)
        bar->setValue(value);
    bar->setValue(0);
    QCOMPARE(view->visibleRows().first, 0);
    QVERIFY(view->visibleText().contains(QStringLiteral("Question 0 asks something.")));
    QVERIFY(!view->isAtBottom());
}

void TstTranscriptView::findReachesAMatchInMessageThreeOfTwoThousand()
{
    auto view = shownView(history(2000));
    QSignalSpy status(view.get(), &TranscriptView::findStatusChanged);
    // "Question 2 " is in message 3 (row 2) only.
    QCOMPARE(view->setFindText(QStringLiteral("question 2 asks")), 1);
    QCOMPARE(status.constLast().at(0).toInt(), 1);
    QCOMPARE(status.constLast().at(1).toInt(), 1);
    const auto [first, last] = view->visibleRows();
    QVERIFY2(first <= 2 && last >= 2, qPrintable(QStringLiteral("%1-%2").arg(first).arg(last)));
    // Many matches: next and previous walk them, wrapping around.
    view->scrollToTop();
    QCOMPARE(view->setFindText(QStringLiteral("asks something")), 1000);
    QCOMPARE(view->currentFind(), 0);
    view->findPrevious();
    QCOMPARE(view->currentFind(), 999);
    QVERIFY(labelsInView(*view).contains(QStringLiteral("Question 1998")));
    view->findNext();
    QCOMPARE(view->currentFind(), 0);
    QVERIFY(labelsInView(*view).contains(QStringLiteral("Question 0")));
    QCOMPARE(view->setFindText(QStringLiteral("no such words")), 0);
}

void TstTranscriptView::showMessageScrollsToAnOldMessage()
{
    auto view = shownView(history(2000));
    view->showMessage(41); // row 40
    QVERIFY(labelsInView(*view).contains(QStringLiteral("Question 40")));
    QCOMPARE(view->visibleRows().first, 40);
    view->findFromMessage(301, QStringLiteral("question 300"));
    QVERIFY(labelsInView(*view).contains(QStringLiteral("Question 300")));
}

void TstTranscriptView::copyOnACodeBlockCopiesExactlyThatBlock()
{
    const QString reply = QStringLiteral("First:\n\n```python\nprint('one')\n```\n\nSecond:\n\n~~~cpp\nint two = 2;\n\nreturn two;\n~~~\n");
    auto view = shownView({message(1, Message::Role::User, QStringLiteral("Code please")),
                           message(2, Message::Role::Assistant, reply)});
    QApplication::clipboard()->clear();
    const QRect second = view->copyCodeRect(2, 1);
    QVERIFY(second.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, second.center());
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("int two = 2;\n\nreturn two;"));
    const QRect first = view->copyCodeRect(2, 0);
    QVERIFY(first.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, first.center());
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("print('one')"));
}

void TstTranscriptView::selectingAndCopyingText()
{
    auto view = shownView({message(1, Message::Role::Assistant, QStringLiteral("Alpha beta gamma delta."))});
    const QRect area = view->messageRect(0);
    // Drag across the text line, then Ctrl+C.
    const int y = area.top() + 36;
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, QPoint(area.left() + 1, y));
    QTest::mouseMove(view->viewport(), QPoint(area.right() - 2, y));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, QPoint(area.right() - 2, y));
    QVERIFY(view->hasSelection());
    QCOMPARE(view->selectedText(), QStringLiteral("Alpha beta gamma delta."));
    QTest::keyClick(view.get(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Alpha beta gamma delta."));
    // The whole conversation, as Markdown.
    QTest::keyClick(view.get(), Qt::Key_A, Qt::ControlModifier);
    QVERIFY(view->selectedText().contains(QStringLiteral("## Assistant · stepfun-v3\n\nAlpha beta gamma delta.")));
}

void TstTranscriptView::streamingFollowsTheBottomAndStaysPutWhenScrolledUp()
{
    QList<Message> messages = history(400);
    Message reply = message(10'000, Message::Role::Assistant, QString());
    reply.state = Message::State::Streaming;
    auto view = shownView(messages);
    view->appendMessage(reply);
    QString text;
    for (int i = 0; i < 150; ++i) {
        text += QStringLiteral("Line %1 of the growing reply.\n\n").arg(i);
        view->updateStreaming(reply.id, text, QString());
        if (i % 10 == 0)
            QTest::qWait(TranscriptView::kRelayoutIntervalMs + 5);
    }
    QTRY_VERIFY(view->visibleText().contains(QStringLiteral("Line 149 of the growing reply.")));
    QVERIFY(view->isAtBottom());
    // Scrolled up: more text arrives, the reader's place does not move.
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() - 3000);
    QTest::qWait(50); // the idle layout of what is around the view settles
    const QStringList before = labelsInView(*view);
    const int firstRow = view->visibleRows().first;
    const int firstTop = view->messageRect(firstRow).top();
    QVERIFY(!before.isEmpty());
    for (int i = 150; i < 300; ++i) {
        text += QStringLiteral("Line %1 of the growing reply.\n\n").arg(i);
        view->updateStreaming(reply.id, text, QString());
    }
    QTest::qWait(TranscriptView::kRelayoutIntervalMs * 3);
    // What the reader looks at has not moved on screen (the scroll value may have: rows above
    // were measured meanwhile).
    QCOMPARE(labelsInView(*view), before);
    QCOMPARE(view->messageRect(firstRow).top(), firstTop);
    QVERIFY(view->findChild<QWidget *>(QStringLiteral("jumpToLatestButton"))->isVisible());
    reply.content = text;
    reply.state = Message::State::Complete;
    view->finishMessage(reply);
    QTest::qWait(TranscriptView::kRelayoutIntervalMs * 2);
    QCOMPARE(labelsInView(*view), before);
}

void TstTranscriptView::streamedAndReopenedRenderTheSame()
{
    const QString reply = QStringLiteral("## Results\n\nSome text first.\n\n| Model | ms | Note |\n|:--|--:|---|\n"
                                         "| stepfun-v3 | 48 | fast |\n| other | 90 | slow |\n\n```json\n{\"a\": 1}\n```\n\n"
                                         "> quoted\n\nDone with $x^2$.\n");
    Message growing = message(7, Message::Role::Assistant, QString());
    growing.state = Message::State::Streaming;
    auto streamed = shownView({growing}, {600, 700});
    for (qsizetype cut = 1; cut <= reply.size(); cut += 3) {
        streamed->updateStreaming(7, reply.left(cut), QString());
        if (cut % 25 == 1)
            QTest::qWait(TranscriptView::kRelayoutIntervalMs + 5);
    }
    Message done = message(7, Message::Role::Assistant, reply);
    streamed->finishMessage(done);
    QTest::qWait(TranscriptView::kRelayoutIntervalMs * 2);

    auto reopened = shownView({done}, {600, 700});
    QCOMPARE(streamed->messageText(0), reopened->messageText(0));
    // Drawn the same, header row of the table included.
    QCoreApplication::processEvents();
    QCOMPARE(streamed->viewport()->grab().toImage(), reopened->viewport()->grab().toImage());
}

void TstTranscriptView::reasoningFoldsOnceTheAnswerStartsAndOnClick()
{
    Message reply = message(3, Message::Role::Assistant, QString());
    reply.state = Message::State::Streaming;
    reply.reasoning = QStringLiteral("Thinking it over.");
    auto view = shownView({reply});
    QVERIFY(view->messageText(0).contains(QStringLiteral("Thinking it over.")));
    view->updateStreaming(3, QStringLiteral("The answer."), reply.reasoning);
    QTest::qWait(TranscriptView::kRelayoutIntervalMs * 2);
    QVERIFY(!view->messageText(0).contains(QStringLiteral("Thinking it over.")));
    QVERIFY(view->messageText(0).contains(QStringLiteral("▸ Reasoning (17 characters)")));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->reasoningToggleRect(3).center());
    QVERIFY(view->messageText(0).contains(QStringLiteral("Thinking it over.")));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->reasoningToggleRect(3).center());
    QVERIFY(!view->messageText(0).contains(QStringLiteral("Thinking it over.")));
}

void TstTranscriptView::modelHtmlIsNeverRendered()
{
    auto view = shownView({message(1, Message::Role::Assistant,
                                   QStringLiteral("Hello <b>bold?</b> <img src=\"x\"> <script>alert(1)</script> **real bold**"))});
    const QString text = view->messageText(0);
    QVERIFY(text.contains(QStringLiteral("<b>bold?</b>")));
    QVERIFY(text.contains(QStringLiteral("<img src=\"x\">")));
    QVERIFY(text.contains(QStringLiteral("<script>alert(1)</script>")));
    QVERIFY(text.contains(QStringLiteral("real bold")));
    QVERIFY(!text.contains(QStringLiteral("**real bold**")));
}

void TstTranscriptView::imagesAndFilesAreNeverRead()
{
    // A FIFO blocks whoever opens it to read: if anything in the transcript tried, this test
    // would hang. /dev/zero would eat memory until the process died.
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString reply = QStringLiteral("![zero](/dev/zero) ![pipe](%1) ![passwd](file:///etc/passwd) ![rel](tally.ini)\n\n"
                                         "[a link](file:///etc/shadow) and ![](data:image/png;base64,AAAA)")
                              .arg(fifo);
    auto view = shownView({message(1, Message::Role::Assistant, reply)});
    view->viewport()->grab();
    const QString text = view->messageText(0);
    QVERIFY(text.contains(QStringLiteral("[image: zero]")));
    QVERIFY(text.contains(QStringLiteral("[image: pipe]")));
    QVERIFY(text.contains(QStringLiteral("[image: passwd]")));
    QVERIFY(text.contains(QStringLiteral("[image: data:image/png;base64,AAAA]")));
}

void TstTranscriptView::linksInARepliesCannotTriggerActions()
{
    auto view = shownView({message(1, Message::Role::User, QStringLiteral("Hi")),
                           message(2, Message::Role::Assistant, QStringLiteral("[Delete](tally:delete/1) [x](tally:regenerate/2)"))});
    QSignalSpy actions(view.get(), &TranscriptView::actionTriggered);
    QSignalSpy links(view.get(), &TranscriptView::linkActivated);
    // Click along the reply's text line: whatever is hit, it is a link, never an action.
    const QRect area = view->messageRect(1);
    for (int x = area.left() + 2; x < area.left() + 120; x += 6)
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(x, area.top() + 36));
    QVERIFY(actions.isEmpty());
    QVERIFY(!links.isEmpty());
    QCOMPARE(links.constFirst().at(0).toUrl(), QUrl(QStringLiteral("tally:delete/1")));
}

void TstTranscriptView::buttonsTriggerActionsAndKeyboardReachesThem()
{
    auto view = shownView({message(1, Message::Role::User, QStringLiteral("Hi")),
                           message(2, Message::Role::Assistant, QStringLiteral("Hello there."))});
    QSignalSpy actions(view.get(), &TranscriptView::actionTriggered);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->buttonRect(2, MessageAction::Regenerate).center());
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions.constLast().at(0).toLongLong(), 2);
    QCOMPARE(actions.constLast().at(1).value<MessageAction>(), MessageAction::Regenerate);
    QVERIFY(view->buttonRect(1, MessageAction::Edit).isValid());
    QVERIFY(!view->buttonRect(1, MessageAction::Regenerate).isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->buttonRect(2, MessageAction::Copy).center());
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Hello there."));
    // Tab walks the buttons in view: Copy, Edit, Delete of the question, then the reply's.
    view->setFocus();
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(view.get(), Qt::Key_Tab);
    QTest::keyClick(view.get(), Qt::Key_Tab);
    QTest::keyClick(view.get(), Qt::Key_Return);
    QCOMPARE(actions.size(), 2);
    QCOMPARE(actions.constLast().at(1).value<MessageAction>(), MessageAction::Regenerate);
}

void TstTranscriptView::memoryStaysBoundedThroughALongHistory()
{
    auto view = shownView(history(2000));
    view->setFocus();
    QTest::keyClick(view.get(), Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < 400 && !view->isAtBottom(); ++i)
        QTest::keyClick(view.get(), Qt::Key_PageDown);
    // Laid-out documents are kept only up to the cache's bound, however far one scrolls.
    QVERIFY2(view->cachedDocumentCount() <= int(DocumentCache::kMaxCharacters / DocumentCache::kMinimumCost),
             qPrintable(QString::number(view->cachedDocumentCount())));
}

void TstTranscriptView::screenReadersSeeEveryMessage()
{
    auto view = shownView(history(10));
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view.get());
    QVERIFY(list);
    QCOMPARE(list->role(), QAccessible::List);
    QCOMPARE(list->childCount(), 10);
    QAccessibleInterface *first = list->child(0);
    QCOMPARE(first->role(), QAccessible::ListItem);
    QCOMPARE(first->text(QAccessible::Name), QStringLiteral("You"));
    QCOMPARE(first->text(QAccessible::Value), QStringLiteral("Question 0 asks something."));
    QCOMPARE(list->child(1)->text(QAccessible::Name), QStringLiteral("Assistant · stepfun-v3"));
    QCOMPARE(list->indexOfChild(list->child(7)), 7);
    view->appendMessage(message(99, Message::Role::User, QStringLiteral("one more")));
    QCOMPARE(list->childCount(), 11);
    QCOMPARE(list->child(10)->text(QAccessible::Value), QStringLiteral("one more"));
}

void TstTranscriptView::hugeLinesTablesAndErrorsStayBounded()
{
    QString table = QStringLiteral("| n | square |\n|---|---|\n");
    for (int i = 0; i < 50'000; ++i)
        table += QStringLiteral("| %1 | %2 |\n").arg(i).arg(qint64(i) * i);
    Message failed = message(3, Message::Role::Assistant, QStringLiteral("partial"));
    failed.state = Message::State::Error;
    failed.errorMessage = QStringLiteral("E").repeated(8 * 1024 * 1024);
    auto view = shownView({message(1, Message::Role::Assistant, QStringLiteral("x").repeated(5 * 1024 * 1024)),
                           message(2, Message::Role::Assistant, table), failed});
    view->viewport()->grab();
    QVERIFY(view->messageText(2).size() < 2000);
    QVERIFY(view->cachedDocumentCount() < 200);
    view->scrollToTop();
    view->viewport()->grab();
    QVERIFY(view->visibleText().startsWith(QStringLiteral("Assistant · stepfun-v3\nxxxx")));
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

QTEST_MAIN(TstTranscriptView)
#include "tst_transcriptview.moc"
