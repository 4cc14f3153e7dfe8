#include "pricing/PriceTable.h"

#include "domain/MessageStats.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtGlobal>

#include <tuple>

namespace {

constexpr int kFormatVersion = 1;

// Higher is more specific; std::tuple compares field by field.
using Specificity = std::tuple<bool, qsizetype, qsizetype>;

Specificity specificityOf(const ModelPrice &price)
{
    return {!price.isPattern(), price.literalPrefixLength(), price.literalLength()};
}

std::optional<ModelPrice> bestMatch(const QList<ModelPrice> &prices, const QString &provider, const QString &modelId)
{
    const ModelPrice *best = nullptr;
    Specificity bestSpecificity;
    for (const ModelPrice &price : prices) {
        if (!price.matches(provider, modelId))
            continue;
        const Specificity specificity = specificityOf(price);
        // Strictly greater, so the row listed first wins a full tie.
        if (!best || specificity > bestSpecificity) {
            best = &price;
            bestSpecificity = specificity;
        }
    }
    if (!best)
        return std::nullopt;
    return *best;
}

QString entryName(qsizetype index)
{
    return QStringLiteral("models[") + QString::number(index) + u']';
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

PriceTable PriceTable::bundled()
{
    // Parsed once: the resource cannot change while the program runs.
    static const PriceTable table = [] {
        const QString path = QStringLiteral(":/pricing/pricing.json");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("PriceTable: cannot open %s: %s", qUtf8Printable(path), qUtf8Printable(file.errorString()));
            return PriceTable();
        }
        QString error;
        const std::optional<PriceTable> parsed = fromJson(file.readAll(), &error);
        if (!parsed) {
            qWarning("PriceTable: %s: %s", qUtf8Printable(path), qUtf8Printable(error));
            return PriceTable();
        }
        return *parsed;
    }();
    return table;
}

std::optional<PriceTable> PriceTable::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error, QStringLiteral("not valid JSON: ") + parseError.errorString() + QStringLiteral(" at byte ")
                        + QString::number(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        fail(error, QStringLiteral("the top level must be an object with \"version\" and \"models\""));
        return std::nullopt;
    }
    const QJsonObject root = document.object();

    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != kFormatVersion) {
        fail(error, QStringLiteral("version: must be %1, got %2")
                        .arg(kFormatVersion)
                        .arg(version.isDouble() ? QString::number(version.toDouble())
                                                : QStringLiteral("no number")));
        return std::nullopt;
    }

    const QJsonValue models = root.value(QStringLiteral("models"));
    if (!models.isArray()) {
        fail(error, QStringLiteral("models: must be an array of price entries"));
        return std::nullopt;
    }

    PriceTable table;
    const QJsonArray entries = models.toArray();
    table.m_entries.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonValue entry = entries.at(i);
        if (!entry.isObject()) {
            fail(error, entryName(i) + QStringLiteral(": must be an object"));
            return std::nullopt;
        }
        QString entryError;
        const std::optional<ModelPrice> price = ModelPrice::fromJson(entry.toObject(), &entryError);
        if (!price) {
            fail(error, entryName(i) + u'.' + entryError);
            return std::nullopt;
        }
        // Two rows for the same model would make the result depend on file order: refuse.
        for (qsizetype j = 0; j < table.m_entries.size(); ++j) {
            if (table.m_entries.at(j).hasSameKey(*price)) {
                fail(error, entryName(i) + QStringLiteral(": repeats ") + entryName(j) + QStringLiteral(" (")
                                + price->provider() + u' ' + price->modelOrPattern() + u')');
                return std::nullopt;
            }
        }
        table.m_entries.append(*price);
    }
    return table;
}

std::optional<ModelPrice> PriceTable::find(const QString &provider, const QString &modelId) const
{
    if (std::optional<ModelPrice> price = bestMatch(m_overrides, provider, modelId))
        return price;
    return bestMatch(m_entries, provider, modelId);
}

void PriceTable::setOverride(const ModelPrice &price)
{
    if (!price.isValid()) {
        qWarning("PriceTable: ignoring an incomplete price override for %s %s", qUtf8Printable(price.provider()),
                 qUtf8Printable(price.modelOrPattern()));
        return;
    }
    for (ModelPrice &existing : m_overrides) {
        if (existing.hasSameKey(price)) {
            existing = price;
            return;
        }
    }
    m_overrides.append(price);
}

bool PriceTable::removeOverride(const QString &provider, const QString &modelOrPattern)
{
    return m_overrides.removeIf([&](const ModelPrice &price) {
        return price.provider().compare(provider, Qt::CaseInsensitive) == 0
            && price.modelOrPattern().compare(modelOrPattern, Qt::CaseInsensitive) == 0;
    }) > 0;
}

std::optional<ModelPrice> PriceTable::findForPreset(const QString &preset, const QString &modelId) const
{
    return find(preset == u"custom" ? QString() : preset, modelId);
}

CostEstimate PriceTable::costOf(const MessageStats &stats, const QString &preset) const
{
    if (stats.reportedCost)
        return CostEstimate::reported(*stats.reportedCost, QStringLiteral("USD"));
    const std::optional<ModelPrice> price = findForPreset(preset, stats.model);
    return price ? price->costOf(stats.usage) : CostEstimate::unknown();
}
