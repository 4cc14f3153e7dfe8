#include "main/MainWindow.h"

#include "app/AppContext.h"
#include "app/AppInfo.h"
#include "chat/ChatHeader.h"
#include "chat/Composer.h"
#include "chat/ConversationSession.h"
#include "chat/TranscriptView.h"
#include "main/AboutDialog.h"
#include "settings/SettingsDialog.h"
#include "common/TranslationLoader.h"
#include "chat/TitleGenerator.h"
#include "api/ProviderClient.h"
#include "main/ConversationListModel.h"
#include "main/ConversationSidebar.h"
#include "main/StatsBar.h"
#include "secrets/ApiKeyResolver.h"
#include "settings/AppSettings.h"
#include "settings/ProfileList.h"
#include "domain/TokenEstimator.h"
#include "common/FileDialogs.h"
#include "common/Theme.h"
#include "store/ConversationExporter.h"
#include "domain/CostEstimate.h"
#include "store/ConversationStore.h"

#include <QEvent>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// Window layout is cosmetic state: a corrupt value only costs the saved layout.
constexpr auto kGeometryKey = "window/geometry";
constexpr auto kSplitterKey = "window/splitter";
constexpr int kTitleLength = 60;
} // namespace

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(AppInfo::displayName());
    setWindowIcon(QIcon(QStringLiteral(":/icons/tally.svg")));

    m_sidebar = new ConversationSidebar(this);

    auto *chatPane = new QWidget(this);
    chatPane->setObjectName(QStringLiteral("chatPane"));
    m_banner = new QLabel(chatPane);
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_banner->setAccessibleName(tr("Problem"));
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); border-left: 4px solid #d97706;"
                                           " padding: 6px 10px; }"));
    m_banner->hide();
    m_header = new ChatHeader(chatPane);
    m_transcript = new TranscriptView(chatPane);
    m_composer = new Composer(chatPane);
    auto *chatLayout = new QVBoxLayout(chatPane);
    chatLayout->setContentsMargins(0, 0, 0, 0);
    chatLayout->setSpacing(0);
    chatLayout->addWidget(m_header);
    chatLayout->addWidget(m_banner);
    chatLayout->addWidget(m_transcript, 1);
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

    m_statsBar = new StatsBar(this);
    setStatusBar(m_statsBar);

    buildMenus();
    resize(1000, 680);
    restoreLayout();

    connect(m_sidebar, &ConversationSidebar::newChatRequested, this, &MainWindow::newConversation);
    connect(m_sidebar, &ConversationSidebar::conversationActivated, this, &MainWindow::selectConversation);
    connect(m_sidebar, &ConversationSidebar::searchRequested, this, [this](const QString &text) {
        m_sidebar->showSearchResults(m_context.hasStore() && !text.isEmpty() ? m_context.store().search(text)
                                                                             : QList<SearchHit>());
    });
    connect(m_composer, &Composer::sendRequested, this, &MainWindow::send);
    connect(m_composer, &Composer::stopRequested, this, &MainWindow::stop);
    connect(m_transcript, &TranscriptView::regenerateRequested, this, &MainWindow::regenerate);
    connect(m_transcript, &TranscriptView::editRequested, this, &MainWindow::editMessage);
    connect(m_transcript, &TranscriptView::deleteRequested, this, &MainWindow::deleteMessage);
    connect(m_transcript, &TranscriptView::externalLinkActivated, this, [](const QUrl &url) { QDesktopServices::openUrl(url); });
    // The estimate follows typing, but once per pause rather than per keystroke.
    m_estimateDelay = new QTimer(this);
    m_estimateDelay->setSingleShot(true);
    m_estimateDelay->setInterval(100);
    connect(m_estimateDelay, &QTimer::timeout, this, &MainWindow::updateEstimate);
    connect(m_composer, &Composer::draftChanged, m_estimateDelay, qOverload<>(&QTimer::start));

    m_deleteTimer = new QTimer(this);
    m_deleteTimer->setSingleShot(true);
    m_deleteTimer->setInterval(kUndoDeleteMs);
    connect(m_deleteTimer, &QTimer::timeout, this, &MainWindow::commitDelete);
    connect(m_banner, &QLabel::linkActivated, this, &MainWindow::onBannerLink);

    reloadProfiles();
    connect(m_header, &ChatHeader::selectionEdited, this, &MainWindow::saveConversationChoices);
    applyNetworkSettings();
    applyTranscriptFont();
    openStore();
    if (!m_context.priceProblems().isEmpty() && m_banner->isHidden())
        showBanner(m_context.priceProblems().join(u'\n')); // a hand-edited tally.ini: which price rows were left out
}

