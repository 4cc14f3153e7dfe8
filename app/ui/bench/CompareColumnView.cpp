#include "bench/CompareColumnView.h"

#include "api/ChatResult.h"
#include "bench/BenchReport.h"
#include "common/Widgets.h"
#include "domain/CostEstimate.h"

#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QVBoxLayout>

CompareColumnView::CompareColumnView(int index, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_index(index)
{
    setObjectName(QStringLiteral("compareColumn%1").arg(index));
    m_title = new QLabel(title, this);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_answer = new QPlainTextEdit(this);
    m_answer->setObjectName(QStringLiteral("compareAnswer"));
    m_answer->setAccessibleName(tr("Answer of %1").arg(title));
    m_answer->setReadOnly(true);
    m_figures = new QLabel(tr("waiting…"), this);
    m_figures->setObjectName(QStringLiteral("compareFigures"));
    m_figures->setTextFormat(Qt::PlainText);
    m_figures->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("compareError"));
    m_error->setTextFormat(Qt::PlainText); // a provider's message is never markup
    m_error->setWordWrap(true);
    QPalette warning = m_error->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_error->setPalette(warning);
    m_error->hide();
    m_continue = Widgets::button(tr("Continue with this one"), this, "compareContinue");
    m_continue->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_answer, 1);
    layout->addWidget(m_figures);
    layout->addWidget(m_error);
    layout->addWidget(m_continue);
    connect(m_continue, &QPushButton::clicked, this, [this] { Q_EMIT continueRequested(m_index); });
}

void CompareColumnView::appendText(const QString &text)
{
    if (m_figures->text() == tr("waiting…"))
        m_figures->setText(tr("streaming…"));
    QTextCursor cursor(m_answer->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
}

QString CompareColumnView::text() const
{
    return m_answer->toPlainText();
}

void CompareColumnView::showFinished(const ChatResult &result, const CostEstimate &cost, bool canContinue)
{
    const QLocale locale;
    const MessageStats &stats = result.stats;
    const auto ms = [](std::optional<qint64> value) {
        return value ? BenchReport::duration(*value * 1'000'000) : QStringLiteral("–");
    };
    const bool answered = result.httpStatus >= 200 && result.httpStatus < 300;
    const QString tokens = answered
                               ? tr("%1 → %2 tokens%3")
                                     .arg(locale.toString(stats.usage.promptTokens), locale.toString(stats.usage.completionTokens),
                                          stats.usage.isReported() ? QString() : tr(" (estimated)"))
                               : QStringLiteral("–");
    const QString speed = stats.tokensPerSecond ? tr("%1 tok/s").arg(locale.toString(*stats.tokensPerSecond, 'f', 1))
                                                : QStringLiteral("–");
    const QString money = cost.isKnown() ? tr("%1 (%2)").arg(cost.format(locale), cost.sourceWord())
                          : answered     ? tr("cost unknown")
                                         : tr("not billed");
    // A refused request has no TTFT, speed or tokens to speak of: only how long the refusal took.
    m_figures->setText(answered ? tr("TTFT %1 · total %2 · %3 · %4 · %5").arg(ms(stats.ttftMs), ms(stats.totalMs), speed, tokens, money)
                                : tr("total %1 · %2").arg(ms(stats.totalMs), money));
    if (result.error.isError() && result.error.kind() != ApiError::Kind::Cancelled) {
        m_error->setText(result.error.fullMessage());
        m_error->show();
    } else if (result.state == ChatResult::State::Cancelled) {
        m_error->setText(tr("Stopped."));
        m_error->show();
    }
    if (m_answer->toPlainText() != result.content)
        m_answer->setPlainText(result.content);
    m_continue->setEnabled(canContinue);
}
