#pragma once

#include "bench/LatencyHistogram.h"

#include <QWidget>

class LatencyHistogramView;
class QComboBox;
class QLabel;
class QProgressBar;
class QTableWidget;
struct BenchProgress;
struct BenchResult;

// The "how it goes" half of Tools › Benchmark: a progress bar with the ETA, the live figures
// (req/s, tok/s, in flight, rolling p50/p99 TTFT and E2E, errors), the latency histogram
// (TTFT, E2E or ITL, log scale) and the result table, all filling in while the run goes.
class BenchLivePanel final : public QWidget
{
    Q_OBJECT

public:
    enum class Metric { Ttft, E2e, Itl };

    explicit BenchLivePanel(QWidget *parent = nullptr);

    void showProgress(const BenchProgress &progress, const BenchResult &result);
    void showResult(const BenchResult &result);
    void clear();

private:
    void keepHistograms(const BenchResult &result);
    void showHistogram();
    void fillTable(const BenchResult &result);

    QLabel *m_heading = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_eta = nullptr;
    QLabel *m_live = nullptr;
    QComboBox *m_metric = nullptr;
    LatencyHistogramView *m_histogram = nullptr;
    QTableWidget *m_table = nullptr;
    LatencyHistogram m_ttft;
    LatencyHistogram m_e2e;
    LatencyHistogram m_itl;
};