MainWindow::~MainWindow()
{
    commitDelete(); // a delete the user did not undo happens, even if the window closes first
}

void MainWindow::togglePinned()
{
    if (!m_context.hasStore() || m_current == 0)
        return;
    std::optional<Conversation> conversation = m_context.store().conversation(m_current);
    if (!conversation)
        return;
    conversation->pinned = !conversation->pinned;
    StoreError error;
    if (!m_context.store().updateConversation(*conversation, &error)) {
        showBanner(error.message());
        return;
    }
    m_model->reload();
    m_sidebar->selectRow(m_model->indexOf(m_current).row());
}

void MainWindow::deleteConversation()
{
    if (!m_context.hasStore() || m_current == 0)
        return;
    commitDelete(); // one pending delete at a time
    if (ConversationSession *session = m_sessions.value(m_current))
        session->stop();
    m_pendingDelete = m_current;
    const QString title = m_model->data(m_model->indexOf(m_current), Qt::EditRole).toString();
    showBanner(tr("Deleted \"%1\". <a href=\"tally:undo-delete\">Undo</a>")
                   .arg((title.isEmpty() ? tr("New chat") : title).toHtmlEscaped()));
    m_deleteTimer->start();
    // Hide it now; the rows go only when the undo time is over.
    m_current = 0;
    m_transcript->clearConversation();
    m_model->setHidden(m_pendingDelete);
    if (m_model->rowCount() > 0)
        selectConversation(m_model->data(m_model->index(0), ConversationListModel::IdRole).toLongLong());
    refreshConversationStats();
}

void MainWindow::undoDelete()
{
    if (m_pendingDelete == 0)
        return;
    m_deleteTimer->stop();
    const qint64 restored = m_pendingDelete;
    m_pendingDelete = 0;
    showBanner(QString());
    m_model->setHidden(0);
    selectConversation(restored);
}

void MainWindow::commitDelete()
{
    if (m_pendingDelete == 0 || !m_context.hasStore())
        return;
    m_deleteTimer->stop();
    const qint64 id = m_pendingDelete;
    m_pendingDelete = 0;
    StoreError error;
    if (!m_context.store().deleteConversation(id, &error)) {
        showBanner(error.message());
        return;
    }
    delete m_sessions.take(id);
    showBanner(QString());
    m_model->setHidden(0);
    if (m_current > 0)
        m_sidebar->selectRow(m_model->indexOf(m_current).row());
}

void MainWindow::exportConversation()
{
    if (!m_context.hasStore() || m_current == 0)
        return;
    StoreError error;
    const std::optional<ConversationDocument> document = m_context.store().document(m_current, &error);
    if (!document) {
        showBanner(error.message());
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
        showBanner(tr("Could not export to %1: %2").arg(path, file.errorString()));
        return;
    }
    m_statsBar->showMessage(tr("Exported to %1").arg(path), 5000);
}

