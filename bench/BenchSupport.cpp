#include "BenchSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSysInfo>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <vector>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace BenchSupport {

namespace {

// This thread's CPU time in nanoseconds, or -1 where the platform does not say (Windows here).
qint64 threadCpuNs()
{
#if defined(CLOCK_THREAD_CPUTIME_ID)
    timespec now{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) == 0)
        return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
#endif
    return -1;
}

// The process's major faults so far (pages read from the disk on touch), or -1.
qint64 majorFaults()
{
#if defined(Q_OS_UNIX)
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) == 0)
        return usage.ru_majflt;
#endif
    return -1;
}

// This thread's CPU time and the process's major faults at one moment.
struct Usage
{
    qint64 cpuNs;
    qint64 faults;
};

Usage usageNow()
{
    return {threadCpuNs(), majorFaults()};
}

// How much a reading grew, or -1 where either end is unknown.
qint64 since(qint64 now, qint64 before)
{
    return now < 0 || before < 0 ? -1 : now - before;
}

} // namespace

QJsonObject Stalls::toJson() const
{
    return {{QStringLiteral("worst_ms"), worstMs}, {QStringLiteral("p99_ms"), p99Ms}, {QStringLiteral("p50_ms"), p50Ms},
            {QStringLiteral("worst_cpu_ms"), worstCpuMs}, {QStringLiteral("worst_gap_cpu_ms"), worstGapCpuMs},
            {QStringLiteral("worst_gap_page_reads"), double(worstGapPageReads)}, {QStringLiteral("page_reads"), double(pageReads)},
            {QStringLiteral("samples"), double(samples)}, {QStringLiteral("cpu_ms"), cpuMs}, {QStringLiteral("wall_ms"), wallMs}};
}

Stalls measureStalls(const std::function<bool(qint64 elapsedNs)> &tick)
{
    QList<double> gaps;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    const Usage start = usageNow();
    Usage lastUsage = start;
    qint64 worstCpu = -1;
    double worstGap = -1;
    qint64 worstGapCpu = -1;
    qint64 worstGapFaults = -1;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    // A loop of its own: QCoreApplication::quit() would also close every window (Qt 6).
    QEventLoop loop;
    bool running = true;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        const double gap = (now - last) / 1e6;
        gaps.append(gap);
        last = now;
        const Usage usage = usageNow();
        const qint64 cpu = since(usage.cpuNs, lastUsage.cpuNs);
        worstCpu = std::max(worstCpu, cpu);
        if (gap > worstGap) {
            worstGap = gap;
            worstGapCpu = cpu;
            worstGapFaults = since(usage.faults, lastUsage.faults);
        }
        lastUsage = usage;
        if (running && !tick(now)) {
            running = false;
            loop.exit();
        }
    });
    ticker.start(1);
    const std::clock_t cpuStart = std::clock();
    loop.exec();
    Stalls stalls;
    stalls.cpuMs = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
    stalls.wallMs = clock.nsecsElapsed() / 1e6;
    std::sort(gaps.begin(), gaps.end());
    stalls.samples = gaps.size();
    stalls.worstCpuMs = worstCpu < 0 ? -1 : worstCpu / 1e6;
    stalls.worstGapCpuMs = worstGapCpu < 0 ? -1 : worstGapCpu / 1e6;
    stalls.worstGapPageReads = worstGapFaults;
    stalls.pageReads = since(majorFaults(), start.faults);
    if (!gaps.isEmpty()) {
        stalls.worstMs = gaps.constLast();
        stalls.p99Ms = gaps.at(qsizetype(gaps.size() * 0.99));
        stalls.p50Ms = gaps.at(gaps.size() / 2);
    }
    return stalls;
}

Stalls idleStalls(int seconds)
{
    const qint64 endNs = qint64(seconds) * 1'000'000'000;
    return measureStalls([endNs](qint64 now) { return now < endNs; });
}

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QCoreApplication::sendPostedEvents();
    }
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QJsonObject spread(QList<double> values)
{
    if (values.isEmpty())
        return {};
    std::sort(values.begin(), values.end());
    return {{QStringLiteral("median"), values.at(values.size() / 2)}, {QStringLiteral("min"), values.first()},
            {QStringLiteral("max"), values.last()}};
}

void evictCaches()
{
    static std::vector<char> buffer(64 << 20);
    static char pass = 0;
    ++pass;
    // One write per cache line is enough to own the line; volatile keeps the loop from being
    // dropped as dead stores.
    for (size_t i = 0; i < buffer.size(); i += 64)
        static_cast<volatile char &>(buffer[i]) = pass;
}

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

QJsonObject machine()
{
    return {{QStringLiteral("cores"), QThread::idealThreadCount()}, {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
            {QStringLiteral("os"), QSysInfo::prettyProductName()}};
}

namespace {

QString replyText(int i)
{
    return QStringLiteral("## Step %1\n\nHere is **bold** text, a [link](https://example.com) and a list:\n\n"
                          "- first item\n- second item with `code`\n\n```cpp\nint value%1 = %1 * 2;\n"
                          "std::cout << value%1 << '\\n';\n```\n\nDone with step %1.\n")
        .arg(i);
}

QString longReply(int i)
{
    QString text = QStringLiteral("# Report %1\n\n").arg(i);
    text += QStringLiteral("| region | q1 | q2 | q3 | q4 | note |\n|:--|--:|--:|--:|--:|---|\n");
    for (int row = 0; row < 20; ++row)
        text += QStringLiteral("| region %1 | %2 | %3 | %4 | %5 | steady |\n").arg(row).arg(row * 3).arg(row * 5).arg(row * 7).arg(i);
    text += QStringLiteral("\nThe figures above come from the quarterly numbers; the code below reproduces them.\n\n```python\n");
    for (int line = 0; line < 60; ++line)
        text += QStringLiteral("total_%1 = sum(row[%1] for row in rows)  # column %1 of report %2\n").arg(line).arg(i);
    text += QStringLiteral("```\n\n");
    while (text.size() < 5000)
        text += QStringLiteral("A closing paragraph that explains the method in plain words, step by step. ");
    return text;
}

Message make(int i, const QString &content)
{
    Message m;
    m.id = i + 1;
    m.role = i % 2 ? Message::Role::Assistant : Message::Role::User;
    m.content = content;
    m.model = QStringLiteral("stepfun-v3");
    return m;
}

} // namespace

QList<Message> b1Conversation(int count)
{
    QList<Message> messages;
    for (int i = 0; i < count; ++i)
        messages << make(i, i % 2 ? replyText(i) : QStringLiteral("Question number %1, please explain.").arg(i));
    return messages;
}

QList<Message> b8Conversation(int count)
{
    QList<Message> messages;
    for (int i = 0; i < count; ++i) {
        const QString content = i % 2 == 0 ? QStringLiteral("Question number %1, please explain.").arg(i)
                                           : (i % 50 == 1 ? longReply(i) : replyText(i));
        messages << make(i, content);
    }
    return messages;
}

QString b9Reply(int sections)
{
    QString text;
    for (int i = 0; i < sections; ++i) {
        text += QStringLiteral("### Section %1\n\nSome words about section %1 for the reader.\n\n```py\nx%1 = %1 * 2\n```\n\n"
                               "| key | value |\n|---|---|\n| s%1 | ok |\n\n")
                    .arg(i);
    }
    return text;
}

} // namespace BenchSupport
