#include "formats/UsageCsv.h"

#include <QLocale>

namespace {

QByteArray csvText(const QString &text)
{
    QString value = text;
    // A spreadsheet runs a cell that starts with one of these as a formula, so a conversation
    // title like "=HYPERLINK(...)" would execute when the CSV is opened (CSV injection, OWASP).
    // The apostrophe makes it plain text; tab and CR are on OWASP's list for the same reason.
    if (!value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.front()))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\r') || value.contains(u'\n')) {
        value.replace(u'"', QStringLiteral("\"\""));
        value = QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value.toUtf8();
}

QByteArray csvNumber(std::optional<qint64> value)
{
    return value ? QByteArray::number(*value) : QByteArray();
}

QByteArray csvNumber(std::optional<double> value)
{
    // Fixed notation with the shortest exact digits: no exponent for spreadsheets to misread,
    // no locale separators, and no rounding of small costs.
    return value ? QByteArray::number(*value, 'f', QLocale::FloatingPointShortest) : QByteArray();
}

QByteArray csvTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs).toUtf8() : QByteArray();
}

} // namespace

QByteArray UsageCsv::toCsv(const QList<ConversationDocument> &docs)
{
    QByteArray csv = QByteArrayLiteral(
        "date,conversation,conversation_uuid,model,prompt_tokens,completion_tokens,cached_tokens,reasoning_tokens,"
        "usage_source,cost,currency,cost_source,ttft_ms,total_ms,tokens_per_second\r\n");
    for (const ConversationDocument &doc : docs) {
        for (const Message &message : doc.messages) {
            if (!message.stats)
                continue;
            const MessageStats &stats = *message.stats;
            const std::optional<CostEstimate> &cost = message.cost;
            const QList<QByteArray> fields{
                csvTime(message.createdAt),
                csvText(doc.conversation.title),
                csvText(doc.conversation.uuid),
                csvText(message.model),
                QByteArray::number(stats.usage.promptTokens),
                QByteArray::number(stats.usage.completionTokens),
                QByteArray::number(stats.usage.cachedPromptTokens),
                QByteArray::number(stats.usage.reasoningTokens),
                stats.usage.isReported() ? QByteArrayLiteral("reported") : QByteArrayLiteral("estimated"),
                csvNumber(cost && cost->isKnown() ? std::optional<double>(cost->amount()) : std::nullopt),
                cost ? csvText(cost->currency()) : QByteArray(),
                cost ? csvText(cost->sourceName()) : QByteArray(),
                csvNumber(stats.ttftMs),
                csvNumber(stats.totalMs),
                csvNumber(stats.tokensPerSecond),
            };
            csv += fields.join(',') + QByteArrayLiteral("\r\n");
        }
    }
    return csv;
}
