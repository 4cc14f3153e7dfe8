#pragma once

#include <QWidget>

class QPlainTextEdit;
class QPushButton;
class QLabel;

// Where the user writes the next message: a multi-line editor, the Send/Stop button and a line
// of status under them. Enter sends, Shift+Enter breaks the line (Esc, a window
// shortcut, stops a reply or cancels an edit).
class Composer final : public QWidget
{
    Q_OBJECT

public:
    explicit Composer(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    void clear();
    // Why sending is not possible right now, or an empty string when it is.
    void setSendBlockedReason(const QString &reason);
    // While a reply streams the button stops it instead of sending.
    void setStreaming(bool streaming);
    void focusEditor();
    // The live line under the editor: what this send will cost, and a warning when it will not
    // fit the model's context window.
    void setEstimate(const QString &text, bool warning);

    // Editing a sent question: the editor holds its text, a line says so with Cancel; sending
    // makes a new version of it (editSubmitted), Cancel gives back the draft that was there.
    void beginEdit(qint64 messageId, const QString &text);
    void cancelEdit();
    qint64 editingMessage() const { return m_editing; }

Q_SIGNALS:
    void sendRequested(const QString &text);
    // Enter (or Send) with nothing typed: ask the last question again if it failed. After a
    // failure the question stays in the conversation, not in the composer, so this is how the
    // keyboard says "try again" without sending it twice.
    void retryRequested();
    void stopRequested();
    void draftChanged(const QString &text);
    void editSubmitted(qint64 messageId, const QString &text);
    void editCancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void requestSend();
    void updateButton();

    QPlainTextEdit *m_editor = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_estimate = nullptr;
    QWidget *m_editBar = nullptr;
    QLabel *m_editLabel = nullptr;
    QPushButton *m_cancelEdit = nullptr;
    qint64 m_editing = 0;
    QString m_draftBeforeEdit;
    QString m_blockedReason;
    bool m_streaming = false;
};
