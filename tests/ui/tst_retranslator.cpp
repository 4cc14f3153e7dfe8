#include "common/Retranslator.h"

#include <QApplication>
#include <QEvent>
#include <QTest>
#include <QWidget>

namespace {
// Counts the LanguageChange events its own changeEvent() sees: watching must not take them away.
class CountingWidget final : public QWidget
{
public:
    using QWidget::QWidget;
    int languageChanges = 0;

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++languageChanges;
        QWidget::changeEvent(event);
    }
};
} // namespace

class TstRetranslator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOnEveryLanguageChangeOnly();
    void theWidgetAndItsChildrenStillGetTheEvent();
};

void TstRetranslator::runsOnEveryLanguageChangeOnly()
{
    QWidget widget;
    int calls = 0;
    Retranslator::watch(&widget, [&calls] { ++calls; });
    QCOMPARE(calls, 0); // the widget labels itself in its constructor, not the watcher

    QEvent languageChange(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&widget, &languageChange);
    QCOMPARE(calls, 1);
    QCoreApplication::sendEvent(&widget, &languageChange);
    QCOMPARE(calls, 2);

    QEvent fontChange(QEvent::FontChange);
    QCoreApplication::sendEvent(&widget, &fontChange);
    QCOMPARE(calls, 2);
}

void TstRetranslator::theWidgetAndItsChildrenStillGetTheEvent()
{
    CountingWidget parent;
    auto *child = new CountingWidget(&parent);
    int parentCalls = 0;
    int childCalls = 0;
    Retranslator::watch(&parent, [&] {
        ++parentCalls;
        QCOMPARE(parent.languageChanges, 0); // before the widget's own changeEvent(), as the overrides ran
    });
    Retranslator::watch(child, [&childCalls] { ++childCalls; });

    QEvent languageChange(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&parent, &languageChange);
    QCOMPARE(parentCalls, 1);
    QCOMPARE(parent.languageChanges, 1);
    QCOMPARE(childCalls, 1); // QWidget passes LanguageChange on to its children
    QCOMPARE(child->languageChanges, 1);
}

QTEST_MAIN(TstRetranslator)
#include "tst_retranslator.moc"
