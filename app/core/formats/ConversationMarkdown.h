#pragma once

#include "domain/ConversationDocument.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// A conversation as Markdown for people to read (it does not import): the title, a line of
// facts, the system prompt, then each message of the chosen versions with reasoning folded in
// <details>, a footer of stats on replies and a visible mark on replies that did not complete.
// Pure: no database, no files.
class ConversationMarkdown final
{
    Q_DECLARE_TR_FUNCTIONS(ConversationMarkdown)

public:
    ConversationMarkdown() = delete;

    // Dates are shown in local time, numbers in `locale`. A code block a reply leaves open is
    // closed, so it cannot turn the rest of the file into code.
    static QString toMarkdown(const ConversationDocument &doc, const QLocale &locale = QLocale());
};
