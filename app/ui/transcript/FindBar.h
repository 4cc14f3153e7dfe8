#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

// Find in this conversation: a field, the match count ("3 of 17"), previous and next, close.
// Enter finds the next match, Shift+Enter the previous, Esc closes the bar.
class FindBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    // Shows the bar with `text` (or what it held) selected, and the focus in the field.
    void open(const QString &text = QString());
    QString text() const;
    void setStatus(int current, int total);

Q_SIGNALS:
    void findRequested(const QString &text); // typing paused
    void nextRequested();
    void previousRequested();
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslate();

    QLineEdit *m_field = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_close = nullptr;
    QTimer *m_delay = nullptr;
    int m_current = 0;
    int m_total = 0;
};
