// StatsBar on its own, offscreen: the figures of a conversation and of the session in the user's
// locale, a figure with any estimated part marked ≈, the breakdown by model in the tooltip, and a
// line that elides rather than widening the window however long it grows.
#include "common/ElidedLabel.h"
#include "domain/SessionStats.h"

#include "ReplyStats.h"
#include "main/StatsBar.h"

#include <QLocale>
#include <QTest>


class TstStatsBar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void saysWhenThereIsNothingYet();
    void figuresAreInTheUsersLocale();
    void reportedFiguresAreNotMarked();
    void estimatedFiguresAreMarked();
    void unknownCostsAreCountedNotZeroed();
    void theTooltipBreaksTheFiguresDownByModel();
    void aLongLineElidesRatherThanWidening();

private:
    StatsBar *m_bar = nullptr;
    ElidedLabel *m_conversation = nullptr;
    ElidedLabel *m_session = nullptr;
};

void TstStatsBar::init()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    m_bar = new StatsBar;
    m_bar->resize(400, m_bar->sizeHint().height());
    m_bar->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_bar));
    m_conversation = m_bar->findChild<ElidedLabel *>(QStringLiteral("conversationStatsLabel"));
    m_session = m_bar->findChild<ElidedLabel *>(QStringLiteral("sessionStatsLabel"));
    QVERIFY(m_conversation);
    QVERIFY(m_session);
}

void TstStatsBar::cleanup()
{
    delete m_bar;
    m_bar = nullptr;
    QLocale::setDefault(QLocale::c());
}

void TstStatsBar::saysWhenThereIsNothingYet()
{
    QCOMPARE(StatsBar::summary(SessionStats()), QStringLiteral("no requests yet"));
    QCOMPARE(m_conversation->fullText(), QStringLiteral("This chat: no requests yet"));
    QCOMPARE(m_session->fullText(), QStringLiteral("Session: no requests yet"));
}

void TstStatsBar::figuresAreInTheUsersLocale()
{
    SessionStats stats;
    stats.add(replyStats(QStringLiteral("gpt-4.1"), 12345, 2500, true, 1200, 41.5),
              CostEstimate::reported(1.5, QStringLiteral("USD")));
    const QString summary = StatsBar::summary(stats);
    QVERIFY2(summary.contains(QStringLiteral("12.345 → 2.500 tokens")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("TTFT p50 1.200 ms, p99 1.200 ms")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("41,5 tokens/s")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("1,50")), qPrintable(summary));
    QVERIFY2(summary.startsWith(QStringLiteral("1 request(s) · ")), qPrintable(summary));

    m_bar->setSessionStats(stats);
    QCOMPARE(m_session->fullText(), QStringLiteral("Session: ") + summary);
    // The conversation's line is its own.
    QCOMPARE(m_conversation->fullText(), QStringLiteral("This chat: no requests yet"));
}

void TstStatsBar::reportedFiguresAreNotMarked()
{
    SessionStats stats;
    stats.add(replyStats(QStringLiteral("gpt-4.1"), 100, 50, true), CostEstimate::reported(0.25, QStringLiteral("USD")));
    const QString summary = StatsBar::summary(stats);
    QVERIFY2(!summary.contains(u'≈'), qPrintable(summary));
}

void TstStatsBar::estimatedFiguresAreMarked()
{
    SessionStats tokens;
    tokens.add(replyStats(QStringLiteral("gpt-4.1"), 100, 50, true), CostEstimate::reported(0.25, QStringLiteral("USD")));
    tokens.add(replyStats(QStringLiteral("local"), 10, 5, false), CostEstimate::reported(0.25, QStringLiteral("USD")));
    QString summary = StatsBar::summary(tokens);
    // One estimated count makes the sum an estimate; the reported cost stays unmarked.
    QVERIFY2(summary.contains(QStringLiteral("≈ 110 → 55 tokens")), qPrintable(summary));
    QCOMPARE(summary.count(u'≈'), 1);

    SessionStats cost;
    cost.add(replyStats(QStringLiteral("gpt-4.1"), 100, 50, true), CostEstimate::estimated(0.25, QStringLiteral("USD")));
    summary = StatsBar::summary(cost);
    QVERIFY2(summary.contains(QStringLiteral(" · ≈ 0,25")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("· 100 → 50 tokens")), qPrintable(summary));
    QCOMPARE(summary.count(u'≈'), 1);
}

