#include "main/ChatPane.h"

#include "app/AppContext.h"
#include "app/SingleShotTimer.h"
#include "chat/AutoTitler.h"
#include "chat/ChatHeader.h"
#include "chat/Composer.h"
#include "chat/ComposerEstimate.h"
#include "chat/ConversationSession.h"
#include "chat/SystemPromptDialog.h"
#include "common/ExternalLinks.h"
#include "main/ConversationBanner.h"
#include "main/ConversationChoices.h"
#include "main/NoticeBoard.h"
#include "main/WelcomePanel.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "store/ConversationStore.h"
#include "transcript/FindBar.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptView.h"

#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

ChatPane::ChatPane(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("chatPane"));
    build();
    connectParts();
}

void ChatPane::build()
{
    m_header = new ChatHeader(this);
    auto *banner = new ConversationBanner(this);
    m_notices = new NoticeBoard(banner, this);
    m_middle = new QStackedWidget(this);
    m_transcript = new TranscriptView(m_middle);
    m_welcome = new WelcomePanel(m_context, m_middle);
    m_middle->addWidget(m_transcript);
    m_middle->addWidget(m_welcome);
    m_findBar = new FindBar(this);
    m_composer = new Composer(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    for (QWidget *part : {static_cast<QWidget *>(m_header), static_cast<QWidget *>(banner),
                          static_cast<QWidget *>(m_middle), static_cast<QWidget *>(m_findBar),
                          static_cast<QWidget *>(m_composer)})
        layout->addWidget(part, part == m_middle ? 1 : 0);
    m_choices = new ConversationChoices(m_context, m_header, this);
    // Without a keychain service the lookup waits for its timeout and a retry (seconds): a first
    // start shows the welcome panel meanwhile rather than a blank window.
    m_slowKeyLookup = singleShotTimer(kSlowKeyLookupMs, this, &ChatPane::updateComposerState);
    m_estimate = new ComposerEstimate(m_context, m_composer, this);
}

void ChatPane::connectParts()
{
    connect(m_composer, &Composer::sendRequested, this, &ChatPane::send);
    connect(m_composer, &Composer::retryRequested, this, [this] {
        if (m_current > 0 && m_notices->offers(m_current, BannerNotice::Action::Retry))
            onBannerAction(m_current, BannerNotice::Action::Retry);
    });
    connect(m_composer, &Composer::editSubmitted, this, &ChatPane::submitEdit);
    connect(m_composer, &Composer::stopRequested, this, &ChatPane::escape);
    connect(m_header, &ChatHeader::systemPromptRequested, this, &ChatPane::editSystemPrompt);
    connect(m_transcript, &TranscriptView::actionTriggered, this, &ChatPane::onMessageAction);
    connect(m_transcript, &TranscriptView::linkActivated, this, &ChatPane::onLinkActivated);
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
    connect(m_notices, &NoticeBoard::actionTriggered, this, &ChatPane::onBannerAction);
    connect(m_choices, &ConversationChoices::keyStateChanged, this, &ChatPane::onKeyStateChanged);
    connect(m_choices, &ConversationChoices::choicesEdited, this, &ChatPane::recountHistory);
    connect(m_choices, &ConversationChoices::problem, m_notices,
            [this](qint64 conversationId, const QString &message) { m_notices->set(conversationId, {message, {}}); });
    connect(m_choices, &ConversationChoices::modelListFailed, this, [this](const QString &message) {
        Q_EMIT statusMessage(tr("The model list could not be fetched: %1").arg(message), 8000);
    });
    connect(m_welcome, &WelcomePanel::settingsRequested, this,
            [this] { Q_EMIT settingsRequested(SettingsDialog::kProvidersPage); });
    connect(m_welcome, &WelcomePanel::profileReady, this, [this](const QString &note) {
        if (!note.isEmpty())
            m_notices->set(0, {note, {}});
        m_choices->reloadProfiles(); // the new default and its key
        m_composer->focusEditor();
    });
}

void ChatPane::storeOpened()
{
    m_titler = new AutoTitler(m_context.store(), m_context.client(), m_context.prices(), this);
    connect(m_titler, &AutoTitler::titled, this, [this](qint64 conversationId, const QString &title, const CostEstimate &cost) {
        m_context.sessionStats().addCost(cost);
        if (conversationId == m_current)
            m_header->setTitle(title);
        Q_EMIT statsChanged();
        Q_EMIT conversationsChanged();
    });
    connect(m_titler, &AutoTitler::failed, m_notices,
            [this](qint64 conversationId, const QString &message) { m_notices->set(conversationId, {message, {}}); });
    updateComposerState();
}

void ChatPane::showConversation(qint64 conversationId)
{
    m_current = conversationId;
    QList<Message> messages = m_context.hasStore() ? m_context.store().messages(conversationId) : QList<Message>();
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
    const std::optional<Conversation> conversation =
        m_context.hasStore() && conversationId > 0 ? m_context.store().conversation(conversationId) : std::nullopt;
    m_header->setTitle(conversation ? (conversation->title.isEmpty() ? tr("New chat") : conversation->title) : QString());
    m_header->setSystemPrompt(conversation ? conversation->systemPrompt : QString(), conversation.has_value());
    m_choices->show(conversationId, conversation);
    recountHistory();
    onKeyStateChanged();
    m_notices->setCurrent(conversationId);
}

void ChatPane::clearConversation()
{
    m_current = 0;
    m_composer->setText(QString());
    m_transcript->clearConversation();
    m_notices->setCurrent(0);
}

bool ChatPane::isStreaming(qint64 conversationId) const
{
    const ConversationSession *session = m_sessions.value(conversationId);
    return session && session->isStreaming();
}

void ChatPane::stop(qint64 conversationId)
{
    if (ConversationSession *session = m_sessions.value(conversationId))
        session->stop();
}

void ChatPane::forget(qint64 conversationId)
{
    stop(conversationId);
    delete m_sessions.take(conversationId);
    m_notices->forget(conversationId);
}

QString ChatPane::draft() const
{
    return m_composer->text();
}

void ChatPane::setDraft(const QString &text)
{
    m_composer->setText(text);
}

void ChatPane::cancelEdit()
{
    m_composer->cancelEdit(); // the draft from before the edit comes back
}

void ChatPane::focusComposer()
{
    m_composer->focusEditor();
}

void ChatPane::reloadChoices()
{
    m_choices->reloadProfiles();
    recountHistory();
}

void ChatPane::onKeyStateChanged()
{
    if (m_choices->lookingUpKey())
        m_slowKeyLookup->start();
    else
        m_slowKeyLookup->stop();
    updateComposerState();
    // The welcome panel says it all on a first start; elsewhere the banner says what to do.
    if (m_choices->keyMissing() && !m_choices->lookingUpKey() && !showsWelcome())
        m_notices->set(0, {m_choices->keyProblem(), {BannerNotice::Action::SetKey}});
    else
        m_notices->clearWindowNotice(BannerNotice::Action::SetKey);
}

bool ChatPane::showsWelcome() const
{
    const bool keyUnknown = !m_choices->lookingUpKey() || !m_slowKeyLookup->isActive(); // missing, or slow to come
    return m_choices->keyMissing() && keyUnknown && m_transcript->model()->rowCount() == 0;
}

void ChatPane::updateComposerState()
{
    const bool welcome = showsWelcome();
    QString reason;
    if (!m_context.hasStore())
        reason = tr("The conversation database is not available.");
    else if (m_context.database().isReadOnly())
        reason = tr("The conversation database is read-only.");
    else if (welcome)
        reason = tr("Paste an API key above to start chatting.");
    else if (m_choices->keyMissing())
        reason = m_choices->keyProblem();
    if (welcome && m_middle->currentWidget() != m_welcome)
        m_welcome->reset(m_choices->profile());
    m_middle->setCurrentWidget(welcome ? static_cast<QWidget *>(m_welcome) : m_transcript);
    m_composer->setSendBlockedReason(reason);
    m_composer->setStreaming(isStreaming(m_current));
    m_transcript->refreshActions();
}

ConversationSession *ChatPane::sessionFor(qint64 conversationId)
{
    if (ConversationSession *existing = m_sessions.value(conversationId))
        return existing;
    auto *session = new ConversationSession(m_context.store(), m_context.client(), m_context.prices(), conversationId, this);
    session->setResponseCache(&m_context.responseCache());
    m_sessions.insert(conversationId, session);
    connect(session, &ConversationSession::messageStored, this, [this, conversationId](const Message &message) {
        if (message.role == Message::Role::Assistant && message.state == Message::State::Streaming)
            Q_EMIT streamingChanged(conversationId, true);
        if (conversationId == m_current)
            showStored(message);
    });
    connect(session, &ConversationSession::replyUpdated, this,
            [this, conversationId](qint64 id, const QString &content, const QString &reasoning) {
                if (conversationId == m_current)
                    m_transcript->updateStreaming(id, content, reasoning);
            });
    connect(session, &ConversationSession::replyFinished, this,
            [this, conversationId](const Message &message) { onReplyFinished(conversationId, message); });
    connect(session, &ConversationSession::saveFailed, m_notices, [this, conversationId](const StoreError &error) {
        m_notices->set(conversationId, {error.message(), {BannerNotice::Action::SaveAgain}});
    });
    connect(session, &ConversationSession::replyStoredLater, m_notices, [this, conversationId](const Message &) {
        m_notices->set(conversationId, {tr("The reply is stored in full now."), {}});
    });
    connect(session, &ConversationSession::titleChanged, this, [this, conversationId](const QString &title) {
        if (conversationId == m_current)
            m_header->setTitle(title);
    });
    connect(session, &ConversationSession::historyTrimmed, m_notices, [this, conversationId](int dropped) {
        m_notices->set(conversationId, {tr("%Ln older message(s) were left out of this request so it fits the "
                                           "model's context window.", nullptr, dropped), {}});
    });
    return session;
}

void ChatPane::editSystemPrompt()
{
    const std::optional<Conversation> conversation =
        m_context.hasStore() && m_current > 0 ? m_context.store().conversation(m_current) : std::nullopt;
    if (!conversation)
        return;
    auto *dialog = new SystemPromptDialog(conversation->systemPrompt, m_context.settings().systemPrompt(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = m_current] {
        std::optional<Conversation> edited = m_context.store().conversation(id);
        if (!edited)
            return;
        edited->systemPrompt = dialog->prompt();
        StoreError error;
        if (!m_context.store().updateConversation(*edited, &error))
            m_notices->set(id, {error.message(), {}});
        if (id == m_current) {
            m_header->setSystemPrompt(edited->systemPrompt);
            recountHistory(); // the prompt is part of what every request sends
        }
    });
    dialog->open();
}

void ChatPane::recountHistory()
{
    // The same context the send will use (system prompt, selected versions, failed turns left out).
    QList<ChatMessage> context;
    if (m_context.hasStore() && m_current > 0)
        context = sessionFor(m_current)->contextForNewQuestion(m_choices->sendSettings());
    m_estimate->setContext(context, m_choices->profile(), m_choices->modelId());
}

void ChatPane::send(const QString &text)
{
    if (!m_context.hasStore())
        return;
    if (m_current == 0)
        Q_EMIT conversationNeeded();
    if (m_current == 0)
        return;
    const qint64 conversationId = m_current;
    m_notices->clear(conversationId); // what is said after it is about this attempt
    StoreError error;
    const SendOutcome outcome = sessionFor(conversationId)->send(text, m_choices->sendSettings(), &error);
    if (outcome.ok()) {
        m_composer->clear();
        m_context.store().setDraft(conversationId, QString());
    }
    afterSend(conversationId, outcome); // when it did not go, the text stays in the composer
}

void ChatPane::submitEdit(qint64 messageId, const QString &text)
{
    const qint64 conversationId = m_current;
    m_notices->clear(conversationId);
    const SendOutcome outcome = sessionFor(conversationId)->edit(messageId, text, m_choices->sendSettings());
    if (outcome.ok())
        m_composer->cancelEdit(); // the draft from before the edit comes back
    afterSend(conversationId, outcome);
}

void ChatPane::afterSend(qint64 conversationId, const SendOutcome &outcome)
{
    if (!outcome.ok()) {
        QList<BannerNotice::Action> actions;
        if (outcome.kind == SendOutcome::Kind::BudgetBlocked)
            actions << BannerNotice::Action::Budget;
        m_notices->set(conversationId, {outcome.message, actions});
    } else if (outcome.budgetWarning) {
        m_notices->set(conversationId, {outcome.budgetWarning->message(), {}});
    }
    Q_EMIT conversationsChanged();
    updateComposerState();
}

void ChatPane::escape()
{
    if (isStreaming(m_current))
        stop(m_current);
    else if (m_composer->editingMessage() > 0)
        m_composer->cancelEdit();
    else if (m_findBar->isVisible())
        m_findBar->close();
}

void ChatPane::regenerate(qint64 messageId)
{
    if (!m_context.hasStore() || m_current == 0 || m_choices->keyMissing())
        return;
    m_notices->clear(m_current);
    afterSend(m_current, sessionFor(m_current)->regenerate(messageId, m_choices->sendSettings()));
}

void ChatPane::hideMessage(qint64 messageId)
{
    m_transcript->removeMessage(messageId);
}

void ChatPane::findFrom(qint64 messageId, const QString &text)
{
    m_findBar->open(text);
    m_transcript->findFromMessage(messageId, text);
}

void ChatPane::retry(ConversationSession *session, qint64 conversationId)
{
    if (session)
        afterSend(conversationId, session->retry(m_choices->sendSettings()));
}

void ChatPane::onBannerAction(qint64 conversationId, BannerNotice::Action action)
{
    // The conversation the notice was raised for, which is the one open while it shows.
    ConversationSession *session = conversationId > 0 ? sessionFor(conversationId) : nullptr;
    using Action = BannerNotice::Action;
    if (action == Action::Retry || action == Action::Shorten || action == Action::Continue)
        m_notices->clear(conversationId);
    switch (action) {
    case Action::Undo: Q_EMIT undoRequested(); return;
    case Action::SetKey: Q_EMIT settingsRequested(SettingsDialog::kProvidersPage); return;
    case Action::Budget: Q_EMIT settingsRequested(SettingsDialog::kDataPage); return;
    case Action::ChooseModel: m_header->openModelList(); return;
    case Action::SaveAgain:
        if (session)
            session->retrySaving();
        return;
    case Action::Retry: retry(session, conversationId); return;
    case Action::Shorten:
        if (session)
            afterSend(conversationId, session->shortenAndRetry(m_choices->sendSettings()));
        return;
    case Action::Continue:
        if (const QList<Message> messages = m_context.store().messages(conversationId); session && !messages.isEmpty())
            afterSend(conversationId, session->continueReply(messages.constLast().id, m_choices->sendSettings()));
        return;
    }
}

MessageActions ChatPane::actionsFor(const Message &message, int row) const
{
    MessageActions actions{MessageAction::Copy};
    const int rows = m_transcript->model()->rowCount();
    const bool latest = row == rows - 1;
    const bool busy = isStreaming(m_current);
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
        if (latest || row == rows - 2)
            actions << MessageAction::Edit;
    }
    if (!busy)
        actions << MessageAction::Delete;
    return actions;
}

