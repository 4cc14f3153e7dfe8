#include "chat/ConversationSession.h"

#include "api/ChatStream.h"
#include "api/ProviderClient.h"
#include "pricing/PriceTable.h"
#include "store/ConversationStore.h"
#include "store/ReplySaver.h"

ConversationSession::ConversationSession(ConversationStore &store, ProviderClient &client, const PriceTable &prices,
                                         qint64 conversationId, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_prices(prices)
    , m_conversationId(conversationId)
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
    message.content = m_stream->content();
    message.reasoning = m_stream->reasoning();
    return message;
}

ChatRequest ConversationSession::buildRequest(const Settings &settings, StoreError *error) const
{
    ChatRequest request;
    request.model = settings.model;
    settings.profile.applyTo(request);
    request.apiKey = settings.apiKey;
    request.temperature = settings.temperature;
    request.maxTokens = settings.maxTokens;
    request.topP = settings.topP;
    if (!settings.systemPrompt.isEmpty())
        request.messages.append(ChatMessage::system(settings.systemPrompt));
    // The conversation so far is the context, minus failed replies and empty rows.
    for (const Message &earlier : m_store.messages(m_conversationId, error)) {
        if (earlier.role == Message::Role::System || earlier.content.isEmpty() || earlier.state == Message::State::Error)
            continue;
        request.messages.append({Message::roleName(earlier.role), earlier.content});
    }
    return request;
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

    Message question;
    question.conversationId = m_conversationId;
    question.role = Message::Role::User;
    question.content = prompt;
    const std::optional<Message> storedQuestion = m_store.appendMessage(question, error);
    if (!storedQuestion)
        return false;
    Q_EMIT messageStored(*storedQuestion);
    return startReply(request, settings, error);
}

bool ConversationSession::resend(const Settings &settings, StoreError *error)
{
    if (isStreaming())
        return false;
    StoreError readError;
    const ChatRequest request = buildRequest(settings, &readError);
    if (readError.isError() || request.messages.isEmpty() || request.messages.constLast().role != u"user") {
        if (error)
            *error = readError.isError() ? readError : StoreError(StoreError::Kind::Other, tr("There is no question to answer again."));
        return false;
    }
    return startReply(request, settings, error);
}

bool ConversationSession::startReply(const ChatRequest &request, const Settings &settings, StoreError *error)
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
    const QString provider = request.provider == u"custom" ? QString() : request.provider;
    const PriceTable &prices = m_prices;
    m_saver = new ReplySaver(m_store, *storedReply, stream, [&prices, provider](const ChatResult &result) {
        return result.stats.reportedCost ? CostEstimate::reported(*result.stats.reportedCost, QStringLiteral("USD"))
                                         : CostEstimate::estimate(result.stats.usage, prices.find(provider, result.stats.model));
    }, stream);
    const qint64 replyId = storedReply->id;
    const auto update = [this, stream, replyId] { Q_EMIT replyUpdated(replyId, stream->content(), stream->reasoning()); };
    connect(stream, &ChatStream::contentDelta, this, update);
    connect(stream, &ChatStream::reasoningDelta, this, update);
    connect(m_saver, &ReplySaver::saveFailed, this, &ConversationSession::saveFailed);
    connect(m_saver, &ReplySaver::replySaved, this, [this, stream](const Message &finished) {
        Q_EMIT replyFinished(finished);
        stream->deleteLater(); // also deletes the saver, its child
        m_saver = nullptr;
    });
    stream->start();
    return true;
}

void ConversationSession::stop()
{
    if (m_stream)
        m_stream->cancel();
}
