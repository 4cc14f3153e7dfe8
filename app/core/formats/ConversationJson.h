#pragma once

#include "domain/ConversationDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// The lossless conversation file: the only export that imports. Pure functions over
// ConversationDocument (no database, no files), so the GUI, tally-cli and the tests share one
// definition of it.
//
// JSON ("format": "tally-conversation", "version": 1) carries every field of the conversation
// and its messages except database ids; message order is array order. One exception by design:
// MessageStats::model is not written, because storage keeps a single model per message and
// reads it back into both Message::model and MessageStats::model; import does the same.
class ConversationJson final
{
    Q_DECLARE_TR_FUNCTIONS(ConversationJson)

public:
    ConversationJson() = delete;

    static constexpr int kFormatVersion = 1;

    // Deterministic (keys sorted, indented) UTF-8 JSON. Times are ISO 8601 UTC with
    // milliseconds, e.g. 2026-11-28T00:40:12.345Z; an unset time is null.
    static QByteArray toJson(const ConversationDocument &doc);

    // Reads toJson()'s format strictly (JsonReader): anything missing that is required, of the
    // wrong type or out of range fails the whole import with a translated message naming the
    // field, e.g. "messages[3].role ...". Unknown fields are ignored so later versions can add
    // some. Database ids come back 0, positions 0..n-1, and times in UTC.
    static std::optional<ConversationDocument> fromJson(const QByteArray &json, QString *error = nullptr);
};
