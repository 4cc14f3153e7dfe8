#include "pricing/ModelPrice.h"

#include <QJsonValue>

#include <cmath>

namespace {

// Larger integers lose precision as JSON doubles; no context window comes near this.
constexpr double kMaxExactJsonInteger = 9007199254740992.0; // 2^53

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("the number ") + QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String: return QStringLiteral("the string \"") + value.toString() + u'"';
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

bool fail(QString *error, const QString &field, const QString &problem, const QJsonValue &got)
{
    if (error)
        *error = field + QStringLiteral(": ") + problem + QStringLiteral(", got ") + describe(got);
    return false;
}

bool isPrice(double value)
{
    return std::isfinite(value) && value >= 0.0;
}

bool readString(const QJsonObject &object, const QString &field, bool required, QString *out, QString *error)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return fail(error, field, QStringLiteral("is required"), value);
        return true;
    }
    if (!value.isString() || (required && value.toString().isEmpty()))
        return fail(error, field, QStringLiteral("must be a non-empty string"), value);
    *out = value.toString();
    return true;
}

bool readPrice(const QJsonObject &object, const QString &field, bool required, std::optional<double> *out,
               QString *error)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return fail(error, field, QStringLiteral("is required (price per million tokens)"), value);
        out->reset();
        return true;
    }
    if (!value.isDouble() || !isPrice(value.toDouble()))
        return fail(error, field, QStringLiteral("must be a number >= 0 (price per million tokens)"), value);
    *out = value.toDouble();
    return true;
}

// Exactly one of "model" (an exact id) and "pattern" (a glob).
bool readModel(const QJsonObject &object, ModelPrice &price, QString *error)
{
    const QString model = QStringLiteral("model");
    QString modelId;
    QString modelPattern;
    if (!readString(object, model, false, &modelId, error)
        || !readString(object, QStringLiteral("pattern"), false, &modelPattern, error))
        return false;
    if (!modelId.isEmpty() && !modelPattern.isEmpty())
        return fail(error, model, QStringLiteral("give either \"model\" or \"pattern\", not both"), object.value(model));
    if (modelId.isEmpty() && modelPattern.isEmpty()) {
        return fail(error, model, QStringLiteral("is required (or give \"pattern\"), as a non-empty string"),
                    object.value(model));
    }
    if (modelPattern.isEmpty())
        price.setModel(modelId);
    else
        price.setPattern(modelPattern);
    return true;
}

bool readPrices(const QJsonObject &object, ModelPrice &price, QString *error)
{
    std::optional<double> input;
    std::optional<double> output;
    std::optional<double> cachedInput;
    if (!readPrice(object, QStringLiteral("input"), true, &input, error)
        || !readPrice(object, QStringLiteral("output"), true, &output, error)
        || !readPrice(object, QStringLiteral("cached_input"), false, &cachedInput, error))
        return false;
    price.setInputPrice(*input);
    price.setOutputPrice(*output);
    price.setCachedInputPrice(cachedInput);
    return true;
}

bool readCurrency(const QJsonObject &object, ModelPrice &price, QString *error)
{
    const QString currency = QStringLiteral("currency");
    const QJsonValue value = object.value(currency);
    if (!value.isString() || !ModelPrice::isCurrencyCode(value.toString())) {
        return fail(error, currency, QStringLiteral("must be a three-letter ISO 4217 code such as \"USD\" or \"CNY\""),
                    value);
    }
    price.setCurrency(value.toString());
    return true;
}

// A member that may be absent or null; otherwise `take(value)` says whether it is right (and
// keeps it), or `problem` is the error.
template <typename Take>
bool readOptional(const QJsonObject &object, const QString &field, const QString &problem, QString *error, Take take)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull() || take(value))
        return true;
    return fail(error, field, problem, value);
}

bool readContextWindow(const QJsonObject &object, ModelPrice &price, QString *error)
{
    return readOptional(object, QStringLiteral("context_window"),
                        QStringLiteral("must be a positive whole number of tokens or null"), error,
                        [&price](const QJsonValue &value) {
                            const double tokens = value.toDouble();
                            if (!value.isDouble() || !(tokens > 0.0) || tokens != std::floor(tokens)
                                || tokens > kMaxExactJsonInteger)
                                return false;
                            price.setContextWindow(static_cast<qint64>(tokens));
                            return true;
                        });
}

bool readDate(const QJsonObject &object, ModelPrice &price, QString *error)
{
    return readOptional(object, QStringLiteral("date"), QStringLiteral("must be a date written YYYY-MM-DD"), error,
                        [&price](const QJsonValue &value) {
                            const QString text = value.toString();
                            // QDate alone would also take "2025-1-5"; the file promises one spelling.
                            const QDate day = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
                            if (!value.isString() || text.size() != 10 || !day.isValid())
                                return false;
                            price.setDate(day);
                            return true;
                        });
}

} // namespace

std::optional<ModelPrice> ModelPrice::fromJson(const QJsonObject &object, QString *error)
{
    ModelPrice price;
    // In the order of the file's fields, so the first wrong one is the one reported.
    if (!readString(object, QStringLiteral("provider"), true, &price.m_provider, error)
        || !readModel(object, price, error) || !readPrices(object, price, error)
        || !readCurrency(object, price, error) || !readContextWindow(object, price, error)
        || !readString(object, QStringLiteral("source"), false, &price.m_source, error)
        || !readString(object, QStringLiteral("note"), false, &price.m_note, error) || !readDate(object, price, error))
        return std::nullopt;
    Q_ASSERT(price.isValid());
    return price;
}

