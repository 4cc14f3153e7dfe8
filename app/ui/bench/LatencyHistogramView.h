#pragma once

#include "bench/LatencyHistogram.h"

#include <QWidget>

// A latency distribution drawn with QPainter on a log-scale time axis (latencies span orders of
// magnitude: a 40 ms median and a 2 s tail both need to be seen), with the p50 and p99 marked.
// The benchmark dialog shows TTFT, E2E or ITL in it, live while a run goes.
class LatencyHistogramView final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kBins = 48;

    explicit LatencyHistogramView(QWidget *parent = nullptr);

    void setHistogram(const LatencyHistogram &histogram);
    const LatencyHistogram &histogram() const { return m_histogram; }
    // What the bars show now: the count in each of kBins equal steps of log(latency) between
    // the lowest and highest value; empty when there is nothing to draw.
    QList<quint64> bins() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double logLow() const;
    double logHigh() const;
    void drawAxis(QPainter &painter, const QRectF &plot) const;
    void drawMarker(QPainter &painter, const QRectF &plot, qint64 ns, const QString &label, int row) const;
    double xFor(const QRectF &plot, double ns) const;

    LatencyHistogram m_histogram;
};
