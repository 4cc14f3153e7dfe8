// The fault matrix of ../shared/design/protocol-notes.md ("Cases a client must handle"), each
// case against the local test server: the text kept (byte-exact), how the reply ended, the
// error kind, and whether a retry happened. Case numbers are in the test names.
#include "api/ChatStream.h"
#include "api/NetworkPool.h"
#include "api/ProviderClient.h"

#include "TestServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <limits>

using Kind = ApiError::Kind;
using State = ChatResult::State;

namespace {

struct Outcome
{
    ChatResult result;
    QString streamedContent;   // concatenated contentDelta signals
    QString streamedReasoning;
    QList<qint64> retryDelays;
    int usageSignals = 0;
    bool finished = false;
};

QByteArray data(const QJsonObject &object)
{
    return ScriptedResponse::sseData(object);
}

QByteArray content(const QString &text)
{
    return data(ScriptedResponse::contentChunk(text));
}

QList<QByteArray> contentEvents(const QStringList &pieces)
{
    QList<QByteArray> events;
    for (const QString &piece : pieces)
        events.append(content(piece));
    return events;
}

QByteArray finish()
{
    return data(ScriptedResponse::finishChunk());
}

QStringList numberedPieces(int count)
{
    QStringList pieces;
    for (int i = 0; i < count; ++i)
        pieces.append(QStringLiteral("tok%1 ").arg(i));
    return pieces;
}

} // namespace

class TstChatStream final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void case01_crlfLineEndings();
    void case02_crAtEndOfReadLfAtStartOfNext();
    void case03_fiveEventsAndAHalfInOneRead();
    void case04_eventSplitAcrossThreeReadsInsideThePrefix();
    void case05_multiByteCharactersSplitAcrossReads();
    void case06_dataWithoutAndWithTwoSpaces();
    void case07_commentLines();
    void case08_onlyKeepAlivesTriggerTheIdleWatchdog();
    void case09_blankLinesBeforeAndBetweenEvents();
    void case10_eventErrorRecordMidStream();
    void case11_openAiErrorAfter50Tokens();
    void case12_openRouterFinishReasonErrorNumericCode();
    void case13_vllmObjectError();
    void case14_rawJsonErrorLineThenEof();
    void case15_malformedJsonEvent();
    void case16_eventsAfterDoneAndUnterminatedDone();
    void case17_cleanEndWithoutDoneOrFinishIsIncomplete();
    void case18_resetAndAbruptCloseMidStream_data();
    void case18_resetAndAbruptCloseMidStream();
    void case19_usageOnlyFinalChunk_data();
    void case19_usageOnlyFinalChunk();
    void case20_noUsageMeansEstimated();
    void case21_streamOptionsRejectedFallsBackOnceAndRemembers();
    void case22_reasoningBeforeContent();
    void case23_otherIndexesAndToolCalls();
    void case24_unauthorizedIsNotRetried();
    void case25_quotaIsNotRetried_data();
    void case25_quotaIsNotRetried();
    void case25_rateLimitHonoursRetryAfter();
    void case25_retryAfterIsCapped();
    void case26_httpDateAndResetHeader_data();
    void case26_httpDateAndResetHeader();
    void case27_contextTooLong_data();
    void case27_contextTooLong();
    void case28_modelNotFound();
    void case29_serverErrorsRetryWithBackoffThenFail_data();
    void case29_serverErrorsRetryWithBackoffThenFail();
    void case29_serverErrorThenSuccess();
    void case30_oddErrorBodies_data();
    void case30_oddErrorBodies();
    void case31_errorStatusWithEventStreamAndJsonWithOk();
    void case32_redirectIsReportedNotFollowed();
    void case33_plainHttpGoesOutAsHttp11();
    void case34_replyThatNeverFinishesIsAbortedByTheWatchdog();
    void case35_stopMidStream();
    void case35_stopThenDeleteInsideTheSignal();
    void case36_transferTimeoutIsNotAUserCancel();
    void case37_modelLoading();
    void case40_longReplyKeepsTheEventLoopResponsive();

    void missingOrPlaceholderKeyIsNeverSent_data();
    void missingOrPlaceholderKeyIsNeverSent();
    void keyIsNotSentOverPlainHttpToARemoteHost();
    void localServerNeedsNoKey();
    void measuresTimingAndSpeed();
    void requestCarriesHeadersAndBody();
    void networkErrorBeforeAnyByteIsRetried();
    void usesTheApplicationProxy();
    void debugLogRedactsTheKey();
    void tenRepliesStreamAtOnceFromOneHost();

    // Issue 13: hostile servers.
    void limit_streamLineThatNeverEnds_data();
    void limit_streamLineThatNeverEnds();
    void limit_replyIsKeptUpToItsCap();
    void limit_errorBodyIsReadOnlyUpToItsCap();
    void limit_providerMessageIsABoundedExcerpt();
    void limit_nonStreamedReplyLargerThanTheCap();
    void limit_endlessResponseHeaders();
    void emptyDataEventsDoNotResetTheIdleTimer_data();
    void anEchoedKeyIsRedactedInTextModelAndErrors();
    void anEchoedKeyIsRedactedInRetriedErrors();
    void loneSurrogatesAreReplacedSoWhatIsShownIsWhatIsKept();
    void emptyDataEventsDoNotResetTheIdleTimer();
    void numbersThatCannotBeRightAreNotBelieved_data();
    void numbersThatCannotBeRightAreNotBelieved();
    void absurdSamplingValuesAreNeverSent();

private:
    ChatRequest request() const;
    Outcome run(const ChatRequest &request, int timeoutMs = 15000);
    Outcome runWith(ProviderClient &client, const ChatRequest &request, int timeoutMs = 15000);

    TestServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    RetryPolicy m_policy;
};

void TstChatStream::init()
{
    m_server = new TestServer(this);
    QVERIFY(m_server->start());
    m_network = new QNetworkAccessManager(this);
    m_policy = RetryPolicy();
    m_policy.baseDelayMs = 20; // the same backoff shape, fast enough for a test
    m_policy.maxDelayMs = 80;
}

void TstChatStream::cleanup()
{
    delete m_network;
    delete m_server;
}

ChatRequest TstChatStream::request() const
{
    ChatRequest request;
    request.baseUrl = m_server->baseUrl();
    request.apiKey = QStringLiteral("sk-test-key");
    request.model = QStringLiteral("test-model");
    request.messages = {ChatMessage::user(QStringLiteral("Hello"))};
    return request;
}

Outcome TstChatStream::run(const ChatRequest &chatRequest, int timeoutMs)
{
    ProviderClient client(m_network);
    client.setRetryPolicy(m_policy);
    return runWith(client, chatRequest, timeoutMs);
}

Outcome TstChatStream::runWith(ProviderClient &client, const ChatRequest &chatRequest, int timeoutMs)
{
    Outcome outcome;
    ChatStream *stream = client.createChat(chatRequest);
    connect(stream, &ChatStream::contentDelta, this, [&](const QString &text) { outcome.streamedContent += text; });
    connect(stream, &ChatStream::reasoningDelta, this, [&](const QString &text) { outcome.streamedReasoning += text; });
    connect(stream, &ChatStream::usageReported, this, [&] { ++outcome.usageSignals; });
    connect(stream, &ChatStream::retryScheduled, this,
            [&](int, qint64 delayMs, const ApiError &) { outcome.retryDelays.append(delayMs); });
    connect(stream, &ChatStream::replyFinished, this, [&](const ChatResult &result) {
        outcome.result = result;
        outcome.finished = true;
    });
    stream->start();
    if (!QTest::qWaitFor([&] { return outcome.finished; }, timeoutMs)) {
        QTest::qFail("the reply did not finish in time", __FILE__, __LINE__);
        stream->cancel();
    }
    delete stream;
    return outcome;
}

// -- framing -----------------------------------------------------------------------------------

void TstChatStream::case01_crlfLineEndings()
{
    QByteArray body;
    for (const QString &piece : {QStringLiteral("Hello"), QStringLiteral(", world")})
        body += content(piece).replace("\n", "\r\n");
    body += finish().replace("\n", "\r\n") + QByteArray("data: [DONE]\r\n\r\n");
    m_server->enqueueChat(ScriptedResponse::raw(200, "text/event-stream", body));
    const Outcome out = run(request());
    QCOMPARE(out.result.state, State::Complete);
    QCOMPARE(out.result.content, QStringLiteral("Hello, world"));
    QCOMPARE(out.streamedContent, out.result.content);
}

