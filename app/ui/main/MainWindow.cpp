#include "main/MainWindow.h"

#include "api/ProviderClient.h"
#include "app/AppContext.h"
#include "app/AppInfo.h"
#include "app/SingleShotTimer.h"
#include "bench/BenchmarkDialog.h"
#include "bench/CompareDialog.h"
#include "common/FileDialogs.h"
#include "common/Retranslator.h"
#include "common/Theme.h"
#include "formats/ConversationJson.h"
#include "formats/ConversationMarkdown.h"
#include "common/TranslationLoader.h"
#include "main/AboutDialog.h"
#include "main/ChatPane.h"
#include "main/ConversationChoices.h"
#include "main/ConversationListModel.h"
#include "main/ConversationSidebar.h"
#include "main/NoticeBoard.h"
#include "main/StatsBar.h"
#include "main/WindowMenus.h"
#include "settings/SettingsDialog.h"
#include "store/ConversationStore.h"
#include "transcript/TranscriptView.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>

namespace {
// Window layout is cosmetic state: a corrupt value only costs the saved layout.
constexpr auto kGeometryKey = "window/geometry";
constexpr auto kSplitterKey = "window/splitter";
} // namespace

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_deletes(new PendingDeletes(context, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(AppInfo::displayName());
    setWindowIcon(QIcon(QStringLiteral(":/icons/tally.svg")));
    m_sidebar = new ConversationSidebar(this);
    m_chat = new ChatPane(m_context, this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_chat);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({260, 740});
    setCentralWidget(m_splitter);
    m_statsBar = new StatsBar(this);
    setStatusBar(m_statsBar);
    buildMenus();
    Retranslator::watch(this, [this] { retranslate(); });
    resize(1000, 680);
    restoreLayout();
    connectParts();
    m_chat->choices().reloadProfiles();
    applyNetworkSettings();
    applyTranscriptFont();
    openStore();
    if (!m_context.priceProblems().isEmpty() && !m_chat->notices().has(0))
        setWindowNotice(m_context.priceProblems().join(u'\n')); // a hand-edited tally.ini: which price rows were left out
}

MainWindow::~MainWindow() = default; // PendingDeletes deletes what was not undone

qint64 MainWindow::currentConversation() const
{
    return m_chat->current();
}

void MainWindow::buildMenus()
{
    WindowMenus::build(*this, m_context, m_sidebar, m_chat->transcript(), m_chat->findBar());
}

void MainWindow::connectParts()
{
    connect(m_sidebar, &ConversationSidebar::newChatRequested, this, &MainWindow::newConversation);
    connect(m_sidebar, &ConversationSidebar::conversationActivated, this, &MainWindow::selectConversation);
    connect(m_sidebar, &ConversationSidebar::contextMenuRequested, this, &MainWindow::showConversationMenu);
    connect(m_sidebar, &ConversationSidebar::searchRequested, this, [this](const QString &text) {
        m_sidebar->showSearchResults(m_context.hasStore() && !text.isEmpty() ? m_context.store().search(text)
                                                                             : QList<SearchHit>());
    });
    connect(m_sidebar, &ConversationSidebar::searchHitActivated, this, &MainWindow::openSearchHit);
    connect(m_chat, &ChatPane::conversationNeeded, this, &MainWindow::newConversation);
    // Once per turn of the event loop: replies that end together change the list once.
    m_listReload = singleShotTimer(0, this, &MainWindow::reloadList);
    connect(m_chat, &ChatPane::conversationsChanged, m_listReload, qOverload<>(&QTimer::start));
    connect(m_chat, &ChatPane::streamingChanged, this,
            [this](qint64 conversationId, bool streaming) { m_model->setStreaming(conversationId, streaming); });
    connect(m_chat, &ChatPane::statsChanged, this, &MainWindow::refreshConversationStats);
    connect(m_chat, &ChatPane::deleteMessageRequested, this, &MainWindow::deleteMessage);
    connect(m_chat, &ChatPane::undoRequested, this, &MainWindow::undoDelete);
    connect(m_chat, &ChatPane::settingsRequested, this, &MainWindow::showSettings);
    connect(m_chat, &ChatPane::statusMessage, m_statsBar, &StatsBar::showMessage);
    connect(m_deletes, &PendingDeletes::failed, this, &MainWindow::setWindowNotice);
    connect(m_deletes, &PendingDeletes::messageDeleted, this, [this] {
        m_chat->notices().clearWindowNotice(BannerNotice::Action::Undo);
        if (currentConversation() > 0)
            selectConversation(currentConversation());
    });
    connect(m_deletes, &PendingDeletes::conversationDeleted, this, [this](qint64 id) {
        m_chat->forget(id);
        m_chat->notices().clearWindowNotice(BannerNotice::Action::Undo);
        m_model->setHidden(0);
        reloadList();
    });
    // A window shortcut: Esc stops the reply wherever the focus is (the sidebar, the transcript).
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WindowShortcut);
    connect(escape, &QShortcut::activated, m_chat, &ChatPane::escape);
}

