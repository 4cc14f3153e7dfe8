#pragma once

#include <QAbstractListModel>
#include <QList>

// A flat list model over a list of value rows (a message, a conversation's summary): the rows
// and the part of QAbstractListModel that only counts and finds them, written once. A subclass
// fills m_rows, with the begin/end calls around each change, and says in data() what a row shows.
template <typename Row>
class RowListModel : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

protected:
    // The row `index` points at, or nullptr when it is invalid, another model's, or a child.
    const Row *rowAt(const QModelIndex &index) const
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return nullptr;
        return &m_rows.at(index.row());
    }

    QList<Row> m_rows;
};