void ChatPane::onMessageAction(qint64 messageId, MessageAction action)
{
    ConversationSession *session = m_current > 0 ? sessionFor(m_current) : nullptr;
    if (action == MessageAction::Retry || action == MessageAction::Continue)
        m_notices->clear(m_current);
    switch (action) {
    case MessageAction::Regenerate: regenerate(messageId); break;
    case MessageAction::Edit:
        if (const std::optional<Message> question = m_context.store().message(messageId);
            question && question->role == Message::Role::User)
            m_composer->beginEdit(messageId, question->content); // nothing changes until it is sent
        break;
    case MessageAction::Delete:
        if (!isStreaming(m_current)) // the stream owns the last row until it ends
            Q_EMIT deleteMessageRequested(messageId);
        break;
    case MessageAction::Retry: retry(session, m_current); break;
    case MessageAction::Continue:
        if (session)
            afterSend(m_current, session->continueReply(messageId, m_choices->sendSettings()));
        break;
    case MessageAction::PreviousVersion: showVersion(messageId, -1); break;
    case MessageAction::NextVersion: showVersion(messageId, +1); break;
    case MessageAction::Copy: break; // the transcript copies by itself
    }
}

void ChatPane::showStored(const Message &message)
{
    // A new question, or the first reply to the question shown last, only adds a row: reading
    // a 2,000-message conversation again for it, twice per send, held the window for
    // milliseconds. Anything else stored (an edited question, another version of a reply)
    // changes which versions the conversation reads as, so it is read again.
    const QList<Message> &shown = m_transcript->model()->messages();
    const bool addsARow = message.role == Message::Role::User
        ? message.groupId == 0
        : message.role == Message::Role::Assistant && !shown.isEmpty() && shown.constLast().id == message.parentId;
    if (!addsARow) {
        showConversation(m_current);
        return;
    }
    m_transcript->appendMessage(message);
    recountHistory();
    m_transcript->refreshActions(); // the row before it may lose Regenerate or Edit
}