void MainWindow::openStore()
{
    const Database::OpenResult opened = m_context.hasStore() ? Database::OpenResult() : m_context.openDatabase();
    m_model = new ConversationListModel(m_context.hasStore() ? &m_context.store() : nullptr, this);
    m_sidebar->setModel(m_model);
    if (!opened.ok()) {
        setWindowNotice(opened.error.message());
        m_sidebar->setNewChatEnabled(false);
        m_chat->showConversation(0);
        return;
    }
    m_chat->storeOpened();
    if (opened.readOnly)
        setWindowNotice(tr("The conversation database is read-only: you can read, but new messages cannot be saved."));
    // The last conversation shows at once.
    if (m_model->rowCount() > 0)
        selectConversation(m_model->data(m_model->index(0), ConversationListModel::IdRole).toLongLong());
    else
        m_chat->showConversation(0); // what it said before the database was open no longer holds
}

void MainWindow::setWindowNotice(const QString &text)
{
    m_chat->notices().set(0, {text, {}});
}

void MainWindow::leaveConversation()
{
    const qint64 left = currentConversation();
    if (left == 0 || !m_context.hasStore())
        return;
    m_chat->cancelEdit();
    const QString draft = m_chat->draft();
    m_context.store().setDraft(left, draft);
    // An empty "New chat" is not kept once left: it holds nothing to come back to.
    const std::optional<Conversation> conversation = m_context.store().conversation(left);
    if (conversation && conversation->title.isEmpty() && draft.trimmed().isEmpty() && !m_chat->isStreaming(left)
        && m_context.store().allMessages(left).isEmpty() && m_context.store().deleteConversation(left))
        m_chat->forget(left);
}

void MainWindow::newConversation()
{
    if (!m_context.hasStore())
        return;
    StoreError error;
    const std::optional<Conversation> created = m_context.store().createConversation(Conversation(), &error);
    if (!created) {
        setWindowNotice(error.message());
        return;
    }
    selectConversation(created->id);
    m_chat->focusComposer();
}

void MainWindow::selectConversation(qint64 conversationId)
{
    if (!m_context.hasStore())
        return;
    const bool switching = conversationId != currentConversation();
    if (switching) {
        m_deletes->commitMessage();
        leaveConversation();
        const std::optional<Conversation> conversation = m_context.store().conversation(conversationId);
        m_chat->setDraft(conversation ? conversation->draft : QString());
    }
    m_chat->showConversation(conversationId);
    if (switching)
        reloadList();
    refreshConversationStats();
}

void MainWindow::reloadList()
{
    m_model->reload();
    if (currentConversation() > 0)
        m_sidebar->selectRow(m_model->indexOf(currentConversation()).row());
}

