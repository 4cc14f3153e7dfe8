#pragma once

#include <QtGlobal>

#include <optional>

// The live figures of a running benchmark, a few times a second: for the CLI's progress line
// and the window's progress bar and readouts. Rates and percentiles are over the last seconds.
struct BenchProgress
{
    bool warmingUp = false;
    int done = 0;  // measured requests that ended
    int total = 0; // measured requests planned
    int inFlight = 0;
    quint64 errors = 0;
    double elapsedSeconds = 0; // of the measured phase
    std::optional<double> etaSeconds;
    double requestsPerSecond = 0;
    double outputTokensPerSecond = 0;
    std::optional<qint64> ttftP50Ns;
    std::optional<qint64> ttftP99Ns;
    std::optional<qint64> e2eP50Ns;
    std::optional<qint64> e2eP99Ns;
};
