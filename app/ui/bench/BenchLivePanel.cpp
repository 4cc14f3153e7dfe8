#include "bench/BenchLivePanel.h"

#include "bench/BenchProgress.h"
#include "bench/BenchReport.h"
#include "bench/BenchResult.h"
#include "bench/LatencyHistogramView.h"
#include "common/Widgets.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString optionalDuration(std::optional<qint64> ns)
{
    return ns ? BenchReport::duration(*ns) : QStringLiteral("–");
}

QString clock(double seconds)
{
    const qint64 whole = qint64(seconds + 0.5);
    return QStringLiteral("%1:%2").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

BenchLivePanel::BenchLivePanel(QWidget *parent)
    : QWidget(parent)
{
    m_heading = Widgets::statusLabel(this, "benchHeading");
    m_heading->setTextFormat(Qt::PlainText); // model and host names are not markup
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("benchProgress"));
    m_progress->setAccessibleName(tr("Benchmark progress"));
    m_eta = new QLabel(this);
    m_eta->setObjectName(QStringLiteral("benchEta"));
    m_live = new QLabel(this);
    m_live->setObjectName(QStringLiteral("benchLive"));
    m_live->setTextFormat(Qt::PlainText);
    m_live->setWordWrap(true);
    m_metric = Widgets::comboBox(this, "benchHistogramMetric", tr("Latency shown in the histogram"));
    m_metric->addItem(tr("TTFT"), int(Metric::Ttft));
    m_metric->addItem(tr("E2E latency"), int(Metric::E2e));
    m_metric->addItem(tr("ITL (per token)"), int(Metric::Itl));
    m_histogram = new LatencyHistogramView(this);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("benchResultTable"));
    m_table->setAccessibleName(tr("Benchmark result"));
    m_table->setHorizontalHeaderLabels({tr("Metric"), tr("Value"), tr("Notes")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_eta);
    auto *histogramRow = new QHBoxLayout;
    histogramRow->addWidget(new QLabel(tr("Histogram:"), this));
    histogramRow->addWidget(m_metric);
    histogramRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(progressRow);
    layout->addWidget(m_live);
    layout->addLayout(histogramRow);
    layout->addWidget(m_histogram, 2);
    layout->addWidget(m_table, 3);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &BenchLivePanel::showHistogram);
    clear();
}

void BenchLivePanel::clear()
{
    m_heading->setText(tr("Choose what to run and press Start."));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_eta->clear();
    m_live->clear();
    m_table->setRowCount(0);
    m_ttft.clear();
    m_e2e.clear();
    m_itl.clear();
    showHistogram();
}

void BenchLivePanel::showProgress(const BenchProgress &progress, const BenchResult &result)
{
    const QLocale locale;
    m_heading->setText(BenchReport::heading(result));
    m_progress->setRange(0, std::max(1, progress.total));
    m_progress->setValue(progress.done);
    m_progress->setFormat(progress.warmingUp ? tr("warming up") : tr("%v of %m"));
    m_eta->setText(progress.etaSeconds ? tr("ETA %1").arg(clock(*progress.etaSeconds)) : QString());
    m_live->setText(tr("%1 req/s · %2 tok/s · in flight %3 · TTFT p50 %4, p99 %5 · E2E p50 %6, p99 %7 · errors %8")
                        .arg(locale.toString(progress.requestsPerSecond, 'f', 1),
                             locale.toString(progress.outputTokensPerSecond, 'f', 0), locale.toString(progress.inFlight),
                             optionalDuration(progress.ttftP50Ns), optionalDuration(progress.ttftP99Ns),
                             optionalDuration(progress.e2eP50Ns), optionalDuration(progress.e2eP99Ns),
                             locale.toString(progress.errors)));
    keepHistograms(result);
    fillTable(result);
}

void BenchLivePanel::showResult(const BenchResult &result)
{
    m_heading->setText(BenchReport::heading(result));
    const int done = int(result.attempts() + result.count(BenchRecord::Outcome::Cancelled));
    m_progress->setRange(0, std::max(1, result.plannedRequests));
    m_progress->setValue(std::min(done, std::max(1, result.plannedRequests)));
    m_progress->setFormat(tr("%v of %m"));
    m_eta->setText(result.stopLabel());
    keepHistograms(result);
    fillTable(result);
}

void BenchLivePanel::keepHistograms(const BenchResult &result)
{
    m_ttft = result.ttft;
    m_e2e = result.e2e;
    m_itl = result.itl;
    showHistogram();
}

void BenchLivePanel::showHistogram()
{
    switch (Metric(m_metric->currentData().toInt())) {
    case Metric::Ttft: m_histogram->setHistogram(m_ttft); break;
    case Metric::E2e: m_histogram->setHistogram(m_e2e); break;
    case Metric::Itl: m_histogram->setHistogram(m_itl); break;
    }
}

void BenchLivePanel::fillTable(const BenchResult &result)
{
    const QList<BenchReport::Row> rows = BenchReport::rows(result);
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const QStringList cells{rows.at(i).metric, rows.at(i).value, rows.at(i).notes};
        for (int column = 0; column < 3; ++column) {
            QTableWidgetItem *item = m_table->item(i, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(i, column, item);
            }
            item->setText(cells.at(column));
        }
    }
}