void ChatPane::showVersion(qint64 messageId, int step)
{
    const std::optional<Message> shown = m_context.store().message(messageId);
    if (m_current == 0 || !shown)
        return;
    const QList<qint64> versions = ConversationStore::versionsOf(m_context.store().allMessages(m_current), *shown);
    const qsizetype at = versions.indexOf(messageId) + step;
    if (at >= 0 && at < versions.size() && sessionFor(m_current)->selectVersion(versions.at(at)))
        showConversation(m_current);
}

void ChatPane::onLinkActivated(const QUrl &url)
{
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

void ChatPane::onReplyFinished(qint64 conversationId, const Message &message)
{
    Q_EMIT streamingChanged(conversationId, false);
    if (message.stats)
        m_context.sessionStats().add(*message.stats, message.cost);
    if (conversationId == m_current)
        m_transcript->finishMessage(message);
    if (message.state == Message::State::Error || message.state == Message::State::Incomplete)
        m_notices->set(conversationId, NoticeBoard::forFailure(message)); // the question stays, with Retry
    if (conversationId == m_current) {
        Q_EMIT statsChanged();
        recountHistory();
    }
    if (message.state == Message::State::Complete && m_titler && m_context.settings().autoTitle())
        m_titler->maybeName(conversationId, message, m_choices->sendSettings(), m_context.settings().titleModel());
    Q_EMIT conversationsChanged(); // the list shows each conversation's cost and orders by activity
    updateComposerState();
}
