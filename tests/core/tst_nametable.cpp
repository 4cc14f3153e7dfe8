// NameTable, and the tables Tally stores names from: every value has a name that reads back as
// itself, a spelling no row has reads as nothing (not as the first value), and an alias reads as
// its value while the value is still written with its first name.
#include "api/ApiError.h"
#include "bench/BenchResult.h"
#include "bench/BenchSlo.h"
#include "domain/Message.h"
#include "domain/NameTable.h"

#include <QSet>
#include <QTest>

class TstNameTable final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theFirstRowNamesAValueAndEveryRowReadsBack();
    void everyErrorKindRoundTripsUnderItsOwnName();
    void everyMessageRoleAndStateRoundTrips();
    void everyBenchStopRoundTrips();
    void sloAliasesReadAsTheirMetricAndWriteItsName();
};

namespace {

enum class Colour { Red, Green, Blue };

constexpr NameTable<Colour>::Row kColours[] = {
    {Colour::Red, "red"},
    {Colour::Green, "green"},
    {Colour::Green, "verde"},
};

} // namespace

void TstNameTable::theFirstRowNamesAValueAndEveryRowReadsBack()
{
    using Names = NameTable<Colour>;
    QCOMPARE(Names::nameOf(kColours, Colour::Green), u"green"_qs);
    QCOMPARE(Names::valueOf(kColours, u"verde"), Colour::Green);
    QCOMPARE(Names::valueOf(kColours, u"red"), Colour::Red);
    // A value without a row gets the fallback; a name without a row gets nothing.
    QCOMPARE(Names::nameOf(kColours, Colour::Blue, "unknown"), u"unknown"_qs);
    QCOMPARE(Names::valueOf(kColours, u"blue"), std::nullopt);
    // Names are compared exactly: what is stored is read back as it was written.
    QCOMPARE(Names::valueOf(kColours, u"Red"), std::nullopt);
    QCOMPARE(Names::valueOf(kColours, u""), std::nullopt);
}

void TstNameTable::everyErrorKindRoundTripsUnderItsOwnName()
{
    QSet<QString> seen;
    for (int value = int(ApiError::Kind::None); value <= int(ApiError::Kind::InvalidResponse); ++value) {
        const auto kind = ApiError::Kind(value);
        const QString name = ApiError::kindName(kind);
        QVERIFY2(!name.isEmpty() && name != u"unknown", qPrintable(QString::number(value)));
        QVERIFY2(!seen.contains(name), qPrintable(name));
        seen.insert(name);
        QCOMPARE(ApiError::kindFromName(name), kind);
    }
    // The names already stored in databases and printed in stats JSON.
    QCOMPARE(ApiError::kindName(ApiError::Kind::RateLimited), u"rate_limited"_qs);
    QCOMPARE(ApiError::kindFromName(u"context_too_long"_qs), ApiError::Kind::ContextTooLong);
    QCOMPARE(ApiError::kindFromName(u"RateLimited"_qs), std::nullopt);
    QCOMPARE(ApiError::kindName(ApiError::Kind(99)), u"unknown"_qs);
}

void TstNameTable::everyMessageRoleAndStateRoundTrips()
{
    for (auto role : {Message::Role::System, Message::Role::User, Message::Role::Assistant})
        QCOMPARE(Message::roleFromName(Message::roleName(role)), role);
    for (auto state : {Message::State::Complete, Message::State::Streaming, Message::State::Incomplete,
                       Message::State::Error, Message::State::Cancelled})
        QCOMPARE(Message::stateFromName(Message::stateName(state)), state);
    QCOMPARE(Message::roleName(Message::Role::Assistant), u"assistant"_qs);
    QCOMPARE(Message::stateName(Message::State::Cancelled), u"cancelled"_qs);
    QCOMPARE(Message::stateFromName(u"done"_qs), std::nullopt);
}

void TstNameTable::everyBenchStopRoundTrips()
{
    QSet<QString> seen;
    for (auto stop : {BenchResult::Stop::Running, BenchResult::Stop::Finished, BenchResult::Stop::Stopped,
                      BenchResult::Stop::Interrupted, BenchResult::Stop::CostCap}) {
        const QString name = BenchResult::stopName(stop);
        QVERIFY(!name.isEmpty());
        QVERIFY2(!seen.contains(name), qPrintable(name));
        seen.insert(name);
    }
    QCOMPARE(BenchResult::stopName(BenchResult::Stop::CostCap), u"cost_cap"_qs);
}

void TstNameTable::sloAliasesReadAsTheirMetricAndWriteItsName()
{
    QString error;
    const auto slos = BenchSlo::parseList(u"latency=2s,error_rate=1%,error=2%,ttft=500ms"_qs, &error);
    QVERIFY2(slos, qPrintable(error));
    QCOMPARE(slos->size(), 4);
    QCOMPARE(slos->at(0).metric, BenchSlo::Metric::E2e);
    QCOMPARE(slos->at(1).metric, BenchSlo::Metric::ErrorRate);
    QCOMPARE(slos->at(2).metric, BenchSlo::Metric::ErrorRate);
    QCOMPARE(BenchSlo::metricName(slos->at(0).metric), u"e2e"_qs);
    QCOMPARE(BenchSlo::metricName(slos->at(1).metric), u"errors"_qs);
    QVERIFY(!BenchSlo::parseList(u"speed=2s"_qs, &error));
    QVERIFY(error.contains(u"speed"));
}

QTEST_GUILESS_MAIN(TstNameTable)
#include "tst_nametable.moc"
