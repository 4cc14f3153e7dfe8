#pragma once

#include "domain/ConversationDocument.h"

#include <QByteArray>
#include <QList>

// What replies used and cost, as a CSV for spreadsheets: RFC 4180 (UTF-8, CRLF, no BOM), one row
// per message with stats, in document order; numbers without locale or exponent, and text that
// a spreadsheet would run as a formula made plain. Pure: no database, no files.
class UsageCsv final
{
public:
    UsageCsv() = delete;

    static QByteArray toCsv(const QList<ConversationDocument> &docs);
};
