#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QString>

#include <optional>

// Reads the members of one JSON object from a file people share (a conversation export), the
// strict way: a member of the wrong type, a required one that is missing or a number out of
// range stops the read with one translated sentence that names the member by its path
// ("messages[3].role must be a string, not 12."), so a bad file is refused whole and never half
// imported. Absent and null mean the same for optional members. Each read returns false once
// the error is set; the reader itself keeps no state beyond the object and its path.
class JsonReader final
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    enum class Need { Optional, Required };

    // `path` names the object in messages ("conversation", "messages[3]"; empty for the root).
    // `error` may be null: the reads still fail, without a message.
    JsonReader(const QJsonObject &object, const QString &path, QString *error);

    const QJsonObject &object() const { return m_object; }
    // The path of a member ("messages[3].role").
    QString pathOf(QLatin1String key) const;
    // A reader of the member object `key` (null or absent: nothing; another type: an error).
    bool child(QLatin1String key, std::optional<JsonReader> *out) const;

    // Optional strings, whole numbers and booleans read as empty, 0 and false when absent.
    bool string(QLatin1String key, Need need, QString *out) const;
    bool integer(QLatin1String key, Need need, qint64 *out) const;
    bool boolean(QLatin1String key, bool *out) const;
    bool optionalInteger(QLatin1String key, std::optional<qint64> *out) const;
    bool optionalNumber(QLatin1String key, std::optional<double> *out) const;
    // ISO 8601 with a zone (Z or +07:00) and at most milliseconds, read as UTC; absent: invalid.
    bool time(QLatin1String key, QDateTime *out) const;

    // Numbers are range-checked like settings: a value outside fails the read with the
    // member's name rather than being clamped, so nothing in a file is silently changed.
    bool inRange(QLatin1String key, double value, double min, double max) const;
    bool inRange(QLatin1String key, const std::optional<double> &value, double min, double max) const;
    bool inRange(QLatin1String key, const std::optional<qint64> &value, double min, double max) const;

    // Fails with "<path.key> "<got>" is not one of: <allowed>."
    bool notOneOf(QLatin1String key, const QString &got, const QString &allowed) const;
    // Fails with `message`.
    bool fail(const QString &message) const;
    bool missing(QLatin1String key) const;

    // A value as a message shows it: "null", 12, "text" (cut at 40 characters), "a list".
    static QString describe(const QJsonValue &value);
    static bool isAbsent(const QJsonValue &value) { return value.isUndefined() || value.isNull(); }
    // A JSON number that is a whole number a double holds exactly (up to 2^53).
    static bool isWholeNumber(const QJsonValue &value);

private:
    // One member: absent (or null) when optional is T(), missing when required; otherwise
    // `isRight(value)` or the `wrong()` sentence, and then `take(value)`.
    template <typename T, typename IsRight, typename Take, typename Wrong>
    bool read(QLatin1String key, Need need, T *out, IsRight isRight, Take take, Wrong wrong) const;
    bool wrongType(QLatin1String key, const QString &sentence) const;

    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};
