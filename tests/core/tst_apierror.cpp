#include "api/ApiError.h"

#include <QTest>

using Kind = ApiError::Kind;

class TstApiError final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifiesHttpErrors_data();
    void classifiesHttpErrors();
    void keepsTheProviderFacts();
    void readsHtmlAndEmptyBodies();
    void parsesRetryAfter_data();
    void parsesRetryAfter();
    void recognisesAStreamOptionsRejection();
    void everyKindHasANameAndAMessage();
    void missingKeyMessageSaysWhereToGetAKey();
    void redactRemovesTheKeyFromEveryField();
    void aCutJsonErrorStillGivesItsMessage();
};

void TstApiError::classifiesHttpErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("401 (case 24)") << 401
        << QByteArray(R"({"error":{"message":"Incorrect API key provided","type":"invalid_request_error","code":"invalid_api_key"}})")
        << Kind::Authentication;
    QTest::newRow("403") << 403 << QByteArray(R"({"error":{"message":"forbidden"}})") << Kind::Authentication;
    QTest::newRow("402 (case 25)") << 402 << QByteArray(R"({"error":{"message":"Insufficient balance"}})")
                                   << Kind::PaymentRequired;
    QTest::newRow("429 quota (case 25)") << 429
        << QByteArray(R"({"error":{"message":"You exceeded your current quota","type":"insufficient_quota","code":"insufficient_quota"}})")
        << Kind::PaymentRequired;
    QTest::newRow("429 rate limit (case 25)") << 429
        << QByteArray(R"({"error":{"message":"Rate limit reached for requests","type":"requests","code":"rate_limit_exceeded"}})")
        << Kind::RateLimited;
    QTest::newRow("400 context string code (case 27)") << 400
        << QByteArray(R"({"error":{"message":"This model's maximum context length is 128000 tokens.","type":"invalid_request_error","code":"context_length_exceeded"}})")
        << Kind::ContextTooLong;
    QTest::newRow("400 llama.cpp numeric (case 27)") << 400
        << QByteArray(R"({"error":{"code":400,"message":"the request exceeds the available context size","type":"exceed_context_size_error","n_prompt_tokens":9000,"n_ctx":4096}})")
        << Kind::ContextTooLong;
    QTest::newRow("404 model (case 28)") << 404
        << QByteArray(R"({"error":{"message":"The model `stepfun-v3` does not exist","type":"invalid_request_error","code":"model_not_found"}})")
        << Kind::ModelNotFound;
    QTest::newRow("404 no body") << 404 << QByteArray() << Kind::BadRequest;
    QTest::newRow("400 other") << 400 << QByteArray(R"({"error":{"message":"temperature out of range"}})")
                               << Kind::BadRequest;
    QTest::newRow("422") << 422 << QByteArray(R"({"detail":"bad"})") << Kind::BadRequest;
    QTest::newRow("500 (case 29)") << 500 << QByteArray() << Kind::Server;
    QTest::newRow("502 html (case 30)") << 502 << QByteArray("<html><body>Bad gateway</body></html>") << Kind::Server;
    QTest::newRow("503") << 503 << QByteArray("Loading model") << Kind::Server;
    QTest::newRow("529") << 529 << QByteArray(R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})")
                         << Kind::Server;
    QTest::newRow("gemini array (case 30)") << 400
        << QByteArray(R"([{"error":{"code":400,"message":"API key not valid","status":"INVALID_ARGUMENT"}}])")
        << Kind::Authentication;
    QTest::newRow("301") << 301 << QByteArray() << Kind::Configuration;
}

void TstApiError::classifiesHttpErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    const ApiError error = ApiError::fromHttpResponse(status, body, "application/json", "req-1", std::nullopt);
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.httpStatus(), status);
    QVERIFY(!error.userMessage().isEmpty());
}

