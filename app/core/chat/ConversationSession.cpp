#include "chat/ConversationSession.h"

#include "api/ChatStream.h"
#include "api/ProviderClient.h"
#include "app/SingleShotTimer.h"
#include "chat/ReplyCost.h"
#include "chat/ReplySaver.h"
#include "chat/SendSettingsResolver.h"
#include "chat/SpendingGuard.h"
#include "domain/TokenEstimator.h"
#include "pricing/PriceTable.h"
#include "store/ConversationStore.h"
#include "store/ResponseCache.h"

#include <QTimer>

ConversationSession::ConversationSession(ConversationStore &store, ProviderClient &client, const PriceTable &prices,
                                         qint64 conversationId, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_prices(prices)
    , m_conversationId(conversationId)
    , m_updateTimer(singleShotTimer(kUpdateIntervalMs, this, [this] {
        if (m_stream)
            Q_EMIT replyUpdated(m_updatingReply, m_saver ? m_saver->growingContent() : m_stream->content(),
                                m_saver ? m_saver->growingReasoning() : m_stream->reasoning());
    }))
{
}

ConversationSession::~ConversationSession()
{
    stop();
}

bool ConversationSession::isStreaming() const
{
    return m_stream && m_stream->isRunning();
}

std::optional<Message> ConversationSession::streamingMessage() const
{
    if (!m_saver || !m_stream)
        return std::nullopt;
    Message message = m_saver->message();
    message.content = m_saver->growingContent();
    message.reasoning = m_saver->growingReasoning();
    message.state = Message::State::Streaming;
    return message;
}

ChatRequest ConversationSession::baseRequest(const Settings &settings) const
{
    ChatRequest request;
    request.model = settings.model;
    request.applyProfile(settings.profile);
    request.apiKey = settings.apiKey;
    request.temperature = settings.temperature;
    request.maxTokens = settings.maxTokens;
    request.topP = settings.topP;
    request.idleTimeoutMs = settings.idleTimeoutMs;
    request.totalTimeoutMs = settings.requestTimeoutMs;
    request.maxReplyBytes = settings.maxReplyBytes;
    if (!settings.systemPrompt.isEmpty())
        request.messages.append(ChatMessage::system(settings.systemPrompt));
    return request;
}

ChatRequest ConversationSession::requestFor(const Settings &settings, const QList<Message> &path,
                                            qsizetype questionIndex) const
{
    ChatRequest request = baseRequest(settings);
    // The conversation as it reads before the question. A question whose answer failed (or that
    // got none) is left out with it: the model would otherwise see two questions in a row.
    const qsizetype end = std::min(questionIndex, path.size());
    for (qsizetype i = 0; i < end; ++i) {
        const Message &earlier = path.at(i);
        if (!earlier.isContext())
            continue;
        if (earlier.role == Message::Role::User) {
            const bool answered = i + 1 < end && path.at(i + 1).role == Message::Role::Assistant && path.at(i + 1).isContext();
            if (!answered)
                continue;
        }
        request.messages.append({Message::roleName(earlier.role), earlier.content});
    }
    return request;
}

QList<ChatMessage> ConversationSession::contextForNewQuestion(const Settings &settings) const
{
    const QList<Message> path = m_store.messages(m_conversationId);
    return requestFor(settings, path, path.size()).messages;
}

int ConversationSession::trimToWindow(QList<ChatMessage> &messages, std::optional<qint64> window,
                                      std::optional<int> maxTokens)
{
    if (!window || *window <= 0)
        return 0;
    const qint64 budget = *window - maxTokens.value_or(0);
    const auto estimate = [&messages] {
        QList<QPair<QString, QString>> pairs;
        for (const ChatMessage &message : std::as_const(messages))
            pairs.append({message.role, message.content});
        return TokenEstimator::estimateMessages(pairs);
    };
    // Keep the system prompt and the newest message; drop the oldest turns first.
    int dropped = 0;
    const qsizetype firstTurn = !messages.isEmpty() && messages.constFirst().role == u"system" ? 1 : 0;
    while (messages.size() - firstTurn > 1 && estimate() > budget) {
        messages.removeAt(firstTurn);
        ++dropped;
    }
    return dropped;
}

SendOutcome ConversationSession::admit(const Settings &settings) const
{
    if (isStreaming())
        return SendOutcome::refused(SendOutcome::Kind::Busy, tr("A reply is still coming in this conversation."));
    // One look at the ledger per request: a limit that stops sending refuses it, one that only
    // warns goes with the outcome.
    SendOutcome admitted;
    admitted.budgetWarning = SpendingGuard::check(m_store, settings.budget, m_conversationId);
    if (admitted.budgetWarning && admitted.budgetWarning->blocks) {
        return SendOutcome::refused(SendOutcome::Kind::BudgetBlocked,
                                    admitted.budgetWarning->message() + u' '
                                        + tr("Sending is paused by your budget; change it in Settings › Data & privacy."));
    }
    return admitted;
}

SendOutcome ConversationSession::stored(bool ok, const StoreError *error) const
{
    if (ok)
        return {};
    return SendOutcome::refused(SendOutcome::Kind::StoreFailed, error && error->isError() ? error->message()
                                                                                          : tr("The database refused the message."));
}

SendOutcome ConversationSession::answer(const Message &question, const QList<Message> &path, qsizetype questionIndex,
                                        const Settings &settings, bool useCache,
                                        const std::optional<BudgetStatus> &budgetWarning, StoreError *error)
{
    ChatRequest request = requestFor(settings, path, questionIndex);
    request.messages.append(ChatMessage::user(question.content));
    if (const int dropped = trimToWindow(request.messages, settings.contextWindow, settings.maxTokens))
        Q_EMIT historyTrimmed(dropped);
    SendOutcome outcome;
    outcome.budgetWarning = budgetWarning;
    const QByteArray cacheKey = cacheKeyFor(request, settings);
    if (useCache && answerFromCache(request, settings, cacheKey, question.id, error))
        return outcome;
    if (error && error->isError())
        return stored(false, error);
    if (!startReply(request, settings, cacheKey, question.id, error))
        return stored(false, error);
    return outcome;
}

SendOutcome ConversationSession::send(const QString &prompt, const Settings &settings, StoreError *error)
{
    const SendOutcome admitted = admit(settings);
    if (!admitted)
        return admitted;
    StoreError readError;
    const QList<Message> path = m_store.messages(m_conversationId, &readError);
    if (readError.isError()) {
        if (error)
            *error = readError;
        return stored(false, &readError);
    }
    Message question;
    question.conversationId = m_conversationId;
    question.role = Message::Role::User;
    question.content = prompt;
    const std::optional<Message> storedQuestion = m_store.appendMessage(question, error);
    if (!storedQuestion)
        return stored(false, error);
    // A new conversation is named after its first question (auto-title may name it better).
    if (std::optional<Conversation> conversation = m_store.conversation(m_conversationId);
        conversation && conversation->title.isEmpty()) {
        conversation->title = SendSettingsResolver::titleFromQuestion(prompt);
        if (m_store.updateConversation(*conversation))
            Q_EMIT titleChanged(conversation->title);
    }
    Q_EMIT messageStored(*storedQuestion);
    return answer(*storedQuestion, path, path.size(), settings, true, admitted.budgetWarning, error);
}

QByteArray ConversationSession::cacheKeyFor(const ChatRequest &request, const Settings &settings) const
{
    return m_cache && settings.cacheTtlMs ? request.cacheKey() : QByteArray();
}

bool ConversationSession::answerFromCache(const ChatRequest &request, const Settings &settings,
                                          const QByteArray &cacheKey, qint64 questionId, StoreError *error)
{
    if (cacheKey.isEmpty())
        return false;
    // A cache that cannot be read is no reason not to ask the provider.
    const std::optional<ResponseCache::Entry> hit = m_cache->find(cacheKey, *settings.cacheTtlMs);
    if (!hit)
        return false;
    Message reply;
    reply.conversationId = m_conversationId;
    reply.role = Message::Role::Assistant;
    reply.state = Message::State::Complete;
    reply.content = hit->content;
    reply.reasoning = hit->reasoning;
    reply.parentId = questionId;
    reply.model = request.model;
    MessageStats stats;
    stats.model = hit->model;
    stats.usage.promptTokens = hit->promptTokens;
    stats.usage.completionTokens = hit->completionTokens;
    stats.usage.source = hit->tokensReported ? TokenUsage::Source::Reported : TokenUsage::Source::Estimated;
    stats.finishReason = QStringLiteral("cached");
    stats.totalMs = 0;
    reply.stats = stats;
    // No request was made: it cost nothing, in the currency the model is billed in.
    const std::optional<ModelPrice> price = m_prices.findForPreset(request.provider, hit->model);
    reply.cost = CostEstimate::cached(price ? price->currency() : QStringLiteral("USD"));
    const std::optional<Message> stored = m_store.appendMessage(reply, error);
    if (!stored || !m_store.selectVersion(stored->id, error))
        return false;
    Q_EMIT messageStored(*stored);
    // Finished after send() returns, as a streamed reply would, so callers see one order of events.
    QMetaObject::invokeMethod(this, [this, finished = *stored] { Q_EMIT replyFinished(finished); }, Qt::QueuedConnection);
    return true;
}

namespace {

qsizetype indexOf(const QList<Message> &path, qint64 id)
{
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (path.at(i).id == id)
            return i;
    }
    return -1;
}

// The question a reply at `index` answers: its parent, else the question before it.
qsizetype questionFor(const QList<Message> &path, qsizetype index)
{
    const qint64 parent = path.at(index).parentId;
    for (qsizetype i = index - 1; i >= 0; --i) {
        if (path.at(i).role == Message::Role::User && (parent == 0 || path.at(i).id == parent))
            return i;
    }
    return -1;
}

// A reply on the conversation's path and the question it answers; the question is -1 when
// that is no reply on the path.
struct ReplyOnPath
{
    QList<Message> path;
    qsizetype reply = -1;
    qsizetype question = -1;
};

ReplyOnPath replyOnPath(const ConversationStore &store, qint64 conversationId, qint64 replyId, StoreError *error)
{
    ReplyOnPath found{store.messages(conversationId, error)};
    found.reply = indexOf(found.path, replyId);
    if (found.reply >= 0 && found.path.at(found.reply).role == Message::Role::Assistant)
        found.question = questionFor(found.path, found.reply);
    return found;
}

} // namespace

