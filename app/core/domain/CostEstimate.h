#pragma once

#include <QLocale>
#include <QString>
#include <QtNumeric>

#include <optional>

// What one request cost and how sure Tally is of it: the provider said so, Tally worked it out
// from tokens and the price table, the reply came from Tally's own cache and cost nothing, or
// nobody knows. The product rule is that a cost is never shown without saying which.
class CostEstimate
{
public:
    enum class Source {
        Reported,  // the provider sent the cost (e.g. OpenRouter usage.cost, in USD)
        Estimated, // tokens x the price table
        Cached,    // served from Tally's response cache, no request was made
        NotCharged, // the provider refused the request before generating anything (401, 400, 429...)
        Unknown,   // no price for the model, so no figure at all
    };

    // The most one request or one import may say it cost, in any currency: more is not a
    // price but a broken or hostile number (and a sum of a few would be infinite).
    static constexpr double kMaxAmount = 1e9;
    // A cost a provider or a file may give: a finite number from 0 to kMaxAmount.
    static bool isPlausibleAmount(double amount) { return amount >= 0 && amount <= kMaxAmount; }

    // Unknown.
    CostEstimate() = default;

    static CostEstimate reported(double amount, const QString &currency);
    static CostEstimate cached(const QString &currency);
    static CostEstimate notCharged(const QString &currency);
    static CostEstimate unknown();
    // Worked out from tokens and a price (ModelPrice::costOf()).
    static CostEstimate estimated(double amount, const QString &currency);

    // Meaningless unless isKnown(); an Unknown estimate holds NaN so that a total which forgets
    // to check turns visibly into NaN instead of silently counting zero.
    double amount() const { return m_amount; }
    QString currency() const { return m_currency; }
    Source source() const { return m_source; }
    bool isKnown() const { return m_source != Source::Unknown; }

    // "reported", "estimated", "cached", "not_charged" or "unknown": the words of the database and
    // the JSON export (tally-cli's stats JSON names not_charged "estimated", see StatsReport).
    QString sourceName() const;
    // The same, translated, for people: "reported", "estimated", "cached", "not charged" (empty
    // when unknown).
    QString sourceWord() const;
    static std::optional<Source> sourceFromName(const QString &name);
    // A cost read back from storage or an export, exactly as it was written. Unknown ignores
    // the amount and currency.
    static CostEstimate restored(double amount, const QString &currency, Source source);

    // The money in locale's format with "$" for USD, "¥" for CNY and the code otherwise: two
    // decimals, or six below 0.01 so a one-message cost such as $0.000380 does not read $0.00.
    // Unknown gives the translated word "unknown".
    QString format(const QLocale &locale = QLocale()) const;

    friend bool operator==(const CostEstimate &a, const CostEstimate &b);
    friend bool operator!=(const CostEstimate &a, const CostEstimate &b) { return !(a == b); }

private:
    CostEstimate(double amount, const QString &currency, Source source);

    double m_amount = qQNaN();
    QString m_currency;
    Source m_source = Source::Unknown;
};
