#pragma once

#include <QString>

#include <optional>

// Reading numbers people type as text, where a spin box cannot take them: the cells of the
// price table (PriceEditor). Every other number in the settings is a spin box (see
// SettingsPage.h). Surrounding spaces are fine; a decimal in the user's locale ("2,50") or with a
// dot ("2.50").
namespace NumberInput {

// A whole number in [min, max], or nullopt.
std::optional<qint64> whole(const QString &text, qint64 min, qint64 max);
// A finite amount in [0, max], or nullopt.
std::optional<double> amount(const QString &text, double max);

} // namespace NumberInput
