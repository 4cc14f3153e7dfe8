#pragma once

#include <QObject>

class QSocketNotifier;

// Turns Ctrl+C (SIGINT, SIGTERM; the console control handler on Windows) into a Qt signal
// delivered on the event loop, so a command can stop its reply cleanly, keep the partial text
// and exit with 130 instead of dying mid-write.
class InterruptWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

Q_SIGNALS:
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
};