void TstChatStream::case02_crAtEndOfReadLfAtStartOfNext()
{
    QByteArray first = content(QStringLiteral("A"));
    first.replace("\n\n", "\r\n\r");
    ScriptedResponse response = ScriptedResponse::eventStream(
        {first, QByteArray("\n") + content(QStringLiteral("B")), finish(), ScriptedResponse::sseDone()}, 30);
    m_server->enqueueChat(response);
    const Outcome out = run(request());
    QCOMPARE(out.result.state, State::Complete);
    QCOMPARE(out.result.content, QStringLiteral("AB"));
}

void TstChatStream::case03_fiveEventsAndAHalfInOneRead()
{
    const QStringList pieces{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                             QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6")};
    QByteArray all;
    for (const QString &piece : pieces)
        all += content(piece);
    const QByteArray sixth = content(QStringLiteral("6"));
    const qsizetype cut = all.size() - sixth.size() / 2;
    m_server->enqueueChat(ScriptedResponse::eventStream({all.left(cut), all.mid(cut) + finish() + ScriptedResponse::sseDone()}, 40));
    const Outcome out = run(request());
    QCOMPARE(out.result.content, QStringLiteral("123456"));
    QCOMPARE(out.result.state, State::Complete);
}

void TstChatStream::case04_eventSplitAcrossThreeReadsInsideThePrefix()
{
    const QByteArray event = content(QStringLiteral("split"));
    m_server->enqueueChat(ScriptedResponse::eventStream(
        {event.left(2), event.mid(2, 10), event.mid(12) + finish() + ScriptedResponse::sseDone()}, 30));
    const Outcome out = run(request());
    QCOMPARE(out.result.content, QStringLiteral("split"));
    QCOMPARE(out.result.state, State::Complete);
}

void TstChatStream::case05_multiByteCharactersSplitAcrossReads()
{
    const QStringList pieces{QStringLiteral("สวัสดีครับ "), QStringLiteral("你好，世界"), QStringLiteral(" 🎉👍")};
    ScriptedResponse response = ScriptedResponse::chatStream(pieces, 3, 9);
    response.bytesPerWrite = 1;
    response.writeIntervalMs = 0;
    m_server->enqueueChat(response);
    const Outcome out = run(request());
    QCOMPARE(out.result.state, State::Complete);
    QCOMPARE(out.result.content.toUtf8(), pieces.join(QString()).toUtf8());
    QCOMPARE(out.streamedContent, out.result.content);
}

void TstChatStream::case06_dataWithoutAndWithTwoSpaces()
{
    QByteArray noSpace = content(QStringLiteral("a"));
    noSpace.replace("data: ", "data:");
    QByteArray twoSpaces = content(QStringLiteral(" b"));
    twoSpaces.replace("data: ", "data:  ");
    m_server->enqueueChat(ScriptedResponse::eventStream({noSpace, twoSpaces, finish(), ScriptedResponse::sseDone()}));
    const Outcome out = run(request());
    QCOMPARE(out.result.content, QStringLiteral("a b"));
}

void TstChatStream::case07_commentLines()
{
    m_server->enqueueChat(ScriptedResponse::eventStream(
        {": OPENROUTER PROCESSING\n\n", content(QStringLiteral("x")), ": keep-alive\n\n",
         content(QStringLiteral("y")), finish(), ScriptedResponse::sseDone()}, 10));
    const Outcome out = run(request());
    QCOMPARE(out.result.content, QStringLiteral("xy"));
    QCOMPARE(out.result.state, State::Complete);
}

void TstChatStream::case08_onlyKeepAlivesTriggerTheIdleWatchdog()
{
    // Keep-alive comments every 50 ms for 10 s; with a 400 ms idle watchdog the reply must end
    // as a timeout long before the comments stop, even though bytes keep arriving.
    QList<QByteArray> comments;
    for (int i = 0; i < 200; ++i)
        comments.append(": keep-alive\n\n");
    m_server->enqueueChat(ScriptedResponse::eventStream(comments, 50));
    m_policy.maxRetries = 0;
    ChatRequest chat = request();
    chat.idleTimeoutMs = 400;
    chat.transferTimeoutMs = 60'000; // Qt's own timer would be reset by the comments anyway
    const Outcome out = run(chat, 5000);
    QCOMPARE(out.result.state, State::Failed);
    QCOMPARE(out.result.error.kind(), Kind::Timeout);
    QVERIFY(out.result.content.isEmpty());
    QCOMPARE(m_server->requestCount(), 1);
}

void TstChatStream::case09_blankLinesBeforeAndBetweenEvents()
{
    m_server->enqueueChat(ScriptedResponse::eventStream(
        {"\n\n\n", content(QStringLiteral("q")), "\n\n\n\n", content(QStringLiteral("r")), finish(),
         ScriptedResponse::sseDone()}, 10));
    const Outcome out = run(request());
    QCOMPARE(out.result.content, QStringLiteral("qr"));
}

// -- errors inside the stream --------------------------------------------------------------------

void TstChatStream::case10_eventErrorRecordMidStream()
{
    m_server->enqueueChat(ScriptedResponse::eventStream(
        {content(QStringLiteral("partial ")), content(QStringLiteral("text")),
         "event: error\ndata: {\"error\":{\"message\":\"upstream timeout\",\"type\":\"server_error\"}}\n\n",
         content(QStringLiteral("never shown"))}, 10));
    const Outcome out = run(request());
    QCOMPARE(out.result.state, State::Incomplete);
    QCOMPARE(out.result.content, QStringLiteral("partial text"));
    QCOMPARE(out.result.error.kind(), Kind::Incomplete);
    QCOMPARE(out.result.error.providerMessage(), QStringLiteral("upstream timeout"));
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY(out.retryDelays.isEmpty());
}

void TstChatStream::case11_openAiErrorAfter50Tokens()
{
    const QStringList pieces = numberedPieces(50);
    QList<QByteArray> events = contentEvents(pieces);
    events.append(data(QJsonObject{{QStringLiteral("error"),
                                    QJsonObject{{QStringLiteral("message"), QStringLiteral("The server had an error")},
                                                {QStringLiteral("type"), QStringLiteral("server_error")}}}}));
    m_server->enqueueChat(ScriptedResponse::eventStream(events));
    const Outcome out = run(request());
    QCOMPARE(out.result.state, State::Incomplete);
    QCOMPARE(out.result.content, pieces.join(QString()));
    QCOMPARE(out.result.error.providerMessage(), QStringLiteral("The server had an error"));
    QCOMPARE(out.result.stats.attempts, 1);
    QCOMPARE(m_server->requestCount(), 1);
}

void TstChatStream::case12_openRouterFinishReasonErrorNumericCode()
{
    m_server->enqueueChat(ScriptedResponse::eventStream(
        {content(QStringLiteral("Some")),
         R"(data: {"error":{"code":502,"message":"Provider returned error"},"choices":[{"index":0,"delta":{"content":""},"finish_reason":"error"}]})" "\n\n"}));
    const Outcome out = run(request());
    QCOMPARE(out.result.state, State::Incomplete);
    QCOMPARE(out.result.content, QStringLiteral("Some"));
    QCOMPARE(out.result.error.providerCode(), QStringLiteral("502"));
    QCOMPARE(out.result.error.kind(), Kind::Incomplete);
}

void TstChatStream::case13_vllmObjectError()
{
    m_server->enqueueChat(ScriptedResponse::eventStream(
        {content(QStringLiteral("v")),
         R"(data: {"object":"error","message":"CUDA out of memory","type":"InternalServerError","code":500})" "\n\n"}));
    const Outcome out = run(request());
    QCOMPARE(out.result.state, State::Incomplete);
    QCOMPARE(out.result.content, QStringLiteral("v"));
    QCOMPARE(out.result.error.providerMessage(), QStringLiteral("CUDA out of memory"));
}

void TstChatStream::case14_rawJsonErrorLineThenEof()
{
    ScriptedResponse response = ScriptedResponse::eventStream(
        {content(QStringLiteral("before ")), "{\"error\":\"an unknown error was encountered while running the model\"}\n"});
    response.framing = ScriptedResponse::Framing::CloseDelimited;
    m_server->enqueueChat(response);
    const Outcome out = run(request());
    QCOMPARE(out.result.state, State::Incomplete);
    QCOMPARE(out.result.content, QStringLiteral("before "));
    QVERIFY(out.result.error.providerMessage().contains(QStringLiteral("unknown error")));
}

void TstChatStream::case15_malformedJsonEvent()
{
    m_server->enqueueChat(ScriptedResponse::eventStream(
        {content(QStringLiteral("ok ")), "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"br\n\n",
         content(QStringLiteral("after")), finish(), ScriptedResponse::sseDone()}));
    const Outcome out = run(request());
    QCOMPARE(out.result.state, State::Incomplete);
    QCOMPARE(out.result.content, QStringLiteral("ok "));
    QCOMPARE(out.result.error.kind(), Kind::Incomplete);

    // The same before any text: a failed reply, not a crash, and not retried.
    m_server->enqueueChat(ScriptedResponse::eventStream({"data: {nope\n\n"}));
    const Outcome early = run(request());
    QCOMPARE(early.result.state, State::Failed);
    QCOMPARE(early.result.error.kind(), Kind::InvalidResponse);
}

void TstChatStream::case16_eventsAfterDoneAndUnterminatedDone()
{
    m_server->enqueueChat(ScriptedResponse::eventStream(
        {content(QStringLiteral("done")), ScriptedResponse::sseDone(), content(QStringLiteral(" IGNORED"))}));
    Outcome out = run(request());
    QCOMPARE(out.result.state, State::Complete);
    QCOMPARE(out.result.content, QStringLiteral("done"));

    // Policy: "data: [DONE]" without its line end at EOF still completes the reply.
    ScriptedResponse unterminated = ScriptedResponse::eventStream({content(QStringLiteral("end")), "data: [DONE]"});
    unterminated.framing = ScriptedResponse::Framing::CloseDelimited;
    m_server->enqueueChat(unterminated);
    out = run(request());
    QCOMPARE(out.result.state, State::Complete);
    QCOMPARE(out.result.content, QStringLiteral("end"));
}

void TstChatStream::case17_cleanEndWithoutDoneOrFinishIsIncomplete()
{
    m_server->enqueueChat(ScriptedResponse::eventStream(contentEvents({QStringLiteral("cut "), QStringLiteral("short")})));
    const Outcome out = run(request());
    QCOMPARE(out.result.state, State::Incomplete);
    QCOMPARE(out.result.content, QStringLiteral("cut short"));
    QCOMPARE(out.result.error.kind(), Kind::Incomplete);
    QCOMPARE(m_server->requestCount(), 1);
}

void TstChatStream::case18_resetAndAbruptCloseMidStream_data()
{
    QTest::addColumn<ScriptedResponse::DropMode>("mode");
    QTest::newRow("TCP reset") << ScriptedResponse::DropMode::Reset;
    // Closest loopback equivalent of a TLS close without close_notify: the peer closes in the
    // middle of a chunked body.
    QTest::newRow("abrupt close") << ScriptedResponse::DropMode::Close;
}

void TstChatStream::case18_resetAndAbruptCloseMidStream()
{
    QFETCH(ScriptedResponse::DropMode, mode);
    const QStringList pieces = numberedPieces(20);
    ScriptedResponse response = ScriptedResponse::chatStream(pieces, 5, 20, 5);
    const QByteArray tenEvents = contentEvents(pieces.mid(0, 10)).join();
    response.dropAfterBodyBytes = tenEvents.size() + 7; // inside the 11th event
    response.dropMode = mode;
    m_server->enqueueChat(response);
    const Outcome out = run(request());
    QCOMPARE(out.result.state, State::Incomplete);
    QCOMPARE(out.result.error.kind(), Kind::Incomplete);
    // A reset may lose bytes in flight, so the kept text is a prefix of the first ten pieces.
    QVERIFY(!out.result.content.isEmpty());
    QVERIFY(pieces.mid(0, 10).join(QString()).startsWith(out.result.content));
    if (mode == ScriptedResponse::DropMode::Close)
        QCOMPARE(out.result.content, pieces.mid(0, 10).join(QString()));
    QCOMPARE(m_server->requestCount(), 1);
}

// -- usage ---------------------------------------------------------------------------------------

void TstChatStream::case19_usageOnlyFinalChunk_data()
{
    QTest::addColumn<QByteArray>("usageEvent");
    const QByteArray usage = R"("usage":{"prompt_tokens":11,"completion_tokens":7,"total_tokens":18})";
    QTest::newRow("choices []") << QByteArray("data: {\"choices\":[]," + usage + "}\n\n");
    QTest::newRow("choices null") << QByteArray("data: {\"choices\":null," + usage + "}\n\n");
    QTest::newRow("choices missing") << QByteArray("data: {" + usage + "}\n\n");
    QTest::newRow("with the finish chunk (llama.cpp)")
        << QByteArray("data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]," + usage + "}\n\n");
}

void TstChatStream::case19_usageOnlyFinalChunk()
{
    QFETCH(QByteArray, usageEvent);
    m_server->enqueueChat(ScriptedResponse::eventStream(
        {content(QStringLiteral("seven tokens of text here ok")), finish(), usageEvent, ScriptedResponse::sseDone()}));
    const Outcome out = run(request());
    QCOMPARE(out.result.state, State::Complete);
    const TokenUsage usage = out.result.stats.usage;
    QCOMPARE(usage.source, TokenUsage::Source::Reported);
    QCOMPARE(usage.promptTokens, 11);
    QCOMPARE(usage.completionTokens, 7);
    QCOMPARE(out.usageSignals, 1);
}

void TstChatStream::case20_noUsageMeansEstimated()
{
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("An answer with "), QStringLiteral("several words.")}));
    const Outcome out = run(request());
    QCOMPARE(out.result.state, State::Complete);
    QCOMPARE(out.result.stats.usage.source, TokenUsage::Source::Estimated);
    QVERIFY(out.result.stats.usage.completionTokens > 0);
    QVERIFY(out.result.stats.usage.promptTokens > 0);
    QCOMPARE(out.usageSignals, 0);
}