void MainWindow::refreshConversationStats()
{
    m_conversationStats.clear();
    if (const qint64 current = currentConversation(); m_context.hasStore() && current > 0) {
        // Every version counts: each was paid for.
        for (const Message &message : m_context.store().allMessages(current)) {
            if (message.stats)
                m_conversationStats.add(*message.stats, message.cost);
        }
        if (const std::optional<Conversation> conversation = m_context.store().conversation(current);
            conversation && conversation->titleCost)
            m_conversationStats.addCost(*conversation->titleCost);
    }
    m_statsBar->setConversationStats(m_conversationStats);
    m_statsBar->setSessionStats(m_context.sessionStats());
}

void MainWindow::regenerate(qint64 messageId)
{
    m_chat->regenerate(messageId);
}

void MainWindow::deleteMessage(qint64 messageId)
{
    if (!m_context.hasStore() || m_chat->isStreaming(currentConversation()))
        return; // the stream owns the last row until it ends
    m_deletes->deleteMessageLater(messageId);
    m_chat->hideMessage(messageId);
    m_chat->notices().set(0, {tr("Message deleted. What it cost stays counted in your spending."),
                              {BannerNotice::Action::Undo}});
}

void MainWindow::deleteConversation()
{
    const qint64 id = currentConversation();
    if (!m_context.hasStore() || id == 0)
        return;
    m_chat->stop(id);
    m_deletes->deleteConversationLater(id);
    const QString title = m_model->data(m_model->indexOf(id), Qt::EditRole).toString();
    m_chat->clearConversation(); // its draft is deleted with it
    m_chat->notices().set(0, {tr("Deleted \"%1\".").arg(title.isEmpty() ? tr("New chat") : title),
                              {BannerNotice::Action::Undo}});
    // Hidden now; the rows go only when the undo time is over.
    m_model->setHidden(id);
    if (m_model->rowCount() > 0)
        selectConversation(m_model->data(m_model->index(0), ConversationListModel::IdRole).toLongLong());
    refreshConversationStats();
}

void MainWindow::undoDelete()
{
    const PendingDeletes::Undone undone = m_deletes->undo();
    m_chat->notices().clear(0);
    if (undone.messageId != 0)
        selectConversation(currentConversation()); // it was only hidden
    if (undone.conversationId != 0) {
        m_model->setHidden(0);
        selectConversation(undone.conversationId);
    }
}

void MainWindow::openSearchHit(qint64 conversationId, qint64 messageId)
{
    selectConversation(conversationId);
    if (messageId != 0)
        m_chat->findFrom(messageId, m_sidebar->searchText());
}

void MainWindow::showConversationMenu(qint64 conversationId, const QPoint &globalPos)
{
    if (conversationId != currentConversation())
        return;
    QMenu menu(this);
    menu.addAction(tr("&Rename"), m_sidebar, &ConversationSidebar::renameCurrent);
    menu.addAction(tr("&Pin or Unpin"), this, &MainWindow::togglePinned);
    menu.addAction(tr("&Instructions…"), m_chat, &ChatPane::editSystemPrompt);
    menu.addAction(tr("&Export…"), this, &MainWindow::exportConversation);
    menu.addSeparator();
    menu.addAction(tr("&Delete"), this, &MainWindow::deleteConversation);
    menu.exec(globalPos);
}

void MainWindow::togglePinned()
{
    const qint64 id = currentConversation();
    std::optional<Conversation> conversation =
        m_context.hasStore() && id > 0 ? m_context.store().conversation(id) : std::nullopt;
    if (!conversation)
        return;
    conversation->pinned = !conversation->pinned;
    StoreError error;
    if (!m_context.store().updateConversation(*conversation, &error))
        m_chat->notices().set(id, {error.message(), {}});
    reloadList();
}

