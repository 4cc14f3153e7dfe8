#include "api/RetryPolicy.h"

#include <QTest>

using Kind = ApiError::Kind;

class TstRetryPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retriesOnlyTransientErrors_data();
    void retriesOnlyTransientErrors();
    void neverRetriesAfterText();
    void stopsAfterMaxRetries();
    void backsOffExponentiallyWithJitterAndCeiling();
    void honoursRetryAfterUpToTheCap();
};

namespace {
RetryPolicy fixedPolicy(double random)
{
    RetryPolicy policy;
    policy.random = [random] { return random; };
    return policy;
}
} // namespace

void TstRetryPolicy::retriesOnlyTransientErrors_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("retried");
    QTest::newRow("rate limited") << Kind::RateLimited << true;
    QTest::newRow("server") << Kind::Server << true;
    QTest::newRow("network") << Kind::Network << true;
    QTest::newRow("timeout") << Kind::Timeout << true;
    QTest::newRow("payment") << Kind::PaymentRequired << false;
    QTest::newRow("auth") << Kind::Authentication << false;
    QTest::newRow("context") << Kind::ContextTooLong << false;
    QTest::newRow("model") << Kind::ModelNotFound << false;
    QTest::newRow("bad request") << Kind::BadRequest << false;
    QTest::newRow("incomplete") << Kind::Incomplete << false;
    QTest::newRow("cancelled") << Kind::Cancelled << false;
    QTest::newRow("missing key") << Kind::MissingKey << false;
    QTest::newRow("configuration") << Kind::Configuration << false;
}

void TstRetryPolicy::retriesOnlyTransientErrors()
{
    QFETCH(Kind, kind);
    QFETCH(bool, retried);
    QCOMPARE(fixedPolicy(0.5).nextDelay(ApiError(kind), 0, false).has_value(), retried);
}

void TstRetryPolicy::neverRetriesAfterText()
{
    QVERIFY(!fixedPolicy(0.5).nextDelay(ApiError(Kind::Server), 0, true));
    QVERIFY(!fixedPolicy(0.5).nextDelay(ApiError(Kind::Network), 0, true));
}

void TstRetryPolicy::stopsAfterMaxRetries()
{
    RetryPolicy policy = fixedPolicy(0);
    policy.maxRetries = 2;
    QVERIFY(policy.nextDelay(ApiError(Kind::Server), 0, false));
    QVERIFY(policy.nextDelay(ApiError(Kind::Server), 1, false));
    QVERIFY(!policy.nextDelay(ApiError(Kind::Server), 2, false));
    policy.maxRetries = 0;
    QVERIFY(!policy.nextDelay(ApiError(Kind::Server), 0, false));
}

void TstRetryPolicy::backsOffExponentiallyWithJitterAndCeiling()
{
    RetryPolicy low = fixedPolicy(0.0);
    RetryPolicy high = fixedPolicy(0.999999);
    low.maxRetries = high.maxRetries = 10;
    // Equal jitter: between half and all of 500, 1000, 2000, ... capped at 8000.
    const QList<qint64> steps{500, 1000, 2000, 4000, 8000, 8000};
    for (int retry = 0; retry < steps.size(); ++retry) {
        QCOMPARE(*low.nextDelay(ApiError(Kind::Server), retry, false), steps.at(retry) / 2);
        QCOMPARE(*high.nextDelay(ApiError(Kind::Server), retry, false), steps.at(retry) - 1);
    }
    // The real random source stays within the same bounds.
    RetryPolicy real;
    for (int i = 0; i < 100; ++i) {
        const qint64 delay = *real.nextDelay(ApiError(Kind::Network), 1, false);
        QVERIFY(delay >= 500 && delay <= 1000);
    }
}

void TstRetryPolicy::honoursRetryAfterUpToTheCap()
{
    ApiError limited(Kind::RateLimited);
    limited.setRetryAfterMs(7000);
    QCOMPARE(*fixedPolicy(0.5).nextDelay(limited, 0, false), qint64(7000));
    limited.setRetryAfterMs(600'000);
    QCOMPARE(*fixedPolicy(0.5).nextDelay(limited, 0, false), qint64(120'000));
    limited.setRetryAfterMs(std::nullopt);
    QCOMPARE(*fixedPolicy(0.0).nextDelay(limited, 0, false), qint64(250)); // no hint: backoff
}

QTEST_GUILESS_MAIN(TstRetryPolicy)
#include "tst_retrypolicy.moc"