void TstChatStream::case21_streamOptionsRejectedFallsBackOnceAndRemembers()
{
    m_server->setHandler("/v1/chat/completions", [](const RecordedRequest &received) {
        if (received.jsonBody().contains(QStringLiteral("stream_options")))
            return ScriptedResponse::openAiError(400, QStringLiteral("Unknown parameter: 'stream_options'."),
                                                 QStringLiteral("invalid_request_error"));
        return ScriptedResponse::chatStream({QStringLiteral("fine")});
    });
    ProviderClient client(m_network);
    client.setRetryPolicy(m_policy);
    const Outcome first = runWith(client, request());
    QCOMPARE(first.result.state, State::Complete);
    QCOMPARE(first.result.content, QStringLiteral("fine"));
    QCOMPARE(first.result.stats.attempts, 2);
    QVERIFY(first.retryDelays.isEmpty()); // a fallback, not a retry
    QCOMPARE(m_server->requestCount(), 2);
    QVERIFY(m_server->requests().at(0).jsonBody().contains(QStringLiteral("stream_options")));
    QVERIFY(!m_server->requests().at(1).jsonBody().contains(QStringLiteral("stream_options")));
    QVERIFY(client.rejectsStreamOptions(m_server->baseUrl()));

    // Remembered for the base URL: the next reply goes without it straight away.
    const Outcome second = runWith(client, request());
    QCOMPARE(second.result.state, State::Complete);
    QCOMPARE(second.result.stats.attempts, 1);
    QCOMPARE(m_server->requestCount(), 3);
    QVERIFY(!m_server->requests().at(2).jsonBody().contains(QStringLiteral("stream_options")));
}

