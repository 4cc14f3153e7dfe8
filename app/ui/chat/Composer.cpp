#include "chat/Composer.h"

#include <QHBoxLayout>
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
    m_editor->setAccessibleName(tr("Message"));
    m_editor->setPlaceholderText(tr("Write a message"));
    m_editor->setTabChangesFocus(true);
    // About four lines: enough to see a paragraph without eating the transcript.
    m_editor->setFixedHeight(m_editor->fontMetrics().lineSpacing() * 4 + 12);

    m_send = new QPushButton(tr("Send"), this);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setAccessibleName(tr("Send message"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("composerStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *row = new QHBoxLayout;
    row->addWidget(m_editor, 1);
    row->addWidget(m_send, 0, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(row);
    layout->addWidget(m_status);

    // No provider can be configured yet, so there is nowhere to send to.
    setSendBlockedReason(tr("No provider is set up yet."));
}

QString Composer::text() const
{
    return m_editor->toPlainText();
}

void Composer::setSendBlockedReason(const QString &reason)
{
    m_send->setEnabled(reason.isEmpty());
    m_send->setToolTip(reason);
    m_status->setText(reason);
    m_status->setVisible(!reason.isEmpty());
}
