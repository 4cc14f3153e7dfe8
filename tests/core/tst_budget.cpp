// Budgets: which limit is reached first, warn or block, and what the banner says.
#include "pricing/Budget.h"

#include <QLocale>
#include <QTest>

class TstBudget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void noLimitsNeverStop();
    void theWidestReachedPeriodIsReported();
    void belowEveryLimitIsFine();
    void blockingFollowsTheSetting();
};

void TstBudget::noLimitsNeverStop()
{
    QVERIFY(!Budget().isSet());
    QVERIFY(!BudgetStatus::check(Budget(), 1e6, 1e6, 1e6));
}

void TstBudget::theWidestReachedPeriodIsReported()
{
    Budget budget;
    budget.perConversation = 1.0;
    budget.perDay = 5.0;
    budget.perMonth = 50.0;
    const auto conversation = BudgetStatus::check(budget, 1.0, 2.0, 10.0);
    QVERIFY(conversation);
    QCOMPARE(conversation->period, BudgetStatus::Period::Conversation);
    QCOMPARE(conversation->message(), QStringLiteral("This conversation has cost $1.00 of its $1.00 budget."));
    const auto day = BudgetStatus::check(budget, 1.5, 5.2, 10.0);
    QCOMPARE(day->period, BudgetStatus::Period::Day);
    QCOMPARE(day->message(), QStringLiteral("Today's replies have cost $5.20 of the $5.00 daily budget."));
    const auto month = BudgetStatus::check(budget, 1.5, 5.2, 50.0);
    QCOMPARE(month->period, BudgetStatus::Period::Month);
    QCOMPARE(month->spent, 50.0);
}

void TstBudget::belowEveryLimitIsFine()
{
    Budget budget;
    budget.perDay = 5.0;
    QVERIFY(!BudgetStatus::check(budget, 100.0, 4.99, 100.0)); // only the day is limited
}

void TstBudget::blockingFollowsTheSetting()
{
    Budget budget;
    budget.perMonth = 10.0;
    budget.currency = QStringLiteral("CNY");
    QVERIFY(!BudgetStatus::check(budget, 0, 0, 10.0)->blocks);
    budget.block = true;
    const auto status = BudgetStatus::check(budget, 0, 0, 12.5);
    QVERIFY(status->blocks);
    QVERIFY2(status->message().contains(QLatin1String("12.50")), qPrintable(status->message()));
}

QTEST_GUILESS_MAIN(TstBudget)
#include "tst_budget.moc"