void TstChatStream::case22_reasoningBeforeContent()
{
    m_server->enqueueChat(ScriptedResponse::eventStream({
        R"(data: {"choices":[{"index":0,"delta":{"role":"assistant","content":null,"reasoning_content":"Let me "}}]})" "\n\n",
        R"(data: {"choices":[{"index":0,"delta":{"content":"","reasoning":"think."}}]})" "\n\n",
        R"(data: {"choices":[{"index":0,"delta":{"reasoning_content":null,"content":"Answer"}}]})" "\n\n",
        R"(data: {"choices":[{"index":0,"delta":{}}]})" "\n\n",
        finish(), ScriptedResponse::sseDone()}));
    const Outcome out = run(request());
    QCOMPARE(out.result.reasoning, QStringLiteral("Let me think."));
    QCOMPARE(out.result.content, QStringLiteral("Answer"));
    QCOMPARE(out.streamedReasoning, out.result.reasoning);
    QVERIFY(out.result.stats.ttftMs.has_value()); // reasoning counts as the first token
}

void TstChatStream::case23_otherIndexesAndToolCalls()
{
    m_server->enqueueChat(ScriptedResponse::eventStream({
        R"(data: {"choices":[{"index":1,"delta":{"content":"second choice"}},{"index":0,"delta":{"content":"first"}}]})" "\n\n",
        R"(data: {"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_1","function":{"name":"f","arguments":"{\"a\":"}}]}}]})" "\n\n",
        R"(data: {"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"1}"}}]}}]})" "\n\n",
        R"(data: {"choices":[{"index":1,"delta":{"content":" more"}}]})" "\n\n",
        R"(data: {"choices":[{"index":0,"delta":{"content":" choice"}}]})" "\n\n",
        finish(), ScriptedResponse::sseDone()}));
    const Outcome out = run(request());
    QCOMPARE(out.result.state, State::Complete);
    QCOMPARE(out.result.content, QStringLiteral("first choice"));
}

// -- HTTP errors ---------------------------------------------------------------------------------

void TstChatStream::case24_unauthorizedIsNotRetried()
{
    m_server->enqueueChat(ScriptedResponse::openAiError(401, QStringLiteral("Incorrect API key provided"),
                                                        QStringLiteral("invalid_request_error"),
                                                        QStringLiteral("invalid_api_key"))
                              .withHeader("x-request-id", "req_401"));
    const Outcome out = run(request());
    QCOMPARE(out.result.state, State::Failed);
    QCOMPARE(out.result.error.kind(), Kind::Authentication);
    QCOMPARE(out.result.error.httpStatus(), 401);
    QCOMPARE(out.result.error.requestId(), QByteArray("req_401"));
    QCOMPARE(m_server->requestCount(), 1);
}

void TstChatStream::case25_quotaIsNotRetried_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("402") << 402 << QStringLiteral("Insufficient Balance");
    QTest::newRow("429 quota") << 429 << QStringLiteral("You exceeded your current quota, please check your plan");
}

void TstChatStream::case25_quotaIsNotRetried()
{
    QFETCH(int, status);
    QFETCH(QString, message);
    m_server->enqueueChat(ScriptedResponse::openAiError(status, message, QStringLiteral("insufficient_quota"))
                              .withHeader("Retry-After", "1"));
    const Outcome out = run(request());
    QCOMPARE(out.result.error.kind(), Kind::PaymentRequired);
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY(out.retryDelays.isEmpty());
}

void TstChatStream::case25_rateLimitHonoursRetryAfter()
{
    m_server->enqueueChat(ScriptedResponse::openAiError(429, QStringLiteral("Rate limit reached"),
                                                        QStringLiteral("requests"), QStringLiteral("rate_limit_exceeded"))
                              .withHeader("retry-after-ms", "150")
                              .withHeader("Retry-After", "7"));
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("after the wait")}));
    const Outcome out = run(request());
    QCOMPARE(out.retryDelays, (QList<qint64>{150}));
    QCOMPARE(out.result.state, State::Complete);
    QCOMPARE(out.result.content, QStringLiteral("after the wait"));
    QCOMPARE(out.result.stats.attempts, 2);
    QCOMPARE(m_server->requestCount(), 2);
}

void TstChatStream::case25_retryAfterIsCapped()
{
    // Retry-After: 7 is honoured as 7 s, 600 s is capped at 120 s; stop during the wait.
    for (const auto &[header, expected] : {std::pair{QByteArray("7"), qint64(7000)},
                                           std::pair{QByteArray("600"), qint64(120'000)}}) {
        m_server->enqueueChat(ScriptedResponse::openAiError(429, QStringLiteral("Slow down"), QStringLiteral("requests"))
                                  .withHeader("Retry-After", header));
        ProviderClient client(m_network);
        ChatStream *stream = client.createChat(request());
        QSignalSpy retry(stream, &ChatStream::retryScheduled);
        QSignalSpy finished(stream, &ChatStream::replyFinished);
        stream->start();
        QVERIFY(retry.wait(5000));
        QCOMPARE(retry.first().at(1).value<qint64>(), expected);
        stream->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<ChatResult>().state, State::Cancelled);
    }
}

void TstChatStream::case26_httpDateAndResetHeader_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("min");
    QTest::addColumn<qint64>("max");
    QTest::newRow("http date 5 s ahead") << QByteArray("Retry-After")
                                         << QDateTime::currentDateTimeUtc().addSecs(5).toString(Qt::RFC2822Date).toLatin1()
                                         << qint64(2000) << qint64(5000);
    QTest::newRow("x-ratelimit-reset-requests only") << QByteArray("x-ratelimit-reset-requests")
                                                     << QByteArray("6m0s") << qint64(120'000) << qint64(120'000);
}

void TstChatStream::case26_httpDateAndResetHeader()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(qint64, min);
    QFETCH(qint64, max);
    m_server->enqueueChat(ScriptedResponse::openAiError(429, QStringLiteral("Slow down"), QStringLiteral("requests"))
                              .withHeader(header, value));
    ProviderClient client(m_network);
    ChatStream *stream = client.createChat(request());
    QSignalSpy retry(stream, &ChatStream::retryScheduled);
    stream->start();
    QVERIFY(retry.wait(5000));
    const qint64 delay = retry.first().at(1).value<qint64>();
    QVERIFY2(delay >= min && delay <= max, qPrintable(QString::number(delay)));
    stream->cancel();
}

void TstChatStream::case27_contextTooLong_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("openai string code")
        << QByteArray(R"({"error":{"message":"This model's maximum context length is 128000 tokens. However, your messages resulted in 130000 tokens.","type":"invalid_request_error","param":"messages","code":"context_length_exceeded"}})");
    QTest::newRow("llama.cpp numeric code")
        << QByteArray(R"({"error":{"code":400,"message":"the request exceeds the available context size, try increasing it","type":"exceed_context_size_error","n_prompt_tokens":5000,"n_ctx":4096}})");
}

void TstChatStream::case27_contextTooLong()
{
    QFETCH(QByteArray, body);
    m_server->enqueueChat(ScriptedResponse::raw(400, "application/json", body));
    const Outcome out = run(request());
    QCOMPARE(out.result.error.kind(), Kind::ContextTooLong);
    QCOMPARE(m_server->requestCount(), 1);
}

void TstChatStream::case28_modelNotFound()
{
    m_server->enqueueChat(ScriptedResponse::openAiError(404, QStringLiteral("The model `stepfun-v3` does not exist"),
                                                        QStringLiteral("invalid_request_error"),
                                                        QStringLiteral("model_not_found")));
    const Outcome out = run(request());
    QCOMPARE(out.result.error.kind(), Kind::ModelNotFound);
    QCOMPARE(m_server->requestCount(), 1);
}

void TstChatStream::case29_serverErrorsRetryWithBackoffThenFail_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("500") << 500;
    QTest::newRow("502") << 502;
    QTest::newRow("503") << 503;
    QTest::newRow("529") << 529;
}

void TstChatStream::case29_serverErrorsRetryWithBackoffThenFail()
{
    QFETCH(int, status);
    for (int i = 0; i < 3; ++i)
        m_server->enqueueChat(ScriptedResponse::openAiError(status, QStringLiteral("overloaded"), QStringLiteral("server_error")));
    const Outcome out = run(request());
    QCOMPARE(out.result.state, State::Failed);
    QCOMPARE(out.result.error.kind(), Kind::Server);
    QCOMPARE(out.result.error.httpStatus(), status);
    QCOMPARE(out.retryDelays.size(), 2);
    QCOMPARE(out.result.stats.attempts, 3);
    QCOMPARE(m_server->requestCount(), 3);
}

