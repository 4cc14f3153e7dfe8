#pragma once

#include "domain/Message.h"

#include "common/RowListModel.h"

// The messages of the conversation the transcript shows, oldest first, as an item model: the
// view draws from it, screen readers and tests read it. A streaming reply is updated in place
// (updateText) many times a second; that only marks its row changed.
class TranscriptModel final : public RowListModel<Message>
{
    Q_OBJECT

public:
    enum Roles { IdRole = Qt::UserRole + 1, RoleRole, StateRole, ReasoningRole };

    using RowListModel::RowListModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setMessages(const QList<Message> &messages);
    void clear();
    void append(const Message &message);
    // Replaces the stored message with the same id (a finished reply, a changed state).
    void replace(const Message &message);
    void updateText(qint64 id, const QString &content, const QString &reasoning);
    void remove(qint64 id);

    const QList<Message> &messages() const { return m_rows; }
    const Message &message(int row) const { return m_rows.at(row); }
    // The row of a message, searched from the newest end (the streaming one is last), or -1.
    int rowOf(qint64 id) const;
};
