#pragma once

// The conversation formats moved to formats/ (ConversationJson, ConversationMarkdown, UsageCsv).
// This header is kept only for app/ui/main/MainWindow.cpp, which is being split as the move
// lands; delete it once MainWindow includes formats/ directly. Nothing else may include it.
#include "formats/ConversationJson.h"
#include "formats/ConversationMarkdown.h"

namespace ConversationExporter {

inline QByteArray toJson(const ConversationDocument &doc)
{
    return ConversationJson::toJson(doc);
}

inline QString toMarkdown(const ConversationDocument &doc, const QLocale &locale)
{
    return ConversationMarkdown::toMarkdown(doc, locale);
}

} // namespace ConversationExporter
