#include "transcript/FindBar.h"

#include "app/SingleShotTimer.h"
#include "common/Retranslator.h"
#include "common/Widgets.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QToolButton>

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    // Symbols; retranslate() puts each into words for screen readers and tooltips.
    m_previous = Widgets::toolButton(QStringLiteral("↑"), this, "findPrevious");
    m_next = Widgets::toolButton(QStringLiteral("↓"), this, "findNext");
    m_close = Widgets::toolButton(QStringLiteral("✕"), this, "findClose");
    m_close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_close);

    // Once typing pauses: counting matches in a long history per keystroke would be wasted.
    m_delay = singleShotTimer(120, this, [this] { Q_EMIT findRequested(m_field->text()); });
    connect(m_field, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (m_delay->isActive()) {
            m_delay->stop();
            Q_EMIT findRequested(m_field->text());
        } else {
            Q_EMIT nextRequested();
        }
    });
    connect(m_previous, &QToolButton::clicked, this, &FindBar::previousRequested);
    connect(m_next, &QToolButton::clicked, this, &FindBar::nextRequested);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    Retranslator::watch(this, [this] { retranslate(); });
    retranslate();
    hide();
}

void FindBar::open(const QString &text)
{
    if (!text.isEmpty() && text != m_field->text()) {
        const QSignalBlocker blocker(m_field);
        m_field->setText(text);
    }
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    if (!m_field->text().isEmpty())
        Q_EMIT findRequested(m_field->text());
}

QString FindBar::text() const
{
    return isVisible() ? m_field->text() : QString();
}

void FindBar::setStatus(int current, int total)
{
    m_current = current;
    m_total = total;
    const QLocale locale;
    if (m_field->text().isEmpty())
        m_status->clear();
    else if (total == 0)
        m_status->setText(tr("No matches"));
    else
        m_status->setText(tr("%1 of %2").arg(locale.toString(current), locale.toString(total)));
    m_previous->setEnabled(total > 0);
    m_next->setEnabled(total > 0);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        Q_EMIT closed();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() & Qt::ShiftModifier) {
        Q_EMIT previousRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::retranslate()
{
    m_field->setPlaceholderText(tr("Find in this conversation"));
    m_field->setAccessibleName(tr("Find in this conversation"));
    Widgets::describe(m_previous, tr("Previous match"), tr("Previous match (Shift+F3)"));
    Widgets::describe(m_next, tr("Next match"), tr("Next match (F3)"));
    Widgets::describe(m_close, tr("Close the find bar"), tr("Close (Esc)"));
    setStatus(m_current, m_total);
}