SendOutcome ConversationSession::retry(const Settings &settings, StoreError *error)
{
    const SendOutcome admitted = admit(settings);
    if (!admitted)
        return admitted;
    const QList<Message> path = m_store.messages(m_conversationId, error);
    if (path.isEmpty())
        return SendOutcome::refused(SendOutcome::Kind::NothingToAnswer, tr("There is no question to answer again."));
    const Message &last = path.constLast();
    if (last.role == Message::Role::Assistant) {
        if (last.state == Message::State::Error && last.content.isEmpty() && last.reasoning.isEmpty()) {
            // An error with no text is not an answer worth keeping as a version (what it cost stays
            // in the ledger).
            if (!m_store.deleteMessage(last.id, error))
                return stored(false, error);
            return retry(settings, error);
        }
        return regenerate(last.id, settings, error);
    }
    if (last.role != Message::Role::User)
        return SendOutcome::refused(SendOutcome::Kind::NothingToAnswer, tr("There is no question to answer again."));
    return answer(last, path, path.size() - 1, settings, false, admitted.budgetWarning, error);
}

SendOutcome ConversationSession::regenerate(qint64 replyId, const Settings &settings, StoreError *error)
{
    const SendOutcome admitted = admit(settings);
    if (!admitted)
        return admitted;
    const auto [path, index, question] = replyOnPath(m_store, m_conversationId, replyId, error);
    if (question < 0)
        return SendOutcome::refused(SendOutcome::Kind::NothingToAnswer, tr("There is no question to answer again."));
    // A reply from before versions names no question: it is given one, so the two are versions.
    if (path.at(index).parentId == 0 && !m_store.setReplyTo(replyId, path.at(question).id, error))
        return stored(false, error);
    return answer(path.at(question), path, question, settings, false, admitted.budgetWarning, error);
}

