#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>

#include <limits>

// What the test server sends for one request: status, headers and a body made of parts, each
// after a delay, and how to put it on the wire (framing, bytes per write, where to drop the
// connection). Tests build one with the static helpers and adjust fields as the case needs.
struct ScriptedResponse
{
    struct Part
    {
        QByteArray bytes;
        int delayMs = 0; // wait this long before sending the part
        // Send the bytes this many times (each time as its own chunk when chunked), written only
        // as fast as the client reads, so a body of gigabytes never sits in the server's memory.
        // kForever: until the client goes away. bytesPerWrite and dropAfterBodyBytes do not
        // apply to repeated parts.
        qint64 repeat = 1;
    };
    static constexpr qint64 kForever = std::numeric_limits<qint64>::max();

    enum class Framing {
        Chunked,        // Transfer-Encoding: chunked, like real streaming servers
        ContentLength,  // Content-Length computed from the parts
        CloseDelimited, // no length; the body ends when the server closes the connection
    };

    enum class DropMode {
        Close, // orderly FIN
        Reset, // TCP RST (SO_LINGER 0), as a crashed proxy or reset connection would do
    };

    int status = 200;
    QByteArray reason; // empty: the standard reason phrase for the status
    QList<QPair<QByteArray, QByteArray>> headers;
    QList<Part> parts;
    Framing framing = Framing::Chunked;

    int headerDelayMs = 0;  // wait before sending the status line (time to first byte)
    int bytesPerWrite = 0;  // > 0: cut the whole wire stream into writes of at most this size
    int writeIntervalMs = 0; // pause between those writes
    qint64 dropAfterBodyBytes = -1; // >= 0: end the connection after this many body bytes
    DropMode dropMode = DropMode::Close;
    bool sendNothing = false; // read the request, then never answer (connection stays open)
    // Read the request, then answer only once the test calls TestServer::releaseHeld(): a reply
    // held as long as the test needs, so a case waits for events, not for a delay to run out.
    bool heldUntilReleased = false;
    // Not empty: after the status line, send this header line (without CRLF) again and again,
    // never ending the headers, as fast as the client reads. Nothing else is sent.
    QByteArray endlessHeader;

    // -- builders ------------------------------------------------------------------------
    // A complete response with one body part.
    static ScriptedResponse raw(int status, const QByteArray &contentType, const QByteArray &body);
    static ScriptedResponse json(int status, const QJsonObject &object);
    // An OpenAI-shaped error body: {"error":{"message":..,"type":..,"code":..}}.
    static ScriptedResponse openAiError(int status, const QString &message, const QString &type,
                                        const QString &code = {});
    // A text/event-stream whose parts are the given raw SSE bytes (already framed as events).
    static ScriptedResponse eventStream(const QList<QByteArray> &events, int delayBetweenMs = 0);
    // A streamed chat completion: one content delta per piece, a finish chunk, an optional usage
    // chunk with the given counts (promptTokens < 0: none), then [DONE].
    static ScriptedResponse chatStream(const QStringList &pieces, int promptTokens = -1,
                                       int completionTokens = -1, int delayBetweenMs = 0);
    // A non-streamed chat completion object with the given content and usage.
    static ScriptedResponse chatCompletion(const QString &content, int promptTokens = -1,
                                           int completionTokens = -1);

    // -- SSE pieces ------------------------------------------------------------------------
    static QByteArray sseData(const QJsonObject &object); // "data: {...}\n\n"
    static QByteArray sseDone();                         // "data: [DONE]\n\n"
    static QJsonObject contentChunk(const QString &content, const QString &model = QStringLiteral("test-model"));
    static QJsonObject finishChunk(const QString &reason = QStringLiteral("stop"),
                                   const QString &model = QStringLiteral("test-model"));
    static QJsonObject usageChunk(int promptTokens, int completionTokens,
                                  const QString &model = QStringLiteral("test-model"));

    ScriptedResponse &withHeader(const QByteArray &name, const QByteArray &value);
    // All body bytes concatenated (what a client should receive when nothing is dropped); not for
    // repeated parts of gigabytes.
    QByteArray body() const;
    // The body's length, repeats included.
    qint64 bodySize() const;
};