void MainWindow::exportConversation()
{
    const qint64 id = currentConversation();
    if (!m_context.hasStore() || id == 0)
        return;
    StoreError error;
    const std::optional<ConversationDocument> document = m_context.store().document(id, &error);
    if (!document) {
        m_chat->notices().set(id, {error.message(), {}});
        return;
    }
    QString name = document->conversation.title.isEmpty() ? tr("Conversation") : document->conversation.title;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    const QString path = FileDialogs::saveFileName(this, tr("Export Conversation"),
                                                   QDir::home().filePath(name + QStringLiteral(".md")),
                                                   tr("Markdown (*.md);;Tally conversation (*.json)"));
    if (path.isEmpty())
        return;
    const QByteArray bytes = path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)
        ? ConversationJson::toJson(*document)
        : ConversationMarkdown::toMarkdown(*document, QLocale()).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_chat->notices().set(id, {tr("Could not export to %1: %2").arg(path, file.errorString()), {}});
        return;
    }
    m_statsBar->showMessage(tr("Exported to %1").arg(path), 5000);
}

void MainWindow::showSettings(int page)
{
    // Non-modal open(): the event loop (and any stream) keeps running while it is shown.
    auto *dialog = findChild<SettingsDialog *>();
    if (!dialog) {
        dialog = new SettingsDialog(m_context, this);
        // A fresh dialog each time, so what a Cancel discarded is not shown again.
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SettingsDialog::settingsApplied, this, &MainWindow::applySettings);
    }
    if (page >= 0 && page < dialog->pageCount())
        dialog->showPage(page);
    dialog->open();
}

void MainWindow::applySettings()
{
    Theme::apply(m_context.settings().theme());
    applyTranscriptFont();
    m_context.reloadPrices();
    if (m_translations)
        m_translations->apply(m_context.settings().language()); // each widget retranslates itself
    m_chat->reloadChoices();
    applyNetworkSettings();
    refreshConversationStats();
}

void MainWindow::showBenchmark()
{
    auto *dialog = new BenchmarkDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showCompare()
{
    auto *dialog = new CompareDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CompareDialog::conversationCreated, this, [this](qint64 id) {
        reloadList();
        selectConversation(id);
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    // Non-modal open() so the event loop keeps running (and tests can inspect the dialog).
    auto *dialog = findChild<AboutDialog *>();
    if (!dialog)
        dialog = new AboutDialog(this);
    dialog->open();
}

void MainWindow::applyTheme(AppSettings::Theme theme)
{
    m_context.settings().setTheme(theme);
    m_context.settings().sync();
    Theme::apply(theme); // the transcript follows the palette change by itself
}

void MainWindow::applyTranscriptFont()
{
    QFont font = QApplication::font();
    if (const QString family = m_context.settings().transcriptFontFamily(); !family.isEmpty())
        font.setFamily(family);
    if (const int size = m_context.settings().transcriptFontSize(); size > 0)
        font.setPointSize(size);
    if (font != m_chat->transcript()->font())
        m_chat->transcript()->setFont(font); // it lays out again by itself
}

void MainWindow::applyNetworkSettings()
{
    RetryPolicy policy = m_context.client().retryPolicy();
    policy.maxRetries = m_context.settings().value(AppSettings::Retries);
    m_context.client().setRetryPolicy(policy);
    m_context.applyProxySettings();
    // One token bucket per profile: sending is queued, never refused, when it runs dry.
    for (const ProviderProfile &profile : m_chat->choices().profiles())
        m_context.client().setRequestsPerMinute(profile.id, m_context.settings().value(AppSettings::RequestsPerMinute));
}

void MainWindow::retranslate()
{
    // The menus are rebuilt rather than relabelled: same actions, names and shortcuts.
    const QList<QMenu *> menus = menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly);
    menuBar()->clear();
    qDeleteAll(menus);
    buildMenus();
    if (currentConversation() > 0)
        selectConversation(currentConversation()); // footers and the header in the new language
    refreshConversationStats();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_chat->cancelEdit(); // the draft from before the edit is what is kept
    if (currentConversation() > 0 && m_context.hasStore())
        m_context.store().setDraft(currentConversation(), m_chat->draft());
    saveLayout();
    event->accept();
}

void MainWindow::restoreLayout()
{
    const QSettings &settings = m_context.settings().raw();
    restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray());
    m_splitter->restoreState(settings.value(QLatin1String(kSplitterKey)).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings &settings = m_context.settings().raw();
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kSplitterKey), m_splitter->saveState());
    settings.sync();
}
