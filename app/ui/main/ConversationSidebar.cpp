#include "main/ConversationSidebar.h"

#include "app/SingleShotTimer.h"
#include "common/Retranslator.h"
#include "common/Widgets.h"
#include "main/ConversationListModel.h"
#include "store/SearchHit.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QTimer>
#include <QPushButton>
#include <QVBoxLayout>

ConversationSidebar::ConversationSidebar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("conversationSidebar"));
    setMinimumWidth(180);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);

    m_newChat = new QPushButton(this);
    m_newChat->setObjectName(QStringLiteral("newChatButton"));
    connect(m_newChat, &QPushButton::clicked, this, &ConversationSidebar::newChatRequested);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("conversationList"));
    // Not uniform: a Thai or Chinese title (or emoji) needs a taller line than a Latin one, and
    // each row keeps its second line (time · cost) whatever its script.
    m_list->setUniformItemSizes(false);
    m_list->setTextElideMode(Qt::ElideRight);
    // A long title is elided to the sidebar's width instead of widening every row and bringing
    // a horizontal scroll bar that hides the conversation list's last row.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QListView::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_list->indexAt(at);
        if (!index.isValid())
            return;
        const qint64 id = index.data(Qt::UserRole + 1).toLongLong();
        Q_EMIT conversationActivated(id);
        Q_EMIT contextMenuRequested(id, m_list->viewport()->mapToGlobal(at));
    });
    // F2 or a click on the selected row renames it in place.
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyConversationsLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setWordWrap(true);
    m_results->hide();
    Retranslator::watch(this, [this] { retranslate(); });
    retranslate();
    const auto openHit = [this](QListWidgetItem *item) {
        Q_EMIT searchHitActivated(item->data(Qt::UserRole).toLongLong(), item->data(Qt::UserRole + 1).toLongLong());
    };
    connect(m_results, &QListWidget::itemActivated, this, openHit);
    connect(m_results, &QListWidget::itemClicked, this, openHit);

    // Search as you type, but once typing pauses: a query per keystroke would be wasted work.
    m_searchDelay = singleShotTimer(150, this, [this] { Q_EMIT searchRequested(m_search->text().trimmed()); });
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_newChat);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_results, 1);
}

QString ConversationSidebar::searchText() const
{
    return m_search->text().trimmed();
}

void ConversationSidebar::showSearchResults(const QList<SearchHit> &hits)
{
    const bool searching = !m_search->text().trimmed().isEmpty();
    m_results->clear();
    for (const SearchHit &hit : hits) {
        // The markers around matches become «» here: a list item shows plain text.
        QString snippet = hit.snippet;
        snippet.replace(SearchHit::kMatchStart, u'«').replace(SearchHit::kMatchEnd, u'»');
        const QString title = hit.conversationTitle.isEmpty() ? tr("New chat") : hit.conversationTitle;
        auto *item = new QListWidgetItem(hit.messageId == 0 ? snippet : title + u'\n' + snippet, m_results);
        item->setData(Qt::UserRole, hit.conversationId);
        item->setData(Qt::UserRole + 1, hit.messageId);
        item->setToolTip(title);
    }
    if (searching && hits.isEmpty())
        new QListWidgetItem(tr("No matches."), m_results);
    m_results->setVisible(searching);
    m_list->setVisible(!searching);
    m_empty->setVisible(!searching && (!m_list->model() || m_list->model()->rowCount() == 0));
}

void ConversationSidebar::setModel(QAbstractItemModel *model)
{
    m_list->setModel(model);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            Q_EMIT conversationActivated(current.data(ConversationListModel::IdRole).toLongLong());
    });
    connect(model, &QAbstractItemModel::modelReset, this, &ConversationSidebar::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ConversationSidebar::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ConversationSidebar::updateEmptyState);
    updateEmptyState();
}

void ConversationSidebar::updateEmptyState()
{
    m_empty->setVisible(m_search->text().trimmed().isEmpty() && (!m_list->model() || m_list->model()->rowCount() == 0));
}

void ConversationSidebar::selectRow(int row)
{
    if (!m_list->model() || row < 0 || row >= m_list->model()->rowCount())
        return;
    const QSignalBlocker blocker(m_list->selectionModel()); // the caller already switched
    m_list->setCurrentIndex(m_list->model()->index(row, 0));
}

void ConversationSidebar::renameCurrent()
{
    if (m_list->currentIndex().isValid())
        m_list->edit(m_list->currentIndex());
}

void ConversationSidebar::setNewChatEnabled(bool enabled)
{
    m_newChat->setEnabled(enabled);
}

void ConversationSidebar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ConversationSidebar::retranslate()
{
    m_search->setPlaceholderText(tr("Search conversations"));
    m_search->setAccessibleName(tr("Search conversations"));
    m_newChat->setText(tr("New chat"));
    Widgets::describe(m_newChat, tr("New chat"),
                      tr("Start a new conversation (%1)")
                          .arg(QKeySequence(Qt::CTRL | Qt::Key_N).toString(QKeySequence::NativeText)));
    m_list->setAccessibleName(tr("Conversations"));
    m_empty->setText(tr("No conversations yet."));
    m_results->setAccessibleName(tr("Search results"));
}