SendOutcome ConversationSession::edit(qint64 questionId, const QString &text, const Settings &settings, StoreError *error)
{
    const SendOutcome admitted = admit(settings);
    if (!admitted)
        return admitted;
    const QList<Message> path = m_store.messages(m_conversationId, error);
    const qsizetype index = indexOf(path, questionId);
    if (index < 0 || path.at(index).role != Message::Role::User || text.trimmed().isEmpty())
        return SendOutcome::refused(SendOutcome::Kind::NothingToAnswer, tr("That message cannot be edited."));
    const Message &original = path.at(index);
    Message version;
    version.conversationId = m_conversationId;
    version.role = Message::Role::User;
    version.content = text;
    version.groupId = original.groupId > 0 ? original.groupId : original.id;
    const std::optional<Message> storedVersion = m_store.appendMessage(version, error);
    if (!storedVersion || !m_store.selectVersion(storedVersion->id, error))
        return stored(false, error);
    Q_EMIT messageStored(*storedVersion);
    return answer(*storedVersion, path, index, settings, true, admitted.budgetWarning, error);
}

SendOutcome ConversationSession::continueReply(qint64 replyId, const Settings &settings, StoreError *error)
{
    const SendOutcome admitted = admit(settings);
    if (!admitted)
        return admitted;
    const auto [path, index, question] = replyOnPath(m_store, m_conversationId, replyId, error);
    if (question < 0 || path.at(index).content.isEmpty())
        return SendOutcome::refused(SendOutcome::Kind::NothingToAnswer, tr("There is no reply to continue."));
    const Message &partial = path.at(index);
    ChatRequest request = requestFor(settings, path, question);
    request.messages.append(ChatMessage::user(path.at(question).content));
    // OpenAI-compatible servers differ in whether a trailing assistant turn is continued as a
    // prefix; asking in words works everywhere, and the request is not stored as a turn.
    request.messages.append({QStringLiteral("assistant"), partial.content});
    request.messages.append(ChatMessage::user(QStringLiteral(
        "Continue exactly where your previous reply stopped. Do not repeat anything, do not add an introduction.")));
    if (const int dropped = trimToWindow(request.messages, settings.contextWindow, settings.maxTokens))
        Q_EMIT historyTrimmed(dropped);
    if (!startReply(request, settings, QByteArray(), path.at(question).id, error, partial))
        return stored(false, error);
    return admitted;
}

