#include "main/MainWindow.h"

#include "api/ProviderClient.h"
#include "app/AppContext.h"
#include "app/AppInfo.h"
#include "bench/BenchmarkDialog.h"
#include "bench/CompareDialog.h"
#include "chat/AutoTitler.h"
#include "chat/ChatHeader.h"
#include "chat/Composer.h"
#include "chat/ModelCatalog.h"
#include "chat/SendSettingsResolver.h"
#include "common/ExternalLinks.h"
#include "common/FileDialogs.h"
#include "common/Theme.h"
#include "common/TranslationLoader.h"
#include "domain/TokenEstimator.h"
#include "main/AboutDialog.h"
#include "main/ConversationBanner.h"
#include "main/ConversationListModel.h"
#include "main/ConversationSidebar.h"
#include "main/StatsBar.h"
#include "main/WindowMenus.h"
#include "secrets/ApiKeyResolver.h"
#include "settings/ProfileList.h"
#include "settings/SettingsDialog.h"
#include "store/ConversationExporter.h"
#include "store/ConversationStore.h"
#include "transcript/FindBar.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptView.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileSystemWatcher>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// Window layout is cosmetic state: a corrupt value only costs the saved layout.
constexpr auto kGeometryKey = "window/geometry";
constexpr auto kSplitterKey = "window/splitter";
constexpr int kProvidersPage = 0;
constexpr int kDataPage = 5;
} // namespace

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(AppInfo::displayName());
    setWindowIcon(QIcon(QStringLiteral(":/icons/tally.svg")));
    m_sidebar = new ConversationSidebar(this);
    buildChatPane();
    m_statsBar = new StatsBar(this);
    setStatusBar(m_statsBar);
    WindowMenus::build(*this, m_context, m_sidebar, m_transcript, m_findBar);
    resize(1000, 680);
    restoreLayout();
    connectWidgets();
    reloadProfiles();
    applyNetworkSettings();
    applyTranscriptFont();
    openStore();
    if (!m_context.priceProblems().isEmpty() && !m_notices.contains(0))
        setNotice(0, {m_context.priceProblems().join(u'\n'), {}}); // a hand-edited tally.ini: which price rows were left out
}

MainWindow::~MainWindow()
{
    commitMessageDelete();
    commitDelete(); // a delete the user did not undo happens, even if the window closes first
}

