#include "main/ConversationListModel.h"

#include "store/ConversationStore.h"

#include <QLocale>

ConversationListModel::ConversationListModel(ConversationStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    reload();
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConversationSummary &row = m_rows.at(index.row());
    const Conversation &c = row.conversation;
    switch (role) {
    case Qt::DisplayRole:
        return c.title.isEmpty() ? tr("New chat") : c.title;
    case Qt::ToolTipRole:
        return tr("%1\nLast active %2 · %Ln message(s)", nullptr, row.messageCount)
            .arg(c.title.isEmpty() ? tr("New chat") : c.title,
                 QLocale().toString(c.updatedAt.toLocalTime(), QLocale::ShortFormat));
    case Qt::AccessibleTextRole:
        return c.title.isEmpty() ? tr("New chat") : c.title;
    case IdRole:
        return c.id;
    case PinnedRole:
        return c.pinned;
    case UpdatedRole:
        return c.updatedAt;
    case MessageCountRole:
        return row.messageCount;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "conversationId");
    names.insert(PinnedRole, "pinned");
    names.insert(UpdatedRole, "updated");
    names.insert(MessageCountRole, "messageCount");
    return names;
}

void ConversationListModel::reload()
{
    beginResetModel();
    m_rows = m_store ? m_store->listConversations() : QList<ConversationSummary>();
    endResetModel();
}

QModelIndex ConversationListModel::indexOf(qint64 conversationId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).conversation.id == conversationId)
            return index(row);
    }
    return {};
}
