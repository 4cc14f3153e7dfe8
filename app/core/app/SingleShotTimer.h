#pragma once

#include <QObject>
#include <QTimer>

// A single-shot timer owned by `receiver` that runs `slot` once `intervalMs` after its last
// start(): the delay that waits for typing to pause, for a burst of updates to end, or for
// feedback to fade. It is the one way Tally makes such a timer, in place of the three calls
// (setSingleShot, setInterval, connect) each class with a delay used to repeat.
template <typename Receiver, typename Slot>
QTimer *singleShotTimer(int intervalMs, Receiver *receiver, Slot slot)
{
    auto *timer = new QTimer(receiver);
    timer->setSingleShot(true);
    timer->setInterval(intervalMs);
    QObject::connect(timer, &QTimer::timeout, receiver, slot);
    return timer;
}
