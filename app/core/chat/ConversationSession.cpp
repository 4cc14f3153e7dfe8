#include "chat/ConversationSession.h"

#include "api/ChatStream.h"
#include "api/ProviderClient.h"
#include "domain/TokenEstimator.h"
#include "pricing/PriceTable.h"
#include "store/ConversationStore.h"
#include "chat/ReplySaver.h"
#include "store/ResponseCache.h"

#include <QTimer>

ConversationSession::ConversationSession(ConversationStore &store, ProviderClient &client, const PriceTable &prices,
                                         qint64 conversationId, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_prices(prices)
    , m_conversationId(conversationId)
    , m_updateTimer(new QTimer(this))
{
    m_updateTimer->setSingleShot(true);
    m_updateTimer->setInterval(kUpdateIntervalMs);
    connect(m_updateTimer, &QTimer::timeout, this, [this] {
        if (m_stream)
            Q_EMIT replyUpdated(m_updatingReply, m_stream->content(), m_stream->reasoning());
    });
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
    message.content = m_stream->content();
    message.reasoning = m_stream->reasoning();
    return message;
}

ChatRequest ConversationSession::buildRequest(const Settings &settings, StoreError *error) const
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
    // The conversation so far is the context, minus failed replies and empty rows.
    for (const Message &earlier : m_store.messages(m_conversationId, error)) {
        if (earlier.isContext())
            request.messages.append({Message::roleName(earlier.role), earlier.content});
    }
    return request;
}

int ConversationSession::trimToWindow(ChatRequest &request, const Settings &settings)
{
    if (!settings.contextWindow || *settings.contextWindow <= 0)
        return 0;
    const qint64 budget = *settings.contextWindow - settings.maxTokens.value_or(0);
    const auto estimate = [&request] {
        QList<QPair<QString, QString>> messages;
        for (const ChatMessage &message : std::as_const(request.messages))
            messages.append({message.role, message.content});
        return TokenEstimator::estimateMessages(messages);
    };
    // Keep the system prompt and the newest question; drop the oldest turns first.
    int dropped = 0;
    const qsizetype firstTurn = !request.messages.isEmpty() && request.messages.constFirst().role == u"system" ? 1 : 0;
    while (request.messages.size() - firstTurn > 1 && estimate() > budget) {
        request.messages.removeAt(firstTurn);
        ++dropped;
    }
    return dropped;
}

bool ConversationSession::send(const QString &prompt, const Settings &settings, StoreError *error)
{
    if (isStreaming())
        return false;
    StoreError readError;
    ChatRequest request = buildRequest(settings, &readError);
    if (readError.isError()) {
        if (error)
            *error = readError;
        return false;
    }
    request.messages.append(ChatMessage::user(prompt));
    if (const int dropped = trimToWindow(request, settings))
        Q_EMIT historyTrimmed(dropped);

    Message question;
    question.conversationId = m_conversationId;
    question.role = Message::Role::User;
    question.content = prompt;
    const std::optional<Message> storedQuestion = m_store.appendMessage(question, error);
    if (!storedQuestion)
        return false;
    Q_EMIT messageStored(*storedQuestion);
    const QByteArray cacheKey = cacheKeyFor(request, settings);
    if (answerFromCache(request, settings, cacheKey, error))
        return true;
    return startReply(request, settings, cacheKey, error);
}

QByteArray ConversationSession::cacheKeyFor(const ChatRequest &request, const Settings &settings) const
{
    return m_cache && settings.cacheTtlMs ? request.cacheKey() : QByteArray();
}

bool ConversationSession::answerFromCache(const ChatRequest &request, const Settings &settings,
                                          const QByteArray &cacheKey, StoreError *error)
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
    if (!stored)
        return false;
    Q_EMIT messageStored(*stored);
    // Finished after send() returns, as a streamed reply would, so callers see one order of events.
    QMetaObject::invokeMethod(this, [this, finished = *stored] { Q_EMIT replyFinished(finished); }, Qt::QueuedConnection);
    return true;
}

bool ConversationSession::resend(const Settings &settings, StoreError *error)
{
    if (isStreaming())
        return false;
    StoreError readError;
    ChatRequest request = buildRequest(settings, &readError);
    if (readError.isError() || request.messages.isEmpty() || request.messages.constLast().role != u"user") {
        if (error)
            *error = readError.isError() ? readError : StoreError(StoreError::Kind::Other, tr("There is no question to answer again."));
        return false;
    }
    if (const int dropped = trimToWindow(request, settings))
        Q_EMIT historyTrimmed(dropped);
    return startReply(request, settings, cacheKeyFor(request, settings), error); // asks again, may store the answer
}

bool ConversationSession::startReply(const ChatRequest &request, const Settings &settings, const QByteArray &cacheKey,
                                     StoreError *error)
{
    Message reply;
    reply.conversationId = m_conversationId;
    reply.role = Message::Role::Assistant;
    reply.state = Message::State::Streaming;
    reply.model = request.model;
    const std::optional<Message> storedReply = m_store.appendMessage(reply, error);
    if (!storedReply)
        return false;
    Q_EMIT messageStored(*storedReply);

    ChatStream *stream = m_client.createChat(request, settings.profile.id, this);
    m_stream = stream;
    const PriceTable &prices = m_prices;
    // The session's child, not the stream's: a reply the disk had no room for must outlive
    // its stream until it is stored.
    auto *saver = new ReplySaver(m_store, *storedReply, stream, [&prices, provider = request.provider](const ChatResult &result) {
        return prices.costOf(result.stats, provider);
    }, this);
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