void MainWindow::openStore()
{
    const Database::OpenResult opened = m_context.hasStore() ? Database::OpenResult() : m_context.openDatabase();
    m_model = new ConversationListModel(m_context.hasStore() ? &m_context.store() : nullptr, this);
    m_sidebar->setModel(m_model);
    if (!opened.ok()) {
        showBanner(opened.error.message());
        m_sidebar->setNewChatEnabled(false);
        updateComposerState();
        return;
    }
    if (opened.damaged)
        showBanner(opened.notice); // says what is damaged, and that nothing will be written to it
    else if (opened.readOnly)
        showBanner(tr("The conversation database is read-only: you can read, but new messages cannot be saved."));
    // The last conversation shows at once.
    if (m_model->rowCount() > 0)
        selectConversation(m_model->data(m_model->index(0), ConversationListModel::IdRole).toLongLong());
}

void MainWindow::resolveKey()
{
    m_apiKey.clear();
    m_keyProblem.clear();
    updateComposerState();
    if (!m_profile.needsKey)
        return;
    m_keyProblem = tr("Looking for the API key…");
    updateComposerState();
    m_context.keys().resolve(m_profile, this, [this](const ApiKeyResolver::Resolution &found) {
        m_apiKey = found.key;
        m_keyProblem.clear();
        if (!found.hasKey()) {
            m_keyProblem = tr("No API key for the profile \"%1\". Store one with `tally-cli key set %1`, or set the "
                              "environment variable %2.")
                               .arg(m_profile.name, m_profile.keyVariable);
            if (found.keychainUnavailable())
                m_keyProblem += u' ' + tr("The keychain could not be read: %1").arg(found.keychain.message);
        }
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
}

void MainWindow::showBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

ConversationSession *MainWindow::sessionFor(qint64 conversationId)
{
    if (ConversationSession *existing = m_sessions.value(conversationId))
        return existing;
    auto *session = new ConversationSession(m_context.store(), m_context.client(), m_context.prices(), conversationId, this);
    session->setResponseCache(&m_context.responseCache());
    m_sessions.insert(conversationId, session);
    connect(session, &ConversationSession::messageStored, this, [this, conversationId](const Message &message) {
        if (conversationId == m_current)
            m_transcript->appendMessage(message);
    });
    connect(session, &ConversationSession::replyUpdated, this,
            [this, conversationId](qint64 id, const QString &content, const QString &reasoning) {
                if (conversationId == m_current)
                    m_transcript->updateStreaming(id, content, reasoning);
            });
    connect(session, &ConversationSession::replyFinished, this,
            [this, conversationId](const Message &message) { onReplyFinished(conversationId, message); });
    connect(session, &ConversationSession::saveFailed, this,
            [this](const StoreError &error) { showBanner(error.message()); });
    connect(session, &ConversationSession::historyTrimmed, this, [this, conversationId](int dropped) {
        if (conversationId == m_current)
            showBanner(tr("%Ln older message(s) were left out of this request so it fits the model's context window.",
                          nullptr, dropped));
    });
    return session;
}

void MainWindow::newConversation()
{
    if (!m_context.hasStore())
        return;
    StoreError error;
    const std::optional<Conversation> created = m_context.store().createConversation(Conversation(), &error);
    if (!created) {
        showBanner(error.message());
        return;
    }
    m_model->reload();
    selectConversation(created->id);
    m_composer->focusEditor();
}

void MainWindow::selectConversation(qint64 conversationId)
{
    if (!m_context.hasStore())
        return;
    m_current = conversationId;
    m_sidebar->selectRow(m_model->indexOf(conversationId).row());
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
    if (profileChanged)
        resolveKey();
}

void MainWindow::saveConversationChoices()
{
    for (const ProviderProfile &candidate : std::as_const(m_profiles)) {
        if (candidate.name == m_header->profileName() && candidate.id != m_profile.id) {
            m_profile = candidate;
            resolveKey();
        }
    }
    m_modelId = m_header->model().isEmpty() ? m_profile.defaultModel : m_header->model();
    m_temperature = m_header->temperature();
    if (!m_context.hasStore() || m_current == 0)
        return;
    std::optional<Conversation> conversation = m_context.store().conversation(m_current);
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
        showBanner(error.message());
    updateEstimate();
}

void MainWindow::recountHistory()
{
    QList<QPair<QString, QString>> history;
    const QString system = m_context.settings().systemPrompt();
    if (!system.isEmpty())
        history.append({QStringLiteral("system"), system});
    if (m_context.hasStore() && m_current > 0) {
        for (const Message &message : m_context.store().messages(m_current)) {
            if (message.isContext())
                history.append({Message::roleName(message.role), message.content});
        }
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
    const QString model = m_modelId;
    const std::optional<ModelPrice> price = m_context.prices().findForPreset(m_profile.preset, model);
    TokenUsage usage;
    usage.promptTokens = prompt;
    const CostEstimate cost = price ? price->costOf(usage) : CostEstimate::unknown();
    const QLocale locale;
    QString text = tr("≈ %1 prompt tokens").arg(locale.toString(prompt));
    text += QStringLiteral(" · ") + (cost.isKnown() ? tr("≈ %1 before the reply").arg(cost.format(locale))
                                                    : tr("price unknown for %1").arg(model));
    std::optional<qint64> window = m_profile.contextWindow;
    if (!window && price)
        window = price->contextWindow();
    const qint64 reserved = m_context.settings().maxTokens();
    bool warning = false;
    if (window && prompt + reserved > *window) {
        warning = true;
        text += QStringLiteral(" · ") + tr("does not fit the %1-token context window: shorten the conversation")
                                          .arg(locale.toString(*window));
    }
    m_composer->setEstimate(text, warning);
}

void MainWindow::refreshConversationStats()
{
    m_conversationStats.clear();
    if (m_context.hasStore() && m_current > 0) {
        for (const Message &message : m_context.store().messages(m_current)) {
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
    showBanner(QString());
    if (const std::optional<BudgetStatus> budget = budgetReached()) {
        if (budget->blocks) {
            // The question stays in the composer; it can go once the budget allows.
            showBanner(budget->message() + u' '
                       + tr("Sending is paused by your budget. Change it in Settings › Data & privacy."));
            return;
        }
        showBanner(budget->message()); // a warning: the question still goes
    }
    if (m_current == 0) {
        newConversation();
        if (m_current == 0)
            return;
    }
    // A new conversation is named after its first question.
    if (std::optional<Conversation> conversation = m_context.store().conversation(m_current);
        conversation && conversation->title.isEmpty()) {
        conversation->title = text.simplified().left(kTitleLength);
        m_context.store().updateConversation(*conversation);
        m_header->setTitle(conversation->title);
    }

    StoreError error;
    if (!sessionFor(m_current)->send(text, sendSettings(), &error)) {
        showBanner(error.message()); // the text stays in the composer
        return;
    }
    m_lastPrompt.insert(m_current, text);
    m_composer->clear();
    m_model->reload();
    m_sidebar->selectRow(m_model->indexOf(m_current).row());
    updateComposerState();
}

std::optional<BudgetStatus> MainWindow::budgetReached() const
{
    const Budget budget = m_context.settings().budget();
    if (!budget.isSet() || !m_context.hasStore())
        return std::nullopt;
    // Calendar day and month in local time, as people read their spending.
    const QDate today = QDate::currentDate();
    const QDateTime dayStart = today.startOfDay();
    const QDateTime monthStart = QDate(today.year(), today.month(), 1).startOfDay();
    ConversationStore &store = m_context.store();
    const double conversation = m_current > 0 ? store.spending(QDateTime::fromMSecsSinceEpoch(0), m_current).value(budget.currency) : 0.0;
    return BudgetStatus::check(budget, conversation, store.spending(dayStart).value(budget.currency),
                               store.spending(monthStart).value(budget.currency));
}

ConversationSession::Settings MainWindow::sendSettings() const
{
    ConversationSession::Settings settings;
    settings.profile = m_profile;
    settings.apiKey = m_apiKey;
    settings.model = m_modelId;
    const AppSettings &app = m_context.settings();
    settings.temperature = m_temperature;
    if (app.maxTokens() > 0)
        settings.maxTokens = app.maxTokens();
    if (app.topP() < 1.0)
        settings.topP = app.topP();
    settings.systemPrompt = app.systemPrompt();
    settings.contextWindow = m_profile.contextWindow;
    settings.idleTimeoutMs = app.idleTimeoutSeconds() * 1000;
    settings.requestTimeoutMs = app.requestTimeoutSeconds() * 1000;
    if (app.responseCacheEnabled())
        settings.cacheTtlMs = qint64(app.responseCacheTtlHours()) * 3'600'000;
    if (const std::optional<ModelPrice> price = m_context.prices().findForPreset(m_profile.preset, m_modelId); price && price->contextWindow())
        settings.contextWindow = price->contextWindow(); // the model's own window is the better fact
    return settings;
}

void MainWindow::deleteMessage(qint64 messageId)
{
    if (!m_context.hasStore())
        return;
    if (ConversationSession *session = m_sessions.value(m_current); session && session->isStreaming())
        return; // the stream owns the last row until it ends
    StoreError error;
    if (!m_context.store().deleteMessage(messageId, &error) && error.isError())
        showBanner(error.message());
    selectConversation(m_current);
}

void MainWindow::regenerate(qint64 messageId)
{
    if (!m_context.hasStore() || (m_profile.needsKey && m_apiKey.isEmpty()))
        return;
    ConversationSession *session = sessionFor(m_current);
    if (session->isStreaming())
        return;
    const QList<Message> messages = m_context.store().messages(m_current);
    if (messages.isEmpty() || messages.constLast().id != messageId || messages.constLast().role != Message::Role::Assistant)
        return;
    // A budget that blocks sending blocks asking again too, before the old reply is removed.
    if (const std::optional<BudgetStatus> budget = budgetReached(); budget && budget->blocks) {
        showBanner(budget->message() + u' '
                   + tr("Sending is paused by your budget. Change it in Settings › Data & privacy."));
        return;
    }
    StoreError error;
    if (!m_context.store().deleteMessage(messageId, &error)) {
        showBanner(error.message());
        return;
    }
    selectConversation(m_current);
    if (!session->resend(sendSettings(), &error))
        showBanner(error.message());
    updateComposerState();
}

void MainWindow::editMessage(qint64 messageId)
{
    if (!m_context.hasStore())
        return;
    if (ConversationSession *session = m_sessions.value(m_current); session && session->isStreaming())
        return;
    const QList<Message> messages = m_context.store().messages(m_current);
    qsizetype index = -1;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        if (messages.at(i).id == messageId)
            index = i;
    }
    // Only the latest question (and its reply) can be taken back for editing.
    if (index < 0 || messages.at(index).role != Message::Role::User || index < messages.size() - 2)
        return;
    const QString text = messages.at(index).content;
    for (qsizetype i = messages.size() - 1; i >= index; --i)
        m_context.store().deleteMessage(messages.at(i).id);
    selectConversation(m_current);
    m_composer->setText(text);
    m_composer->focusEditor();
}

QString MainWindow::actionsFor(const Message &message) const
{
    const auto link = [](const QString &href, const QString &label) {
        return QStringLiteral("<a href=\"%1\">%2</a>").arg(href, label.toHtmlEscaped());
    };
    const QString &kind = message.errorKind;
    if (message.state == Message::State::Incomplete)
        return link(QStringLiteral("tally:continue"), tr("Continue the reply")) + QStringLiteral(" · ")
            + link(QStringLiteral("tally:retry"), tr("Try again"));
    if (kind == u"authentication" || kind == u"missing_key")
        return link(QStringLiteral("tally:key-help"), tr("How to set the API key"));
    if (kind == u"model_not_found")
        return link(QStringLiteral("tally:choose-model"), tr("Choose another model"));
    if (kind == u"context_too_long")
        return link(QStringLiteral("tally:retry"), tr("Shorten and send again"));
    if (kind == u"payment_required")
        return tr("Check your balance on the provider's billing page.");
    return link(QStringLiteral("tally:retry"), tr("Try again"));
}

void MainWindow::onBannerLink(const QString &link)
{
    if (link == u"tally:undo-delete") {
        undoDelete();
        return;
    }
    const QList<Message> messages = m_context.hasStore() ? m_context.store().messages(m_current) : QList<Message>();
    if (messages.isEmpty())
        return;
    const Message &last = messages.constLast();
    if (link == u"tally:retry" && last.role == Message::Role::Assistant) {
        showBanner(QString());
        m_composer->clear(); // the question is asked again from the conversation itself
        regenerate(last.id);
    } else if (link == u"tally:continue" && last.role == Message::Role::Assistant) {
        showBanner(QString());
        send(tr("Continue exactly where your last reply stopped."));
    } else if (link == u"tally:choose-model") {
        if (auto *model = m_header->findChild<QWidget *>(QStringLiteral("modelSelector")))
            model->setFocus(Qt::OtherFocusReason);
    } else if (link == u"tally:key-help") {
        showBanner(tr("Store the key for the profile \"%1\" with <code>tally-cli key set %1</code> (it reads the key from "
                      "the terminal and keeps it in the system keychain), or set the environment variable %2 before "
                      "starting Tally.")
                       .arg(m_profile.name.toHtmlEscaped(), m_profile.keyVariable.toHtmlEscaped()));
    }
}

void MainWindow::stop()
{
    if (ConversationSession *session = m_sessions.value(m_current))
        session->stop();
}

void MainWindow::onReplyFinished(qint64 conversationId, const Message &message)
{
    if (message.stats)
        m_context.sessionStats().add(*message.stats, message.cost);
    if (conversationId == m_current) {
        m_transcript->finishMessage(message);
        if (message.state == Message::State::Error || message.state == Message::State::Incomplete)
            showBanner(message.errorMessage.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")) + QStringLiteral("<br>")
                       + actionsFor(message));
        // Nothing typed is lost: a question that got no answer goes back to the composer.
        if (message.state == Message::State::Error && m_composer->text().isEmpty())
            m_composer->setText(m_lastPrompt.value(conversationId));
    }
    refreshConversationStats();
    if (conversationId == m_current)
        recountHistory();
    if (message.state == Message::State::Complete)
        maybeNameConversation(conversationId, message);
    // The list shows each conversation's cost and orders by activity: both just changed.
    m_model->reload();
    if (m_current > 0)
        m_sidebar->selectRow(m_model->indexOf(m_current).row());
    updateComposerState();
}

void MainWindow::maybeNameConversation(qint64 conversationId, const Message &reply)
{
    if (!m_context.settings().autoTitle() || !m_context.hasStore() || m_titling.contains(conversationId))
        return;
    const std::optional<Conversation> conversation = m_context.store().conversation(conversationId);
    const QList<Message> messages = m_context.store().messages(conversationId);
    // Only after the first exchange, and only a title Tally gave it: never one the user wrote.
    if (!conversation || conversation->titleCost || messages.size() != 2 || messages.constFirst().role != Message::Role::User
        || conversation->title != messages.constFirst().content.simplified().left(kTitleLength))
        return;
    const ConversationSession::Settings settings = sendSettings();
    ChatRequest base;
    base.applyProfile(settings.profile);
    base.apiKey = settings.apiKey;
    const QString titleModel = m_context.settings().titleModel();
    base.model = titleModel.isEmpty() ? reply.model : titleModel;
    auto *generator = new TitleGenerator(m_context.client(), m_context.prices(), base, messages.constFirst().content,
                                         reply.content, this);
    m_titling.insert(conversationId);
    const QString placeholder = conversation->title;
    connect(generator, &TitleGenerator::finished, this,
            [this, generator, conversationId, placeholder](const QString &title, const std::optional<CostEstimate> &cost) {
                generator->deleteLater();
                m_titling.remove(conversationId);
                std::optional<Conversation> current = m_context.store().conversation(conversationId);
                if (!current || !cost)
                    return; // deleted meanwhile, or the request failed before it cost anything
                // What the request cost is counted even when the title is not used.
                current->titleCost = cost;
                if (!title.isEmpty() && current->title == placeholder)
                    current->title = title; // not if the user renamed it meanwhile
                StoreError error;
                if (!m_context.store().updateConversation(*current, &error)) {
                    showBanner(error.message());
                    return;
                }
                m_context.sessionStats().addCost(*cost);
                if (conversationId == m_current)
                    m_header->setTitle(current->title);
                refreshConversationStats();
                m_model->reload();
                if (m_current > 0)
                    m_sidebar->selectRow(m_model->indexOf(m_current).row());
            });
    generator->start();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newChat = file->addAction(tr("&New Chat"), this, &MainWindow::newConversation);
    newChat->setObjectName(QStringLiteral("actionNewChat"));
    newChat->setShortcut(QKeySequence::New);
    QAction *exportAction = file->addAction(tr("&Export Conversation…"), this, &MainWindow::exportConversation);
    exportAction->setObjectName(QStringLiteral("actionExport"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *settings = edit->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find in Conversations"), m_sidebar, &ConversationSidebar::focusSearch);
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    QAction *rename = edit->addAction(tr("&Rename Conversation"), m_sidebar, &ConversationSidebar::renameCurrent);
    rename->setObjectName(QStringLiteral("actionRename"));
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    QAction *pin = edit->addAction(tr("&Pin or Unpin Conversation"), this, &MainWindow::togglePinned);
    pin->setObjectName(QStringLiteral("actionPin"));
    pin->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction *remove = edit->addAction(tr("&Delete Conversation"), this, &MainWindow::deleteConversation);
    remove->setObjectName(QStringLiteral("actionDelete"));
    remove->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *toggleSidebar = view->addAction(tr("Show &Sidebar"));
    toggleSidebar->setObjectName(QStringLiteral("actionToggleSidebar"));
    toggleSidebar->setCheckable(true);
    toggleSidebar->setChecked(true);
    toggleSidebar->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(toggleSidebar, &QAction::toggled, m_sidebar, &QWidget::setVisible);

    QMenu *themeMenu = view->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(themeMenu); // goes with the menu when the menus are rebuilt
    const AppSettings::Theme current = m_context.settings().theme();
    for (const auto &[theme, label, name] : {std::tuple{AppSettings::Theme::System, tr("&System"), "actionThemeSystem"},
                                             std::tuple{AppSettings::Theme::Light, tr("&Light"), "actionThemeLight"},
                                             std::tuple{AppSettings::Theme::Dark, tr("&Dark"), "actionThemeDark"}}) {
        QAction *action = themeMenu->addAction(label);
        action->setObjectName(QLatin1String(name));
        action->setCheckable(true);
        action->setChecked(theme == current);
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme] {
            m_context.settings().setTheme(theme);
            m_context.settings().sync();
            Theme::apply(theme);
            selectConversation(m_current); // the transcript's colors come from the palette
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Tally"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showSettings()
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
            if (m_current > 0)
                selectConversation(m_current); // the defaults may have changed what this one uses
        });
    }
    dialog->open();
}

void MainWindow::applyTranscriptFont()
{
    QFont font = QApplication::font();
    if (const QString family = m_context.settings().transcriptFontFamily(); !family.isEmpty())
        font.setFamily(family);
    if (const int size = m_context.settings().transcriptFontSize(); size > 0)
        font.setPointSize(size);
    if (font == m_transcript->font())
        return;
    m_transcript->setFont(font);
    if (m_current > 0)
        selectConversation(m_current); // rendered again: sizes of headings and footers follow the font
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
        buildMenus();
        m_banner->setAccessibleName(tr("Problem"));
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