void TstChatStream::case29_serverErrorThenSuccess()
{
    m_server->enqueueChat(ScriptedResponse::raw(503, {}, {}));
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("recovered")}, 4, 1));
    const Outcome out = run(request());
    QCOMPARE(out.result.state, State::Complete);
    QCOMPARE(out.result.content, QStringLiteral("recovered"));
    QCOMPARE(out.retryDelays.size(), 1);
    QCOMPARE(out.result.stats.attempts, 2);
}

void TstChatStream::case30_oddErrorBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("expectInMessage");
    QTest::newRow("json array (Gemini)") << 400 << QByteArray("application/json")
        << QByteArray(R"([{"error":{"code":400,"message":"Invalid JSON payload","status":"INVALID_ARGUMENT"}}])")
        << Kind::BadRequest << QStringLiteral("Invalid JSON payload");
    QTest::newRow("html proxy page") << 502 << QByteArray("text/html")
        << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>") << Kind::Server << QStringLiteral("502");
    QTest::newRow("empty body") << 503 << QByteArray() << QByteArray() << Kind::Server << QStringLiteral("503");
}

void TstChatStream::case30_oddErrorBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(QString, expectInMessage);
    m_policy.maxRetries = 0;
    m_server->enqueueChat(ScriptedResponse::raw(status, contentType, body));
    const Outcome out = run(request());
    QCOMPARE(out.result.error.kind(), kind);
    QVERIFY2(out.result.error.fullMessage().contains(expectInMessage), qPrintable(out.result.error.fullMessage()));
}

void TstChatStream::case31_errorStatusWithEventStreamAndJsonWithOk()
{
    m_policy.maxRetries = 0;
    m_server->enqueueChat(ScriptedResponse::raw(500, "text/event-stream",
                                                R"(data: {"error":{"message":"boom"}})" "\n\n"));
    Outcome out = run(request());
    QCOMPARE(out.result.state, State::Failed);
    QCOMPARE(out.result.error.kind(), Kind::Server);
    QVERIFY(out.result.content.isEmpty());

    // 200 with a JSON body to a stream request: read it as a non-streamed completion.
    m_server->enqueueChat(ScriptedResponse::chatCompletion(QStringLiteral("whole answer"), 5, 2));
    out = run(request());
    QCOMPARE(out.result.state, State::Complete);
    QCOMPARE(out.result.content, QStringLiteral("whole answer"));
    QCOMPARE(out.streamedContent, QStringLiteral("whole answer"));
    QCOMPARE(out.result.stats.usage.completionTokens, 2);
    QCOMPARE(out.result.stats.usage.source, TokenUsage::Source::Reported);
}

void TstChatStream::case32_redirectIsReportedNotFollowed()
{
    m_server->enqueueChat(ScriptedResponse::raw(308, {}, {})
                              .withHeader("Location", "https://api.example.com/v1/chat/completions"));
    const Outcome out = run(request());
    QCOMPARE(out.result.state, State::Failed);
    QCOMPARE(out.result.error.kind(), Kind::Configuration);
    QCOMPARE(out.result.error.redirectTarget(), QUrl(QStringLiteral("https://api.example.com/v1/chat/completions")));
    QVERIFY(out.result.error.userMessage().contains(QStringLiteral("redirected")));
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->requests().first().method, QByteArray("POST"));
}

void TstChatStream::case33_plainHttpGoesOutAsHttp11()
{
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("h1")}));
    const Outcome out = run(request());
    QCOMPARE(out.result.state, State::Complete);
    const RecordedRequest sent = m_server->requests().first();
    QCOMPARE(sent.version, QByteArray("HTTP/1.1"));
    QVERIFY(!sent.hasHeader("Upgrade"));
    QVERIFY(!sent.hasHeader("HTTP2-Settings"));
}

void TstChatStream::case34_replyThatNeverFinishesIsAbortedByTheWatchdog()
{
    // Closest loopback equivalent of QTBUG-143926 (an HTTP/2 reply that never emits finished):
    // a server that accepts the request and never answers.
    ScriptedResponse silent;
    silent.sendNothing = true;
    m_server->enqueueChat(silent);
    m_policy.maxRetries = 0;
    ChatRequest chat = request();
    chat.idleTimeoutMs = 300;
    chat.transferTimeoutMs = 60'000;
    const Outcome out = run(chat, 5000);
    QCOMPARE(out.result.error.kind(), Kind::Timeout);
    QCOMPARE(out.result.state, State::Failed);
}

void TstChatStream::case35_stopMidStream()
{
    m_server->enqueueChat(ScriptedResponse::chatStream(numberedPieces(200), -1, -1, 20));
    ProviderClient client(m_network);
    ChatStream *stream = client.createChat(request());
    QString received;
    QList<ChatResult> results;
    connect(stream, &ChatStream::contentDelta, this, [&](const QString &text) {
        received += text;
        if (received.size() > 30 && results.isEmpty())
            stream->cancel(); // from inside the stream's own signal, while the reply is live
    });
    connect(stream, &ChatStream::replyFinished, this, [&](const ChatResult &result) { results.append(result); });
    stream->start();
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 10000);
    QTest::qWait(100); // nothing more may arrive after the stop
    QCOMPARE(results.size(), 1);
    const ChatResult &result = results.first();
    QCOMPARE(result.state, State::Cancelled);
    QCOMPARE(result.error.kind(), Kind::Cancelled);
    QCOMPARE(result.content, received);
    QVERIFY(numberedPieces(200).join(QString()).startsWith(result.content));
    QVERIFY(!stream->isRunning());
    stream->cancel(); // a second stop is harmless
    QCOMPARE(results.size(), 1);
    delete stream;
}

void TstChatStream::case35_stopThenDeleteInsideTheSignal()
{
    m_server->enqueueChat(ScriptedResponse::chatStream(numberedPieces(100), -1, -1, 10));
    ProviderClient client(m_network);
    QPointer<ChatStream> stream = client.createChat(request());
    bool finished = false;
    connect(stream, &ChatStream::replyFinished, this, [&] { finished = true; });
    connect(stream, &ChatStream::contentDelta, this, [&] {
        stream->cancel();
        delete stream; // the caller may drop the stream at once; the reply is deleted later
    });
    stream->start();
    QTRY_VERIFY_WITH_TIMEOUT(stream.isNull(), 10000);
    QVERIFY(finished);
    QTest::qWait(50);
}

void TstChatStream::case36_transferTimeoutIsNotAUserCancel()
{
    // Qt's own transfer timeout fires first here (200 ms, our watchdog is 10 s). Depending on
    // the Qt version it reports OperationCanceledError: it must still read as a timeout.
    ScriptedResponse slow = ScriptedResponse::chatStream({QStringLiteral("late")});
    slow.headerDelayMs = 3000;
    m_server->enqueueChat(slow);
    m_policy.maxRetries = 0;
    ChatRequest chat = request();
    chat.idleTimeoutMs = 10'000;
    chat.transferTimeoutMs = 200;
    const Outcome out = run(chat, 8000);
    QCOMPARE(out.result.error.kind(), Kind::Timeout);
    QCOMPARE(out.result.state, State::Failed);
}

void TstChatStream::case37_modelLoading()
{
    // llama.cpp answers 503 "Loading model" until the model is in memory: retried.
    m_server->enqueueChat(ScriptedResponse::json(503, QJsonObject{{QStringLiteral("error"),
        QJsonObject{{QStringLiteral("code"), 503}, {QStringLiteral("message"), QStringLiteral("Loading model")},
                    {QStringLiteral("type"), QStringLiteral("unavailable_error")}}}}));
    // LM Studio's JIT load: the first byte comes late, but within the idle timeout.
    ScriptedResponse late = ScriptedResponse::chatStream({QStringLiteral("loaded")});
    late.headerDelayMs = 1500;
    m_server->enqueueChat(late);
    ChatRequest chat = request();
    chat.idleTimeoutMs = 4000;
    const Outcome out = run(chat);
    QCOMPARE(out.result.state, State::Complete);
    QCOMPARE(out.result.content, QStringLiteral("loaded"));
    QCOMPARE(out.result.stats.attempts, 2);
    QVERIFY(*out.result.stats.ttfbMs >= 1000);
}

