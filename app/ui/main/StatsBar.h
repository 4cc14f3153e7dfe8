#pragma once

#include <QStatusBar>

class ElidedLabel;
class SessionStats;

// The strip along the bottom of the window with the running figures for the current
// conversation and for this app session: tokens, cost, requests, TTFT p50/p99 and mean speed,
// each marked ≈ when any part of it is estimated; the tooltip breaks them down by model.
class StatsBar final : public QStatusBar
{
    Q_OBJECT

public:
    explicit StatsBar(QWidget *parent = nullptr);

    void setConversationStats(const SessionStats &stats);
    void setSessionStats(const SessionStats &stats);

    static QString summary(const SessionStats &stats);
    static QString breakdown(const SessionStats &stats);

private:
    ElidedLabel *m_conversation = nullptr;
    ElidedLabel *m_session = nullptr;
};
