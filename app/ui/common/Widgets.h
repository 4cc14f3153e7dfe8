#pragma once

#include <QString>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QToolButton;
class QWidget;

// Small builders for the widgets that windows, dialogs and settings pages make the same way.
// Each gets the object name that tests and style sheets find it by.
namespace Widgets {

// A push button with this text.
QPushButton *button(const QString &text, QWidget *parent, const char *objectName);
// A tool button with this text: a symbol ("↑", "✕") that describe() puts into words.
QToolButton *toolButton(const QString &text, QWidget *parent, const char *objectName);
// A drop-down list with the name a screen reader gives it.
QComboBox *comboBox(QWidget *parent, const char *objectName, const QString &accessibleName);
// A label for a status or message set later: wrapped, empty until then.
QLabel *statusLabel(QWidget *parent, const char *objectName);
// A sampling parameter from 0 to `maximum` (2 for temperature, 1 for top-p) in steps of 0.05,
// shown with two decimals.
QDoubleSpinBox *samplingSpinBox(QWidget *parent, const char *objectName, double maximum);
// What a control says of itself: the name a screen reader gives it and the tooltip it shows.
// Both are set together, each time the language changes too, so the caller passes both already
// translated in its own context.
void describe(QWidget *widget, const QString &accessibleName, const QString &toolTip);

} // namespace Widgets
