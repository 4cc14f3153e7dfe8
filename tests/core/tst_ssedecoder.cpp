#include "api/SseDecoder.h"

#include <QRandomGenerator>
#include <QTest>

namespace {

QList<SseEvent> decodeWhole(const QByteArray &stream)
{
    SseDecoder decoder;
    QList<SseEvent> events = decoder.feed(stream);
    events += decoder.finish();
    return events;
}

QList<SseEvent> decodeBytewise(const QByteArray &stream)
{
    SseDecoder decoder;
    QList<SseEvent> events;
    for (char byte : stream)
        events += decoder.feed(QByteArrayView(&byte, 1));
    events += decoder.finish();
    return events;
}

QList<SseEvent> decodeRandomSplits(const QByteArray &stream, quint32 seed)
{
    QRandomGenerator random(seed);
    SseDecoder decoder;
    QList<SseEvent> events;
    qsizetype at = 0;
    while (at < stream.size()) {
        const qsizetype size = std::min<qsizetype>(stream.size() - at, random.bounded(1, 12));
        events += decoder.feed(QByteArrayView(stream).sliced(at, size));
        at += size;
    }
    events += decoder.finish();
    return events;
}

SseEvent message(const QByteArray &data, const QByteArray &event = {})
{
    return SseEvent{SseEvent::Kind::Message, event, data, {}};
}

} // namespace

Q_DECLARE_METATYPE(QList<SseEvent>)

class TstSseDecoder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesTheSameHoweverTheBytesAreSplit_data();
    void decodesTheSameHoweverTheBytesAreSplit();
    void multiByteCharactersSplitAcrossReadsAreExact();
    void loneCarriageReturnAtTheEndOfARead();
    void finishDispatchesCompleteLinesAndDropsACutLine();
    void resetForgetsEverything();
    void aLineThatNeverEndsStopsAtTheLimit();
    void dataLinesWithoutABlankLineStopAtTheEventLimit();
    void theLimitsAreMegabytesByDefault();
};

void TstSseDecoder::decodesTheSameHoweverTheBytesAreSplit_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QList<SseEvent>>("expected");

    QTest::newRow("lf") << QByteArray("data: {\"a\":1}\n\ndata: [DONE]\n\n")
                        << QList<SseEvent>{message("{\"a\":1}"), message("[DONE]")};
    QTest::newRow("crlf (case 1)") << QByteArray("data: one\r\n\r\ndata: two\r\n\r\n")
                                   << QList<SseEvent>{message("one"), message("two")};
    QTest::newRow("lone cr") << QByteArray("data: one\r\rdata: two\r\r")
                             << QList<SseEvent>{message("one"), message("two")};
    QTest::newRow("mixed endings") << QByteArray("data: a\r\n\ndata: b\r\rdata: c\n\r\n")
                                   << QList<SseEvent>{message("a"), message("b"), message("c")};
    QTest::newRow("no space and two spaces (case 6)")
        << QByteArray("data:{\"x\":1}\n\ndata:  {\"y\":2}\n\n")
        << QList<SseEvent>{message("{\"x\":1}"), message(" {\"y\":2}")};
    QTest::newRow("comments (case 7)")
        << QByteArray(": OPENROUTER PROCESSING\n\ndata: a\n\n: keep-alive\n\ndata: b\n\n")
        << QList<SseEvent>{message("a"), message("b")};
    QTest::newRow("blank lines first (case 9)") << QByteArray("\n\n\n\ndata: a\n\n\n\n\ndata: b\n\n")
                                                << QList<SseEvent>{message("a"), message("b")};
    QTest::newRow("multi-line data") << QByteArray("data: line one\ndata: line two\n\n")
                                     << QList<SseEvent>{message("line one\nline two")};
    QTest::newRow("event: error (case 10)")
        << QByteArray("event: error\ndata: {\"error\":{\"message\":\"boom\"}}\n\ndata: x\n\n")
        << QList<SseEvent>{message("{\"error\":{\"message\":\"boom\"}}", "error"), message("x")};
    QTest::newRow("unknown fields and retry ignored") << QByteArray("retry: 100\nfoo: bar\ndata: a\n\n")
                                                      << QList<SseEvent>{message("a")};
    QTest::newRow("raw json line (case 14)")
        << QByteArray("data: {\"a\":1}\n\n{\"error\":\"model crashed\"}\n")
        << QList<SseEvent>{message("{\"a\":1}"),
                           SseEvent{SseEvent::Kind::RawLine, {}, "{\"error\":\"model crashed\"}", {}}};
    QTest::newRow("event with only comments dispatches nothing") << QByteArray(": x\n: y\n\n")
                                                                 << QList<SseEvent>{};
    QTest::newRow("data with empty value") << QByteArray("data\n\ndata:\n\n")
                                           << QList<SseEvent>{message(""), message("")};
    QTest::newRow("thai and chinese") << QByteArray("data: {\"c\":\"สวัสดีครับ 你好世界 🎉\"}\n\n")
                                      << QList<SseEvent>{message("{\"c\":\"สวัสดีครับ 你好世界 🎉\"}")};
}

void TstSseDecoder::decodesTheSameHoweverTheBytesAreSplit()
{
    QFETCH(QByteArray, stream);
    QFETCH(QList<SseEvent>, expected);
    QCOMPARE(decodeWhole(stream), expected);
    QCOMPARE(decodeBytewise(stream), expected);
    for (quint32 seed = 1; seed <= 50; ++seed)
        QCOMPARE(decodeRandomSplits(stream, seed), expected);
}