void MainWindow::buildChatPane()
{
    auto *chatPane = new QWidget(this);
    chatPane->setObjectName(QStringLiteral("chatPane"));
    m_header = new ChatHeader(chatPane);
    m_banner = new ConversationBanner(chatPane);
    m_transcript = new TranscriptView(chatPane);
    m_findBar = new FindBar(chatPane);
    m_composer = new Composer(chatPane);
    auto *chatLayout = new QVBoxLayout(chatPane);
    chatLayout->setContentsMargins(0, 0, 0, 0);
    chatLayout->setSpacing(0);
    chatLayout->addWidget(m_header);
    chatLayout->addWidget(m_banner);
    chatLayout->addWidget(m_transcript, 1);
    chatLayout->addWidget(m_findBar);
    chatLayout->addWidget(m_composer);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(chatPane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({260, 740});
    setCentralWidget(m_splitter);
}

void MainWindow::connectWidgets()
{
    connect(m_sidebar, &ConversationSidebar::newChatRequested, this, &MainWindow::newConversation);
    connect(m_sidebar, &ConversationSidebar::conversationActivated, this, &MainWindow::selectConversation);
    connect(m_sidebar, &ConversationSidebar::contextMenuRequested, this, &MainWindow::showConversationMenu);
    connect(m_sidebar, &ConversationSidebar::searchRequested, this, [this](const QString &text) {
        m_sidebar->showSearchResults(m_context.hasStore() && !text.isEmpty() ? m_context.store().search(text)
                                                                             : QList<SearchHit>());
    });
    connect(m_sidebar, &ConversationSidebar::searchHitActivated, this, &MainWindow::openSearchHit);
    connect(m_composer, &Composer::sendRequested, this, &MainWindow::send);
    connect(m_composer, &Composer::editSubmitted, this, &MainWindow::submitEdit);
    connect(m_composer, &Composer::stopRequested, this, &MainWindow::stop);
    connect(m_transcript, &TranscriptView::actionTriggered, this, &MainWindow::onMessageAction);
    connect(m_transcript, &TranscriptView::linkActivated, this, &MainWindow::onLinkActivated);
    m_transcript->setActionProvider([this](const Message &message, int row) { return actionsFor(message, row); });
    m_transcript->setVersionProvider([](const Message &message) {
        return message.versionCount > 1 ? QStringLiteral("%1 / %2").arg(message.versionIndex).arg(message.versionCount)
                                        : QString();
    });
    connect(m_findBar, &FindBar::findRequested, m_transcript, &TranscriptView::setFindText);
    connect(m_findBar, &FindBar::nextRequested, m_transcript, &TranscriptView::findNext);
    connect(m_findBar, &FindBar::previousRequested, m_transcript, &TranscriptView::findPrevious);
    connect(m_findBar, &FindBar::closed, this, [this] {
        m_transcript->setFindText(QString());
        m_transcript->setFocus(Qt::OtherFocusReason);
    });
    connect(m_transcript, &TranscriptView::findStatusChanged, m_findBar, &FindBar::setStatus);
    connect(m_banner, &ConversationBanner::actionTriggered, this, &MainWindow::onBannerAction);
    connect(m_banner, &ConversationBanner::dismissed, this, [this] {
        setNotice(m_notices.contains(m_current) ? m_current : 0, BannerNotice());
    });
    connect(m_header, &ChatHeader::selectionEdited, this, &MainWindow::saveConversationChoices);
    // The model picker lists what the profile's provider offers, fetched once the key is known.
    m_models = new ModelCatalog(m_context.client(), this);
    connect(m_header, &ChatHeader::refreshModelsRequested, this, [this] { m_models->refresh(m_profile, m_apiKey); });
    connect(m_models, &ModelCatalog::modelsChanged, this, [this](const QString &profileId, const QStringList &models) {
        if (profileId == m_profile.id)
            m_header->setModels(models);
    });
    connect(m_models, &ModelCatalog::refreshFailed, this, [this](const QString &profileId, const QString &message) {
        if (profileId == m_profile.id)
            m_statsBar->showMessage(tr("The model list could not be fetched: %1").arg(message), 8000);
    });
    // The estimate follows typing, but once per pause rather than per keystroke.
    m_estimateDelay = new QTimer(this);
    m_estimateDelay->setSingleShot(true);
    m_estimateDelay->setInterval(100);
    connect(m_estimateDelay, &QTimer::timeout, this, &MainWindow::updateEstimate);
    connect(m_composer, &Composer::draftChanged, m_estimateDelay, qOverload<>(&QTimer::start));
    m_deleteTimer = new QTimer(this);
    m_deleteTimer->setSingleShot(true);
    m_deleteTimer->setInterval(kUndoDeleteMs);
    connect(m_deleteTimer, &QTimer::timeout, this, [this] {
        commitMessageDelete();
        commitDelete();
    });
    // Profiles added or changed with tally-cli while the window is open appear without a restart.
    // QSettings replaces the file when it writes, so the watch is set again each time.
    auto *watcher = new QFileSystemWatcher(this);
    const QString settingsFile = m_context.settings().path();
    watcher->addPath(settingsFile);
    connect(watcher, &QFileSystemWatcher::fileChanged, this, [this, watcher, settingsFile] {
        if (!watcher->files().contains(settingsFile))
            watcher->addPath(settingsFile);
        const QList<ProviderProfile> before = m_profiles;
        m_context.settings().raw().sync();
        if (ProfileList::load(m_context.settings()).profiles() != before)
            reloadProfiles();
    });
    // A window shortcut: Esc stops the reply wherever the focus is (the sidebar, the transcript).
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WindowShortcut);
    connect(escape, &QShortcut::activated, this, &MainWindow::escape);
}

void MainWindow::openStore()
{
    const Database::OpenResult opened = m_context.hasStore() ? Database::OpenResult() : m_context.openDatabase();
    m_model = new ConversationListModel(m_context.hasStore() ? &m_context.store() : nullptr, this);
    m_sidebar->setModel(m_model);
    if (!opened.ok()) {
        setNotice(0, {opened.error.message(), {}});
        m_sidebar->setNewChatEnabled(false);
        updateComposerState();
        return;
    }
    m_titler = new AutoTitler(m_context.store(), m_context.client(), m_context.prices(), this);
    connect(m_titler, &AutoTitler::titled, this, [this](qint64 conversationId, const QString &title, const CostEstimate &cost) {
        m_context.sessionStats().addCost(cost);
        if (conversationId == m_current)
            m_header->setTitle(title);
        refreshConversationStats();
        reloadList();
    });
    connect(m_titler, &AutoTitler::failed, this, [this](qint64 conversationId, const QString &message) {
        setNotice(conversationId, {message, {}});
    });
    if (opened.readOnly)
        setNotice(0, {tr("The conversation database is read-only: you can read, but new messages cannot be saved."), {}});
    // The last conversation shows at once.
    if (m_model->rowCount() > 0)
        selectConversation(m_model->data(m_model->index(0), ConversationListModel::IdRole).toLongLong());
    updateComposerState(); // what it said before the database was open no longer holds
}

