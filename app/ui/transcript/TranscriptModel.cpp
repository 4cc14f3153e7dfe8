#include "transcript/TranscriptModel.h"

#include "transcript/MessageLayout.h"

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    const Message *row = rowAt(index);
    if (!row)
        return {};
    const Message &message = *row;
    switch (role) {
    case Qt::DisplayRole: return message.content;
    case Qt::AccessibleTextRole: return MessageLayout::headerText(message);
    case IdRole: return message.id;
    case RoleRole: return Message::roleName(message.role);
    case StateRole: return Message::stateName(message.state);
    case ReasoningRole: return message.reasoning;
    default: return {};
    }
}

QHash<int, QByteArray> TranscriptModel::roleNames() const
{
    return {{Qt::DisplayRole, "content"}, {IdRole, "id"}, {RoleRole, "role"}, {StateRole, "state"},
            {ReasoningRole, "reasoning"}};
}

void TranscriptModel::setMessages(const QList<Message> &messages)
{
    beginResetModel();
    m_rows = messages;
    endResetModel();
}

void TranscriptModel::clear()
{
    setMessages({});
}

void TranscriptModel::append(const Message &message)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(message);
    endInsertRows();
}

int TranscriptModel::rowOf(qint64 id) const
{
    for (qsizetype row = m_rows.size() - 1; row >= 0; --row) {
        if (m_rows.at(row).id == id)
            return int(row);
    }
    return -1;
}

void TranscriptModel::replace(const Message &message)
{
    const int row = rowOf(message.id);
    if (row < 0)
        return;
    m_rows[row] = message;
    Q_EMIT dataChanged(index(row), index(row));
}

void TranscriptModel::updateText(qint64 id, const QString &content, const QString &reasoning)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    Message &message = m_rows[row];
    message.content = content;
    message.reasoning = reasoning;
    Q_EMIT dataChanged(index(row), index(row), {Qt::DisplayRole, ReasoningRole});
}

void TranscriptModel::remove(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}
