#pragma once

#include "settings/AppSettings.h"

// Light, dark, or whatever the system uses. Qt 6.4 cannot ask the platform for its color
// scheme, so "system" keeps the platform's own palette and style, and the explicit choices use
// the Fusion style with a palette of our own, which looks the same on every platform.
namespace Theme {

void apply(AppSettings::Theme theme);

} // namespace Theme