QString MainWindow::keyHelp() const
{
    return tr("Paste the API key for \"%1\" in Settings › Providers (Tally keeps it in the system keychain). From a "
              "terminal: tally-cli key set %1, or set the environment variable %2 before starting Tally.")
        .arg(m_profile.name, m_profile.keyVariable);
}

void MainWindow::resolveKey()
{
    m_apiKey.clear();
    m_keyProblem.clear();
    updateComposerState();
    if (!m_profile.needsKey) {
        if (!m_models->hasModels(m_profile.id))
            m_models->refresh(m_profile, QString()); // a local server needs no key
        return;
    }
    m_keyProblem = tr("Looking for the API key…");
    updateComposerState();
    m_context.keys().resolve(m_profile, this, [this](const ApiKeyResolver::Resolution &found) {
        m_apiKey = found.key;
        m_keyProblem.clear();
        if (!found.hasKey()) {
            m_keyProblem = tr("No API key for the profile \"%1\" yet.").arg(m_profile.name) + u' ' + keyHelp();
            if (found.keychainUnavailable())
                m_keyProblem += u' ' + tr("The keychain could not be read: %1").arg(found.keychain.message);
            setNotice(0, {m_keyProblem, {BannerNotice::Action::SetKey}});
        } else if (m_notices.value(0).actions.contains(BannerNotice::Action::SetKey)) {
            setNotice(0, BannerNotice());
        }
        if (found.hasKey() && !m_models->hasModels(m_profile.id))
            m_models->refresh(m_profile, m_apiKey);
        updateComposerState();
    });
}

void MainWindow::updateComposerState()
{
    QString reason;
    if (!m_context.hasStore())
        reason = tr("The conversation database is not available.");
    else if (m_context.database().isReadOnly())
        reason = tr("The conversation database is read-only.");
    else if (m_profile.needsKey && m_apiKey.isEmpty())
        reason = m_keyProblem;
    m_composer->setSendBlockedReason(reason);
    ConversationSession *session = m_sessions.value(m_current);
    m_composer->setStreaming(session && session->isStreaming());
    m_transcript->refreshActions();
}

void MainWindow::setNotice(qint64 conversationId, const BannerNotice &notice)
{
    if (notice.isEmpty())
        m_notices.remove(conversationId);
    else
        m_notices.insert(conversationId, notice);
    showCurrentNotice();
}

void MainWindow::showCurrentNotice()
{
    // The open conversation's own notice first; the window's (database, key, undo) otherwise.
    m_banner->showNotice(m_notices.value(m_current > 0 && m_notices.contains(m_current) ? m_current : 0));
}

ConversationSession *MainWindow::sessionFor(qint64 conversationId)
{
    if (ConversationSession *existing = m_sessions.value(conversationId))
        return existing;
    auto *session = new ConversationSession(m_context.store(), m_context.client(), m_context.prices(), conversationId, this);
    session->setResponseCache(&m_context.responseCache());
    m_sessions.insert(conversationId, session);
    connect(session, &ConversationSession::messageStored, this, [this, conversationId](const Message &message) {
        if (message.role == Message::Role::Assistant && message.state == Message::State::Streaming)
            m_model->setStreaming(conversationId, true);
        if (conversationId == m_current)
            selectConversation(m_current); // versions change what the conversation reads as
    });
    connect(session, &ConversationSession::replyUpdated, this,
            [this, conversationId](qint64 id, const QString &content, const QString &reasoning) {
                if (conversationId == m_current)
                    m_transcript->updateStreaming(id, content, reasoning);
            });
    connect(session, &ConversationSession::replyFinished, this,
            [this, conversationId](const Message &message) { onReplyFinished(conversationId, message); });
    connect(session, &ConversationSession::saveFailed, this, [this, conversationId](const StoreError &error) {
        setNotice(conversationId, {error.message(), {BannerNotice::Action::SaveAgain}});
    });
    connect(session, &ConversationSession::replyStoredLater, this, [this, conversationId](const Message &) {
        setNotice(conversationId, {tr("The reply is stored in full now."), {}});
    });
    connect(session, &ConversationSession::titleChanged, this, [this, conversationId](const QString &title) {
        if (conversationId == m_current)
            m_header->setTitle(title);
    });
    connect(session, &ConversationSession::historyTrimmed, this, [this, conversationId](int dropped) {
        setNotice(conversationId, {tr("%Ln older message(s) were left out of this request so it fits the model's "
                                      "context window.", nullptr, dropped), {}});
    });
    return session;
}

void MainWindow::leaveConversation()
{
    if (m_current == 0 || !m_context.hasStore())
        return;
    if (m_composer->editingMessage() > 0)
        m_composer->cancelEdit();
    const QString draft = m_composer->text();
    m_context.store().setDraft(m_current, draft);
    // An empty "New chat" is not kept once left: it holds nothing to come back to.
    const std::optional<Conversation> left = m_context.store().conversation(m_current);
    ConversationSession *session = m_sessions.value(m_current);
    if (left && left->title.isEmpty() && draft.trimmed().isEmpty() && !(session && session->isStreaming())
        && m_context.store().allMessages(m_current).isEmpty() && m_context.store().deleteConversation(m_current)) {
        delete m_sessions.take(m_current);
        m_notices.remove(m_current);
    }
}

