#include "transcript/RowHeights.h"

#include <algorithm>

void RowHeights::clear()
{
    m_heights.clear();
    m_tops.clear();
    m_dirty = false;
}

void RowHeights::append(qreal height)
{
    m_heights.append(height);
    m_dirty = true;
}

void RowHeights::insert(int row, qreal height)
{
    m_heights.insert(row, height);
    m_dirty = true;
}

void RowHeights::remove(int row)
{
    m_heights.removeAt(row);
    m_dirty = true;
}

void RowHeights::set(int row, qreal height)
{
    if (m_heights.at(row) == height)
        return;
    m_heights[row] = height;
    m_dirty = true;
}

void RowHeights::sum() const
{
    if (!m_dirty && m_tops.size() == m_heights.size() + 1)
        return;
    m_tops.resize(m_heights.size() + 1);
    qreal y = 0;
    for (qsizetype i = 0; i < m_heights.size(); ++i) {
        m_tops[i] = y;
        y += m_heights.at(i);
    }
    m_tops[m_heights.size()] = y;
    m_dirty = false;
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
