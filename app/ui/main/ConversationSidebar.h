#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

// The left column: the search field, the New chat button and the list of conversations.
class ConversationSidebar final : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationSidebar(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    void focusSearch();
    void selectRow(int row);
    void setNewChatEnabled(bool enabled);

Q_SIGNALS:
    void conversationActivated(qint64 conversationId);
    void newChatRequested();

private:
    void updateEmptyState();

    QLineEdit *m_search = nullptr;
    QPushButton *m_newChat = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_empty = nullptr;
};