void MainWindow::newConversation()
{
    if (!m_context.hasStore())
        return;
    StoreError error;
    const std::optional<Conversation> created = m_context.store().createConversation(Conversation(), &error);
    if (!created) {
        setNotice(0, {error.message(), {}});
        return;
    }
    selectConversation(created->id);
    m_composer->focusEditor();
}

void MainWindow::selectConversation(qint64 conversationId)
{
    if (!m_context.hasStore())
        return;
    if (conversationId != m_current) {
        commitMessageDelete();
        leaveConversation();
        m_current = conversationId;
        const std::optional<Conversation> conversation = m_context.store().conversation(conversationId);
        m_composer->setText(conversation ? conversation->draft : QString());
        reloadList();
    }
    QList<Message> messages = m_context.store().messages(conversationId);
    // A reply still streaming in the background shows as it stands now.
    if (ConversationSession *session = m_sessions.value(conversationId)) {
        if (const std::optional<Message> live = session->streamingMessage()) {
            for (Message &message : messages) {
                if (message.id == live->id)
                    message = *live;
            }
        }
    }
    m_transcript->showConversation(messages);
    applyConversationChoices();
    refreshConversationStats();
    recountHistory();
    updateComposerState();
    showCurrentNotice();
}

void MainWindow::reloadList()
{
    m_model->reload();
    if (m_current > 0)
        m_sidebar->selectRow(m_model->indexOf(m_current).row());
}

void MainWindow::applyConversationChoices()
{
    const std::optional<Conversation> conversation =
        m_context.hasStore() && m_current > 0 ? m_context.store().conversation(m_current) : std::nullopt;
    m_header->setTitle(conversation ? (conversation->title.isEmpty() ? tr("New chat") : conversation->title) : QString());
    ProviderProfile profile = m_defaultProfile;
    if (conversation && !conversation->profile.isEmpty()) {
        for (const ProviderProfile &candidate : std::as_const(m_profiles)) {
            if (candidate.name.compare(conversation->profile, Qt::CaseInsensitive) == 0)
                profile = candidate;
        }
    }
    const bool profileChanged = profile.id != m_profile.id;
    m_profile = profile;
    m_modelId = conversation && !conversation->model.isEmpty() ? conversation->model : profile.defaultModel;
    m_temperature = conversation && conversation->temperature ? *conversation->temperature : m_context.settings().temperature();
    m_header->setSelection(profile.name, conversation ? conversation->model : QString(),
                           conversation ? conversation->temperature : std::nullopt, m_context.settings().temperature());
    m_header->setModels(m_models->models(profile.id)); // this profile's list, never the previous one's
    if (profileChanged)
        resolveKey();
}

void MainWindow::saveConversationChoices()
{
    for (const ProviderProfile &candidate : std::as_const(m_profiles)) {
        if (candidate.name == m_header->profileName() && candidate.id != m_profile.id) {
            m_profile = candidate;
            m_header->setModels(m_models->models(candidate.id));
            resolveKey();
        }
    }
    m_modelId = m_header->model().isEmpty() ? m_profile.defaultModel : m_header->model();
    m_temperature = m_header->temperature();
    std::optional<Conversation> conversation =
        m_context.hasStore() && m_current > 0 ? m_context.store().conversation(m_current) : std::nullopt;
    if (!conversation)
        return;
    // Stored as overrides only where they differ from the defaults, so a later change of the
    // defaults still reaches conversations that never chose otherwise.
    conversation->profile = m_profile.id == m_defaultProfile.id ? QString() : m_profile.name;
    conversation->model = m_modelId == m_profile.defaultModel ? QString() : m_modelId;
    conversation->temperature = qFuzzyCompare(m_temperature, m_context.settings().temperature())
        ? std::nullopt : std::optional<double>(m_temperature);
    StoreError error;
    if (!m_context.store().updateConversation(*conversation, &error))
        setNotice(m_current, {error.message(), {}});
    recountHistory();
}

ConversationSession::Settings MainWindow::sendSettings() const
{
    const std::optional<Conversation> conversation =
        m_context.hasStore() && m_current > 0 ? m_context.store().conversation(m_current) : std::nullopt;
    return SendSettingsResolver::resolve(m_context.settings(), m_context.prices(), m_profile, m_modelId, m_temperature,
                                         conversation ? &*conversation : nullptr, m_apiKey);
}