void TstStatsBar::unknownCostsAreCountedNotZeroed()
{
    SessionStats stats;
    stats.add(replyStats(QStringLiteral("local"), 1, 1, true), CostEstimate::unknown());
    stats.add(replyStats(QStringLiteral("local"), 1, 1, true), CostEstimate::unknown());
    const QString summary = StatsBar::summary(stats);
    QVERIFY2(summary.contains(QStringLiteral("2 cost(s) unknown")), qPrintable(summary));
    QVERIFY2(!summary.contains(QStringLiteral("0,00")), qPrintable(summary));
}

void TstStatsBar::theTooltipBreaksTheFiguresDownByModel()
{
    SessionStats stats;
    stats.add(replyStats(QStringLiteral("gpt-4.1"), 1000, 20, true), CostEstimate::reported(0.5, QStringLiteral("USD")));
    stats.add(replyStats(QStringLiteral("step-2-mini"), 30, 40, true), CostEstimate::unknown());
    const QString breakdown = StatsBar::breakdown(stats);
    const QStringList lines = breakdown.split(u'\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("gpt-4.1: 1 request(s), 1.000 → 20 tokens, ")), qPrintable(breakdown));
    QCOMPARE(lines.at(1), QStringLiteral("step-2-mini: 1 request(s), 30 → 40 tokens, cost unknown"));

    m_bar->setConversationStats(stats);
    QVERIFY(m_conversation->toolTip().contains(QStringLiteral("step-2-mini")));
    QVERIFY(m_conversation->toolTip().contains(QStringLiteral("gpt-4.1")));
}

void TstStatsBar::aLongLineElidesRatherThanWidening()
{
    const int shortHint = m_bar->sizeHint().width();
    const int shortMinimum = m_bar->minimumSizeHint().width();

    // Many models and currencies: a line several times wider than the bar.
    SessionStats stats;
    const QStringList currencies{QStringLiteral("USD"), QStringLiteral("CNY"), QStringLiteral("EUR"),
                                 QStringLiteral("THB"), QStringLiteral("JPY"), QStringLiteral("GBP")};
    for (int i = 0; i < 40; ++i)
        stats.add(replyStats(QStringLiteral("model-%1").arg(i), 123456 + i, 65432, i % 2 == 0, 100 + i, 20.0 + i),
                  i % 3 == 0 ? CostEstimate::unknown()
                             : CostEstimate::estimated(0.125 * i, currencies.at(i % currencies.size())));
    m_bar->setConversationStats(stats);
    m_bar->setSessionStats(stats);
    QCoreApplication::processEvents(); // the layout asks its widgets again, as the window would
    QVERIFY(m_conversation->fontMetrics().horizontalAdvance(m_conversation->fullText()) > 2 * m_bar->width());

    QCOMPARE(m_bar->sizeHint().width(), shortHint);
    QCOMPARE(m_bar->minimumSizeHint().width(), shortMinimum);
    QCOMPARE(m_bar->width(), 400);
    // What is shown fits and says it was cut; the whole line is in the tooltip.
    QVERIFY(m_conversation->text().endsWith(u'…'));
    QVERIFY(m_conversation->fontMetrics().horizontalAdvance(m_conversation->text()) <= m_conversation->width());
    QVERIFY(m_conversation->toolTip().contains(QStringLiteral("model-39")));
}

QTEST_MAIN(TstStatsBar)
#include "tst_statsbar.moc"