void TstChatStream::case40_longReplyKeepsTheEventLoopResponsive()
{
    // 20,000 small deltas with code blocks: the text arrives exact and other events still run.
    QStringList pieces;
    for (int i = 0; i < 20000; ++i)
        pieces.append(i % 50 == 0 ? QStringLiteral("\n```cpp\nint x%1 = %1;\n```\n").arg(i) : QStringLiteral("w%1 ").arg(i));
    m_server->enqueueChat(ScriptedResponse::chatStream(pieces, 10, 20000));
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start(5);
    const Outcome out = run(request(), 60000);
    QCOMPARE(out.result.state, State::Complete);
    QCOMPARE(out.result.content, pieces.join(QString()));
    QVERIFY(ticks > 0);
}

// -- sending rules -------------------------------------------------------------------------------

void TstChatStream::missingOrPlaceholderKeyIsNeverSent_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("empty") << QString();
    QTest::newRow("placeholder") << QStringLiteral("YOUR_HOLYSHEEP_API_KEY");
}

void TstChatStream::missingOrPlaceholderKeyIsNeverSent()
{
    QFETCH(QString, key);
    ChatRequest chat = request();
    chat.apiKey = key;
    const Outcome out = run(chat);
    QCOMPARE(out.result.error.kind(), Kind::MissingKey);
    QCOMPARE(out.result.stats.attempts, 0);
    QCOMPARE(m_server->requestCount(), 0);
}

void TstChatStream::keyIsNotSentOverPlainHttpToARemoteHost()
{
    ChatRequest chat = request();
    chat.baseUrl = QUrl(QStringLiteral("http://203.0.113.7:8080/v1")); // TEST-NET-3: never contacted
    const Outcome out = run(chat);
    QCOMPARE(out.result.error.kind(), Kind::Configuration);
    QVERIFY(out.result.error.userMessage().contains(QStringLiteral("203.0.113.7")));
    QCOMPARE(out.result.stats.attempts, 0);
}

void TstChatStream::localServerNeedsNoKey()
{
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("local")}));
    ChatRequest chat = request();
    chat.apiKey.clear();
    chat.keyRequired = false;
    const Outcome out = run(chat);
    QCOMPARE(out.result.state, State::Complete);
    QVERIFY(!m_server->requests().first().hasHeader("Authorization"));
}

void TstChatStream::measuresTimingAndSpeed()
{
    ScriptedResponse response = ScriptedResponse::chatStream(numberedPieces(10), 12, 10, 30);
    response.headerDelayMs = 100;
    m_server->enqueueChat(response);
    const Outcome out = run(request());
    const MessageStats stats = out.result.stats;
    QVERIFY(stats.ttfbMs && *stats.ttfbMs >= 100);
    QVERIFY(stats.ttftMs && *stats.ttftMs >= *stats.ttfbMs);
    QVERIFY(stats.totalMs && *stats.totalMs >= *stats.ttftMs + 9 * 30);
    QVERIFY(stats.tokensPerSecond && *stats.tokensPerSecond > 0);
    QCOMPARE(stats.model, QStringLiteral("test-model"));
    QCOMPARE(stats.finishReason, QStringLiteral("stop"));
    QCOMPARE(stats.attempts, 1);
}

void TstChatStream::requestCarriesHeadersAndBody()
{
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("ok")}));
    ChatRequest chat = request();
    chat.temperature = 0.7;
    chat.maxTokens = 2048;
    chat.extraHeaders = {{"HTTP-Referer", "https://tally.org"}};
    run(chat);
    const RecordedRequest sent = m_server->requests().first();
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.path(), QByteArray("/v1/chat/completions"));
    QCOMPARE(sent.header("Authorization"), QByteArray("Bearer sk-test-key"));
    QCOMPARE(sent.header("Accept"), QByteArray("text/event-stream"));
    QVERIFY(sent.header("Content-Type").startsWith("application/json"));
    QCOMPARE(sent.header("HTTP-Referer"), QByteArray("https://tally.org"));
    const QJsonObject body = sent.jsonBody();
    QCOMPARE(body.value(QStringLiteral("stream")).toBool(), true);
    QCOMPARE(body.value(QStringLiteral("stream_options")).toObject().value(QStringLiteral("include_usage")).toBool(), true);
    QCOMPARE(body.value(QStringLiteral("temperature")).toDouble(), 0.7);
    QCOMPARE(body.value(QStringLiteral("max_tokens")).toInt(), 2048);
}

void TstChatStream::networkErrorBeforeAnyByteIsRetried()
{
    ScriptedResponse dropped = ScriptedResponse::chatStream({QStringLiteral("x")});
    dropped.dropAfterBodyBytes = 0;
    dropped.dropMode = ScriptedResponse::DropMode::Reset;
    m_server->enqueueChat(dropped);
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("second try")}));
    const Outcome out = run(request());
    QCOMPARE(out.result.state, State::Complete);
    QCOMPARE(out.result.content, QStringLiteral("second try"));
    QVERIFY(out.result.stats.attempts >= 2);
}

void TstChatStream::usesTheApplicationProxy()
{
    // The settings dialog will set the application-wide proxy; the engine must go through it.
    // The test server plays the proxy: it receives the absolute URL of a host that is never
    // resolved or contacted.
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"),
                                                     m_server->port()));
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("via proxy")}));
    ChatRequest chat = request();
    chat.baseUrl = QUrl(QStringLiteral("http://tally-upstream.invalid/v1"));
    chat.apiKey.clear();
    chat.keyRequired = false;
    const Outcome out = run(chat);
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
    QCOMPARE(out.result.state, State::Complete);
    QCOMPARE(out.result.content, QStringLiteral("via proxy"));
    QCOMPARE(m_server->requests().first().target, QByteArray("http://tally-upstream.invalid/v1/chat/completions"));
}

namespace {
QStringList g_logged;
void captureLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_logged << QString::fromLatin1(context.category) + u' ' + message;
}
} // namespace

void TstChatStream::debugLogRedactsTheKey()
{
    QLoggingCategory::setFilterRules(QStringLiteral("tally.api.debug=true"));
    g_logged.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("logged")}));
    ChatRequest chat = request();
    chat.apiKey = QStringLiteral("sk-must-not-be-logged-91c2");
    chat.extraHeaders = {{"x-api-key", "sk-also-secret-77"}, {"X-Title", "Tally"}};
    const Outcome out = run(chat);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QCOMPARE(out.result.state, State::Complete);
    const QString log = g_logged.join(u'\n');
    QVERIFY2(log.contains(QStringLiteral("tally.api POST http://127.0.0.1")), qPrintable(log));
    QVERIFY(log.contains(QStringLiteral("Authorization: <redacted>")));
    QVERIFY(log.contains(QStringLiteral("x-api-key: <redacted>")));
    QVERIFY(log.contains(QStringLiteral("X-Title: Tally")));
    QVERIFY(!log.contains(QStringLiteral("sk-must-not-be-logged")));
    QVERIFY(!log.contains(QStringLiteral("sk-also-secret")));
    // The key did reach the server, where it belongs.
    QCOMPARE(m_server->requests().last().header("Authorization"), QByteArray("Bearer sk-must-not-be-logged-91c2"));
}

void TstChatStream::tenRepliesStreamAtOnceFromOneHost()
{
    // Qt allows six HTTP/1.1 connections per host and manager (on 6.4 with no way to raise it);
    // ten conversations streaming from one local server must all be served at once, not six and
    // then four. ProviderClient spreads them over its NetworkPool.
    ProviderClient client(m_network);
    int complete = 0;
    for (int i = 0; i < 10; ++i) {
        // The server holds every reply until all ten requests have reached it: a seventh request
        // waiting in Qt's queue behind six held connections would never arrive, so no timing
        // decides the case, only whether the requests were sent.
        ScriptedResponse held = ScriptedResponse::chatStream({QStringLiteral("x"), QStringLiteral("y")});
        held.heldUntilReleased = true;
        m_server->enqueueChat(held);
        ChatStream *stream = client.createChat(request());
        connect(stream, &ChatStream::replyFinished, this, [&](const ChatResult &result) {
            if (result.isComplete())
                ++complete;
        });
        stream->start();
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_server->heldCount(), 10, 20000);
    QCOMPARE(m_server->requestCount(), 10);
    QCOMPARE(m_server->peakOpenConnectionCount(), 10);
    QCOMPARE(complete, 0);
    m_server->releaseHeld();
    QTRY_COMPARE_WITH_TIMEOUT(complete, 10, 20000);
    QCOMPARE(client.pool().managerCount(), 10 > NetworkPool::slotsPerManager() ? 2 : 1);
}

