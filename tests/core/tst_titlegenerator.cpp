// Auto-title: what is asked, how an answer becomes a title, and what the request cost.
#include "api/ProviderClient.h"
#include "chat/TitleGenerator.h"
#include "pricing/PriceTable.h"

#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class TstTitleGenerator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleansModelAnswers_data();
    void cleansModelAnswers();
    void asksBrieflyAndReportsTheCost();
    void aFailedRequestGivesNoTitleAndNoCost();
};

void TstTitleGenerator::cleansModelAnswers_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("title");
    QTest::newRow("plain") << QStringLiteral("Sorting vectors in C++") << QStringLiteral("Sorting vectors in C++");
    QTest::newRow("quoted, full stop") << QStringLiteral("\"Sorting vectors in C++.\"") << QStringLiteral("Sorting vectors in C++");
    QTest::newRow("prefix and markdown") << QStringLiteral("**Title:** Rust lifetimes") << QStringLiteral("Rust lifetimes");
    QTest::newRow("second line dropped") << QStringLiteral("สรุปข่าว\nexplanation") << QStringLiteral("สรุปข่าว");
    QTest::newRow("chinese punctuation") << QStringLiteral("「排序算法」。") << QStringLiteral("排序算法");
    QTest::newRow("too long") << QString(200, u'a') << QString(80, u'a');
    QTest::newRow("nothing") << QStringLiteral("  \n ") << QString();
}

void TstTitleGenerator::cleansModelAnswers()
{
    QFETCH(QString, answer);
    QFETCH(QString, title);
    QCOMPARE(TitleGenerator::clean(answer), title);
}

void TstTitleGenerator::asksBrieflyAndReportsTheCost()
{
    TestServer server;
    QVERIFY(server.start());
    server.enqueueChat(ScriptedResponse::eventStream(
        {ScriptedResponse::sseData(ScriptedResponse::contentChunk(QStringLiteral("\"Sorting in C++\""), QStringLiteral("stepfun-v3"))),
         ScriptedResponse::sseData(ScriptedResponse::finishChunk(QStringLiteral("stop"), QStringLiteral("stepfun-v3"))),
         ScriptedResponse::sseData(ScriptedResponse::usageChunk(100, 6, QStringLiteral("stepfun-v3"))),
         ScriptedResponse::sseDone()}));
    QNetworkAccessManager network;
    ProviderClient client(&network);
    const PriceTable prices = PriceTable::bundled();
    ChatRequest base;
    base.baseUrl = server.baseUrl();
    base.apiKey = QStringLiteral("sk-title");
    base.provider = QStringLiteral("holysheep");
    base.model = QStringLiteral("stepfun-v3");
    TitleGenerator generator(client, prices, base, QStringLiteral("How do I sort a vector?"), QString(5000, u'x'));
    QSignalSpy finished(&generator, &TitleGenerator::finished);
    generator.start();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.first().at(0).toString(), QStringLiteral("Sorting in C++"));
    const auto cost = finished.first().at(1).value<std::optional<CostEstimate>>();
    QVERIFY(cost);
    QCOMPARE(cost->amount(), 106 * 0.38 / 1e6);

    const QJsonObject body = QJsonDocument::fromJson(server.requests().last().body).object();
    QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("stepfun-v3"));
    QCOMPARE(body.value(QStringLiteral("max_tokens")).toInt(), 30);
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 2);
    QVERIFY(messages.at(1).toObject().value(QStringLiteral("content")).toString().contains(QLatin1String("sort a vector")));
    // Only an excerpt of a long answer is sent: the title needs the subject, not every token.
    QVERIFY(messages.at(1).toObject().value(QStringLiteral("content")).toString().size() < 4200);
}

void TstTitleGenerator::aFailedRequestGivesNoTitleAndNoCost()
{
    TestServer server;
    QVERIFY(server.start());
    server.enqueueChat(ScriptedResponse::openAiError(404, QStringLiteral("The model `tiny` does not exist"),
                                                     QStringLiteral("invalid_request_error"), QStringLiteral("model_not_found")));
    QNetworkAccessManager network;
    ProviderClient client(&network);
    const PriceTable prices = PriceTable::bundled();
    ChatRequest base;
    base.baseUrl = server.baseUrl();
    base.apiKey = QStringLiteral("sk-title");
    base.model = QStringLiteral("tiny");
    TitleGenerator generator(client, prices, base, QStringLiteral("Q"), QStringLiteral("A"));
    QSignalSpy finished(&generator, &TitleGenerator::finished);
    generator.start();
    QVERIFY(finished.wait(10'000));
    QVERIFY(finished.first().at(0).toString().isEmpty());
    QVERIFY(!finished.first().at(1).value<std::optional<CostEstimate>>());
}

QTEST_GUILESS_MAIN(TstTitleGenerator)
#include "tst_titlegenerator.moc"
