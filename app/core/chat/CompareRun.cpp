#include "chat/CompareRun.h"

#include "api/ChatStream.h"
#include "api/ProviderClient.h"
#include "chat/ReplySaver.h"
#include "secrets/ApiKeyResolver.h"
#include "store/ConversationStore.h"

CompareRun::CompareRun(ProviderClient &client, ApiKeyResolver &keys, const PriceTable &prices, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_keys(keys)
    , m_prices(prices)
{
}

CompareRun::~CompareRun()
{
    for (const QPointer<ChatStream> &stream : std::as_const(m_streams)) {
        if (stream) {
            disconnect(stream, nullptr, this, nullptr);
            delete stream;
        }
    }
}

bool CompareRun::start(const QString &prompt, const QList<Entry> &entries, QString *error)
{
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (isRunning())
        return refuse(tr("A comparison is still running."));
    if (entries.size() < kMinColumns || entries.size() > kMaxColumns)
        return refuse(tr("Compare needs two to four models."));
    if (prompt.trimmed().isEmpty())
        return refuse(tr("Type a prompt to compare the answers."));
    for (const QPointer<ChatStream> &stream : std::as_const(m_streams))
        delete stream.data();
    m_streams = QList<QPointer<ChatStream>>(entries.size());
    m_prompt = prompt;
    m_columns.clear();
    for (const Entry &entry : entries) {
        Column column;
        column.entry = entry;
        if (column.entry.model.isEmpty())
            column.entry.model = entry.profile.defaultModel;
        column.running = true;
        m_columns.append(column);
    }
    const int generation = ++m_generation;
    for (int i = 0; i < m_columns.size(); ++i) {
        // Each column waits only for its own key (a keychain may take a moment).
        m_keys.resolve(m_columns.at(i).entry.profile, this, [this, i, generation](const ApiKeyResolver::Resolution &found) {
            if (generation == m_generation && i < m_columns.size() && m_columns.at(i).running)
                send(i, found.key);
        });
    }
    return true;
}

void CompareRun::send(int index, const QString &key)
{
    const Column &column = m_columns.at(index);
    ChatRequest request;
    request.model = column.entry.model;
    request.applyProfile(column.entry.profile);
    request.apiKey = key;
    request.messages = {ChatMessage::user(m_prompt)};
    ChatStream *stream = m_client.createChat(request, column.entry.profile.id, this);
    m_streams[index] = stream;
    connect(stream, &ChatStream::contentDelta, this, [this, index](const QString &text) {
        m_columns[index].text += text;
        Q_EMIT columnText(index, text);
    });
    connect(stream, &ChatStream::replyFinished, this, [this, index](const ChatResult &result) { onFinished(index, result); });
    stream->start();
}

void CompareRun::onFinished(int index, const ChatResult &result)
{
    Column &column = m_columns[index];
    column.running = false;
    column.finished = true;
    column.result = result;
    column.text = result.content;
    // Only an answer the provider accepted (2xx) is billed; a refused request costs nothing.
    const bool billed = result.httpStatus >= 200 && result.httpStatus < 300;
    column.cost = billed ? m_prices.costOf(result.stats, column.entry.profile.preset) : CostEstimate::unknown();
    if (ChatStream *stream = m_streams.at(index)) {
        stream->deleteLater();
        m_streams[index] = nullptr;
    }
    Q_EMIT columnFinished(index);
    if (!isRunning())
        Q_EMIT finished();
}

void CompareRun::stop()
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (!m_columns.at(i).running)
            continue;
        if (ChatStream *stream = m_streams.at(i)) {
            stream->cancel(); // ends in onFinished
        } else {
            // Still waiting for its key: it ends without having been sent.
            ChatResult cancelled;
            cancelled.state = ChatResult::State::Cancelled;
            cancelled.error = ApiError(ApiError::Kind::Cancelled);
            onFinished(i, cancelled);
        }
    }
}

bool CompareRun::isRunning() const
{
    for (const Column &column : m_columns) {
        if (column.running)
            return true;
    }
    return false;
}

bool CompareRun::canAdopt(int index) const
{
    if (index < 0 || index >= m_columns.size())
        return false;
    const Column &column = m_columns.at(index);
    return column.finished && !column.result.content.isEmpty();
}

std::optional<qint64> CompareRun::adopt(int index, ConversationStore &store, StoreError *error) const
{
    if (!canAdopt(index)) {
        if (error)
            *error = StoreError(StoreError::Kind::NotFound, tr("That answer is not finished, so it cannot be continued."));
        return std::nullopt;
    }
    const Column &column = m_columns.at(index);
    Conversation conversation;
    conversation.title = m_prompt.simplified().left(60);
    conversation.profile = column.entry.profile.name;
    conversation.model = column.entry.model;
    const std::optional<Conversation> created = store.createConversation(conversation, error);
    if (!created)
        return std::nullopt;
    Message question;
    question.conversationId = created->id;
    question.role = Message::Role::User;
    question.content = m_prompt;
    Message answer;
    answer.conversationId = created->id;
    answer.role = Message::Role::Assistant;
    answer.content = column.result.content;
    answer.reasoning = column.result.reasoning;
    answer.state = ReplySaver::stateFor(column.result.state);
    answer.errorKind = column.result.error.isError() ? column.result.error.kindName() : QString();
    answer.errorMessage = column.result.error.isError() ? column.result.error.fullMessage() : QString();
    answer.model = column.result.stats.model;
    answer.stats = column.result.stats;
    answer.cost = column.cost;
    if (!store.appendMessage(question, error) || !store.appendMessage(answer, error)) {
        store.deleteConversation(created->id); // never half an exchange
        return std::nullopt;
    }
    return created->id;
}
