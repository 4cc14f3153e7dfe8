#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QTimer;
struct SearchHit;
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
    void renameCurrent();
    // Shows full-text search results in place of the list (empty text: the list again).
    void showSearchResults(const QList<SearchHit> &hits);
    QString searchText() const;

Q_SIGNALS:
    void conversationActivated(qint64 conversationId);
    // A search result: the conversation, and the message that matched (0 for a title).
    void searchHitActivated(qint64 conversationId, qint64 messageId);
    void newChatRequested();
    // A right click on a conversation (already made the current one): rename, pin, export, delete.
    void contextMenuRequested(qint64 conversationId, const QPoint &globalPos);
    // The search text settled (typing paused); empty when it was cleared.
    void searchRequested(const QString &text);

private:
    void retranslate();
    void updateEmptyState();

    QLineEdit *m_search = nullptr;
    QPushButton *m_newChat = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QListWidget *m_results = nullptr;
    QTimer *m_searchDelay = nullptr;
};
