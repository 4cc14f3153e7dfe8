#pragma once

#include <QObject>

#include <functional>

class QWidget;

// Runs a widget's retranslate() when the language changes: installing or removing a translator
// sends every widget QEvent::LanguageChange, and each widget relabels itself. Watching the widget
// from this small child spares every such widget a changeEvent() override of its own.
class Retranslator final : public QObject
{
    Q_OBJECT

public:
    // From now on `retranslate` runs on every LanguageChange the widget gets, before the widget's
    // own changeEvent() and before its children get theirs. It does not run now: the widget
    // labels itself once in its constructor, where its children exist.
    static void watch(QWidget *widget, std::function<void()> retranslate);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Retranslator(QWidget *widget, std::function<void()> retranslate);

    std::function<void()> m_retranslate;
};