void MainWindow::recountHistory()
{
    // The same context the send will use (system prompt, selected versions, failed turns left out).
    QList<QPair<QString, QString>> history;
    if (m_context.hasStore() && m_current > 0) {
        for (const ChatMessage &message : sessionFor(m_current)->contextForNewQuestion(sendSettings()))
            history.append({message.role, message.content});
    }
    m_historyTokens = TokenEstimator::estimateMessages(history);
    updateEstimate();
}

void MainWindow::updateEstimate()
{
    const QString draft = m_composer->text();
    if (draft.trimmed().isEmpty()) {
        m_composer->setEstimate(QString(), false);
        return;
    }
    // The history is counted once per conversation; only the draft is counted per pause.
    const qint64 prompt = m_historyTokens + TokenEstimator::estimateMessages({{QStringLiteral("user"), draft}})
        - (m_historyTokens > 0 ? TokenEstimator::kReplyPrimingTokens : 0);
    const std::optional<ModelPrice> price = m_context.prices().findForPreset(m_profile.preset, m_modelId);
    TokenUsage usage;
    usage.promptTokens = prompt;
    const CostEstimate cost = price ? price->costOf(usage) : CostEstimate::unknown();
    const QLocale locale;
    QString text = tr("≈ %1 prompt tokens").arg(locale.toString(prompt));
    text += QStringLiteral(" · ") + (cost.isKnown() ? tr("≈ %1 before the reply").arg(cost.format(locale))
                                                    : tr("price unknown for %1").arg(m_modelId));
    const std::optional<qint64> window = SendSettingsResolver::contextWindow(m_context.prices(), m_profile, m_modelId);
    const bool warning = window && prompt + m_context.settings().maxTokens() > *window;
    if (warning) {
        text += QStringLiteral(" · ") + tr("does not fit the %1-token context window: older turns will be left out")
                                          .arg(locale.toString(*window));
    }
    m_composer->setEstimate(text, warning);
}

void MainWindow::refreshConversationStats()
{
    m_conversationStats.clear();
    if (m_context.hasStore() && m_current > 0) {
        // Every version counts: each was paid for.
        for (const Message &message : m_context.store().allMessages(m_current)) {
            if (message.stats)
                m_conversationStats.add(*message.stats, message.cost);
        }
        if (const std::optional<Conversation> conversation = m_context.store().conversation(m_current);
            conversation && conversation->titleCost)
            m_conversationStats.addCost(*conversation->titleCost);
    }
    m_statsBar->setConversationStats(m_conversationStats);
    m_statsBar->setSessionStats(m_context.sessionStats());
}

void MainWindow::send(const QString &text)
{
    if (!m_context.hasStore())
        return;
    if (m_current == 0) {
        newConversation();
        if (m_current == 0)
            return;
    }
    const qint64 conversationId = m_current;
    clearNotice(conversationId);
    StoreError error;
    const SendOutcome outcome = sessionFor(conversationId)->send(text, sendSettings(), &error);
    if (outcome.ok()) {
        m_composer->clear();
        m_context.store().setDraft(conversationId, QString());
    }
    afterSend(conversationId, outcome); // when it did not go, the text stays in the composer
}

void MainWindow::submitEdit(qint64 messageId, const QString &text)
{
    const qint64 conversationId = m_current;
    clearNotice(conversationId);
    const SendOutcome outcome = sessionFor(conversationId)->edit(messageId, text, sendSettings());
    if (outcome.ok())
        m_composer->cancelEdit(); // the draft from before the edit comes back
    afterSend(conversationId, outcome);
}

void MainWindow::clearNotice(qint64 conversationId)
{
    // Before a new attempt: what is said after it is about it (a trimmed history, a failure).
    setNotice(conversationId, BannerNotice());
}

void MainWindow::afterSend(qint64 conversationId, const SendOutcome &outcome)
{
    if (!outcome.ok()) {
        QList<BannerNotice::Action> actions;
        if (outcome.kind == SendOutcome::Kind::BudgetBlocked)
            actions << BannerNotice::Action::Budget;
        setNotice(conversationId, {outcome.message, actions});
    } else if (outcome.budgetWarning) {
        setNotice(conversationId, {outcome.budgetWarning->message(), {}});
    }
    reloadList();
    updateComposerState();
}

void MainWindow::stop()
{
    if (ConversationSession *session = m_sessions.value(m_current))
        session->stop();
}

void MainWindow::escape()
{
    if (ConversationSession *session = m_sessions.value(m_current); session && session->isStreaming())
        session->stop();
    else if (m_composer->editingMessage() > 0)
        m_composer->cancelEdit();
    else if (m_findBar->isVisible())
        m_findBar->close();
}

void MainWindow::regenerate(qint64 messageId)
{
    if (!m_context.hasStore() || (m_profile.needsKey && m_apiKey.isEmpty()))
        return;
    clearNotice(m_current);
    afterSend(m_current, sessionFor(m_current)->regenerate(messageId, sendSettings()));
}

