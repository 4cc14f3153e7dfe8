#include "chat/SystemPromptDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

SystemPromptDialog::SystemPromptDialog(const QString &prompt, const QString &defaultPrompt, QWidget *parent)
    : QDialog(parent)
    , m_editor(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("systemPromptDialog"));
    setWindowTitle(tr("System Prompt of This Conversation"));
    auto *explanation = new QLabel(this);
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);
    explanation->setText(defaultPrompt.trimmed().isEmpty()
                             ? tr("Instructions sent before this conversation's messages. Leave it empty to send "
                                  "none (Settings › Chat sets a default for all conversations).")
                             : tr("Instructions sent before this conversation's messages, instead of the default "
                                  "from Settings › Chat. Leave it empty to use the default."));
    m_editor->setObjectName(QStringLiteral("systemPromptEditor"));
    m_editor->setAccessibleName(tr("System prompt"));
    m_editor->setPlainText(prompt);
    m_editor->setPlaceholderText(defaultPrompt.trimmed().isEmpty() ? tr("For example: answer in short paragraphs.")
                                                                   : defaultPrompt);
    explanation->setBuddy(m_editor);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *useDefault = buttons->addButton(tr("Use the &Default"), QDialogButtonBox::ResetRole);
    connect(useDefault, &QPushButton::clicked, m_editor, &QPlainTextEdit::clear);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);
    resize(520, 320);
}

QString SystemPromptDialog::prompt() const
{
    return m_editor->toPlainText().trimmed();
}
