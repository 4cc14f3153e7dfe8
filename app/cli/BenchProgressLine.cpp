#include "BenchProgressLine.h"

#include "bench/BenchProgress.h"

#include <QLocale>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {
QString clock(double seconds)
{
    const qint64 whole = qint64(seconds + 0.5);
    return QStringLiteral("%1:%2").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

BenchProgressLine::BenchProgressLine()
{
#ifdef Q_OS_UNIX
    m_enabled = ::isatty(STDERR_FILENO);
#endif
}

void BenchProgressLine::show(const BenchProgress &progress)
{
    if (!m_enabled)
        return;
    const QLocale locale;
    const QString line = progress.warmingUp
                             ? tr("warming up… %1 in flight").arg(progress.inFlight)
                             : tr("%1/%2 · in flight %3 · %4 req/s · errors %5 · ETA %6")
                                   .arg(progress.done)
                                   .arg(progress.total)
                                   .arg(progress.inFlight)
                                   .arg(locale.toString(progress.requestsPerSecond, 'f', 1), locale.toString(progress.errors),
                                        progress.etaSeconds ? clock(*progress.etaSeconds) : QStringLiteral("-"));
    // \r back to the margin, \x1b[K erases what a longer earlier line left.
    const QByteArray bytes = "\r" + line.toUtf8() + "\x1b[K";
    std::fputs(bytes.constData(), stderr);
    std::fflush(stderr);
    m_drawn = true;
}

void BenchProgressLine::clear()
{
    if (!m_enabled || !m_drawn)
        return;
    std::fputs("\r\x1b[K", stderr);
    std::fflush(stderr);
    m_drawn = false;
}
