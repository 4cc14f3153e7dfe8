#pragma once

#include <QStatusBar>

class QLabel;

// The strip along the bottom of the window with the running figures for the current
// conversation and for this app session (tokens, cost, requests, latency).
class StatsBar final : public QStatusBar
{
    Q_OBJECT

public:
    explicit StatsBar(QWidget *parent = nullptr);

    // Requests made since Tally started; shown so the bar is never blank.
    void setSessionRequestCount(int count);

private:
    QLabel *m_session = nullptr;
};