QJsonObject ModelPrice::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("provider"), m_provider);
    if (isPattern())
        object.insert(QStringLiteral("pattern"), m_pattern);
    else
        object.insert(QStringLiteral("model"), m_model);
    object.insert(QStringLiteral("input"), m_input);
    object.insert(QStringLiteral("cached_input"), m_cachedInput ? QJsonValue(*m_cachedInput) : QJsonValue());
    object.insert(QStringLiteral("output"), m_output);
    object.insert(QStringLiteral("currency"), m_currency);
    object.insert(QStringLiteral("context_window"), m_contextWindow ? QJsonValue(*m_contextWindow) : QJsonValue());
    object.insert(QStringLiteral("source"), m_source);
    object.insert(QStringLiteral("date"), m_date.isValid() ? QJsonValue(m_date.toString(Qt::ISODate)) : QJsonValue());
    if (!m_note.isEmpty())
        object.insert(QStringLiteral("note"), m_note);
    return object;
}

bool ModelPrice::isValid() const
{
    return !m_provider.isEmpty() && (m_model.isEmpty() != m_pattern.isEmpty()) && isPrice(m_input)
        && isPrice(m_output) && (!m_cachedInput || isPrice(*m_cachedInput)) && ModelPrice::isCurrencyCode(m_currency)
        && (!m_contextWindow || *m_contextWindow > 0);
}

bool ModelPrice::matches(const QString &provider, const QString &modelId) const
{
    if (modelId.isEmpty())
        return false;
    if (!provider.isEmpty() && provider.compare(m_provider, Qt::CaseInsensitive) != 0)
        return false;
    // A catch-all ("*" for every model a local server runs) speaks only for its own provider:
    // with the provider unknown it would price any unknown model at that provider's rate (for
    // the local presets, a made-up zero).
    if (provider.isEmpty() && isPattern() && m_pattern.count(u'*') + m_pattern.count(u'?') == m_pattern.size())
        return false;
    if (isPattern())
        return m_patternRegex.match(modelId).hasMatch();
    return !m_model.isEmpty() && modelId.compare(m_model, Qt::CaseInsensitive) == 0;
}

void ModelPrice::setModel(const QString &model)
{
    m_model = model;
    m_pattern.clear();
    m_patternRegex = QRegularExpression();
}

void ModelPrice::setPattern(const QString &pattern)
{
    m_pattern = pattern;
    m_model.clear();

    // Not QRegularExpression::wildcardToRegularExpression: before Qt 6.6 its '*' stops at '/',
    // and model ids like "hf.co/org/model" or "/models/x.gguf" must still match "*".
    QString expression;
    QString literal;
    const auto flushLiteral = [&expression, &literal] {
        expression += QRegularExpression::escape(literal);
        literal.clear();
    };
    for (const QChar c : pattern) {
        if (c == u'*') {
            flushLiteral();
            expression += QLatin1String(".*");
        } else if (c == u'?') {
            flushLiteral();
            expression += u'.';
        } else {
            literal += c;
        }
    }
    flushLiteral();
    m_patternRegex = QRegularExpression(QRegularExpression::anchoredPattern(expression),
                                        QRegularExpression::CaseInsensitiveOption
                                            | QRegularExpression::DotMatchesEverythingOption);
}

qsizetype ModelPrice::literalPrefixLength() const
{
    if (!isPattern())
        return m_model.size();
    for (qsizetype i = 0; i < m_pattern.size(); ++i) {
        if (m_pattern.at(i) == u'*' || m_pattern.at(i) == u'?')
            return i;
    }
    return m_pattern.size();
}

qsizetype ModelPrice::literalLength() const
{
    if (!isPattern())
        return m_model.size();
    return m_pattern.size() - m_pattern.count(u'*') - m_pattern.count(u'?');
}

bool ModelPrice::hasSameKey(const ModelPrice &other) const
{
    return m_provider.compare(other.m_provider, Qt::CaseInsensitive) == 0 && isPattern() == other.isPattern()
        && modelOrPattern().compare(other.modelOrPattern(), Qt::CaseInsensitive) == 0;
}

bool operator==(const ModelPrice &a, const ModelPrice &b)
{
    // m_patternRegex is derived from m_pattern, so it is left out.
    return a.m_provider == b.m_provider && a.m_model == b.m_model && a.m_pattern == b.m_pattern
        && a.m_input == b.m_input && a.m_cachedInput == b.m_cachedInput && a.m_output == b.m_output
        && a.m_currency == b.m_currency && a.m_contextWindow == b.m_contextWindow && a.m_source == b.m_source
        && a.m_date == b.m_date && a.m_note == b.m_note;
}

bool ModelPrice::isCurrencyCode(const QString &code)
{
    if (code.size() != 3)
        return false;
    for (const QChar c : code) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    return true;
}

CostEstimate ModelPrice::costOf(const TokenUsage &usage) const
{
    // Providers do send inconsistent usage (cached > prompt, negative counts from buggy relays);
    // clamping keeps such a reply from ever costing less than nothing.
    const qint64 prompt = std::max<qint64>(usage.promptTokens, 0);
    const qint64 cached = std::clamp<qint64>(usage.cachedPromptTokens, 0, prompt);
    const qint64 completion = std::max<qint64>(usage.completionTokens, 0);
    constexpr double kTokensPerPriceUnit = 1e6; // prices are per million tokens
    const double amount = (double(prompt - cached) * inputPrice() + double(cached) * effectiveCachedInputPrice()
                           + double(completion) * outputPrice())
        / kTokensPerPriceUnit;
    return CostEstimate::estimated(amount, currency());
}