void MainWindow::editMessage(qint64 messageId)
{
    if (!m_context.hasStore())
        return;
    if (const std::optional<Message> question = m_context.store().message(messageId);
        question && question->role == Message::Role::User)
        m_composer->beginEdit(messageId, question->content); // nothing changes until it is sent
}

void MainWindow::deleteMessage(qint64 messageId)
{
    if (!m_context.hasStore())
        return;
    if (ConversationSession *session = m_sessions.value(m_current); session && session->isStreaming())
        return; // the stream owns the last row until it ends
    commitMessageDelete(); // one pending delete at a time
    m_pendingMessageDelete = messageId;
    m_transcript->removeMessage(messageId);
    setNotice(0, {tr("Message deleted. What it cost stays counted in your spending."), {BannerNotice::Action::Undo}});
    m_deleteTimer->start();
}

void MainWindow::commitMessageDelete()
{
    if (m_pendingMessageDelete == 0 || !m_context.hasStore())
        return;
    const qint64 id = std::exchange(m_pendingMessageDelete, 0);
    StoreError error;
    if (!m_context.store().deleteMessage(id, &error) && error.isError())
        setNotice(0, {error.message(), {}});
    else if (m_notices.value(0).actions.contains(BannerNotice::Action::Undo))
        setNotice(0, BannerNotice());
    if (m_current > 0)
        selectConversation(m_current);
}

BannerNotice MainWindow::noticeFor(const Message &failed) const
{
    BannerNotice notice{failed.errorMessage, {}};
    using Action = BannerNotice::Action;
    const QString &kind = failed.errorKind;
    if (failed.state == Message::State::Incomplete)
        notice.actions = {Action::Continue, Action::Retry};
    else if (kind == u"authentication" || kind == u"missing_key")
        notice.actions = {Action::SetKey, Action::Retry};
    else if (kind == u"model_not_found")
        notice.actions = {Action::ChooseModel};
    else if (kind == u"context_too_long")
        notice.actions = {Action::Shorten};
    else if (kind == u"payment_required")
        notice.text += u'\n' + tr("Check your balance on the provider's billing page.");
    else
        notice.actions = {Action::Retry};
    return notice;
}

void MainWindow::onBannerAction(BannerNotice::Action action)
{
    // The banner shows the open conversation's notice, so its actions act on that one.
    const qint64 conversationId = m_current;
    ConversationSession *session = conversationId > 0 ? sessionFor(conversationId) : nullptr;
    const QList<Message> messages = session ? m_context.store().messages(conversationId) : QList<Message>();
    if (action == BannerNotice::Action::Retry || action == BannerNotice::Action::Shorten
        || action == BannerNotice::Action::Continue)
        clearNotice(conversationId);
    switch (action) {
    case BannerNotice::Action::Undo: undoDelete(); return;
    case BannerNotice::Action::SetKey: showSettings(kProvidersPage); return;
    case BannerNotice::Action::Budget: showSettings(kDataPage); return;
    case BannerNotice::Action::ChooseModel: m_header->openModelList(); return;
    case BannerNotice::Action::SaveAgain:
        if (session)
            session->retrySaving();
        return;
    case BannerNotice::Action::Retry:
        if (session)
            afterSend(conversationId, session->retry(sendSettings()));
        return;
    case BannerNotice::Action::Shorten:
        if (session)
            afterSend(conversationId, session->shortenAndRetry(sendSettings()));
        return;
    case BannerNotice::Action::Continue:
        if (session && !messages.isEmpty())
            afterSend(conversationId, session->continueReply(messages.constLast().id, sendSettings()));
        return;
    }
}

MessageActions MainWindow::actionsFor(const Message &message, int row) const
{
    MessageActions actions{MessageAction::Copy};
    const bool latest = row == m_transcript->model()->rowCount() - 1;
    ConversationSession *session = m_sessions.value(m_current);
    const bool busy = session && session->isStreaming();
    if (message.versionCount > 1)
        actions << MessageAction::PreviousVersion << MessageAction::NextVersion;
    if (!busy && message.role == Message::Role::Assistant) {
        if (message.state == Message::State::Incomplete && latest)
            actions << MessageAction::Continue;
        actions << (message.state == Message::State::Error && latest ? MessageAction::Retry : MessageAction::Regenerate);
    }
    if (!busy && message.role == Message::Role::User) {
        // A question whose answer never came (the send failed before a reply row) can be asked again.
        if (latest)
            actions << MessageAction::Retry;
        if (latest || row == m_transcript->model()->rowCount() - 2)
            actions << MessageAction::Edit;
    }
    if (!busy)
        actions << MessageAction::Delete;
    return actions;
}

