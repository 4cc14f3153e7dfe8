#include "transcript/TranscriptSearch.h"

#include "transcript/TranscriptModel.h"

qsizetype TranscriptSearch::countIn(QStringView haystack, const QString &needle)
{
    if (needle.isEmpty())
        return 0;
    qsizetype count = 0;
    for (qsizetype at = haystack.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
         at = haystack.indexOf(needle, at + needle.size(), Qt::CaseInsensitive))
        ++count;
    return count;
}

void TranscriptSearch::setText(const QString &text, const TranscriptModel &model)
{
    m_text = text;
    recount(model);
}

void TranscriptSearch::recount(const TranscriptModel &model)
{
    m_perRow = QList<int>(model.rowCount(), 0);
    m_total = 0;
    if (m_text.isEmpty())
        return;
    for (int row = 0; row < model.rowCount(); ++row) {
        m_perRow[row] = int(countIn(model.message(row).content, m_text));
        m_total += m_perRow.at(row);
    }
}

void TranscriptSearch::recountRow(int row, const TranscriptModel &model)
{
    if (m_perRow.size() != model.rowCount()) {
        recount(model);
        return;
    }
    const int now = m_text.isEmpty() ? 0 : int(countIn(model.message(row).content, m_text));
    m_total += now - m_perRow.at(row);
    m_perRow[row] = now;
}

TranscriptSearch::Match TranscriptSearch::match(int index, const TranscriptModel &model) const
{
    if (index < 0 || index >= m_total)
        return {};
    for (int row = 0; row < m_perRow.size(); ++row) {
        if (index >= m_perRow.at(row)) {
            index -= m_perRow.at(row);
            continue;
        }
        const QString &text = model.message(row).content;
        qsizetype at = text.indexOf(m_text, 0, Qt::CaseInsensitive);
        for (; index > 0 && at >= 0; --index)
            at = text.indexOf(m_text, at + m_text.size(), Qt::CaseInsensitive);
        return {row, at};
    }
    return {};
}

int TranscriptSearch::firstFrom(int row) const
{
    if (m_total == 0)
        return -1;
    int index = 0;
    for (int r = 0; r < m_perRow.size(); ++r) {
        if (r >= row && m_perRow.at(r) > 0)
            return index;
        index += m_perRow.at(r);
    }
    return 0;
}

int TranscriptSearch::indexOf(const Match &match, const TranscriptModel &model) const
{
    if (!match.isValid() || match.row >= m_perRow.size())
        return -1;
    int index = 0;
    for (int r = 0; r < match.row; ++r)
        index += m_perRow.at(r);
    const QString &text = model.message(match.row).content;
    for (qsizetype at = text.indexOf(m_text, 0, Qt::CaseInsensitive); at >= 0 && at <= match.offset;
         at = text.indexOf(m_text, at + m_text.size(), Qt::CaseInsensitive), ++index) {
        if (at == match.offset)
            return index;
    }
    return -1;
}
