// B7: the benchmark engine's own overhead, against a server that answers at once. In one run:
//   - the fast loopback server (bench_server, a process of its own) measured by `ab -k -c 10`,
//     so the figures below are known to be the client's, not the server's;
//   - a bare QNetworkAccessManager loop doing the same requests at 10 in flight, on as many
//     managers as Tally's pool uses (the ceiling of any Qt client on this machine);
//   - `tally-cli bench --concurrency 10` against the same server, not streamed and streamed
//     (20 chunks), with the server's own time per request from its /stats;
//   - `tally-cli bench --self-test`.
// Each figure is the median of --runs runs (min and max beside it). Prints one JSON object.
//   bench_provider [--requests N] [--runs K]
#include "api/ChatChunk.h"
#include "api/ChatRequest.h"
#include "api/NetworkPool.h"
#include "api/SseDecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

constexpr int kConcurrency = 10;

QJsonObject spread(QList<double> values)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return {};
    return {{QStringLiteral("median"), values.at(values.size() / 2)},
            {QStringLiteral("min"), values.first()},
            {QStringLiteral("max"), values.last()}};
}

double median(const QJsonObject &figure)
{
    return figure.value(QStringLiteral("median")).toDouble();
}

// The body Tally sends for one benchmark request (a nonce in front of the default prompt).
QByteArray requestBody(bool stream)
{
    ChatRequest request;
    request.model = QStringLiteral("tally-loopback");
    request.maxTokens = 20;
    request.stream = stream;
    request.messages = {ChatMessage::user(QStringLiteral("[a3f9c-000123] Write one sentence about the sea."))};
    return request.body();
}

// The ceiling of any Qt client: post, read the whole answer, post again; nothing parsed. With
// `decode`, the answer also goes through Tally's SSE decoder and chunk parser (what any client
// that shows the text must do), so the rest of the difference to tally-cli is its engine.
double bareLoop(const QUrl &url, bool stream, int requests, bool decode = false)
{
    const int slots = NetworkPool::slotsPerManager();
    QList<QNetworkAccessManager *> managers;
    for (int i = 0; i < (kConcurrency + slots - 1) / slots; ++i)
        managers.append(new QNetworkAccessManager);
    const QByteArray body = requestBody(stream);
    int sent = 0;
    int done = 0;
    QEventLoop loop;
    QElapsedTimer clock;
    std::function<void(int)> send = [&](int slot) {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Accept", stream ? "text/event-stream" : "application/json");
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        QNetworkReply *reply = managers.at(slot / slots)->post(request, body);
        ++sent;
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, slot] {
            const QByteArray bytes = reply->readAll();
            if (decode && stream) {
                SseDecoder decoder;
                QList<SseEvent> events = decoder.feed(bytes);
                events += decoder.finish();
                for (const SseEvent &event : std::as_const(events)) {
                    if (!event.isDone())
                        ChatChunk::fromStreamData(event.data, event.event);
                }
            } else if (decode) {
                ChatChunk::fromCompletion(bytes);
            }
            reply->deleteLater();
            if (++done == requests)
                loop.quit();
            else if (sent < requests)
                send(slot);
        });
    };
    clock.start();
    for (int slot = 0; slot < kConcurrency && sent < requests; ++slot)
        send(slot);
    loop.exec();
    const double seconds = clock.nsecsElapsed() / 1e9;
    qDeleteAll(managers);
    return requests / seconds;
}

QProcessEnvironment isolatedEnvironment(const QString &home)
{
    // tally-cli reads settings (a proxy, prices) from HOME: never the developer's own.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    return environment;
}

