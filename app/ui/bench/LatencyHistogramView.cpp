#include "bench/LatencyHistogramView.h"

#include "bench/BenchReport.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

LatencyHistogramView::LatencyHistogramView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("benchHistogram"));
    setAccessibleName(tr("Latency histogram"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QSize LatencyHistogramView::sizeHint() const
{
    return {420, 180};
}

QSize LatencyHistogramView::minimumSizeHint() const
{
    return {240, 120};
}

void LatencyHistogramView::setHistogram(const LatencyHistogram &histogram)
{
    m_histogram = histogram;
    update();
}

double LatencyHistogramView::logLow() const
{
    return std::log10(double(std::max<qint64>(m_histogram.min(), 1000)));
}

double LatencyHistogramView::logHigh() const
{
    // At least a quarter of a decade wide, so that one value is a bar and not a line.
    return std::max(std::log10(double(std::max<qint64>(m_histogram.max(), 1000)) + 1.0), logLow() + 0.25);
}

QList<quint64> LatencyHistogramView::bins() const
{
    QList<quint64> bins;
    if (m_histogram.isEmpty())
        return bins;
    bins.resize(kBins, 0);
    const double low = logLow();
    const double span = logHigh() - low;
    for (const LatencyHistogram::Bucket &bucket : m_histogram.buckets()) {
        const double middle = std::log10(std::max(1000.0, double(bucket.lowNs + bucket.highNs) / 2.0));
        const int bin = std::clamp(int((middle - low) / span * kBins), 0, kBins - 1);
        bins[bin] += bucket.count;
    }
    return bins;
}

double LatencyHistogramView::xFor(const QRectF &plot, double ns) const
{
    const double position = (std::log10(std::max(ns, 1000.0)) - logLow()) / (logHigh() - logLow());
    return plot.left() + std::clamp(position, 0.0, 1.0) * plot.width();
}

void LatencyHistogramView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    const QFontMetrics metrics(font());
    const QRectF plot = QRectF(rect()).adjusted(8, metrics.height() + 6, -8, -(metrics.height() + 10));
    const QList<quint64> counts = bins();
    if (counts.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No latencies yet"));
        return;
    }
    const quint64 tallest = *std::max_element(counts.cbegin(), counts.cend());
    const double barWidth = plot.width() / kBins;
    QColor bar = palette().color(QPalette::Highlight);
    bar.setAlpha(200);
    for (int i = 0; i < kBins; ++i) {
        if (counts.at(i) == 0)
            continue;
        // Heights on a square-root scale: a tail of a few requests stays visible next to a peak of thousands.
        const double height = std::sqrt(double(counts.at(i)) / double(tallest)) * plot.height();
        painter.fillRect(QRectF(plot.left() + i * barWidth + 0.5, plot.bottom() - height, barWidth - 1.0, height), bar);
    }
    drawAxis(painter, plot);
    drawMarker(painter, plot, m_histogram.percentile(50), tr("p50"), 0);
    drawMarker(painter, plot, m_histogram.percentile(99), tr("p99"), 1);
}

void LatencyHistogramView::drawAxis(QPainter &painter, const QRectF &plot) const
{
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.setPen(palette().color(QPalette::Text));
    const QFontMetrics metrics(font());
    // Ticks at 1, 2 and 5 of each decade that falls in the range, labelled as the table writes times.
    double lastRight = -1e9;
    for (double decade = std::floor(logLow()); decade <= std::ceil(logHigh()); decade += 1.0) {
        for (double step : {1.0, 2.0, 5.0}) {
            const double ns = step * std::pow(10.0, decade);
            if (std::log10(ns) < logLow() - 1e-9 || std::log10(ns) > logHigh() + 1e-9)
                continue;
            const double x = xFor(plot, ns);
            const QString label = BenchReport::duration(qint64(ns));
            const double width = metrics.horizontalAdvance(label);
            const double left = std::clamp(x - width / 2, plot.left(), plot.right() - width);
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4));
            if (left < lastRight + 6)
                continue; // no room for its label
            painter.drawText(QPointF(left, plot.bottom() + 4 + metrics.ascent()), label);
            lastRight = left + width;
        }
    }
}

void LatencyHistogramView::drawMarker(QPainter &painter, const QRectF &plot, qint64 ns, const QString &label, int row) const
{
    const double x = xFor(plot, double(ns));
    QPen pen(palette().color(QPalette::Text), 1, Qt::DashLine);
    painter.setPen(pen);
    painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    const QString text = label + u' ' + BenchReport::duration(ns);
    const QFontMetrics metrics(font());
    const double width = metrics.horizontalAdvance(text);
    const double left = std::clamp(x - width / 2, 0.0, double(this->width()) - width);
    // p50 above the plot, p99 on the plot's first line, so close markers do not overwrite each other.
    painter.drawText(QPointF(left, plot.top() - 4 + row * (metrics.height() + 2)), text);
}
