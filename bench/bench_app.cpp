// B5 (start and memory) and B6 (eight conversations streaming at once) in the real MainWindow,
// offscreen, against the test server on loopback. Prints one JSON object.
#include "api/ChatStream.h"
#include "api/ProviderClient.h"
#include "app/AppContext.h"
#include "app/AppInfo.h"
#include "chat/Composer.h"
#include "main/MainWindow.h"
#include "secrets/MemorySecretStore.h"
#include "settings/AppSettings.h"
#include "store/ConversationStore.h"

#include "TestServer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <cstdio>

namespace {

// Milliseconds since the kernel started this process (from /proc; 10 ms resolution).
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray statLine = stat.readAll();
    const QList<QByteArray> fields = statLine.mid(statLine.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 overall
    const double upSeconds = uptime.readAll().split(' ').value(0).toDouble();
    return (upSeconds - startTicks / 100.0) * 1000.0;
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

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    AppInfo::registerApplication();
    QTemporaryDir dir;
    // The server runs on a thread of its own, so its writes do not count as the app's stalls.
    TestServer server;
    server.start();
    QThread serverThread;
    server.moveToThread(&serverThread);
    serverThread.start();

    const QString settingsPath = dir.filePath(QStringLiteral("tally.ini"));
    {
        AppSettings settings(settingsPath);
        ProviderProfile profile = ProviderProfile::fromPreset(*ProviderPreset::find(QStringLiteral("holysheep")),
                                                              QStringLiteral("bench"));
        profile.id = QStringLiteral("bench");
        profile.baseUrl = server.baseUrl();
        profile.needsKey = false;
        settings.setProfiles({profile});
        settings.sync();
    }

    // B5: to the first painted window, and memory when idle.
    AppContext context(AppContext::Paths{settingsPath, dir.filePath(QStringLiteral("tally.db"))}, new MemorySecretStore);
    MainWindow window(context);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.repaint();
    const double firstPaintMs = msSinceProcessStart();
    QTest::qWait(500);
    const double idleMb = residentMb();

    // Memory with a 2,000-message conversation open.
    Conversation big;
    big.title = QStringLiteral("Long history");
    big = *context.store().createConversation(big);
    ConversationDocument document{big, {}};
    for (int i = 0; i < 2000; ++i) {
        Message m;
        m.role = i % 2 ? Message::Role::Assistant : Message::Role::User;
        m.content = i % 2 ? QStringLiteral("## Answer %1\n\nSome **markdown** with `code`:\n\n```cpp\nint x = %1;\n```\n").arg(i)
                          : QStringLiteral("Question %1?").arg(i);
        document.messages.append(m);
    }
    const qint64 bigId = context.store().importDocument(document)->id;
    window.selectConversation(bigId);
    window.repaint();
    QTest::qWait(500);
    const double openMb = residentMb();

    // The naive design in the same process: the whole history through setMarkdown().
    double naiveOpenMs = 0;
    double naiveExtraMb = 0;
    {
        QString all;
        for (const Message &m : std::as_const(document.messages))
            all += m.content + u'\n';
        const double before = residentMb();
        QTextBrowser naive;
        naive.resize(900, 700);
        naive.show();
        QElapsedTimer timer;
        timer.start();
        naive.setMarkdown(all);
        naive.verticalScrollBar()->setValue(naive.verticalScrollBar()->maximum());
        naive.repaint();
        naiveOpenMs = timer.nsecsElapsed() / 1e6;
        QTest::qWait(300);
        naiveExtraMb = residentMb() - before;
    }

    // B6: eight conversations streaming 500 tokens/s each for 4 s; the visible one is the last.
    QStringList pieces;
    for (int i = 0; i < 2000; ++i)
        pieces << (i % 80 == 0 ? QStringLiteral("\n\n```\ncode %1\n```\n\n").arg(i) : QStringLiteral(" w%1").arg(i));
    for (int c = 0; c < 8; ++c) {
        const ScriptedResponse reply = ScriptedResponse::chatStream(pieces, 10, 2000, 2);
        QMetaObject::invokeMethod(&server, [&server, reply] { server.enqueueChat(reply); }, Qt::BlockingQueuedConnection);
    }
    for (int c = 0; c < 8; ++c) {
        window.newConversation();
        auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("composerEditor"));
        editor->setPlainText(QStringLiteral("Stream %1").arg(c));
        QTest::keyClick(editor, Qt::Key_Return);
    }
    QList<double> stalls;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        stalls.append((now - last) / 1e6);
        last = now;
    });
    ticker.start(1);
    const std::clock_t cpuStart = std::clock();
    // A plain event loop (QTest::qWaitFor sleeps between polls, which would read as stalls),
    // with only a cheap check: the session stats count finished replies.
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (context.sessionStats().totals().requests >= 8)
            loop.quit();
    });
    check.start(50);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    ticker.stop();
    const double cpuMs = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
    std::sort(stalls.begin(), stalls.end());

    // The naive design: every conversation re-renders its whole reply's Markdown every 10
    // tokens, visible or not, as a tab per chat in a web client does.
    for (int c = 0; c < 8; ++c) {
        const ScriptedResponse reply = ScriptedResponse::chatStream(pieces, 10, 2000, 2);
        QMetaObject::invokeMethod(&server, [&server, reply] { server.enqueueChat(reply); }, Qt::BlockingQueuedConnection);
    }
    QList<double> naiveStalls;
    double naiveCpuMs = 0;
    {
        QList<QTextBrowser *> views;
        int finished = 0;
        ProviderClient &client = context.client();
        for (int c = 0; c < 8; ++c) {
            auto *view = new QTextBrowser;
            view->resize(900, 700);
            view->show();
            views.append(view);
            ChatRequest request;
            request.baseUrl = server.baseUrl();
            request.keyRequired = false;
            request.model = QStringLiteral("stepfun-v3");
            request.messages = {ChatMessage::user(QStringLiteral("naive %1").arg(c))};
            ChatStream *stream = client.createChat(request);
            auto *tokens = new int(0);
            QObject::connect(stream, &ChatStream::contentDelta, view, [view, stream, tokens] {
                if (++*tokens % 10 == 0)
                    view->setMarkdown(stream->content());
            });
            QObject::connect(stream, &ChatStream::replyFinished, view, [&finished, tokens] {
                ++finished;
                delete tokens;
            });
            stream->start();
        }
        QElapsedTimer naiveClock;
        naiveClock.start();
        qint64 naiveLast = naiveClock.nsecsElapsed();
        QTimer naiveTicker;
        naiveTicker.setTimerType(Qt::PreciseTimer);
        QObject::connect(&naiveTicker, &QTimer::timeout, [&] {
            const qint64 now = naiveClock.nsecsElapsed();
            naiveStalls.append((now - naiveLast) / 1e6);
            naiveLast = now;
        });
        naiveTicker.start(1);
        const std::clock_t naiveStart = std::clock();
        QEventLoop naiveLoop;
        QTimer naiveCheck;
        QObject::connect(&naiveCheck, &QTimer::timeout, &naiveLoop, [&] {
            if (finished >= 8)
                naiveLoop.quit();
        });
        naiveCheck.start(50);
        QTimer::singleShot(60000, &naiveLoop, &QEventLoop::quit);
        naiveLoop.exec();
        naiveTicker.stop();
        naiveCpuMs = double(std::clock() - naiveStart) * 1000.0 / CLOCKS_PER_SEC;
        qDeleteAll(views);
    }
    std::sort(naiveStalls.begin(), naiveStalls.end());

    const QJsonObject result{
        {QStringLiteral("benchmark"), QStringLiteral("B5 start/memory, B6 eight streams (offscreen)")},
        {QStringLiteral("b5_first_paint_ms_since_process_start"), firstPaintMs},
        {QStringLiteral("b5_target_ms"), 300},
        {QStringLiteral("b5_idle_rss_mb"), idleMb},
        {QStringLiteral("b5_idle_target_mb"), 60},
        {QStringLiteral("b5_rss_with_2000_messages_open_mb"), openMb},
        {QStringLiteral("b5_open_target_mb"), 120},
        {QStringLiteral("b6_worst_stall_ms"), stalls.isEmpty() ? -1 : stalls.last()},
        {QStringLiteral("b6_p99_stall_ms"), stalls.isEmpty() ? -1 : stalls.at(qsizetype(stalls.size() * 0.99))},
        {QStringLiteral("b6_ticks"), double(stalls.size())},
        {QStringLiteral("b6_cpu_ms"), cpuMs},
        {QStringLiteral("b6_target_worst_ms"), 16},
        {QStringLiteral("b6_naive_worst_stall_ms"), naiveStalls.isEmpty() ? -1 : naiveStalls.last()},
        {QStringLiteral("b6_naive_p99_stall_ms"), naiveStalls.isEmpty() ? -1 : naiveStalls.at(qsizetype(naiveStalls.size() * 0.99))},
        {QStringLiteral("b6_naive_cpu_ms"), naiveCpuMs},
        {QStringLiteral("b5_naive_setMarkdown_open_2000_ms"), naiveOpenMs},
        {QStringLiteral("b5_naive_extra_rss_mb"), naiveExtraMb},
        {QStringLiteral("cores"), QThread::idealThreadCount()},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
    };
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Indented).constData(), stdout);
    QMetaObject::invokeMethod(&server, [&server] { server.closeAllConnections(); server.moveToThread(QCoreApplication::instance()->thread()); },
                              Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
