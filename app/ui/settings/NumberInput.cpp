#include "settings/NumberInput.h"

#include <QLocale>

namespace NumberInput {

std::optional<qint64> whole(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    return ok && value >= min && value <= max ? std::optional<qint64>(value) : std::nullopt;
}

std::optional<double> amount(const QString &text, double max)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    double value = QLocale().toDouble(trimmed, &ok);
    if (!ok)
        value = trimmed.toDouble(&ok); // "0.38" also works where the locale writes "0,38"
    // NaN fails both comparisons, infinity the second.
    return ok && value >= 0 && value <= max ? std::optional<double>(value) : std::nullopt;
}

} // namespace NumberInput
