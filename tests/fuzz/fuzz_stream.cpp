// libFuzzer target for everything that reads bytes from a provider: the SSE decoder (fed in
// pieces whose sizes the input chooses, so line ends and UTF-8 sequences get split everywhere),
// the chunk parser for stream events and whole completions, and the error-body classifier.
// It checks the decoder's main promise too: the same bytes decode the same however they are cut;
// and the chunk parser's: its fast path (StreamChunkScanner), whenever it answers, reads what
// the full QJsonDocument parse reads.
#include "api/ApiError.h"
#include "api/ChatChunk.h"
#include "api/SseDecoder.h"
#include "api/StreamChunkScanner.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

QList<SseEvent> decodeInPieces(QByteArrayView bytes, QByteArrayView sizes)
{
    SseDecoder decoder;
    QList<SseEvent> events;
    qsizetype at = 0;
    qsizetype next = 0;
    while (at < bytes.size()) {
        const qsizetype size = sizes.isEmpty() ? bytes.size() : 1 + (uint8_t(sizes[next++ % sizes.size()]) % 64);
        const qsizetype take = std::min(size, bytes.size() - at);
        events += decoder.feed(bytes.sliced(at, take));
        at += take;
    }
    events += decoder.finish();
    return events;
}

bool same(const ChatChunk &a, const ChatChunk &b)
{
    return a.valid == b.valid && a.content == b.content && a.reasoning == b.reasoning
        && a.finishReason == b.finishReason && a.model == b.model && a.usage == b.usage
        && a.reportedCost == b.reportedCost && a.tokensPerSecond == b.tokensPerSecond
        && a.error.has_value() == b.error.has_value() && a.problems == b.problems;
}

// The fast path may decline anything; what it answers must be the full parser's answer.
void checkScanner(const QByteArray &json, const QByteArray &eventName)
{
    if (const std::optional<ChatChunk> fast = StreamChunkScanner::scan(json, eventName)) {
        if (!same(*fast, ChatChunk::fromStreamDataDocument(json, eventName)))
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first up-to-8 bytes choose the read sizes; the rest is the stream.
    const size_t header = std::min<size_t>(8, size - 1);
    const QByteArrayView sizes(reinterpret_cast<const char *>(data), qsizetype(header));
    const QByteArrayView stream(reinterpret_cast<const char *>(data) + header, qsizetype(size - header));

    const QList<SseEvent> whole = decodeInPieces(stream, {});
    const QList<SseEvent> pieces = decodeInPieces(stream, sizes);
    if (whole != pieces)
        std::abort(); // the decoder's output must not depend on how the bytes were cut

    for (const SseEvent &event : whole) {
        checkScanner(event.data, event.event);
        const ChatChunk chunk = ChatChunk::fromStreamData(event.data, event.event);
        if (chunk.error)
            (void)chunk.error->fullMessage();
    }
    const QByteArray all = stream.toByteArray();
    checkScanner(all, {});
    (void)ChatChunk::fromCompletion(all);
    (void)ApiError::fromHttpResponse(400, all, "application/json", {}, std::nullopt).fullMessage();
    (void)ApiError::fromHttpResponse(502, all, "text/html", {}, std::nullopt).fullMessage();
    (void)ApiError::parseRetryAfter(all.left(32), all.left(40), all.left(16), QDateTime::currentDateTimeUtc());
    return 0;
}
