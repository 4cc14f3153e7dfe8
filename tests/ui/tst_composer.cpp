// Composer on its own, offscreen: Enter sends and Shift+Enter breaks the line; a blocked reason
// disables Send and says why; editing a sent question keeps the draft and gives it back on Cancel,
// and sending the edit names the message; while a reply streams the button stops it.
#include "chat/Composer.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TstComposer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void enterSendsTheText();
    void shiftEnterStartsANewLine();
    void blankTextIsNotSent();
    void aBlockedReasonDisablesSendAndIsShown();
    void editingKeepsTheDraftAndCancelBringsItBack();
    void sendingAnEditNamesTheMessage();
    void streamingTurnsSendIntoStop();

private:
    Composer *m_composer = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_status = nullptr;
};

void TstComposer::init()
{
    m_composer = new Composer;
    m_composer->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_composer));
    m_editor = m_composer->findChild<QPlainTextEdit *>(QStringLiteral("composerEditor"));
    m_send = m_composer->findChild<QPushButton *>(QStringLiteral("sendButton"));
    m_status = m_composer->findChild<QLabel *>(QStringLiteral("composerStatus"));
    QVERIFY(m_editor);
    QVERIFY(m_send);
    QVERIFY(m_status);
    m_composer->focusEditor();
}

void TstComposer::cleanup()
{
    delete m_composer;
    m_composer = nullptr;
}

void TstComposer::enterSendsTheText()
{
    QSignalSpy sent(m_composer, &Composer::sendRequested);
    QTest::keyClicks(m_editor, QStringLiteral("Hello there"));
    QCOMPARE(sent.count(), 0);
    QTest::keyClick(m_editor, Qt::Key_Return);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toString(), QStringLiteral("Hello there"));
    // The keypad's Enter is Enter too, and the newline never reached the editor.
    QTest::keyClick(m_editor, Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(sent.count(), 2);
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("Hello there"));
}

void TstComposer::shiftEnterStartsANewLine()
{
    QSignalSpy sent(m_composer, &Composer::sendRequested);
    QTest::keyClicks(m_editor, QStringLiteral("one"));
    QTest::keyClick(m_editor, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(m_editor, QStringLiteral("two"));
    QCOMPARE(sent.count(), 0);
    QCOMPARE(m_composer->text(), QStringLiteral("one\ntwo"));
    QTest::keyClick(m_editor, Qt::Key_Return);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toString(), QStringLiteral("one\ntwo"));
}

void TstComposer::blankTextIsNotSent()
{
    // Blank text is never sent; Enter or Send then asks to try the last question again (which
    // the window does only when it failed), except while a question is being edited.
    QSignalSpy sent(m_composer, &Composer::sendRequested);
    QSignalSpy retried(m_composer, &Composer::retryRequested);
    QTest::keyClick(m_editor, Qt::Key_Return);
    m_composer->setText(QStringLiteral("  \n\t "));
    QTest::keyClick(m_editor, Qt::Key_Return);
    QTest::mouseClick(m_send, Qt::LeftButton);
    QCOMPARE(sent.count(), 0);
    QCOMPARE(retried.count(), 3);
    m_composer->beginEdit(7, QStringLiteral("An old question"));
    m_composer->setText(QString());
    QTest::keyClick(m_editor, Qt::Key_Return);
    QCOMPARE(retried.count(), 3);
    QCOMPARE(sent.count(), 0);
}

void TstComposer::aBlockedReasonDisablesSendAndIsShown()
{
    QSignalSpy sent(m_composer, &Composer::sendRequested);
    const QString reason = QStringLiteral("Add an API key in Settings first.");
    m_composer->setText(QStringLiteral("Ready to go"));
    m_composer->setSendBlockedReason(reason);
    QVERIFY(!m_send->isEnabled());
    QVERIFY(m_status->isVisible());
    QCOMPARE(m_status->text(), reason);
    QCOMPARE(m_send->toolTip(), reason);
    // Enter does not get round the disabled button.
    QTest::keyClick(m_editor, Qt::Key_Return);
    QCOMPARE(sent.count(), 0);

    m_composer->setSendBlockedReason(QString());
    QVERIFY(m_send->isEnabled());
    QVERIFY(!m_status->isVisible());
    QTest::mouseClick(m_send, Qt::LeftButton);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toString(), QStringLiteral("Ready to go"));
}

void TstComposer::editingKeepsTheDraftAndCancelBringsItBack()
{
    auto *editBar = m_composer->findChild<QWidget *>(QStringLiteral("editBar"));
    auto *cancel = m_composer->findChild<QPushButton *>(QStringLiteral("cancelEditButton"));
    QVERIFY(editBar);
    QVERIFY(cancel);
    QSignalSpy cancelled(m_composer, &Composer::editCancelled);

    m_composer->setText(QStringLiteral("half a thought"));
    QVERIFY(!editBar->isVisible());
    m_composer->beginEdit(42, QStringLiteral("the old question"));
    QVERIFY(editBar->isVisible());
    QCOMPARE(m_composer->editingMessage(), 42);
    QCOMPARE(m_composer->text(), QStringLiteral("the old question"));

    // Editing a second question while editing keeps the first draft, not the first question.
    m_composer->beginEdit(43, QStringLiteral("another old question"));
    QCOMPARE(m_composer->editingMessage(), 43);

    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(m_composer->editingMessage(), 0);
    QVERIFY(!editBar->isVisible());
    QCOMPARE(m_composer->text(), QStringLiteral("half a thought"));

    // Cancelling when nothing is being edited changes nothing.
    m_composer->cancelEdit();
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(m_composer->text(), QStringLiteral("half a thought"));
}

void TstComposer::sendingAnEditNamesTheMessage()
{
    QSignalSpy sent(m_composer, &Composer::sendRequested);
    QSignalSpy edited(m_composer, &Composer::editSubmitted);
    m_composer->beginEdit(7, QStringLiteral("What is 2+2?"));
    QTest::keyClicks(m_editor, QStringLiteral(" And 3+3?"));
    QTest::keyClick(m_editor, Qt::Key_Return);
    QCOMPARE(sent.count(), 0);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.at(0).at(0).toLongLong(), 7);
    QCOMPARE(edited.at(0).at(1).toString(), QStringLiteral("What is 2+2? And 3+3?"));
}

void TstComposer::streamingTurnsSendIntoStop()
{
    QSignalSpy sent(m_composer, &Composer::sendRequested);
    QSignalSpy stopped(m_composer, &Composer::stopRequested);
    const QString sendLabel = m_send->text();
    m_composer->setText(QStringLiteral("next question"));
    // Even with a blocked reason, a streaming reply can always be stopped.
    m_composer->setSendBlockedReason(QStringLiteral("Wait for the reply."));
    m_composer->setStreaming(true);
    QVERIFY(m_send->isEnabled());
    QVERIFY(m_send->text() != sendLabel);

    QTest::mouseClick(m_send, Qt::LeftButton);
    QCOMPARE(stopped.count(), 1);
    QTest::keyClick(m_editor, Qt::Key_Return); // Enter does not send while a reply streams
    QCOMPARE(sent.count(), 0);

    m_composer->setStreaming(false);
    m_composer->setSendBlockedReason(QString());
    QCOMPARE(m_send->text(), sendLabel);
    QTest::mouseClick(m_send, Qt::LeftButton);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(stopped.count(), 1);
}

QTEST_MAIN(TstComposer)
#include "tst_composer.moc"
