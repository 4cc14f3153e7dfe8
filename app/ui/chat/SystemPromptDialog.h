#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

// A conversation's own system prompt: the instructions sent before its first message, instead of
// the default from Settings › Chat. Empty means "use the default".
class SystemPromptDialog final : public QDialog
{
    Q_OBJECT

public:
    SystemPromptDialog(const QString &prompt, const QString &defaultPrompt, QWidget *parent = nullptr);

    QString prompt() const;

private:
    QPlainTextEdit *m_editor;
};
