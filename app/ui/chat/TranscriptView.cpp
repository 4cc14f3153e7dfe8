#include "chat/TranscriptView.h"

TranscriptView::TranscriptView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("transcriptView"));
    setAccessibleName(tr("Conversation transcript"));
    setOpenExternalLinks(true);
    setOpenLinks(true);
    setFrameShape(QFrame::NoFrame);
    setPlaceholderText(tr("Messages of the selected conversation appear here."));
}
