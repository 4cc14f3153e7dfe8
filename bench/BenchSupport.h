#pragma once

#include "domain/Message.h"

#include <QJsonObject>
#include <QList>

#include <functional>

// What the transcript and window benchmarks share: an event-loop stall meter, medians with
// their spread, resident memory, and the machine the figures come from.
namespace BenchSupport {

struct Stalls
{
    double worstMs = 0;
    double p99Ms = 0;
    double p50Ms = 0;
    // The most CPU time this thread used within one gap: the worst stall of our own work, with
    // what the machine took away (another process on the core, the kernel) left out. Where the
    // worst gap is much longer than this, the machine made it. -1 where it cannot be read.
    double worstCpuMs = -1;
    // The worst gap itself: this thread's CPU time within it, and how many pages the process
    // waited on the disk for (major faults) meanwhile. A long gap with little CPU and page reads
    // was the process blocked on memory the kernel had dropped; with neither, the thread was not
    // run. -1 where it cannot be read.
    double worstGapCpuMs = -1;
    qint64 worstGapPageReads = -1;
    // Major faults over the whole measurement.
    qint64 pageReads = -1;
    qsizetype samples = 0;
    double cpuMs = 0;
    double wallMs = 0;
    QJsonObject toJson() const;
};

// Runs the event loop with a 1 ms timer that records how late it fires (each gap is how long
// the loop was busy), calling `tick` with the nanoseconds since the start on every firing,
// until it returns false. Each gap's CPU time on this thread is recorded beside it.
Stalls measureStalls(const std::function<bool(qint64 elapsedNs)> &tick);
// The same meter on an idle event loop for `seconds`: the stalls of the machine itself (other
// processes, the kernel), the floor under every worst stall measured on it.
Stalls idleStalls(int seconds);
// Processes events until the loop is idle (what is pending, then a few rounds).
void settle();
// Median, min and max.
QJsonObject spread(QList<double> values);
double median(QList<double> values);
double residentMb();
// Writes a buffer twice the size of this machine's last-level cache (32 MB), so what ran before
// a timed step leaves no more of it in the caches for one size than for another.
void evictCaches();
QJsonObject machine();

// The B1 conversation: questions and Markdown replies (a heading, bold, a link, a list and a
// C++ code block each), `count` messages, ids from 1.
QList<Message> b1Conversation(int count);
// B8's: the B1 shape with every 25th reply a 5,000-character one with tables and long code.
QList<Message> b8Conversation(int count);
// B9's reply: `sections` short sections, each with a code block and a table.
QString b9Reply(int sections);

} // namespace BenchSupport
