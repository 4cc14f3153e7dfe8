#pragma once

#include "store/ConversationSummary.h"

#include <QAbstractListModel>

class ConversationStore;

// The sidebar's list: every conversation, pinned first, then by last activity, with its title,
// when it was last active and how many messages it holds.
class ConversationListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        PinnedRole,
        UpdatedRole,
        MessageCountRole,
    };

    explicit ConversationListModel(ConversationStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Re-reads the list from the store (after a send, a rename, another process's change).
    void reload();
    QModelIndex indexOf(qint64 conversationId) const;

private:
    ConversationStore *m_store = nullptr;
    QList<ConversationSummary> m_rows;
};