void MainWindow::onMessageAction(qint64 messageId, MessageAction action)
{
    ConversationSession *session = m_current > 0 ? sessionFor(m_current) : nullptr;
    if (action == MessageAction::Retry || action == MessageAction::Continue)
        clearNotice(m_current);
    switch (action) {
    case MessageAction::Regenerate: regenerate(messageId); break;
    case MessageAction::Edit: editMessage(messageId); break;
    case MessageAction::Delete: deleteMessage(messageId); break;
    case MessageAction::Retry:
        if (session)
            afterSend(m_current, session->retry(sendSettings()));
        break;
    case MessageAction::Continue:
        if (session)
            afterSend(m_current, session->continueReply(messageId, sendSettings()));
        break;
    case MessageAction::PreviousVersion:
    case MessageAction::NextVersion: {
        const QList<Message> all = m_context.store().allMessages(m_current);
        const std::optional<Message> shown = m_context.store().message(messageId);
        if (!session || !shown)
            break;
        const QList<qint64> versions = ConversationStore::versionsOf(all, *shown);
        const qsizetype at = versions.indexOf(messageId) + (action == MessageAction::NextVersion ? 1 : -1);
        if (at >= 0 && at < versions.size() && session->selectVersion(versions.at(at)))
            selectConversation(m_current);
        break;
    }
    case MessageAction::Copy: break; // the transcript copies by itself
    }
}

void MainWindow::onLinkActivated(const QUrl &url, qint64 messageId)
{
    Q_UNUSED(messageId)
    if (!ExternalLinks::isOpenable(url)) {
        ExternalLinks::refuse(this, url);
        return;
    }
    if (!m_trustedLinks.contains(m_current)) {
        const ExternalLinks::Answer answer = ExternalLinks::ask(this, url);
        if (answer == ExternalLinks::Answer::Cancel)
            return;
        if (answer == ExternalLinks::Answer::OpenAlways)
            m_trustedLinks.insert(m_current);
    }
    ExternalLinks::open(url);
}

void MainWindow::openSearchHit(qint64 conversationId, qint64 messageId)
{
    selectConversation(conversationId);
    if (messageId == 0)
        return;
    const QString text = m_sidebar->searchText();
    m_findBar->open(text);
    m_transcript->findFromMessage(messageId, text);
}

void MainWindow::onReplyFinished(qint64 conversationId, const Message &message)
{
    m_model->setStreaming(conversationId, false);
    if (message.stats)
        m_context.sessionStats().add(*message.stats, message.cost);
    if (conversationId == m_current) {
        Message shown = message;
        for (const Message &stored : m_context.store().messages(conversationId)) {
            if (stored.id == message.id) { // where it stands among its versions
                shown.versionIndex = stored.versionIndex;
                shown.versionCount = stored.versionCount;
            }
        }
        m_transcript->finishMessage(shown);
    }
    if (message.state == Message::State::Error || message.state == Message::State::Incomplete)
        setNotice(conversationId, noticeFor(message)); // the question stays where it is, with Retry
    if (conversationId == m_current) {
        refreshConversationStats();
        recountHistory();
    }
    if (message.state == Message::State::Complete && m_titler && m_context.settings().autoTitle())
        m_titler->maybeName(conversationId, message, sendSettings(), m_context.settings().titleModel());
    reloadList(); // the list shows each conversation's cost and orders by activity: both just changed
    updateComposerState();
}

void MainWindow::showConversationMenu(qint64 conversationId, const QPoint &globalPos)
{
    if (conversationId != m_current)
        return;
    QMenu menu(this);
    menu.addAction(tr("&Rename"), m_sidebar, &ConversationSidebar::renameCurrent);
    menu.addAction(tr("&Pin or Unpin"), this, &MainWindow::togglePinned);
    menu.addAction(tr("&Export…"), this, &MainWindow::exportConversation);
    menu.addSeparator();
    menu.addAction(tr("&Delete"), this, &MainWindow::deleteConversation);
    menu.exec(globalPos);
}

void MainWindow::togglePinned()
{
    std::optional<Conversation> conversation =
        m_context.hasStore() && m_current > 0 ? m_context.store().conversation(m_current) : std::nullopt;
    if (!conversation)
        return;
    conversation->pinned = !conversation->pinned;
    StoreError error;
    if (!m_context.store().updateConversation(*conversation, &error))
        setNotice(m_current, {error.message(), {}});
    reloadList();
}

