#pragma once

#include <QWidget>

class QLineEdit;
class QListView;
class QPushButton;

// The left column: the search field, the New chat button and the list of conversations.
// Until the conversation store exists the list is empty and says so.
class ConversationSidebar final : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationSidebar(QWidget *parent = nullptr);

    void focusSearch();

private:
    QLineEdit *m_search = nullptr;
    QPushButton *m_newChat = nullptr;
    QListView *m_list = nullptr;
};
