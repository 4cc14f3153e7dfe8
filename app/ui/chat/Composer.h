#pragma once

#include <QWidget>

class QPlainTextEdit;
class QPushButton;
class QLabel;

// Where the user writes the next message: a multi-line editor, the Send button and a line of
// status under them. Enter sends and Shift+Enter breaks the line (wired up with the engine).
class Composer final : public QWidget
{
    Q_OBJECT

public:
    explicit Composer(QWidget *parent = nullptr);

    QString text() const;
    // Why sending is not possible right now, or an empty string when it is.
    void setSendBlockedReason(const QString &reason);

private:
    QPlainTextEdit *m_editor = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_status = nullptr;
};