QByteArray run(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(600'000) || process.exitCode() != 0)
        std::fprintf(stderr, "bench_provider: %s %s failed: %s\n", qPrintable(program), qPrintable(arguments.join(u' ')),
                     process.readAllStandardError().constData());
    return process.readAllStandardOutput();
}

double abRate(const QString &url, const QString &bodyFile, int requests)
{
    const QByteArray out = run(QStringLiteral("ab"),
                               {QStringLiteral("-q"), QStringLiteral("-k"), QStringLiteral("-c"), QString::number(kConcurrency),
                                QStringLiteral("-n"), QString::number(requests), QStringLiteral("-p"), bodyFile,
                                QStringLiteral("-T"), QStringLiteral("application/json"), url},
                               QProcessEnvironment::systemEnvironment());
    static const QRegularExpression rate(QStringLiteral("Requests per second:\\s+([0-9.]+)"));
    static const QRegularExpression failed(QStringLiteral("(Failed requests|Non-2xx responses):\\s+([1-9][0-9]*)"));
    if (const QRegularExpressionMatch bad = failed.match(QString::fromUtf8(out)); bad.hasMatch())
        std::fprintf(stderr, "bench_provider: ab saw errors: %s\n", qPrintable(bad.captured(0)));
    return rate.match(QString::fromUtf8(out)).captured(1).toDouble();
}

// The bench's own requests to /stats close their connection, so the server's peak counts only
// the client under test.
QNetworkRequest statsRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setRawHeader("Connection", "close");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return request;
}

