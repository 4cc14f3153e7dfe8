// B3: SSE decoding + chunk JSON parsing throughput, on one core, in MB of stream bytes per
// second. The stream is what OpenAI-compatible providers send: one content delta per event,
// with realistic ids and envelopes, a mix of English, Thai, Chinese and code, cut into reads of
// varying size as the network delivers them. Prints one JSON object.
#include "api/ChatChunk.h"
#include "api/SseDecoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cstdio>

namespace {

QByteArray buildStream(qsizetype targetBytes)
{
    const QStringList words{QStringLiteral("The"), QStringLiteral(" quick"), QStringLiteral(" brown"),
                            QStringLiteral(" สวัสดี"), QStringLiteral("ครับ"), QStringLiteral("你好"),
                            QStringLiteral("世界"), QStringLiteral("\n```cpp\n"), QStringLiteral("int x = 42;"),
                            QStringLiteral("\n```\n"), QStringLiteral(" fox"), QStringLiteral(" jumps")};
    QByteArray stream;
    stream.reserve(targetBytes + 1024);
    int i = 0;
    while (stream.size() < targetBytes) {
        const QJsonObject chunk{
            {QStringLiteral("id"), QStringLiteral("chatcmpl-9x8YzAbCdEfGhIjKlMnOpQrStUv")},
            {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
            {QStringLiteral("created"), 1764000000},
            {QStringLiteral("model"), QStringLiteral("stepfun-v3")},
            {QStringLiteral("system_fingerprint"), QStringLiteral("fp_44709d6fcb")},
            {QStringLiteral("choices"),
             QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                    {QStringLiteral("delta"), QJsonObject{{QStringLiteral("content"), words.at(i % words.size())}}},
                                    {QStringLiteral("logprobs"), QJsonValue()},
                                    {QStringLiteral("finish_reason"), QJsonValue()}}}}};
        stream += "data: " + QJsonDocument(chunk).toJson(QJsonDocument::Compact) + "\n\n";
        if (++i % 200 == 0)
            stream += ": keep-alive\n\n";
    }
    stream += "data: [DONE]\n\n";
    return stream;
}

struct Run
{
    double seconds = 0;
    qint64 characters = 0;
    qint64 events = 0;
};

Run decode(const QByteArray &stream, const QList<qsizetype> &readSizes)
{
    QElapsedTimer timer;
    timer.start();
    SseDecoder decoder;
    Run run;
    qsizetype at = 0;
    qsizetype next = 0;
    while (at < stream.size()) {
        const qsizetype size = std::min(readSizes.at(next++ % readSizes.size()), stream.size() - at);
        const QList<SseEvent> events = decoder.feed(QByteArrayView(stream).sliced(at, size));
        at += size;
        for (const SseEvent &event : events) {
            ++run.events;
            if (event.isDone())
                continue;
            const ChatChunk chunk = ChatChunk::fromStreamData(event.data, event.event);
            run.characters += chunk.content.size();
        }
    }
    run.seconds = timer.nsecsElapsed() / 1e9;
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qsizetype megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 64;
    const int repeats = argc > 2 ? QByteArray(argv[2]).toInt() : 5;

    const QByteArray stream = buildStream(megabytes * 1024 * 1024);
    // Network reads are a few hundred bytes to a few KB; a fixed pseudo-random pattern keeps runs comparable.
    QRandomGenerator random(42);
    QList<qsizetype> readSizes;
    for (int i = 0; i < 4096; ++i)
        readSizes.append(random.bounded(64, 16384));

    QList<double> rates;
    Run last;
    for (int r = 0; r < repeats; ++r) {
        last = decode(stream, readSizes);
        rates.append(stream.size() / 1e6 / last.seconds);
    }
    std::sort(rates.begin(), rates.end());

    const QJsonObject result{
        {QStringLiteral("benchmark"), QStringLiteral("B3 decode")},
        {QStringLiteral("stream_bytes"), double(stream.size())},
        {QStringLiteral("events"), double(last.events)},
        {QStringLiteral("repeats"), repeats},
        {QStringLiteral("mb_per_s_median"), rates.at(rates.size() / 2)},
        {QStringLiteral("mb_per_s_min"), rates.first()},
        {QStringLiteral("mb_per_s_max"), rates.last()},
        {QStringLiteral("target_mb_per_s"), 100},
        {QStringLiteral("cores"), QThread::idealThreadCount()},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("cpu"), QSysInfo::currentCpuArchitecture()},
    };
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