SendOutcome ConversationSession::shortenAndRetry(const Settings &settings, StoreError *error)
{
    const SendOutcome admitted = admit(settings);
    if (!admitted)
        return admitted;
    QList<Message> path = m_store.messages(m_conversationId, error);
    if (!path.isEmpty() && path.constLast().role == Message::Role::Assistant) {
        if (!path.constLast().content.isEmpty())
            return regenerate(path.constLast().id, settings, error);
        if (!m_store.deleteMessage(path.constLast().id, error))
            return stored(false, error);
        path.removeLast();
    }
    if (path.isEmpty() || path.constLast().role != Message::Role::User)
        return SendOutcome::refused(SendOutcome::Kind::NothingToAnswer, tr("There is no question to answer again."));
    ChatRequest request = requestFor(settings, path, path.size() - 1);
    request.messages.append(ChatMessage::user(path.constLast().content));
    // The provider said it does not fit, so our estimate of the window was too kind: aim at half
    // of it, or (window unknown) keep only the last exchange before the question.
    const qint64 tokens = TokenEstimator::estimateMessages([&request] {
        QList<QPair<QString, QString>> pairs;
        for (const ChatMessage &message : std::as_const(request.messages))
            pairs.append({message.role, message.content});
        return pairs;
    }());
    const qint64 target = settings.contextWindow ? *settings.contextWindow / 2 : tokens / 2;
    const int before = int(request.messages.size());
    int dropped = trimToWindow(request.messages, target + settings.maxTokens.value_or(0), settings.maxTokens);
    const qsizetype firstTurn = !request.messages.isEmpty() && request.messages.constFirst().role == u"system" ? 1 : 0;
    if (dropped == 0 && request.messages.size() - firstTurn > 1) {
        request.messages.remove(firstTurn, request.messages.size() - firstTurn - 1);
        dropped = before - int(request.messages.size());
    }
    if (dropped == 0) {
        return SendOutcome::refused(SendOutcome::Kind::TooLong,
                                    tr("The question alone is too long for this model's context window: shorten "
                                       "it, or choose a model with a larger window."));
    }
    Q_EMIT historyTrimmed(dropped);
    if (!startReply(request, settings, QByteArray(), path.constLast().id, error))
        return stored(false, error);
    return admitted;
}