QJsonObject serverStats(QNetworkAccessManager &network, const QUrl &url)
{
    QNetworkReply *reply = network.get(statsRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject stats = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return stats;
}

void resetServer(QNetworkAccessManager &network, const QUrl &url)
{
    QNetworkReply *reply = network.post(statsRequest(url), QByteArray());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    delete reply;
}

struct TallyRun
{
    double rate = 0;
    double ttftP50Ms = 0;
    double ttftMeanMs = 0;
    double serverMs = 0;
    int peakInFlight = 0;
    int serverPeak = 0;
    double cpuPercent = 0;
};

TallyRun tallyRun(const QString &cli, const QProcessEnvironment &environment, int port, bool stream, int requests)
{
    QNetworkAccessManager network;
    const QString root = QStringLiteral("http://127.0.0.1:%1").arg(port);
    resetServer(network, QUrl(root + QStringLiteral("/stats/reset")));
    QStringList arguments{QStringLiteral("bench"), QStringLiteral("--base-url"), root + QStringLiteral("/v1"),
                          QStringLiteral("--model"), QStringLiteral("tally-loopback"), QStringLiteral("--requests"),
                          QString::number(requests), QStringLiteral("--concurrency"), QString::number(kConcurrency),
                          QStringLiteral("--warmup"), QString::number(kConcurrency), QStringLiteral("--max-tokens"),
                          QStringLiteral("20"), QStringLiteral("--json")};
    if (!stream)
        arguments << QStringLiteral("--no-stream");
    const QJsonObject result = QJsonDocument::fromJson(run(cli, arguments, environment)).object();
    const QJsonObject stats = serverStats(network, QUrl(root + QStringLiteral("/stats")));
    const QJsonObject ttft = result.value(QStringLiteral("latency_ms")).toObject().value(QStringLiteral("ttft")).toObject();
    TallyRun figures;
    figures.rate = result.value(QStringLiteral("throughput")).toObject().value(QStringLiteral("requests_per_s")).toDouble();
    figures.ttftP50Ms = ttft.value(QStringLiteral("p50")).toDouble();
    figures.ttftMeanMs = ttft.value(QStringLiteral("mean")).toDouble();
    figures.serverMs = stats.value(QStringLiteral("server_ttft_mean_ms")).toDouble();
    figures.peakInFlight = result.value(QStringLiteral("concurrency")).toObject().value(QStringLiteral("peak_in_flight")).toInt();
    figures.serverPeak = stats.value(QStringLiteral("peak_connections")).toInt();
    figures.cpuPercent = result.value(QStringLiteral("client")).toObject().value(QStringLiteral("cpu_percent_of_one_core")).toDouble();
    return figures;
}

QJsonObject tallySummary(const QList<TallyRun> &runs)
{
    QList<double> rate, p50, mean, server, overhead, cpu;
    int peak = 0;
    int serverPeak = 0;
    for (const TallyRun &figures : runs) {
        rate << figures.rate;
        p50 << figures.ttftP50Ms;
        mean << figures.ttftMeanMs;
        server << figures.serverMs;
        overhead << figures.ttftMeanMs - figures.serverMs;
        cpu << figures.cpuPercent;
        peak = std::max(peak, figures.peakInFlight);
        serverPeak = std::max(serverPeak, figures.serverPeak);
    }
    return {{QStringLiteral("requests_per_s"), spread(rate)},
            {QStringLiteral("ttft_p50_ms"), spread(p50)},
            {QStringLiteral("ttft_mean_ms"), spread(mean)},
            {QStringLiteral("server_ttft_mean_ms"), spread(server)},
            {QStringLiteral("ttft_minus_server_ms"), spread(overhead)},
            {QStringLiteral("client_cpu_percent_of_one_core"), spread(cpu)},
            {QStringLiteral("peak_in_flight"), peak},
            {QStringLiteral("server_peak_connections"), serverPeak}};
}

QJsonObject selfTestSummary(const QList<QJsonObject> &runs)
{
    QJsonArray parts;
    for (int part = 0; part < 3; ++part) {
        QList<double> rate, overhead;
        QJsonObject first;
        for (const QJsonObject &selfTest : runs) {
            const QJsonObject object = selfTest.value(QStringLiteral("parts")).toArray().at(part).toObject();
            first = object;
            rate << object.value(QStringLiteral("requests_per_s")).toDouble();
            overhead << object.value(QStringLiteral("overhead_ms")).toDouble();
        }
        parts.append(QJsonObject{{QStringLiteral("stream"), first.value(QStringLiteral("stream"))},
                                 {QStringLiteral("concurrency"), first.value(QStringLiteral("concurrency"))},
                                 {QStringLiteral("requests_per_s"), spread(rate)},
                                 {QStringLiteral("ttft_overhead_ms"), spread(overhead)}});
    }
    return {{QStringLiteral("parts"), parts}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const auto option = [&](const QString &name, int fallback) {
        const qsizetype at = arguments.indexOf(name);
        return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toInt() : fallback;
    };
    const int requests = option(QStringLiteral("--requests"), 10'000);
    const int runs = option(QStringLiteral("--runs"), 3);
    const QString here = QCoreApplication::applicationDirPath();
    const QString cli = QDir(here).filePath(QStringLiteral("../app/cli/tally-cli"));
    QTemporaryDir home;
    const QProcessEnvironment environment = isolatedEnvironment(home.path());

    QProcess server;
    server.start(QDir(here).filePath(QStringLiteral("bench_server")), QStringList());
    if (!server.waitForReadyRead(10'000)) {
        std::fprintf(stderr, "bench_provider: bench_server did not start\n");
        return 1;
    }
    const int port = server.readLine().trimmed().toInt();
    const QString chatUrl = QStringLiteral("http://127.0.0.1:%1/v1/chat/completions").arg(port);
    const QString plainBody = home.filePath(QStringLiteral("plain.json"));
    const QString streamBody = home.filePath(QStringLiteral("stream.json"));
    for (const auto &[path, stream] : {std::pair{plainBody, false}, std::pair{streamBody, true}}) {
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(requestBody(stream));
    }

    QList<double> abPlain, abStream, barePlain, bareStream, decodingPlain, decodingStream;
    QList<TallyRun> tallyPlain, tallyStream;
    QList<QJsonObject> selfTests;
    for (int i = 0; i < runs; ++i) {
        abPlain << abRate(chatUrl, plainBody, requests * 2);
        abStream << abRate(chatUrl, streamBody, requests * 2);
        barePlain << bareLoop(QUrl(chatUrl), false, requests);
        bareStream << bareLoop(QUrl(chatUrl), true, requests);
        decodingPlain << bareLoop(QUrl(chatUrl), false, requests, true);
        decodingStream << bareLoop(QUrl(chatUrl), true, requests, true);
        tallyPlain << tallyRun(cli, environment, port, false, requests);
        tallyStream << tallyRun(cli, environment, port, true, requests);
        selfTests << QJsonDocument::fromJson(run(cli, {QStringLiteral("bench"), QStringLiteral("--self-test"),
                                                      QStringLiteral("--requests"), QString::number(requests),
                                                      QStringLiteral("--json")},
                                                 environment))
                         .object();
    }
    server.kill();
    server.waitForFinished();

    const QJsonObject tallyNonStreamed = tallySummary(tallyPlain);
    const QJsonObject tallyStreamed = tallySummary(tallyStream);
    const double plainRate = median(tallyNonStreamed.value(QStringLiteral("requests_per_s")).toObject());
    const double streamRate = median(tallyStreamed.value(QStringLiteral("requests_per_s")).toObject());
    const QJsonObject self = selfTestSummary(selfTests);
    const double overheadOneAtATime = median(self.value(QStringLiteral("parts")).toArray().at(2).toObject()
                                                 .value(QStringLiteral("ttft_overhead_ms")).toObject());
    const double ratioPlain = plainRate / median(spread(barePlain));
    const double ratioStream = streamRate / median(spread(bareStream));
    const QJsonObject out{
        {QStringLiteral("benchmark"), QStringLiteral("B7 overhead")},
        {QStringLiteral("machine"), QJsonObject{{QStringLiteral("cpus"), QThread::idealThreadCount()},
                                                {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                                                {QStringLiteral("os"), QSysInfo::prettyProductName()}}},
        {QStringLiteral("requests_per_run"), requests},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("concurrency"), kConcurrency},
        {QStringLiteral("ab_keepalive_c10"), QJsonObject{{QStringLiteral("non_streamed"), spread(abPlain)},
                                                         {QStringLiteral("streamed"), spread(abStream)}}},
        {QStringLiteral("bare_qnam_loop"), QJsonObject{{QStringLiteral("non_streamed"), spread(barePlain)},
                                                       {QStringLiteral("streamed"), spread(bareStream)}}},
        {QStringLiteral("bare_qnam_loop_with_tallys_decoder"),
         QJsonObject{{QStringLiteral("non_streamed"), spread(decodingPlain)}, {QStringLiteral("streamed"), spread(decodingStream)}}},
        {QStringLiteral("tally_cli_bench"), QJsonObject{{QStringLiteral("non_streamed"), tallyNonStreamed},
                                                        {QStringLiteral("streamed"), tallyStreamed}}},
        {QStringLiteral("self_test"), self},
        {QStringLiteral("ratios"), QJsonObject{{QStringLiteral("tally_vs_bare_non_streamed"), ratioPlain},
                                               {QStringLiteral("tally_vs_bare_streamed"), ratioStream},
                                               {QStringLiteral("tally_vs_decoding_loop_non_streamed"), plainRate / median(spread(decodingPlain))},
                                               {QStringLiteral("tally_vs_decoding_loop_streamed"), streamRate / median(spread(decodingStream))},
                                               {QStringLiteral("server_vs_tally_non_streamed"), median(spread(abPlain)) / plainRate},
                                               {QStringLiteral("server_vs_tally_streamed"), median(spread(abStream)) / streamRate}}},
        {QStringLiteral("targets"),
         QJsonObject{{QStringLiteral("non_streamed_at_least_2500"), plainRate >= 2500},
                     {QStringLiteral("streamed_at_least_1500"), streamRate >= 1500},
                     {QStringLiteral("at_least_75_percent_of_bare"), ratioPlain >= 0.75 && ratioStream >= 0.75},
                     {QStringLiteral("ttft_within_2ms_of_server_one_at_a_time"), overheadOneAtATime <= 2.0},
                     {QStringLiteral("ttft_within_2ms_of_server_at_c10"),
                      median(tallyNonStreamed.value(QStringLiteral("ttft_minus_server_ms")).toObject()) <= 2.0
                          && median(tallyStreamed.value(QStringLiteral("ttft_minus_server_ms")).toObject()) <= 2.0},
                     {QStringLiteral("server_at_least_4x_tally"),
                      median(spread(abPlain)) >= 4 * plainRate && median(spread(abStream)) >= 4 * streamRate}}},
    };
    std::printf("%s", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