void MainWindow::deleteConversation()
{
    if (!m_context.hasStore() || m_current == 0)
        return;
    commitDelete(); // one pending delete at a time
    if (ConversationSession *session = m_sessions.value(m_current))
        session->stop();
    m_composer->setText(QString()); // its draft is deleted with it
    m_pendingDelete = std::exchange(m_current, 0);
    const QString title = m_model->data(m_model->indexOf(m_pendingDelete), Qt::EditRole).toString();
    setNotice(0, {tr("Deleted \"%1\".").arg(title.isEmpty() ? tr("New chat") : title), {BannerNotice::Action::Undo}});
    m_deleteTimer->start();
    // Hidden now; the rows go only when the undo time is over.
    m_transcript->clearConversation();
    m_model->setHidden(m_pendingDelete);
    if (m_model->rowCount() > 0)
        selectConversation(m_model->data(m_model->index(0), ConversationListModel::IdRole).toLongLong());
    refreshConversationStats();
}

void MainWindow::undoDelete()
{
    m_deleteTimer->stop();
    setNotice(0, BannerNotice());
    if (m_pendingMessageDelete != 0) {
        m_pendingMessageDelete = 0;
        selectConversation(m_current); // it was only hidden
    }
    if (m_pendingDelete != 0) {
        const qint64 restored = std::exchange(m_pendingDelete, 0);
        m_model->setHidden(0);
        selectConversation(restored);
    }
}

void MainWindow::commitDelete()
{
    if (m_pendingDelete == 0 || !m_context.hasStore())
        return;
    m_deleteTimer->stop();
    const qint64 id = std::exchange(m_pendingDelete, 0);
    StoreError error;
    if (!m_context.store().deleteConversation(id, &error)) {
        setNotice(0, {error.message(), {}});
        return;
    }
    delete m_sessions.take(id);
    m_notices.remove(id);
    setNotice(0, BannerNotice());
    m_model->setHidden(0);
    reloadList();
}

void MainWindow::exportConversation()
{
    if (!m_context.hasStore() || m_current == 0)
        return;
    StoreError error;
    const std::optional<ConversationDocument> document = m_context.store().document(m_current, &error);
    if (!document) {
        setNotice(m_current, {error.message(), {}});
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
        ? ConversationExporter::toJson(*document)
        : ConversationExporter::toMarkdown(*document, QLocale()).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        setNotice(m_current, {tr("Could not export to %1: %2").arg(path, file.errorString()), {}});
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
        connect(dialog, &SettingsDialog::settingsApplied, this, [this] {
            Theme::apply(m_context.settings().theme());
            applyTranscriptFont();
            m_context.reloadPrices();
            applyLanguage();
            reloadProfiles();
            applyNetworkSettings();
            refreshConversationStats();
            recountHistory();
        });
    }
    if (page >= 0 && page < dialog->pageCount())
        dialog->showPage(page);
    dialog->open();
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
    if (font != m_transcript->font())
        m_transcript->setFont(font); // it lays out again by itself
}

void MainWindow::applyLanguage()
{
    if (!m_translations)
        return;
    const QString language = m_context.settings().language();
    const QLocale wanted = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (wanted.language() == m_translations->currentLocale().language()
        && wanted.script() == m_translations->currentLocale().script())
        return;
    // Installing the translation sends LanguageChange to every widget; each retranslates itself.
    m_translations->load(wanted);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The menus are rebuilt rather than relabelled: same actions, names and shortcuts.
        const QList<QMenu *> menus = menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly);
        menuBar()->clear();
        qDeleteAll(menus);
        WindowMenus::build(*this, m_context, m_sidebar, m_transcript, m_findBar);
        if (m_current > 0)
            selectConversation(m_current); // footers and the header in the new language
        refreshConversationStats();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::reloadProfiles()
{
    const ProfileList profiles = ProfileList::load(m_context.settings());
    m_profiles = profiles.profiles();
    m_defaultProfile = profiles.defaultProfile();
    m_header->setProfiles(m_profiles);
    // The open conversation's choices (or the defaults) again, with the profiles as they are now.
    // Forgetting the current profile makes that look its key up again: it may have been stored,
    // replaced or removed.
    m_profile = ProviderProfile();
    applyConversationChoices();
}

void MainWindow::applyNetworkSettings()
{
    RetryPolicy policy = m_context.client().retryPolicy();
    policy.maxRetries = m_context.settings().retries();
    m_context.client().setRetryPolicy(policy);
    m_context.applyProxySettings();
    // One token bucket per profile: sending is queued, never refused, when it runs dry.
    for (const ProviderProfile &profile : std::as_const(m_profiles))
        m_context.client().setRequestsPerMinute(profile.id, m_context.settings().requestsPerMinute());
}

void MainWindow::showAbout()
{
    // Non-modal open() so the event loop keeps running (and tests can inspect the dialog).
    auto *dialog = findChild<AboutDialog *>();
    if (!dialog)
        dialog = new AboutDialog(this);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_composer->cancelEdit(); // the draft from before the edit is what is kept
    if (m_current > 0 && m_context.hasStore())
        m_context.store().setDraft(m_current, m_composer->text());
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
