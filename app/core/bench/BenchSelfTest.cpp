#include "bench/BenchSelfTest.h"

#include "bench/BenchReport.h"
#include "bench/BenchRunner.h"

#include <QJsonArray>
#include <QLocale>
#include <QThread>

BenchSelfTest::BenchSelfTest(QNetworkAccessManager *network, int requests, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_requests(requests)
{
}

BenchSelfTest::~BenchSelfTest()
{
    delete m_runner;
    if (m_thread) {
        // The server was made here and moved to the thread: delete it there, then end the thread.
        QMetaObject::invokeMethod(m_server, [server = m_server] { delete server; }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    }
}

bool BenchSelfTest::start(QString *error)
{
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("tally-loopback-server"));
    m_server = new LoopbackChatServer;
    m_server->moveToThread(m_thread);
    m_thread->start();
    bool listening = false;
    QString why;
    QMetaObject::invokeMethod(
        m_server,
        [this, &listening, &why] {
            listening = m_server->listen();
            why = m_server->errorString();
        },
        Qt::BlockingQueuedConnection);
    if (!listening) {
        if (error)
            *error = why;
        return false;
    }
    m_runner = new BenchRunner(m_network, PriceTable());
    connect(m_runner, &BenchRunner::progressed, this, &BenchSelfTest::progressed);
    connect(m_runner, &BenchRunner::runFinished, this, &BenchSelfTest::onPartFinished);
    runPart();
    return true;
}

void BenchSelfTest::runPart()
{
    // Part 0: not streamed at 10; part 1: streamed at 10; part 2: streamed, one at a time.
    const int part = int(m_parts.size());
    const bool stream = part > 0;
    const int concurrency = part == 2 ? 1 : kConcurrency;
    m_server->resetStats();
    BenchSpec spec;
    spec.profileName = tr("self-test");
    spec.request.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server->port()));
    spec.request.keyRequired = false;
    spec.request.model = QLatin1String(LoopbackChatServer::kModel);
    spec.request.maxTokens = LoopbackChatServer::kStreamChunks;
    spec.request.stream = stream;
    spec.requests = part == 2 ? std::max(1, m_requests / kOverheadShare) : m_requests;
    spec.warmup = concurrency;
    spec.concurrency = concurrency;
    spec.timeoutMs = 10'000;
    ApiError refusal;
    if (!m_runner->start(spec, &refusal)) {
        // Nothing here can refuse a loopback URL without a key; end rather than hang.
        qWarning("self-test: %s", qUtf8Printable(refusal.fullMessage()));
        QMetaObject::invokeMethod(this, &BenchSelfTest::finished, Qt::QueuedConnection);
    }
}

void BenchSelfTest::onPartFinished(const BenchResult &result)
{
    m_parts.append({result, m_server->stats()});
    if (!m_stopped && m_parts.size() < 3) {
        runPart();
        return;
    }
    Q_EMIT finished();
}

void BenchSelfTest::stop()
{
    m_stopped = true;
    if (m_runner)
        m_runner->stop(BenchResult::Stop::Interrupted);
}

bool BenchSelfTest::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

QJsonObject BenchSelfTest::toJson() const
{
    QJsonArray parts;
    for (const Part &part : m_parts) {
        const LatencySummary ttft = LatencySummary::of(part.result.ttft);
        parts.append(QJsonObject{
            {QStringLiteral("stream"), part.result.stream},
            {QStringLiteral("concurrency"), part.result.concurrency},
            {QStringLiteral("requests_per_s"), part.result.requestsPerSecond()},
            {QStringLiteral("ttft_p50_ms"), double(ttft.p50Ns) / 1e6},
            {QStringLiteral("ttft_mean_ms"), ttft.meanNs / 1e6},
            {QStringLiteral("server_ttft_mean_ms"), part.server.serverTtftMeanNs / 1e6},
            {QStringLiteral("overhead_ms"), (ttft.meanNs - part.server.serverTtftMeanNs) / 1e6},
            {QStringLiteral("server_peak_connections"), part.server.peakConnections},
            {QStringLiteral("server_requests"), double(part.server.requests)},
            {QStringLiteral("result"), part.result.toJson()},
        });
    }
    return {{QStringLiteral("format"), QStringLiteral("tally-bench-self-test")},
            {QStringLiteral("version"), 2},
            {QStringLiteral("parts"), parts}};
}

QString BenchSelfTest::report() const
{
    const QLocale locale;
    QString out = tr("Tally self-test: an instant server on this machine, N = %1 (Qt %2, CPUs: %3).")
                      .arg(locale.toString(m_requests), QString::fromLatin1(qVersion()))
                      .arg(QThread::idealThreadCount())
                  + u"\n\n";
    const QStringList header{tr("Mode"), tr("in flight"), tr("req/s"), tr("TTFT p50"), tr("server's own"),
                             tr("overhead"), tr("peak connections")};
    QList<QStringList> lines{header};
    for (const Part &part : m_parts) {
        const LatencySummary ttft = LatencySummary::of(part.result.ttft);
        lines.append({part.result.stream ? tr("streamed (%1 chunks)").arg(LoopbackChatServer::kStreamChunks)
                                         : tr("not streamed"),
                      QString::number(part.result.concurrency), locale.toString(part.result.requestsPerSecond(), 'f', 0), BenchReport::duration(ttft.p50Ns),
                      BenchReport::duration(qint64(part.server.serverTtftMeanNs)),
                      BenchReport::duration(qint64(ttft.meanNs - part.server.serverTtftMeanNs)),
                      QString::number(part.server.peakConnections)});
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &line : std::as_const(lines)) {
        for (qsizetype i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths.at(i), line.at(i).size());
    }
    for (const QStringList &line : std::as_const(lines)) {
        QString text;
        for (qsizetype i = 0; i < line.size(); ++i)
            text += i == 0 ? line.at(i).leftJustified(widths.at(i) + 2) : line.at(i).rightJustified(widths.at(i) + 2);
        out += text + u'\n';
    }
    out += u'\n'
           + tr("The rates at 10 in flight are the most Tally can measure here: a real run that comes near them "
                "measures Tally, not the provider. \"overhead\" one at a time is what Tally adds to every TTFT it "
                "reports; at 10 in flight it includes the wait for this machine's two cores.")
           + u'\n';
    if (m_stopped)
        out += tr("Interrupted: partial result.") + u'\n';
    return out;
}
