#pragma once

#include "store/ConversationSummary.h"

#include "common/RowListModel.h"

#include <QSet>

class ConversationStore;

// The sidebar's list: every conversation, pinned first, then by last activity, with its title,
// when it was last active and what it has cost so far. Titles can be edited in place.
class ConversationListModel final : public RowListModel<ConversationSummary>
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        PinnedRole,
        UpdatedRole,
        MessageCountRole,
        CostRole, // "$0.0012", "unknown" or empty
    };

    explicit ConversationListModel(ConversationStore *store, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Renaming in place (F2 or a double click) stores the new title.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Re-reads the list from the store (after a send, a rename, another process's change).
    void reload();
    QModelIndex indexOf(qint64 conversationId) const;
    // Leaves one conversation out of the list (one deleted but still undoable); 0 for none.
    void setHidden(qint64 conversationId);
    // Conversations with a reply coming in: their row says so.
    void setStreaming(qint64 conversationId, bool streaming);

private:
    ConversationStore *m_store = nullptr;
    qint64 m_hidden = 0;
    QSet<qint64> m_streaming;
};
