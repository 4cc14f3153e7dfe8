#include "common/Retranslator.h"

#include <QEvent>
#include <QWidget>

#include <utility>

void Retranslator::watch(QWidget *widget, std::function<void()> retranslate)
{
    // The widget owns it: it goes with the widget and stops watching then.
    widget->installEventFilter(new Retranslator(widget, std::move(retranslate)));
}

Retranslator::Retranslator(QWidget *widget, std::function<void()> retranslate)
    : QObject(widget)
    , m_retranslate(std::move(retranslate))
{
}

bool Retranslator::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::LanguageChange)
        m_retranslate();
    return false; // the widget and its children still get the event
}
