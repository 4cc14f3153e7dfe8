// Where each transcript row begins, summed again only from the first change: after any mix of
// appends, inserts, removals and changes, every answer equals a plain sum of the heights.
#include "transcript/RowHeights.h"

#include <QRandomGenerator>
#include <QTest>

namespace {

// The reference: where `row` begins, by adding up every height above it.
qreal plainTop(const QList<qreal> &heights, int row)
{
    qreal y = 0;
    for (int i = 0; i < row; ++i)
        y += heights.at(i);
    return y;
}

void compareAll(const RowHeights &rows, const QList<qreal> &heights)
{
    QCOMPARE(rows.count(), int(heights.size()));
    for (int row = 0; row < heights.size(); ++row) {
        QCOMPARE(rows.height(row), heights.at(row));
        QCOMPARE(rows.top(row), plainTop(heights, row));
    }
    QCOMPARE(rows.total(), plainTop(heights, int(heights.size())));
}

} // namespace

class TstRowHeights final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void topsFollowEveryKindOfChange()
    {
        RowHeights rows;
        rows.append(10);
        rows.append(3, 20);
        QCOMPARE(rows.total(), 70.0);
        QCOMPARE(rows.top(2), 30.0);

        rows.set(1, 5); // a change in the middle moves the rows below it, not those above
        QCOMPARE(rows.top(1), 10.0);
        QCOMPARE(rows.top(2), 15.0);
        QCOMPARE(rows.total(), 55.0);

        rows.insert(0, 1);
        QCOMPARE(rows.top(1), 1.0);
        QCOMPARE(rows.total(), 56.0);

        rows.remove(4); // the last row: the total is where it began
        QCOMPARE(rows.count(), 4);
        QCOMPARE(rows.total(), 36.0);

        rows.clear();
        QCOMPARE(rows.rowAt(0), -1);
        rows.append(7);
        QCOMPARE(rows.total(), 7.0);
    }

    void rowAtFindsTheRowUnderAPoint()
    {
        RowHeights rows;
        rows.append(4, 10);
        QCOMPARE(rows.rowAt(-5), 0);
        QCOMPARE(rows.rowAt(0), 0);
        QCOMPARE(rows.rowAt(9.9), 0);
        QCOMPARE(rows.rowAt(10), 1);
        rows.set(0, 30);
        QCOMPARE(rows.rowAt(25), 0);
        QCOMPARE(rows.rowAt(35), 1);
        QCOMPARE(rows.rowAt(1000), 3);
    }

    // Answers asked between changes leave some tops up to date and some not; a random walk
    // through every operation, checked against plain sums after each, covers the mixes.
    void aRandomMixAgreesWithPlainSums()
    {
        QRandomGenerator random(20261202);
        RowHeights rows;
        QList<qreal> heights;
        for (int step = 0; step < 2000; ++step) {
            const int operation = random.bounded(heights.isEmpty() ? 2 : 6);
            const qreal height = random.bounded(1, 500);
            switch (operation) {
            case 0:
                rows.append(height);
                heights.append(height);
                break;
            case 1: {
                const int count = random.bounded(1, 5);
                rows.append(count, height);
                heights.insert(heights.size(), count, height);
                break;
            }
            case 2: {
                const int row = random.bounded(int(heights.size()) + 1);
                rows.insert(row, height);
                heights.insert(row, height);
                break;
            }
            case 3: {
                const int row = random.bounded(int(heights.size()));
                rows.remove(row);
                heights.removeAt(row);
                break;
            }
            default: {
                const int row = random.bounded(int(heights.size()));
                rows.set(row, height);
                heights[row] = height;
                break;
            }
            }
            // Ask for one top only most of the time, so later checks meet partly summed tops.
            if (step % 25 == 0) {
                compareAll(rows, heights);
                if (QTest::currentTestFailed())
                    return;
            } else if (!heights.isEmpty()) {
                const int row = random.bounded(int(heights.size()));
                QCOMPARE(rows.top(row), plainTop(heights, row));
            }
        }
        compareAll(rows, heights);
    }
};

QTEST_GUILESS_MAIN(TstRowHeights)
#include "tst_rowheights.moc"