void TstApiError::keepsTheProviderFacts()
{
    const ApiError error = ApiError::fromHttpResponse(
        429, R"({"error":{"message":"Slow down","type":"requests","code":"rate_limit_exceeded"}})",
        "application/json", "req_123", qint64(7000));
    QCOMPARE(error.providerMessage(), QStringLiteral("Slow down"));
    QCOMPARE(error.providerCode(), QStringLiteral("rate_limit_exceeded"));
    QCOMPARE(error.providerType(), QStringLiteral("requests"));
    QCOMPARE(error.requestId(), QByteArray("req_123"));
    QCOMPARE(error.retryAfterMs(), std::optional<qint64>(7000));
    const QString full = error.fullMessage();
    QVERIFY(full.contains(QStringLiteral("HTTP 429")));
    QVERIFY(full.contains(QStringLiteral("Slow down")));
    QVERIFY(full.contains(QStringLiteral("req_123")));
}

void TstApiError::readsHtmlAndEmptyBodies()
{
    const ApiError html = ApiError::fromHttpResponse(
        502, "<html><head><title>502</title></head><body><h1>Bad Gateway</h1> nginx</body></html>",
        "text/html", {}, std::nullopt);
    QCOMPARE(html.kind(), Kind::Server);
    QVERIFY(html.detail().contains(QStringLiteral("Bad Gateway")));
    QVERIFY(!html.detail().contains(u'<'));
    QVERIFY(html.providerMessage().isEmpty());

    const ApiError empty = ApiError::fromHttpResponse(503, {}, {}, {}, std::nullopt);
    QCOMPARE(empty.kind(), Kind::Server);
    QVERIFY(empty.detail().isEmpty());
    QVERIFY(empty.fullMessage().contains(QStringLiteral("503")));
}

void TstApiError::parsesRetryAfter_data()
{
    QTest::addColumn<QByteArray>("ms");
    QTest::addColumn<QByteArray>("seconds");
    QTest::addColumn<QByteArray>("reset");
    QTest::addColumn<qint64>("expected"); // -1: none
    QTest::newRow("seconds (case 25)") << QByteArray() << QByteArray("7") << QByteArray() << qint64(7000);
    QTest::newRow("ms wins") << QByteArray("6500") << QByteArray("7") << QByteArray() << qint64(6500);
    QTest::newRow("fractional ms") << QByteArray("1234.7") << QByteArray() << QByteArray() << qint64(1234);
    QTest::newRow("http date (case 26)") << QByteArray() << QByteArray("Fri, 27 Nov 2026 12:00:30 GMT")
                                         << QByteArray() << qint64(30000);
    QTest::newRow("date in the past") << QByteArray() << QByteArray("Fri, 27 Nov 2026 11:00:00 GMT")
                                      << QByteArray() << qint64(0);
    QTest::newRow("x-ratelimit-reset only (case 26)") << QByteArray() << QByteArray() << QByteArray("6m0s")
                                                      << qint64(360000);
    QTest::newRow("reset ms") << QByteArray() << QByteArray() << QByteArray("250ms") << qint64(250);
    QTest::newRow("reset composite") << QByteArray() << QByteArray() << QByteArray("1h2m3.5s") << qint64(3723500);
    QTest::newRow("huge ms is clamped to a day") << QByteArray("1e300") << QByteArray() << QByteArray() << qint64(86400000);
    QTest::newRow("infinite seconds") << QByteArray() << QByteArray("inf") << QByteArray() << qint64(86400000);
    QTest::newRow("huge duration") << QByteArray() << QByteArray() << QByteArray("99999999999h") << qint64(86400000);
    QTest::newRow("garbage") << QByteArray("soon") << QByteArray("later") << QByteArray("1x") << qint64(-1);
    QTest::newRow("none") << QByteArray() << QByteArray() << QByteArray() << qint64(-1);
}

void TstApiError::parsesRetryAfter()
{
    QFETCH(QByteArray, ms);
    QFETCH(QByteArray, seconds);
    QFETCH(QByteArray, reset);
    QFETCH(qint64, expected);
    const QDateTime now(QDate(2026, 11, 27), QTime(12, 0, 0), Qt::UTC);
    const std::optional<qint64> parsed = ApiError::parseRetryAfter(ms, seconds, reset, now);
    QCOMPARE(parsed.value_or(-1), expected);
}

