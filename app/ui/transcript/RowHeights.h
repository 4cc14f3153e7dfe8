#pragma once

#include <QList>

#include <algorithm>

// The heights of the transcript's rows and where each begins, for finding the rows in view.
// Where each row begins is summed again only from the first row that changed since it was
// last asked for: what changes is nearly always what is in view, so laying out the newest rows
// of a 10,000-message conversation sums a screenful of rows, not all of them.
class RowHeights final
{
public:
    void clear();
    void append(qreal height);
    void append(int count, qreal height); // `count` rows of one height
    void insert(int row, qreal height);
    void remove(int row);
    void set(int row, qreal height);

    int count() const { return int(m_heights.size()); }
    qreal height(int row) const { return m_heights.at(row); }
    qreal top(int row) const;
    qreal bottom(int row) const { return top(row) + height(row); }
    qreal total() const;
    // The row at vertical position y (clamped to the rows there are), or -1 with no rows.
    int rowAt(qreal y) const;

private:
    void sum() const;
    void changedFrom(qsizetype row) { m_validTops = std::min(m_validTops, row + 1); }

    QList<qreal> m_heights;
    mutable QList<qreal> m_tops;      // m_tops[i] is where row i begins; the last is the total
    mutable qsizetype m_validTops = 0; // how many of m_tops are up to date
};
