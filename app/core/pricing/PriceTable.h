#pragma once

#include "domain/CostEstimate.h"
#include "pricing/ModelPrice.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

struct MessageStats;

// The prices Tally estimates costs with: the bundled pricing.json (compiled into tally_core as
// ":/pricing/pricing.json") plus the user's own edits, which win over the bundled rows. It only
// answers "what does this model cost"; saving the user's edits belongs to the settings code.
class PriceTable
{
public:
    PriceTable() = default;

    // The table shipped with this build. A broken bundled file is a build defect: it is reported
    // with qWarning and an empty table is returned, so every cost then reads "unknown" rather
    // than a guess.
    static PriceTable bundled();

    // Parses {"version": 1, "models": [...]}. Any malformed entry fails the whole load, with an
    // error such as `models[3].input: must be a number >= 0 ..., got the string "x"`, because a
    // table that silently drops rows shows wrong costs with no hint why. Unknown fields are
    // ignored; another "version" is refused since its fields may mean something else.
    static std::optional<PriceTable> fromJson(const QByteArray &json, QString *error = nullptr);

    // The price for modelId at provider, or nullopt when no row covers it. An empty provider
    // matches any provider's rows except catch-alls ("*"); ids compare case-insensitively. Any matching override wins over any
    // bundled row. Within each set an exact model id beats a pattern, a longer literal prefix
    // beats a shorter one ("gpt-4.1-mini*" over "gpt-4.1*"), then more literal characters, and
    // on a full tie the row listed first.
    std::optional<ModelPrice> find(const QString &provider, const QString &modelId) const;

    // find() for a profile's preset: a "custom" (or empty) preset names no known provider, so it
    // looks the model up across every provider's rows.
    std::optional<ModelPrice> findForPreset(const QString &preset, const QString &modelId) const;

    // What a finished reply cost: the provider's own figure when it reported one, else an
    // estimate from its token usage and this table's price for the model that answered.
    CostEstimate costOf(const MessageStats &stats, const QString &preset) const;

    // The rows read from JSON, in file order, without overrides.
    QList<ModelPrice> entries() const { return m_entries; }

    // User-edited prices. setOverride replaces an override with the same provider and model id
    // or pattern, otherwise adds one; a price that isValid() says is incomplete is ignored.
    void setOverride(const ModelPrice &price);
    // Removes the override whose provider and model id (or pattern, as written) are given;
    // returns false when there was none.
    bool removeOverride(const QString &provider, const QString &modelOrPattern);
    QList<ModelPrice> overrides() const { return m_overrides; }

private:
    QList<ModelPrice> m_entries;
    QList<ModelPrice> m_overrides;
};