void TstApiError::recognisesAStreamOptionsRejection()
{
    const ApiError rejected = ApiError::fromHttpResponse(
        400, R"({"error":{"message":"Unknown parameter: 'stream_options'.","type":"invalid_request_error","param":"stream_options"}})",
        "application/json", {}, std::nullopt);
    QVERIFY(rejected.rejectsStreamOptions());
    const ApiError other = ApiError::fromHttpResponse(400, R"({"error":{"message":"bad temperature"}})",
                                                      "application/json", {}, std::nullopt);
    QVERIFY(!other.rejectsStreamOptions());
}

void TstApiError::everyKindHasANameAndAMessage()
{
    QSet<QString> names;
    for (int k = int(Kind::MissingKey); k <= int(Kind::InvalidResponse); ++k) {
        ApiError error(Kind(k), QStringLiteral("detail"));
        error.setHttpStatus(500);
        QVERIFY(!error.userMessage().isEmpty());
        names.insert(error.kindName());
        // What a stored message's errorKind is read back as: the same kind, every one.
        QCOMPARE(ApiError::kindFromName(error.kindName()), std::optional<Kind>(Kind(k)));
    }
    QCOMPARE(names.size(), int(Kind::InvalidResponse));
    QCOMPARE(ApiError::kindFromName(QStringLiteral("authentification")), std::nullopt);
    QVERIFY(!ApiError().isError());
}

void TstApiError::missingKeyMessageSaysWhereToGetAKey()
{
    const QString message = ApiError(Kind::MissingKey).userMessage();
    QVERIFY(message.contains(QStringLiteral("YOUR_HOLYSHEEP_API_KEY")));
    QVERIFY(message.contains(QStringLiteral("https://www.holysheep.ai/register")));
    QVERIFY(ApiError(Kind::RateLimited).userMessage().contains(QStringLiteral("slow down")));
    QVERIFY(ApiError(Kind::ContextTooLong).userMessage().contains(QStringLiteral("Shorten")));
}

void TstApiError::redactRemovesTheKeyFromEveryField()
{
    const QString key = QStringLiteral("sk-live-0123456789abcdefWXYZ");
    ApiError error = ApiError::fromHttpResponse(
        401, QStringLiteral(R"({"error":{"message":"Incorrect API key provided: %1","type":"%1","code":"%1"}})").arg(key).toUtf8(),
        "application/json", QByteArray("req-").append(key.toUtf8()), std::nullopt);
    error.setDetail(QStringLiteral("detail ") + key);
    error.setRedirectTarget(QUrl(QStringLiteral("https://elsewhere.example/?k=") + key));
    QVERIFY(error.fullMessage().contains(key));
    error.redact(key);
    for (const QString &text : {error.providerMessage(), error.providerCode(), error.providerType(), error.detail(),
                                QString::fromUtf8(error.requestId()), error.redirectTarget().toString(),
                                error.userMessage(), error.fullMessage()})
        QVERIFY2(!text.contains(key) && !text.contains(QLatin1String("0123456789abcdef")), qPrintable(text));
    QCOMPARE(error.providerMessage(), QStringLiteral("Incorrect API key provided: sk-…WXYZ"));
    QCOMPARE(error.kind(), ApiError::Kind::Authentication);
}

void TstApiError::aCutJsonErrorStillGivesItsMessage()
{
    // Tally reads only the first 64 KB of an error body: the message is kept as an excerpt.
    QByteArray body = R"({"error":{"message":"Bad \"input\": )" + QByteArray(100'000, 'x') + R"(","type":"x"}})";
    body.truncate(ApiError::kMaxErrorBodyBytes);
    const ApiError error = ApiError::fromHttpResponse(400, body, "application/json", {}, std::nullopt);
    QCOMPARE(error.kind(), ApiError::Kind::BadRequest);
    QVERIFY(error.providerMessage().startsWith(QLatin1String("Bad \"input\": xxx")));
    QCOMPARE(error.providerMessage().size(), ApiError::kMaxMessageChars + 1);
}

QTEST_GUILESS_MAIN(TstApiError)
#include "tst_apierror.moc"
