#pragma once

#include <QList>

// The heights of the transcript's rows and where each begins, for finding the rows in view.
// Offsets are summed again only when a height changed since they were last asked for, which
// is one pass over a few thousand numbers at most per layout.
class RowHeights final
{
public:
    void clear();
    void append(qreal height);
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

    QList<qreal> m_heights;
    mutable QList<qreal> m_tops;
    mutable bool m_dirty = false;
};