void TstSseDecoder::multiByteCharactersSplitAcrossReadsAreExact()
{
    // Case 5: every possible cut point inside "ส" (3 bytes), "你" (3 bytes) and an emoji (4 bytes).
    const QByteArray text = QStringLiteral("กขคส你好😀").toUtf8();
    const QByteArray stream = "data: " + text + "\n\n";
    for (qsizetype cut = 1; cut < stream.size(); ++cut) {
        SseDecoder decoder;
        QList<SseEvent> events = decoder.feed(stream.left(cut));
        events += decoder.feed(stream.mid(cut));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().data, text);
        QCOMPARE(events.first().text(), QStringLiteral("กขคส你好😀"));
    }
}

void TstSseDecoder::loneCarriageReturnAtTheEndOfARead()
{
    // Case 2: "\r" ends one read, "\n" starts the next: one line end, not an extra blank line.
    SseDecoder decoder;
    QList<SseEvent> events = decoder.feed("data: a\r");
    QVERIFY(events.isEmpty());
    events += decoder.feed("\ndata: b\r");
    QVERIFY(events.isEmpty()); // "a" and "b" are two data lines of one event so far
    events += decoder.feed("\n\r");
    events += decoder.feed("\n");
    QCOMPARE(events, (QList<SseEvent>{message("a\nb")}));
}

void TstSseDecoder::finishDispatchesCompleteLinesAndDropsACutLine()
{
    {
        // Case 16: "[DONE]" with no line end at all still ends the stream.
        SseDecoder decoder;
        QList<SseEvent> events = decoder.feed("data: x\n\ndata: [DONE]");
        events += decoder.finish();
        QCOMPARE(events, (QList<SseEvent>{message("x"), message("[DONE]")}));
        QVERIFY(events.last().isDone());
    }
    {
        // A complete data line without the blank line is dispatched at the end...
        SseDecoder decoder;
        QList<SseEvent> events = decoder.feed("data: {\"a\":1}\n");
        events += decoder.finish();
        QCOMPARE(events, (QList<SseEvent>{message("{\"a\":1}")}));
    }
    {
        // ...but a line cut off mid-way may be half a JSON object: dropped.
        SseDecoder decoder;
        QList<SseEvent> events = decoder.feed("data: {\"a\":1}\n\ndata: {\"b\":");
        QCOMPARE(decoder.pendingBytes(), qsizetype(11));
        events += decoder.finish();
        QCOMPARE(events, (QList<SseEvent>{message("{\"a\":1}")}));
    }
}

void TstSseDecoder::resetForgetsEverything()
{
    SseDecoder decoder;
    QVERIFY(decoder.feed("data: half\ndata: mo").isEmpty());
    decoder.reset();
    QCOMPARE(decoder.pendingBytes(), qsizetype(0));
    QCOMPARE(decoder.feed("data: fresh\n\n"), (QList<SseEvent>{message("fresh")}));
}

// Issue 13, row 3: a hostile stream must not make the decoder hold more than its limits.
void TstSseDecoder::aLineThatNeverEndsStopsAtTheLimit()
{
    SseDecoder decoder(4096, 8192);
    QCOMPARE(decoder.feed("data: {\"a\":1}\n\n"), (QList<SseEvent>{message("{\"a\":1}")}));
    const QByteArray piece(1000, 'x');
    QVERIFY(decoder.feed("data: {\"b\":\"").isEmpty());
    for (int i = 0; i < 20; ++i) {
        QVERIFY(decoder.feed(piece).isEmpty());
        QVERIFY(decoder.pendingBytes() <= 4096);
    }
    QCOMPARE(decoder.overflow(), SseDecoder::Overflow::Line);
    // Once over a limit the stream is not SSE any more: nothing after it is decoded.
    QVERIFY(decoder.feed("\n\ndata: later\n\n").isEmpty());
    QVERIFY(decoder.finish().isEmpty());
    decoder.reset();
    QCOMPARE(decoder.overflow(), SseDecoder::Overflow::None);
}

void TstSseDecoder::dataLinesWithoutABlankLineStopAtTheEventLimit()
{
    SseDecoder decoder(4096, 8192);
    const QByteArray line = "data: " + QByteArray(100, 'y') + "\n";
    for (int i = 0; i < 200; ++i)
        QVERIFY(decoder.feed(line).isEmpty());
    QCOMPARE(decoder.overflow(), SseDecoder::Overflow::Event);
    QVERIFY(decoder.pendingBytes() <= 8192);
    QVERIFY(decoder.finish().isEmpty());
}

void TstSseDecoder::theLimitsAreMegabytesByDefault()
{
    // A provider's single chunk is a few kilobytes; the defaults leave room for far more.
    SseDecoder decoder;
    const QByteArray big = "data: " + QByteArray(1024 * 1024, 'z') + "\n\n";
    QCOMPARE(decoder.feed(big).size(), 1);
    QCOMPARE(decoder.overflow(), SseDecoder::Overflow::None);
    QCOMPARE(SseDecoder::kMaxLineBytes, qsizetype(4 * 1024 * 1024));
    QCOMPARE(SseDecoder::kMaxEventBytes, qsizetype(4 * 1024 * 1024));
}

QTEST_GUILESS_MAIN(TstSseDecoder)
#include "tst_ssedecoder.moc"
