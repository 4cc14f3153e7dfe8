#include "main/ConversationListModel.h"

#include "common/PlainToolTip.h"

#include "domain/CostEstimate.h"
#include "store/ConversationStore.h"

#include <QLocale>

ConversationListModel::ConversationListModel(ConversationStore *store, QObject *parent)
    : RowListModel(parent)
    , m_store(store)
{
    reload();
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    const ConversationSummary *summary = rowAt(index);
    if (!summary)
        return {};
    const ConversationSummary &row = *summary;
    const Conversation &c = row.conversation;
    const QString title = c.title.isEmpty() ? tr("New chat") : c.title;
    switch (role) {
    case Qt::DisplayRole: {
        // Two lines: the title, then when it was last active and what it cost so far.
        const QLocale locale;
        const QDateTime local = c.updatedAt.toLocalTime();
        QString when = local.date() == QDate::currentDate() ? locale.toString(local.time(), QLocale::ShortFormat)
                                                              : locale.toString(local.date(), QLocale::ShortFormat);
        const QString cost = data(index, CostRole).toString();
        if (m_streaming.contains(c.id))
            when = tr("● replying…") + QStringLiteral(" · ") + when;
        return QString((c.pinned ? QStringLiteral("📌 ") : QString()) + title + u'\n' + when
                       + (cost.isEmpty() ? QString() : QStringLiteral(" · ") + cost));
    }
    case Qt::EditRole:
        return c.title;
    case CostRole: {
        QStringList costs;
        for (auto it = row.cost.cbegin(); it != row.cost.cend(); ++it)
            costs << CostEstimate::restored(it.value(), it.key(), CostEstimate::Source::Estimated).format();
        if (row.costUnknown > 0 && costs.isEmpty())
            return tr("cost unknown");
        return costs.join(QStringLiteral(" + "));
    }
    case Qt::ToolTipRole: {
        // Escaped and wrapped: a title that looks like HTML would otherwise be rendered (and its
        // images loaded) by the tooltip.
        const QString tip = tr("%1\nLast active %2 · %Ln message(s)", nullptr, row.messageCount)
                                .arg(title, QLocale().toString(c.updatedAt.toLocalTime(), QLocale::ShortFormat));
        return plainToolTip(tip);
    }
    case Qt::AccessibleTextRole:
        return title;
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
    names.insert(CostRole, "cost");
    return names;
}

Qt::ItemFlags ConversationListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractListModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ConversationListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_store
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString title = value.toString().simplified();
    if (title.isEmpty())
        return false; // an empty title is not a rename
    Conversation conversation = m_rows.at(index.row()).conversation;
    conversation.title = title;
    if (!m_store->updateConversation(conversation))
        return false;
    m_rows[index.row()].conversation = conversation;
    Q_EMIT dataChanged(index, index);
    return true;
}

void ConversationListModel::reload()
{
    beginResetModel();
    m_rows = m_store ? m_store->listConversations() : QList<ConversationSummary>();
    m_rows.removeIf([this](const ConversationSummary &row) { return row.conversation.id == m_hidden; });
    endResetModel();
}

void ConversationListModel::setHidden(qint64 conversationId)
{
    m_hidden = conversationId;
    reload();
}

QModelIndex ConversationListModel::indexOf(qint64 conversationId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).conversation.id == conversationId)
            return index(row);
    }
    return {};
}

void ConversationListModel::setStreaming(qint64 conversationId, bool streaming)
{
    if (streaming == m_streaming.contains(conversationId))
        return;
    if (streaming)
        m_streaming.insert(conversationId);
    else
        m_streaming.remove(conversationId);
    if (const QModelIndex row = indexOf(conversationId); row.isValid())
        Q_EMIT dataChanged(row, row, {Qt::DisplayRole});
}
