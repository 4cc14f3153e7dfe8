#include "chat/Composer.h"

#include "common/Retranslator.h"
#include "common/Widgets.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

Composer::Composer(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("composer"));

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("composerEditor"));
    m_editor->setTabChangesFocus(true);
    // About four lines: enough to see a paragraph without eating the transcript.
    m_editor->setFixedHeight(m_editor->fontMetrics().lineSpacing() * 4 + 12);
    m_editor->installEventFilter(this);

    m_send = new QPushButton(this);
    m_send->setObjectName(QStringLiteral("sendButton"));
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (m_streaming)
            Q_EMIT stopRequested();
        else
            requestSend();
    });

    m_status = Widgets::statusLabel(this, "composerStatus");
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();

    m_estimate = new QLabel(this);
    m_estimate->setObjectName(QStringLiteral("composerEstimate"));
    m_estimate->setForegroundRole(QPalette::PlaceholderText);
    m_editBar = new QWidget(this);
    m_editBar->setObjectName(QStringLiteral("editBar"));
    m_editLabel = new QLabel(m_editBar);
    m_cancelEdit = new QPushButton(m_editBar);
    m_cancelEdit->setObjectName(QStringLiteral("cancelEditButton"));
    connect(m_cancelEdit, &QPushButton::clicked, this, &Composer::cancelEdit);
    auto *editRow = new QHBoxLayout(m_editBar);
    editRow->setContentsMargins(0, 0, 0, 0);
    editRow->addWidget(m_editLabel, 1);
    editRow->addWidget(m_cancelEdit);
    m_editBar->hide();
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] { Q_EMIT draftChanged(m_editor->toPlainText()); });
    Retranslator::watch(this, [this] { retranslate(); });
    retranslate();

    auto *row = new QHBoxLayout;
    row->addWidget(m_editor, 1);
    row->addWidget(m_send, 0, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_editBar);
    layout->addLayout(row);
    layout->addWidget(m_estimate);
    layout->addWidget(m_status);
    updateButton();
}

QString Composer::text() const
{
    return m_editor->toPlainText();
}

void Composer::setText(const QString &text)
{
    m_editor->setPlainText(text);
    m_editor->moveCursor(QTextCursor::End);
}

void Composer::clear()
{
    m_editor->clear();
}

void Composer::focusEditor()
{
    m_editor->setFocus(Qt::OtherFocusReason);
}

void Composer::setSendBlockedReason(const QString &reason)
{
    m_blockedReason = reason;
    m_status->setText(reason);
    m_status->setVisible(!reason.isEmpty());
    updateButton();
}

void Composer::setEstimate(const QString &text, bool warning)
{
    m_estimate->setText(warning ? QStringLiteral("⚠ ") + text : text);
    m_estimate->setForegroundRole(warning ? QPalette::WindowText : QPalette::PlaceholderText);
    m_estimate->setVisible(!text.isEmpty());
}

void Composer::setStreaming(bool streaming)
{
    m_streaming = streaming;
    updateButton();
}

void Composer::retranslate()
{
    m_editor->setAccessibleName(tr("Message"));
    m_editor->setPlaceholderText(tr("Write a message (Enter sends, Shift+Enter starts a new line)"));
    m_estimate->setAccessibleName(tr("Estimated cost of this send"));
    m_editLabel->setText(tr("Editing your question: Send asks it as a new version (the old one and its answer are kept)."));
    m_cancelEdit->setText(tr("Cancel"));
    m_cancelEdit->setAccessibleName(tr("Cancel the edit"));
    updateButton();
}

void Composer::updateButton()
{
    m_send->setText(m_streaming ? tr("Stop") : tr("Send"));
    m_send->setEnabled(m_streaming || m_blockedReason.isEmpty());
    Widgets::describe(m_send, m_streaming ? tr("Stop the reply") : tr("Send message"),
                      m_streaming ? tr("Stop the reply (Esc)") : m_blockedReason);
}

void Composer::requestSend()
{
    const QString message = text();
    if (!m_blockedReason.isEmpty() || m_streaming)
        return;
    if (message.trimmed().isEmpty()) {
        if (m_editing == 0)
            Q_EMIT retryRequested();
        return;
    }
    if (m_editing > 0) {
        Q_EMIT editSubmitted(m_editing, message);
        return;
    }
    Q_EMIT sendRequested(message);
}

void Composer::beginEdit(qint64 messageId, const QString &text)
{
    if (m_editing == 0)
        m_draftBeforeEdit = this->text();
    m_editing = messageId;
    m_editBar->show();
    setText(text);
    focusEditor();
}

void Composer::cancelEdit()
{
    if (m_editing == 0)
        return;
    m_editing = 0;
    m_editBar->hide();
    setText(m_draftBeforeEdit);
    m_draftBeforeEdit.clear();
    Q_EMIT editCancelled();
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && !(key->modifiers() & (Qt::ShiftModifier | Qt::AltModifier))) {
            requestSend();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
