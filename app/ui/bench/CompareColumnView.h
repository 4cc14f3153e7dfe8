#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
struct ChatResult;
class CostEstimate;

// One answer in Tools › Compare: which profile and model, the text as it streams (plain text:
// a reply is never markup here), then TTFT, total time, tokens/s, tokens and cost, or the error
// when it failed, and "Continue with this one".
class CompareColumnView final : public QWidget
{
    Q_OBJECT

public:
    CompareColumnView(int index, const QString &title, QWidget *parent = nullptr);

    void appendText(const QString &text);
    void showFinished(const ChatResult &result, const CostEstimate &cost, bool canContinue);
    QString text() const;

Q_SIGNALS:
    void continueRequested(int index);

private:
    int m_index = 0;
    QLabel *m_title = nullptr;
    QPlainTextEdit *m_answer = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_continue = nullptr;
};
