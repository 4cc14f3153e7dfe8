// B9: a 500,000-character reply (4,000 short sections, each with a code block and a table)
// streamed at 1,000 tokens a second (a token is 4 characters) into a conversation in the real
// TranscriptView: event-loop stalls while it streams, the finished reply and a reopening of
// the conversation to first paint, and a theme switch with it open. In the same run, the
// transcript as it was, streaming the same reply for at most 30 s (it does not get far), and
// reopening what it got. Offscreen; prints one JSON object.
#include "BenchSupport.h"
#include "baseline/LegacyTranscriptView.h"
#include "chat/ConversationSession.h"
#include "common/Theme.h"
#include "transcript/TranscriptView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScrollBar>

#include <cstdio>

using namespace BenchSupport;

namespace {

constexpr int kTokenChars = 4;
constexpr qint64 kNaiveLimitNs = 30'000'000'000;

Message streaming(qint64 id)
{
    Message reply;
    reply.id = id;
    reply.role = Message::Role::Assistant;
    reply.state = Message::State::Streaming;
    reply.model = QStringLiteral("stepfun-v3");
    return reply;
}

// Feeds `text` at 1,000 tokens a second, as the window gets it: the stream appends token by
// token, and the session hands the text on at most every ConversationSession::kUpdateIntervalMs.
// Until done or past `limitNs`.
Stalls stream(const QString &text, qint64 limitNs, const std::function<void(const QString &)> &update, qsizetype *shown)
{
    QString growing;
    qint64 nextUpdate = 0;
    *shown = 0;
    const bool trace = qEnvironmentVariableIsSet("TALLY_BENCH_TRACE");
    qint64 last = 0;
    return measureStalls([&](qint64 now) {
        if (trace && now - last > 16'000'000)
            std::fprintf(stderr, "%s: stall %.1f ms at %lld characters\n", limitNs == kNaiveLimitNs ? "naive" : "ours",
                         (now - last) / 1e6, qlonglong(*shown));
        last = now;
        const qsizetype due = std::min<qsizetype>(text.size(), (now / 1'000'000) * kTokenChars);
        for (; *shown < due; *shown += kTokenChars)
            growing += QStringView(text).sliced(*shown, std::min<qsizetype>(kTokenChars, text.size() - *shown));
        *shown = std::min(*shown, text.size());
        if (now >= nextUpdate || *shown == text.size()) {
            update(growing);
            nextUpdate = now + qint64(ConversationSession::kUpdateIntervalMs) * 1'000'000;
        }
        return *shown < text.size() && now < limitNs;
    });
}

template<typename View>
double timed(View &view, const std::function<void()> &action)
{
    QElapsedTimer timer;
    timer.start();
    action();
    view.viewport()->repaint();
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Theme::apply(AppSettings::Theme::Light);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 3;
    // A second argument shortens the reply, for a quick look; the figures are for 4,000 sections.
    const QString reply = b9Reply(argc > 2 ? QByteArray(argv[2]).toInt() : 4000);
    const QList<Message> before = b1Conversation(200);

    // Each run's stream as the meter saw it, so a worst stall can be read with its own gap's CPU
    // and page reads.
    QJsonArray streamRuns;
    QList<double> worst, worstCpu, p99, cpu, finish, reopen, theme, rss, idleWorst, idleP99;
    for (int run = 0; run < runs; ++run) {
        // The machine's own stalls, no window open: the floor under the stream's worst stall.
        const Stalls idle = idleStalls(15);
        idleWorst.append(idle.worstMs);
        idleP99.append(idle.p99Ms);
        TranscriptView view;
        view.resize(900, 700);
        view.show();
        view.showConversation(before);
        Message growing = streaming(100'000);
        view.appendMessage(growing);
        settle();
        qsizetype shown = 0;
        const Stalls stalls = stream(reply, std::numeric_limits<qint64>::max(),
                                     [&](const QString &text) { view.updateStreaming(growing.id, text, QString()); }, &shown);
        worst.append(stalls.worstMs);
        worstCpu.append(stalls.worstCpuMs);
        streamRuns.append(stalls.toJson());
        p99.append(stalls.p99Ms);
        cpu.append(stalls.cpuMs);
        Message done = growing;
        done.content = reply;
        done.state = Message::State::Complete;
        finish.append(timed(view, [&] { view.finishMessage(done); }));
        settle();
        QList<Message> all = before;
        all.append(done);
        TranscriptView reopened;
        reopened.resize(900, 700);
        reopened.show();
        settle();
        reopen.append(timed(reopened, [&] { reopened.showConversation(all); }));
        settle();
        theme.append(timed(reopened, [&] {
            Theme::apply(run % 2 ? AppSettings::Theme::Light : AppSettings::Theme::Dark);
            QCoreApplication::sendPostedEvents();
        }));
        settle();
        rss.append(residentMb());
    }

    // The transcript as it was: the same reply, for at most 30 s.
    LegacyTranscriptView legacy;
    legacy.resize(900, 700);
    legacy.show();
    legacy.showConversation(before);
    Message growing = streaming(100'000);
    legacy.appendMessage(growing);
    settle();
    qsizetype naiveShown = 0;
    const Stalls naive = stream(reply, kNaiveLimitNs,
                                [&](const QString &text) { legacy.updateStreaming(growing.id, text, QString()); }, &naiveShown);
    Message naiveDone = growing;
    naiveDone.content = reply.left(naiveShown);
    naiveDone.state = Message::State::Complete;
    const double naiveFinish = timed(legacy, [&] { legacy.finishMessage(naiveDone); });
    QList<Message> naiveAll = before;
    naiveAll.append(naiveDone);
    const double naiveReopen = timed(legacy, [&] { legacy.showConversation(naiveAll); });

    const QJsonObject result{
        {QStringLiteral("benchmark"), QStringLiteral("B9 big reply: 4,000 sections streamed at 1,000 tokens/s (offscreen)")},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("b9_reply_chars"), double(reply.size())},
        {QStringLiteral("b9_stream_worst_ms"), spread(worst)},
        {QStringLiteral("b9_stream_worst_cpu_ms"), spread(worstCpu)},
        {QStringLiteral("b9_stream_each_run"), streamRuns},
        {QStringLiteral("b9_stream_p99_ms"), spread(p99)},
        {QStringLiteral("b9_stream_cpu_ms"), spread(cpu)},
        {QStringLiteral("b9_finish_first_paint_ms"), spread(finish)},
        {QStringLiteral("b9_reopen_first_paint_ms"), spread(reopen)},
        {QStringLiteral("b9_theme_switch_ms"), spread(theme)},
        {QStringLiteral("b9_rss_mb"), spread(rss)},
        {QStringLiteral("machine_idle_15s_worst_ms"), spread(idleWorst)},
        {QStringLiteral("machine_idle_15s_p99_ms"), spread(idleP99)},
        {QStringLiteral("b9_naive_chars_streamed_in_30s"), double(naiveShown)},
        {QStringLiteral("b9_naive_stream_worst_ms"), naive.worstMs},
        {QStringLiteral("b9_naive_stream_p99_ms"), naive.p99Ms},
        {QStringLiteral("b9_naive_finish_ms"), naiveFinish},
        {QStringLiteral("b9_naive_reopen_ms"), naiveReopen},
        {QStringLiteral("targets"), QJsonObject{{QStringLiteral("stream_worst_ms"), 16}, {QStringLiteral("stream_p99_ms"), 8},
                                                 {QStringLiteral("finish_ms"), 100}, {QStringLiteral("reopen_ms"), 100},
                                                 {QStringLiteral("theme_ms"), 200}}},
        {QStringLiteral("machine"), machine()},
    };
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
