#pragma once

#include "domain/ConversationDocument.h"

#include <QByteArray>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

// The file formats a conversation leaves Tally in and comes back from: the lossless JSON export
// (the only one that can be imported), readable Markdown, and a usage CSV for spreadsheets.
// Pure functions over ConversationDocument: no database, no files, no widgets, so the GUI, the
// CLI and the tests share one definition of each format.
//
// JSON ("format": "tally-conversation", "version": 1) carries every field of the conversation
// and its messages except database ids; message order is array order. One exception by design:
// MessageStats::model is not written, because storage keeps a single model per message and
// reads it back into both Message::model and MessageStats::model; import does the same.
class ConversationExporter final
{
public:
    ConversationExporter() = delete;

    static constexpr int kFormatVersion = 1;

    // Deterministic (keys sorted, indented) UTF-8 JSON. Times are ISO 8601 UTC with
    // milliseconds, e.g. 2026-11-28T00:40:12.345Z; an unset time is null.
    static QByteArray toJson(const ConversationDocument &doc);

    // Reads toJson()'s format strictly: anything missing that is required, of the wrong type or
    // out of range fails the whole import with a translated message naming the field, e.g.
    // "messages[3].role ...". Unknown fields are ignored so later versions can add some.
    // Database ids come back 0, positions 0..n-1, and times in UTC.
    static std::optional<ConversationDocument> fromJson(const QByteArray &json, QString *error = nullptr);

    // Markdown for people: title, a line of facts, the system prompt, then each message with
    // reasoning folded in <details>, a footer of stats on replies and a visible mark on replies
    // that did not complete. Dates are shown in local time.
    static QString toMarkdown(const ConversationDocument &doc, const QLocale &locale = QLocale());

    // RFC 4180 CSV (UTF-8, CRLF, no BOM), one row per message with stats, in document order.
    static QByteArray usageCsv(const QList<ConversationDocument> &docs);
};
