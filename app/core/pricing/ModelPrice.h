#pragma once

#include "domain/CostEstimate.h"
#include "domain/TokenUsage.h"

#include <QDate>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>

#include <optional>

// One row of the price table: what a provider charges for one model (or a family of models
// named by a wildcard pattern), per million tokens, in the provider's own currency, with where
// and when the figure was read so a stale price can be recognised and corrected.
//
// Patterns are globs: '*' matches any run of characters (including '/', so it works for ids such
// as "hf.co/user/model" or a llama.cpp file path), '?' matches one character, and every other
// character is literal. Matching is anchored to the whole id and case-insensitive.
class ModelPrice
{
public:
    ModelPrice() = default;

    // Reads one entry of pricing.json. On failure returns nullopt and, when error is given, sets
    // it to "<field>: <what is wrong>" so the caller can prefix the entry's position. Fields this
    // version does not know are ignored, so a newer file still loads.
    static std::optional<ModelPrice> fromJson(const QJsonObject &object, QString *error = nullptr);
    // The same shape fromJson() reads; optional values that are absent are written as null.
    QJsonObject toJson() const;

    // A price can be looked up only with a provider and a model id or pattern, and only with
    // finite, non-negative prices in a three-letter currency.
    bool isValid() const;

    // True when this entry prices modelId at provider. An empty provider argument matches any
    // provider, except for catch-all patterns made only of wildcards, which need their provider.
    // Provider ids and model ids compare case-insensitively.
    bool matches(const QString &provider, const QString &modelId) const;

    QString provider() const { return m_provider; }
    void setProvider(const QString &provider) { m_provider = provider; }

    // Exactly one of model() and pattern() is set; setting one clears the other.
    QString model() const { return m_model; }
    void setModel(const QString &model);
    QString pattern() const { return m_pattern; }
    void setPattern(const QString &pattern);
    bool isPattern() const { return !m_pattern.isEmpty(); }
    // The model id or the pattern: what identifies this entry next to its provider.
    QString modelOrPattern() const { return isPattern() ? m_pattern : m_model; }
    // Characters before the first wildcard; longer means more specific when patterns compete.
    qsizetype literalPrefixLength() const;
    // Characters that are not wildcards; breaks ties between equal prefixes ("a*b" beats "a*").
    qsizetype literalLength() const;
    // Same provider and same model id or pattern (case-insensitively): the entry's identity,
    // which an override replaces.
    bool hasSameKey(const ModelPrice &other) const;

    // Prices per million tokens, in currency().
    double inputPrice() const { return m_input; }
    void setInputPrice(double price) { m_input = price; }
    // Unset when the provider publishes no cached-input price.
    std::optional<double> cachedInputPrice() const { return m_cachedInput; }
    void setCachedInputPrice(std::optional<double> price) { m_cachedInput = price; }
    // What a cached prompt token costs: the cached-input price, or the input price when there is
    // none, because a provider without a cache discount bills those tokens as ordinary input.
    double effectiveCachedInputPrice() const { return m_cachedInput.value_or(m_input); }
    // (prompt - cached) x input + cached x (cached input, or input) + completion x output, per
    // million tokens, in this price's currency. Estimated whether the token counts were reported
    // or estimated: TokenUsage says which.
    CostEstimate costOf(const TokenUsage &usage) const;
    double outputPrice() const { return m_output; }
    void setOutputPrice(double price) { m_output = price; }

    // Three capital letters, the shape of an ISO 4217 code ("USD", "CNY").
    static bool isCurrencyCode(const QString &code);
    // ISO 4217 code as the provider bills, e.g. "USD" or "CNY"; never converted.
    QString currency() const { return m_currency; }
    void setCurrency(const QString &currency) { m_currency = currency; }

    // Tokens; unset when unknown.
    std::optional<qint64> contextWindow() const { return m_contextWindow; }
    void setContextWindow(std::optional<qint64> tokens) { m_contextWindow = tokens; }

    // Where the figure comes from (URL or document name) and the day it was read.
    QString source() const { return m_source; }
    void setSource(const QString &source) { m_source = source; }
    QDate date() const { return m_date; }
    void setDate(const QDate &date) { m_date = date; }
    // Free text for caveats, e.g. how an unpublished figure was filled in.
    QString note() const { return m_note; }
    void setNote(const QString &note) { m_note = note; }

    friend bool operator==(const ModelPrice &a, const ModelPrice &b);
    friend bool operator!=(const ModelPrice &a, const ModelPrice &b) { return !(a == b); }

private:
    QString m_provider;
    QString m_model;
    QString m_pattern;
    // Compiled once from m_pattern so lookups over a whole table stay cheap.
    QRegularExpression m_patternRegex;
    double m_input = 0.0;
    std::optional<double> m_cachedInput;
    double m_output = 0.0;
    QString m_currency;
    std::optional<qint64> m_contextWindow;
    QString m_source;
    QDate m_date;
    QString m_note;
};