bool ConversationSession::selectVersion(qint64 messageId, StoreError *error)
{
    if (isStreaming())
        return false; // the streaming reply is the one shown until it ends
    return m_store.selectVersion(messageId, error);
}

bool ConversationSession::startReply(const ChatRequest &request, const Settings &settings, const QByteArray &cacheKey,
                                     qint64 questionId, StoreError *error, const std::optional<Message> &continuing)
{
    std::optional<Message> storedReply;
    if (continuing) {
        // The same row grows: shown as streaming again, with its text so far.
        storedReply = continuing;
        storedReply->state = Message::State::Streaming;
        storedReply->errorKind.clear();
        storedReply->errorMessage.clear();
    } else {
        Message reply;
        reply.conversationId = m_conversationId;
        reply.role = Message::Role::Assistant;
        reply.state = Message::State::Streaming;
        reply.model = request.model;
        reply.parentId = questionId;
        storedReply = m_store.appendMessage(reply, error);
        // The new reply is the one the conversation goes on with (earlier ones stay as versions).
        if (!storedReply || !m_store.selectVersion(storedReply->id, error))
            return false;
        Q_EMIT messageStored(*storedReply);
    }

    ChatStream *stream = m_client.createChat(request, settings.profile.id, this);
    m_stream = stream;
    const PriceTable &prices = m_prices;
    // The session's child, not the stream's: a reply the disk had no room for must outlive
    // its stream until it is stored.
    auto *saver = new ReplySaver(m_store, *storedReply, stream, [&prices, provider = request.provider](const ChatResult &result) {
        return ReplyCost::of(result, prices, provider);
    }, this);
    if (continuing)
        saver->continueFrom(*continuing);
    m_saver = saver;
    m_updatingReply = storedReply->id;
    const auto update = [this] {
        if (!m_updateTimer->isActive())
            m_updateTimer->start();
    };
    connect(stream, &ChatStream::contentDelta, this, update);
    connect(stream, &ChatStream::reasoningDelta, this, update);
    connect(saver, &ReplySaver::saveFailed, this, &ConversationSession::saveFailed);
    const std::optional<qint64> cacheTtlMs = settings.cacheTtlMs;
    const auto keep = [this, cacheTtlMs, cacheKey](const Message &finished) {
        // Only whole answers are worth repeating; a failure to cache loses nothing.
        if (!cacheKey.isEmpty() && finished.state == Message::State::Complete && !finished.content.isEmpty())
            m_cache->put(cacheKey, finished, *cacheTtlMs);
    };
    connect(saver, &ReplySaver::replySaved, this, [this, stream, saver, keep](const Message &finished, bool saved) {
        m_updateTimer->stop(); // the finished reply carries the whole text
        if (saved)
            keep(finished);
        Q_EMIT replyFinished(finished);
        stream->deleteLater();
        if (m_saver == saver)
            m_saver = nullptr;
        if (saved)
            saver->deleteLater();
        else
            m_unsaved.append(saver); // it keeps the text and tries again
    });
    connect(saver, &ReplySaver::replyStored, this, [this, saver, keep](const Message &stored) {
        if (!m_unsaved.removeOne(saver))
            return; // stored at the end: replyFinished() said all there is
        keep(stored);
        Q_EMIT replyStoredLater(stored);
        saver->deleteLater();
    });
    stream->start();
    return true;
}

QList<Message> ConversationSession::unsavedReplies() const
{
    QList<Message> replies;
    for (const ReplySaver *saver : m_unsaved)
        replies.append(saver->message());
    return replies;
}

void ConversationSession::retrySaving()
{
    const QList<ReplySaver *> unsaved = m_unsaved; // a success edits the list
    for (ReplySaver *saver : unsaved)
        saver->retryNow();
}

void ConversationSession::stop()
{
    if (m_stream)
        m_stream->cancel();
}