// -- hostile servers (issue 13) ------------------------------------------------------------------
// Each must end soon with the text so far and the reason, whatever the server keeps sending.

void TstChatStream::limit_streamLineThatNeverEnds_data()
{
    QTest::addColumn<QByteArray>("opening");
    QTest::addColumn<QByteArray>("forever");
    QTest::newRow("a line that never ends") << QByteArray("data: {\"x\":\"") << QByteArray(4096, 'a');
    QTest::newRow("data lines with no blank line") << QByteArray() << QByteArray("data: aaaaaaaaaaaaaaaa\n");
}

void TstChatStream::limit_streamLineThatNeverEnds()
{
    QFETCH(QByteArray, opening);
    QFETCH(QByteArray, forever);
    ScriptedResponse response = ScriptedResponse::eventStream({content(QStringLiteral("Hello ")), opening});
    response.parts.append({forever, 0, ScriptedResponse::kForever});
    m_server->enqueueChat(response);
    QElapsedTimer clock;
    clock.start();
    const Outcome out = run(request(), 30'000);
    QVERIFY(out.finished);
    QCOMPARE(out.result.state, State::Incomplete);
    QCOMPARE(out.result.content, QStringLiteral("Hello "));
    QVERIFY2(out.result.error.detail().contains(QLatin1String("4 MB")), qPrintable(out.result.error.detail()));
    QVERIFY2(out.result.error.userMessage().contains(out.result.error.detail()), qPrintable(out.result.error.userMessage()));
    QVERIFY(clock.elapsed() < 20'000);
}

void TstChatStream::limit_replyIsKeptUpToItsCap()
{
    // 1 MB for the test (8 MB by default): three-byte characters, so the cap falls inside one.
    ScriptedResponse response = ScriptedResponse::eventStream({});
    response.parts.append({content(QString(5000, QChar(0x20AC))), 0, ScriptedResponse::kForever});
    m_server->enqueueChat(response);
    ChatRequest chat = request();
    chat.maxReplyBytes = 1024 * 1024;
    const Outcome out = run(chat, 30'000);
    QVERIFY(out.finished);
    QCOMPARE(out.result.state, State::Incomplete);
    QCOMPARE(out.result.error.kind(), Kind::Incomplete);
    const qsizetype bytes = out.result.content.toUtf8().size();
    QVERIFY2(bytes <= chat.maxReplyBytes && bytes > chat.maxReplyBytes - 3, qPrintable(QString::number(bytes)));
    QCOMPARE(out.streamedContent, out.result.content); // what was shown is what is kept
    QVERIFY2(out.result.error.detail().contains(QLatin1String("1 MB")), qPrintable(out.result.error.detail()));
}

void TstChatStream::limit_errorBodyIsReadOnlyUpToItsCap()
{
    ScriptedResponse response = ScriptedResponse::raw(500, "application/json", "{\"error\":{\"message\":\"");
    response.framing = ScriptedResponse::Framing::Chunked;
    response.parts.append({QByteArray(4096, 'e'), 0, ScriptedResponse::kForever});
    m_server->enqueueChat(response);
    m_policy.maxRetries = 0;
    QElapsedTimer clock;
    clock.start();
    const Outcome out = run(request(), 30'000);
    QVERIFY(out.finished);
    QCOMPARE(out.result.state, State::Failed);
    QCOMPARE(out.result.error.kind(), Kind::Server);
    QCOMPARE(out.result.error.httpStatus(), 500);
    QVERIFY(out.result.error.fullMessage().size() < 4000);
    QVERIFY(clock.elapsed() < 20'000);
}

void TstChatStream::limit_providerMessageIsABoundedExcerpt()
{
    const QString huge = QStringLiteral("Bad request: ") + QString(1'000'000, u'x');
    m_server->enqueueChat(ScriptedResponse::openAiError(400, huge, QStringLiteral("invalid_request_error"),
                                                        QString(5000, u'c')));
    const Outcome out = run(request());
    QCOMPARE(out.result.error.kind(), Kind::BadRequest);
    const QString message = out.result.error.providerMessage();
    QVERIFY2(message.size() <= 2001, qPrintable(QString::number(message.size())));
    QVERIFY(message.startsWith(QLatin1String("Bad request: xxx")));
    QVERIFY(message.endsWith(u'…'));
    QVERIFY(out.result.error.providerCode().size() <= 201);
}

void TstChatStream::limit_nonStreamedReplyLargerThanTheCap()
{
    ScriptedResponse response = ScriptedResponse::raw(200, "application/json", "{\"choices\":[{\"message\":{\"content\":\"");
    response.framing = ScriptedResponse::Framing::Chunked;
    response.parts.append({QByteArray(4096, 'j'), 0, ScriptedResponse::kForever});
    m_server->enqueueChat(response);
    ChatRequest chat = request();
    chat.maxReplyBytes = 256 * 1024; // the JSON may be four times the text: 1 MB
    const Outcome out = run(chat, 30'000);
    QVERIFY(out.finished);
    QCOMPARE(out.result.state, State::Failed);
    QCOMPARE(out.result.error.kind(), Kind::InvalidResponse);
    QVERIFY2(out.result.error.detail().contains(QLatin1String("MB")), qPrintable(out.result.error.detail()));
}

void TstChatStream::limit_endlessResponseHeaders()
{
    // Qt 6.4 reads response headers without a size limit, so time bounds them: they must end
    // within the idle timeout, and the message says that no response came.
    ScriptedResponse response;
    response.endlessHeader = "X-Padding: " + QByteArray(1000, 'p');
    m_server->enqueueChat(response);
    m_policy.maxRetries = 0;
    ChatRequest chat = request();
    chat.idleTimeoutMs = 1500;
    QElapsedTimer clock;
    clock.start();
    const Outcome out = run(chat, 30'000);
    QVERIFY(out.finished);
    QCOMPARE(out.result.state, State::Failed);
    QCOMPARE(out.result.error.kind(), Kind::Timeout);
    QVERIFY2(out.result.error.detail().contains(QLatin1String("no response")), qPrintable(out.result.error.detail()));
    QVERIFY2(clock.elapsed() < 15'000, qPrintable(QString::number(clock.elapsed())));
}

void TstChatStream::emptyDataEventsDoNotResetTheIdleTimer_data()
{
    QTest::addColumn<QByteArray>("keepAlive");
    QTest::newRow("data:") << QByteArray("data:\n\n");
    QTest::newRow("data: {}") << QByteArray("data: {}\n\n");
    QTest::newRow("a chunk with nothing in it") << data(QJsonObject{{QStringLiteral("choices"), QJsonArray{QJsonObject{
                                                       {QStringLiteral("index"), 0}, {QStringLiteral("delta"), QJsonObject{}}}}}});
}

void TstChatStream::emptyDataEventsDoNotResetTheIdleTimer()
{
    QFETCH(QByteArray, keepAlive);
    QList<QByteArray> events{content(QStringLiteral("Hi"))};
    for (int i = 0; i < 80; ++i)
        events.append(keepAlive); // 8 s of them, 100 ms apart
    m_server->enqueueChat(ScriptedResponse::eventStream(events, 100));
    ChatRequest chat = request();
    chat.idleTimeoutMs = 800;
    chat.transferTimeoutMs = 60'000;
    QElapsedTimer clock;
    clock.start();
    const Outcome out = run(chat, 15'000);
    QCOMPARE(out.result.state, State::Incomplete);
    QCOMPARE(out.result.content, QStringLiteral("Hi"));
    QVERIFY2(out.result.error.detail().contains(QLatin1String("no data")), qPrintable(out.result.error.detail()));
    QVERIFY2(clock.elapsed() < 5'000, qPrintable(QString::number(clock.elapsed())));
}

// Issue 13, row 5: a provider that repeats the key. Whatever it repeats it in leaves ChatStream
// with sk-…WXYZ instead, even split across two deltas.
void TstChatStream::anEchoedKeyIsRedactedInTextModelAndErrors()
{
    const QString key = QStringLiteral("sk-live-0123456789abcdefWXYZ");
    const QString model = QStringLiteral("model-") + key;
    m_server->enqueueChat(ScriptedResponse::eventStream(
        {data(ScriptedResponse::contentChunk(QStringLiteral("Your key is sk-live-01"), model)),
         data(ScriptedResponse::contentChunk(QStringLiteral("23456789abcdefWXYZ, and s"), model)),
         data(ScriptedResponse::contentChunk(QStringLiteral("o on. sk-"), model)),
         R"(data: {"choices":[{"index":0,"delta":{"reasoning_content":")" + key.toUtf8() + R"("}}]})" "\n\n",
         "data: {\"error\":{\"message\":\"upstream rejected " + key.toUtf8() + "\"}}\n\n"}, 20));
    ChatRequest chat = request();
    chat.apiKey = key;
    const Outcome out = run(chat);
    QCOMPARE(out.result.state, State::Incomplete);
    QCOMPARE(out.result.content, QStringLiteral("Your key is sk-…WXYZ, and so on. sk-"));
    QCOMPARE(out.streamedContent, out.result.content); // the held-back "sk-" came at the end
    QCOMPARE(out.result.reasoning, QStringLiteral("sk-…WXYZ"));
    QCOMPARE(out.result.stats.model, QStringLiteral("model-sk-…WXYZ"));
    QCOMPARE(out.result.error.providerMessage(), QStringLiteral("upstream rejected sk-…WXYZ"));
    QVERIFY(!out.result.error.fullMessage().contains(key));
    // The key went where it belongs.
    QCOMPARE(m_server->requests().first().header("Authorization"), QByteArray("Bearer ") + key.toUtf8());
}

void TstChatStream::anEchoedKeyIsRedactedInRetriedErrors()
{
    const QString key = QStringLiteral("sk-live-0123456789abcdefWXYZ");
    for (int i = 0; i < 3; ++i)
        m_server->enqueueChat(ScriptedResponse::openAiError(500, QStringLiteral("overloaded for ") + key,
                                                            QStringLiteral("server_error")));
    ChatRequest chat = request();
    chat.apiKey = key;
    ProviderClient client(m_network);
    client.setRetryPolicy(m_policy);
    ChatStream *stream = client.createChat(chat);
    QStringList seen;
    connect(stream, &ChatStream::retryScheduled, this,
            [&](int, qint64, const ApiError &error) { seen << error.fullMessage(); });
    QSignalSpy finished(stream, &ChatStream::replyFinished);
    stream->start();
    QVERIFY(finished.wait(10'000));
    seen << finished.first().at(0).value<ChatResult>().error.fullMessage();
    QCOMPARE(seen.size(), 3);
    for (const QString &message : std::as_const(seen)) {
        QVERIFY2(!message.contains(key), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("overloaded for sk-…WXYZ")));
    }
}

// Issue 13, row 10: "\ud800" in JSON is a lone surrogate, which UTF-8 (and so the database)
// cannot keep; it becomes U+FFFD before it is shown. A pair split across two deltas stays a pair.
void TstChatStream::loneSurrogatesAreReplacedSoWhatIsShownIsWhatIsKept()
{
    m_server->enqueueChat(ScriptedResponse::eventStream(
        {R"(data: {"choices":[{"index":0,"delta":{"content":"a\ud800b \ud83d"}}]})" "\n\n",
         R"(data: {"choices":[{"index":0,"delta":{"content":"\ude00 c\udc00"}}]})" "\n\n", finish(),
         ScriptedResponse::sseDone()}));
    const Outcome out = run(request());
    QCOMPARE(out.result.state, State::Complete);
    const QString expected = QStringLiteral("a\uFFFDb 😀 c\uFFFD");
    QCOMPARE(out.result.content, expected);
    QCOMPARE(out.streamedContent, expected);
    QCOMPARE(QString::fromUtf8(out.result.content.toUtf8()), out.result.content);
}

// Issue 13, row 9: a provider's usage that cannot be right (a negative cost, negative or 2^63 - 1
// token counts) is not believed: the counts are estimated and say so, the cost is left to the
// price table, and the reply carries a diagnostic saying what was ignored.
void TstChatStream::numbersThatCannotBeRightAreNotBelieved_data()
{
    QTest::addColumn<QByteArray>("usage");
    QTest::addColumn<bool>("countsKept");
    QTest::newRow("cost -12.5") << QByteArray(R"({"prompt_tokens":12,"completion_tokens":3,"cost":-12.5})") << true;
    QTest::newRow("cost 1e308") << QByteArray(R"({"prompt_tokens":12,"completion_tokens":3,"cost":1e308})") << true;
    QTest::newRow("tokens -1,000,000") << QByteArray(R"({"prompt_tokens":12,"completion_tokens":-1000000})") << false;
    QTest::newRow("tokens 2^63 - 1")
        << QByteArray(R"({"prompt_tokens":9223372036854775807,"completion_tokens":9223372036854775807,"cost":-1})")
        << false;
}

void TstChatStream::numbersThatCannotBeRightAreNotBelieved()
{
    QFETCH(QByteArray, usage);
    QFETCH(bool, countsKept);
    m_server->enqueueChat(ScriptedResponse::eventStream(
        {content(QStringLiteral("Hello there")), finish(), R"(data: {"choices":[],"usage":)" + usage + "}\n\n",
         ScriptedResponse::sseDone()}));
    const Outcome out = run(request());
    QCOMPARE(out.result.state, State::Complete);
    QCOMPARE(out.result.content, QStringLiteral("Hello there"));
    QVERIFY(!out.result.stats.reportedCost);
    const TokenUsage &counted = out.result.stats.usage;
    QCOMPARE(counted.isReported(), countsKept);
    QCOMPARE(out.usageSignals, countsKept ? 1 : 0);
    if (countsKept) {
        QCOMPARE(counted.promptTokens, 12);
        QCOMPARE(counted.completionTokens, 3);
    } else {
        QVERIFY(counted.promptTokens > 0 && counted.promptTokens < 100);
        QVERIFY(counted.completionTokens > 0 && counted.completionTokens < 100);
    }
    QVERIFY(counted.totalTokens() > 0);
    QVERIFY(!out.result.warnings.isEmpty());
    for (const QString &warning : out.result.warnings)
        QVERIFY2(warning.contains(QLatin1String("cannot be right")), qPrintable(warning));
}

// Whatever a caller holds (an old import, a hand-edited database), the provider gets values in
// the API's ranges: the body the server received has no 1e308 in it.
void TstChatStream::absurdSamplingValuesAreNeverSent()
{
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("ok")}));
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("ok")}));
    ChatRequest chat = request();
    chat.temperature = 1e308;
    chat.topP = -1e308;
    chat.maxTokens = -5;
    QCOMPARE(run(chat).result.state, State::Complete);
    chat.temperature = std::numeric_limits<double>::quiet_NaN();
    chat.topP = std::numeric_limits<double>::infinity();
    QCOMPARE(run(chat).result.state, State::Complete);
    QCOMPARE(m_server->requests().size(), 2);
    const QJsonObject clamped = m_server->requests().at(0).jsonBody();
    QCOMPARE(clamped.value(QStringLiteral("temperature")).toDouble(), 2.0);
    QCOMPARE(clamped.value(QStringLiteral("top_p")).toDouble(), 0.0);
    QVERIFY(!clamped.contains(QStringLiteral("max_tokens")));
    const QJsonObject dropped = m_server->requests().at(1).jsonBody();
    QVERIFY(!dropped.contains(QStringLiteral("temperature")));
    QVERIFY(!dropped.contains(QStringLiteral("top_p")));
    for (const RecordedRequest &sent : m_server->requests())
        QVERIFY2(!sent.body.contains("e+308") && !sent.body.contains("e308"), sent.body.constData());
}

QTEST_GUILESS_MAIN(TstChatStream)
#include "tst_chatstream.moc"
