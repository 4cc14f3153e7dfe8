#include "formats/JsonReader.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <functional>

namespace {

// Integers above 2^53 do not survive a trip through a JSON number as double.
constexpr double kMaxExactInteger = 9007199254740992.0;

QString number(double value)
{
    // Token counts and limits read as the whole numbers they are, not as 1e+12.
    if (std::trunc(value) == value && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

JsonReader::JsonReader(const QJsonObject &object, const QString &path, QString *error)
    : m_object(object)
    , m_path(path)
    , m_error(error)
{
}

QString JsonReader::pathOf(QLatin1String key) const
{
    return m_path.isEmpty() ? QString(key) : m_path + QLatin1Char('.') + key;
}

bool JsonReader::fail(const QString &message) const
{
    if (m_error)
        *m_error = message;
    return false;
}

bool JsonReader::missing(QLatin1String key) const
{
    return fail(tr("%1 is missing.").arg(pathOf(key)));
}

bool JsonReader::wrongType(QLatin1String key, const QString &sentence) const
{
    // `sentence` has %1 for the member's path and %2 for what it holds.
    return fail(sentence.arg(pathOf(key), describe(m_object.value(key))));
}

bool JsonReader::child(QLatin1String key, std::optional<JsonReader> *out) const
{
    const QJsonValue value = m_object.value(key);
    if (isAbsent(value)) {
        out->reset();
        return true;
    }
    if (!value.isObject())
        return wrongType(key, tr("%1 must be an object or null, not %2."));
    out->emplace(value.toObject(), pathOf(key), m_error);
    return true;
}

template <typename T, typename IsRight, typename Take, typename Wrong>
bool JsonReader::read(QLatin1String key, Need need, T *out, IsRight isRight, Take take, Wrong wrong) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() && need == Need::Required)
        return missing(key);
    if (isAbsent(value) && need == Need::Optional) {
        *out = T();
        return true;
    }
    if (!std::invoke(isRight, value))
        return wrongType(key, wrong());
    *out = take(value);
    return true;
}

bool JsonReader::string(QLatin1String key, Need need, QString *out) const
{
    return read(key, need, out, &QJsonValue::isString, [](const QJsonValue &v) { return v.toString(); },
                [] { return tr("%1 must be a string, not %2."); });
}

bool JsonReader::integer(QLatin1String key, Need need, qint64 *out) const
{
    return read(key, need, out, &isWholeNumber, [](const QJsonValue &v) { return v.toInteger(); },
                [] { return tr("%1 must be a whole number, not %2."); });
}

bool JsonReader::boolean(QLatin1String key, bool *out) const
{
    return read(key, Need::Optional, out, &QJsonValue::isBool, [](const QJsonValue &v) { return v.toBool(); },
                [] { return tr("%1 must be true or false, not %2."); });
}

bool JsonReader::optionalInteger(QLatin1String key, std::optional<qint64> *out) const
{
    return read(key, Need::Optional, out, &isWholeNumber, [](const QJsonValue &v) { return v.toInteger(); },
                [] { return tr("%1 must be a whole number or null, not %2."); });
}

bool JsonReader::optionalNumber(QLatin1String key, std::optional<double> *out) const
{
    return read(key, Need::Optional, out, &QJsonValue::isDouble, [](const QJsonValue &v) { return v.toDouble(); },
                [] { return tr("%1 must be a number or null, not %2."); });
}

bool JsonReader::time(QLatin1String key, QDateTime *out) const
{
    const QJsonValue value = m_object.value(key);
    if (isAbsent(value)) {
        *out = QDateTime();
        return true;
    }
    // Qt alone would also take a date without a time, or a time without a zone (read as the
    // importing machine's local time, so the same file would mean different instants).
    static const QRegularExpression pattern(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})$"));
    const QString text = value.toString();
    const QDateTime time = value.isString() && pattern.match(text).hasMatch()
        ? QDateTime::fromString(text, Qt::ISODateWithMs)
        : QDateTime();
    if (!time.isValid())
        return wrongType(key, tr("%1 must be a time such as 2026-11-28T00:40:12.345Z, not %2."));
    *out = time.toUTC();
    return true;
}

bool JsonReader::inRange(QLatin1String key, double value, double min, double max) const
{
    if (!(value >= min)) // NaN included
        return fail(tr("%1 must be %2 or more, not %3.").arg(pathOf(key), number(min), number(value)));
    if (value > max)
        return fail(tr("%1 must be at most %2, not %3.").arg(pathOf(key), number(max), number(value)));
    return true;
}

bool JsonReader::inRange(QLatin1String key, const std::optional<double> &value, double min, double max) const
{
    return !value || inRange(key, *value, min, max);
}

bool JsonReader::inRange(QLatin1String key, const std::optional<qint64> &value, double min, double max) const
{
    return !value || inRange(key, double(*value), min, max);
}

bool JsonReader::notOneOf(QLatin1String key, const QString &got, const QString &allowed) const
{
    return fail(tr("%1 \"%2\" is not one of: %3.").arg(pathOf(key), got, allowed));
}

QString JsonReader::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String: {
        QString text = value.toString();
        if (text.size() > 40)
            text = text.left(40) + QStringLiteral("…");
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    case QJsonValue::Array: return tr("a list");
    case QJsonValue::Object: return tr("an object");
    case QJsonValue::Undefined: break;
    }
    return tr("nothing");
}

bool JsonReader::isWholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && std::trunc(number) == number && std::fabs(number) <= kMaxExactInteger;
}
