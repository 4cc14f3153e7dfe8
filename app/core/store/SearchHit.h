#pragma once

#include <QString>

// One full-text search result: the conversation, and the message that matched (0 when the
// title matched), with a snippet whose matches are wrapped in kMatchStart/kMatchEnd markers for
// the view to highlight.
struct SearchHit
{
    static constexpr QChar kMatchStart = QChar(0x02);
    static constexpr QChar kMatchEnd = QChar(0x03);

    qint64 conversationId = 0;
    QString conversationTitle;
    qint64 messageId = 0;
    QString snippet;
    double rank = 0; // lower is better (bm25)
};
