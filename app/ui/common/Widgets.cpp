#include "common/Widgets.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace Widgets {

QPushButton *button(const QString &text, QWidget *parent, const char *objectName)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(objectName));
    return button;
}

QToolButton *toolButton(const QString &text, QWidget *parent, const char *objectName)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setObjectName(QLatin1String(objectName));
    return button;
}

QComboBox *comboBox(QWidget *parent, const char *objectName, const QString &accessibleName)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QLatin1String(objectName));
    box->setAccessibleName(accessibleName);
    return box;
}

QLabel *statusLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    return label;
}

QDoubleSpinBox *samplingSpinBox(QWidget *parent, const char *objectName, double maximum)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(QLatin1String(objectName));
    box->setRange(0.0, maximum);
    box->setSingleStep(0.05);
    box->setDecimals(2);
    return box;
}

void describe(QWidget *widget, const QString &accessibleName, const QString &toolTip)
{
    widget->setAccessibleName(accessibleName);
    widget->setToolTip(toolTip);
}

} // namespace Widgets
