#include "transcript/TranscriptModel.h"

#include "transcript/MessageLayout.h"

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message &message = m_messages.at(index.row());
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
    m_messages = messages;
    endResetModel();
}

void TranscriptModel::clear()
{
    setMessages({});
}

void TranscriptModel::append(const Message &message)
{
    const int row = int(m_messages.size());
    beginInsertRows({}, row, row);
    m_messages.append(message);
    endInsertRows();
}

int TranscriptModel::rowOf(qint64 id) const
{
    for (qsizetype row = m_messages.size() - 1; row >= 0; --row) {
        if (m_messages.at(row).id == id)
            return int(row);
    }
    return -1;
}

void TranscriptModel::replace(const Message &message)
{
    const int row = rowOf(message.id);
    if (row < 0)
        return;
    m_messages[row] = message;
    Q_EMIT dataChanged(index(row), index(row));
}

void TranscriptModel::updateText(qint64 id, const QString &content, const QString &reasoning)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    Message &message = m_messages[row];
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
    m_messages.removeAt(row);
    endRemoveRows();
}
