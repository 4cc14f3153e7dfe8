#include "transcript/RowHeights.h"

void RowHeights::clear()
{
    m_heights.clear();
    m_tops.clear();
    m_validTops = 0;
}

void RowHeights::append(qreal height)
{
    changedFrom(m_heights.size());
    m_heights.append(height);
}

void RowHeights::append(int count, qreal height)
{
    changedFrom(m_heights.size());
    m_heights.insert(m_heights.size(), count, height);
}

void RowHeights::insert(int row, qreal height)
{
    changedFrom(row);
    m_heights.insert(row, height);
}

void RowHeights::remove(int row)
{
    changedFrom(row);
    m_heights.removeAt(row);
}

void RowHeights::set(int row, qreal height)
{
    if (m_heights.at(row) == height)
        return;
    // Where this row begins depends only on the rows above it.
    changedFrom(row);
    m_heights[row] = height;
}

void RowHeights::sum() const
{
    const qsizetype count = m_heights.size();
    if (m_validTops == count + 1 && m_tops.size() == count + 1)
        return;
    m_tops.resize(count + 1);
    const qsizetype from = std::clamp<qsizetype>(m_validTops - 1, 0, count);
    // Through plain pointers: QList's operator[] checks for sharing at every element.
    qreal *tops = m_tops.data();
    const qreal *heights = m_heights.constData();
    qreal y = from == 0 ? 0 : tops[from];
    for (qsizetype i = from; i < count; ++i) {
        tops[i] = y;
        y += heights[i];
    }
    tops[count] = y;
    m_validTops = count + 1;
}

qreal RowHeights::top(int row) const
{
    sum();
    return m_tops.at(row);
}

qreal RowHeights::total() const
{
    sum();
    return m_tops.constLast();
}

int RowHeights::rowAt(qreal y) const
{
    if (m_heights.isEmpty())
        return -1;
    sum();
    const auto found = std::upper_bound(m_tops.cbegin(), m_tops.cend() - 1, y);
    return std::clamp(int(found - m_tops.cbegin()) - 1, 0, int(m_heights.size()) - 1);
}
