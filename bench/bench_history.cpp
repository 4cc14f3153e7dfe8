// B8: a 10,000-message conversation in the real TranscriptView: opened, scrolled from the newest
// to the oldest message by PageUp (60 a second, faster than a held key repeats), then by
// dragging the scroll bar down and up again, a jump to message 1, and the memory it takes.
// In the same run, the naive designs: the transcript as it was (one document, "show earlier"
// clicked to the top) and QTextBrowser::setMarkdown of everything, at 2,000 messages (at
// 10,000 they take minutes). Offscreen; prints one JSON object.
#include "BenchSupport.h"
#include "baseline/LegacyTranscriptView.h"
#include "transcript/TranscriptView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTextBrowser>

#include <cstdio>

using namespace BenchSupport;

namespace {

constexpr qint64 kFrameNs = 16'666'667;

double openOurs(TranscriptView &view, const QList<Message> &messages)
{
    QElapsedTimer timer;
    timer.start();
    view.showConversation(messages);
    view.viewport()->repaint();
    return timer.nsecsElapsed() / 1e6;
}

void press(QWidget *target, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QKeyEvent down(QEvent::KeyPress, key, modifiers);
    QCoreApplication::sendEvent(target, &down);
    QKeyEvent up(QEvent::KeyRelease, key, modifiers);
    QCoreApplication::sendEvent(target, &up);
}

// PageUp once a frame until the top.
Stalls pageUpToTheTop(TranscriptView &view, int *pages)
{
    qint64 next = 0;
    return measureStalls([&](qint64 now) {
        if (now < next)
            return true;
        next = now + kFrameNs;
        if (view.verticalScrollBar()->value() == 0)
            return false;
        press(&view, Qt::Key_PageUp);
        ++*pages;
        return true;
    });
}

// The scroll bar's thumb dragged from one end to the other in 60 moves, one a frame.
Stalls drag(TranscriptView &view, bool down)
{
    QScrollBar *bar = view.verticalScrollBar();
    bar->setSliderDown(true);
    int step = 0;
    qint64 next = 0;
    const Stalls stalls = measureStalls([&](qint64 now) {
        if (now < next)
            return true;
        next = now + kFrameNs;
        if (step > 60)
            return false;
        const double fraction = down ? step / 60.0 : 1.0 - step / 60.0;
        bar->setSliderPosition(int(bar->maximum() * fraction));
        ++step;
        return true;
    });
    bar->setSliderDown(false);
    return stalls;
}

struct Naive
{
    double legacyOpenMs = 0;
    double legacyTotalMs = 0;
    double legacyWorstClickMs = 0;
    int legacyClicks = 0;
    double setMarkdownMs = 0;
};

Naive naive(const QList<Message> &messages)
{
    Naive result;
    {
        LegacyTranscriptView legacy;
        legacy.resize(900, 700);
        legacy.show();
        QElapsedTimer timer;
        timer.start();
        legacy.showConversation(messages);
        legacy.viewport()->repaint();
        result.legacyOpenMs = timer.nsecsElapsed() / 1e6;
        while (legacy.shownMessageCount() < messages.size()) {
            QElapsedTimer click;
            click.start();
            Q_EMIT legacy.anchorClicked(QUrl(QStringLiteral("tally:earlier")));
            legacy.viewport()->repaint();
            result.legacyWorstClickMs = std::max(result.legacyWorstClickMs, click.nsecsElapsed() / 1e6);
            ++result.legacyClicks;
        }
        result.legacyTotalMs = timer.nsecsElapsed() / 1e6;
    }
    QTextBrowser browser;
    browser.resize(900, 700);
    browser.show();
    QString all;
    for (const Message &m : messages)
        all += (m.role == Message::Role::User ? QStringLiteral("**You**\n\n") : QStringLiteral("**Assistant**\n\n")) + m.content + u'\n';
    QElapsedTimer timer;
    timer.start();
    browser.setMarkdown(all);
    browser.verticalScrollBar()->setValue(browser.verticalScrollBar()->maximum());
    browser.viewport()->repaint();
    result.setMarkdownMs = timer.nsecsElapsed() / 1e6;
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 3;
    // A second argument shrinks the history, for a quick look; the figures are for 10,000.
    const QList<Message> big = b8Conversation(argc > 2 ? QByteArray(argv[2]).toInt() : 10'000);
    const QList<Message> small = b8Conversation(2'000);

    QList<double> open, open2000, pageWorst, pageWorstCpu, pageP99, dragWorst, dragWorstCpu, dragP99, worst, p99, jump, rssOpen, rssAfter, pagesDone;
    // Each run's PageUp pass as the meter saw it, so a worst stall can be read with its own
    // gap's CPU and page reads.
    QJsonArray pageRuns;
    QList<double> legacyOpen, legacyTotal, legacyWorst, legacyClicks, setMarkdown, idleWorst, idleP99;
    for (int run = 0; run < runs; ++run) {
        // The machine's own stalls over a third of the PageUp pass, no window open: what a worst
        // stall of the pass cannot be told apart from.
        const Stalls idle = idleStalls(15);
        idleWorst.append(idle.worstMs);
        idleP99.append(idle.p99Ms);
        {
            TranscriptView view;
            view.resize(900, 700);
            view.show();
            settle();
            open.append(openOurs(view, big));
            settle();
            rssOpen.append(residentMb());
            int pages = 0;
            const Stalls up = pageUpToTheTop(view, &pages);
            const Stalls dragDown = drag(view, true);
            const Stalls dragUp = drag(view, false);
            pagesDone.append(pages);
            pageRuns.append(up.toJson());
            pageWorst.append(up.worstMs);
            pageWorstCpu.append(up.worstCpuMs);
            dragWorstCpu.append(std::max(dragDown.worstCpuMs, dragUp.worstCpuMs));
            pageP99.append(up.p99Ms);
            dragWorst.append(std::max(dragDown.worstMs, dragUp.worstMs));
            dragP99.append(std::max(dragDown.p99Ms, dragUp.p99Ms));
            worst.append(std::max({up.worstMs, dragDown.worstMs, dragUp.worstMs}));
            p99.append(std::max({up.p99Ms, dragDown.p99Ms, dragUp.p99Ms}));
            press(&view, Qt::Key_End, Qt::ControlModifier);
            settle();
            const int bottom = view.verticalScrollBar()->value();
            QElapsedTimer timer;
            timer.start();
            press(&view, Qt::Key_Home, Qt::ControlModifier);
            view.viewport()->repaint();
            jump.append(timer.nsecsElapsed() / 1e6);
            if (!view.isVisible() || bottom == 0 || view.verticalScrollBar()->value() != 0 || view.visibleRows().first != 0)
                qFatal("the jump did not go from the bottom to message 1");
            settle();
            rssAfter.append(residentMb());
        }
        {
            TranscriptView view;
            view.resize(900, 700);
            view.show();
            settle();
            open2000.append(openOurs(view, small));
        }
        const Naive baseline = naive(small);
        legacyOpen.append(baseline.legacyOpenMs);
        legacyTotal.append(baseline.legacyTotalMs);
        legacyWorst.append(baseline.legacyWorstClickMs);
        legacyClicks.append(baseline.legacyClicks);
        setMarkdown.append(baseline.setMarkdownMs);
    }
    const auto median = [](const QList<double> &values) { return spread(values).value(QStringLiteral("median")).toDouble(); };
    QJsonObject result{
        {QStringLiteral("benchmark"), QStringLiteral("B8 history: 10,000 messages (offscreen)")},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("b8_open_10000_ms"), spread(open)},
        {QStringLiteral("b8_scroll_pageup_worst_ms"), spread(pageWorst)},
        {QStringLiteral("b8_scroll_pageup_worst_cpu_ms"), spread(pageWorstCpu)},
        {QStringLiteral("b8_scroll_pageup_p99_ms"), spread(pageP99)},
        {QStringLiteral("b8_scroll_pageup_pages"), spread(pagesDone)},
        {QStringLiteral("b8_scroll_pageup_each_run"), pageRuns},
        {QStringLiteral("b8_scroll_drag_worst_ms"), spread(dragWorst)},
        {QStringLiteral("b8_scroll_drag_worst_cpu_ms"), spread(dragWorstCpu)},
        {QStringLiteral("b8_scroll_drag_p99_ms"), spread(dragP99)},
        {QStringLiteral("b8_scroll_worst_ms"), spread(worst)},
        {QStringLiteral("b8_scroll_p99_ms"), spread(p99)},
        {QStringLiteral("b8_jump_to_first_ms"), spread(jump)},
        {QStringLiteral("b8_rss_open_mb"), spread(rssOpen)},
        {QStringLiteral("b8_rss_after_scroll_mb"), spread(rssAfter)},
        {QStringLiteral("b8_open_2000_ms"), spread(open2000)},
        {QStringLiteral("machine_idle_15s_worst_ms"), spread(idleWorst)},
        {QStringLiteral("machine_idle_15s_p99_ms"), spread(idleP99)},
        {QStringLiteral("b8_naive_show_earlier_2000_open_ms"), spread(legacyOpen)},
        {QStringLiteral("b8_naive_show_earlier_2000_to_top_ms"), spread(legacyTotal)},
        {QStringLiteral("b8_naive_show_earlier_2000_worst_click_ms"), spread(legacyWorst)},
        {QStringLiteral("b8_naive_show_earlier_2000_clicks"), spread(legacyClicks)},
        {QStringLiteral("b8_naive_setMarkdown_2000_ms"), spread(setMarkdown)},
        {QStringLiteral("b8_ratio_naive_setMarkdown_to_ours_2000"), median(setMarkdown) / median(open2000)},
        {QStringLiteral("b8_ratio_naive_show_earlier_to_top_to_ours_2000"), median(legacyTotal) / median(open2000)},
        {QStringLiteral("targets"), QJsonObject{{QStringLiteral("open_ms"), 50}, {QStringLiteral("scroll_worst_ms"), 16},
                                                 {QStringLiteral("scroll_p99_ms"), 8}, {QStringLiteral("jump_ms"), 50},
                                                 {QStringLiteral("rss_mb"), 120}}},
        {QStringLiteral("machine"), machine()},
    };
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
