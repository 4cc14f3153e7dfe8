#pragma once

#include <QTextBrowser>

// Shows the messages of the current conversation as rich text. Links open in the system browser;
// nothing the model sends is ever rendered as raw HTML.
class TranscriptView final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit TranscriptView(QWidget *parent = nullptr);
};
