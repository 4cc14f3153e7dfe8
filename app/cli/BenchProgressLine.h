#pragma once

#include <QCoreApplication>

struct BenchProgress;

// The live line of `tally-cli bench` on stderr (done/total, in flight, req/s, errors, ETA),
// redrawn in place. Only when stderr is a terminal: a log file or a CI job gets no carriage
// returns, only the result.
class BenchProgressLine
{
    Q_DECLARE_TR_FUNCTIONS(BenchProgressLine)

public:
    BenchProgressLine();
    bool isShown() const { return m_enabled; }
    void show(const BenchProgress &progress);
    // Clears the line so that what follows starts at the left margin.
    void clear();

private:
    bool m_enabled = false;
    bool m_drawn = false;
};
