#include "chat/ReplySaver.h"

#include "api/ChatStream.h"
#include "store/ConversationStore.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>

ReplySaver::ReplySaver(ConversationStore &store, const Message &message, ChatStream *stream, CostFunction cost,
                       QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_message(message)
    , m_stream(stream)
    , m_cost(std::move(cost))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kSaveIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ReplySaver::onTick);
    connect(stream, &ChatStream::contentDelta, this, &ReplySaver::onText);
    connect(stream, &ChatStream::reasoningDelta, this, &ReplySaver::onText);
    connect(stream, &ChatStream::replyFinished, this, &ReplySaver::onFinished);
    m_lastSaveMs = QDateTime::currentMSecsSinceEpoch();
    m_lastCheckpointMs = m_lastSaveMs;
    m_timer->start();
}

ReplySaver::~ReplySaver() = default;

Message::State ReplySaver::stateFor(ChatResult::State state)
{
    switch (state) {
    case ChatResult::State::Complete: return Message::State::Complete;
    case ChatResult::State::Incomplete: return Message::State::Incomplete;
    case ChatResult::State::Failed: return Message::State::Error;
    case ChatResult::State::Cancelled: return Message::State::Cancelled;
    }
    return Message::State::Incomplete;
}

void ReplySaver::onText()
{
    m_dirty = true; // the only work per token: the timer does the saving
}

void ReplySaver::onTick()
{
    if (!m_done) {
        saveNow();
        return;
    }
    if (m_stored || --m_ticksToRetry > 0)
        return;
    // Less often the longer it fails: each try writes the whole reply again.
    m_retryEveryTicks = std::min(m_retryEveryTicks * 2, kMaxRetryIntervalMs / kSaveIntervalMs);
    m_ticksToRetry = m_retryEveryTicks;
    if (storeFinal())
        Q_EMIT replyStored(m_message);
}

void ReplySaver::retryNow()
{
    if (m_done && !m_stored && storeFinal())
        Q_EMIT replyStored(m_message);
}

void ReplySaver::noteFailure(const StoreError &error)
{
    const bool news = !m_failing || error.kind() != m_lastError.kind() || error.message() != m_lastError.message();
    m_lastError = error;
    m_failing = true;
    if (news)
        Q_EMIT saveFailed(error);
}

void ReplySaver::saveNow()
{
    if (m_done || !m_stream)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_dirty && now - m_lastSaveMs < kHeartbeatMs)
        return;
    m_message.content = m_stream->content();
    m_message.reasoning = m_stream->reasoning();
    if (m_partial) {
        m_message.content.prepend(m_partial->content);
        m_message.reasoning.prepend(m_partial->reasoning);
    }
    StoreError error;
    if (!m_store.saveStreamingText(m_message.id, m_message.content, m_message.reasoning, &error)) {
        noteFailure(error);
        return; // still dirty: the next tick tries again
    }
    m_failing = false;
    m_savedLength = m_message.content.size();
    m_dirty = false;
    ++m_saves;
    if (now - m_lastCheckpointMs >= kHeartbeatMs) {
        // Apart from the save itself: the WAL grows by the whole reply on every save.
        m_store.checkpoint();
        m_lastCheckpointMs = now;
    }
    m_lastSaveMs = now;
}

void ReplySaver::onFinished(const ChatResult &result)
{
    if (m_done)
        return;
    m_done = true;
    m_message.content = result.content;
    m_message.reasoning = result.reasoning;
    m_message.state = stateFor(result.state);
    m_message.errorKind = result.error.isError() ? result.error.kindName() : QString();
    m_message.errorMessage = result.error.isError() ? result.error.fullMessage() : QString();
    m_message.model = result.stats.model;
    if (result.stats.attempts > 0) {
        m_message.stats = result.stats;
        m_message.cost = m_cost ? m_cost(result) : CostEstimate::unknown();
    }
    if (m_partial)
        addPartial();
    const bool saved = storeFinal();
    if (!saved) {
        m_retryEveryTicks = 1; // the next tick tries again
        m_ticksToRetry = 1;
        m_timer->start();
    }
    Q_EMIT replySaved(m_message, saved);
    if (saved)
        Q_EMIT replyStored(m_message);
}

bool ReplySaver::storeFinal()
{
    ++m_finalTries;
    StoreError error;
    if (!m_store.finishMessage(m_message, &error)) {
        noteFailure(error);
        return false;
    }
    m_failing = false;
    m_stored = true;
    m_savedLength = m_message.content.size();
    m_timer->stop();
    return true;
}

void ReplySaver::continueFrom(const Message &partial)
{
    m_partial = partial;
    m_message.continued = true;
}

void ReplySaver::addPartial()
{
    const Message &partial = *m_partial;
    m_message.content.prepend(partial.content);
    m_message.reasoning.prepend(partial.reasoning);
    m_message.continued = true;
    if (!partial.stats)
        return;
    if (!m_message.stats) {
        m_message.stats = partial.stats;
        m_message.cost = partial.cost;
        return;
    }
    // Two requests, one reply: tokens, attempts and time add up; the first token came in the first.
    MessageStats &stats = *m_message.stats;
    const MessageStats &before = *partial.stats;
    stats.usage.promptTokens += before.usage.promptTokens;
    stats.usage.completionTokens += before.usage.completionTokens;
    stats.usage.cachedPromptTokens += before.usage.cachedPromptTokens;
    stats.usage.reasoningTokens += before.usage.reasoningTokens;
    if (!before.usage.isReported())
        stats.usage.source = TokenUsage::Source::Estimated;
    stats.attempts += before.attempts;
    stats.ttfbMs = before.ttfbMs;
    stats.ttftMs = before.ttftMs;
    if (stats.totalMs && before.totalMs)
        *stats.totalMs += *before.totalMs;
    const std::optional<CostEstimate> &earlier = partial.cost;
    if (m_message.cost && earlier && m_message.cost->isKnown() && earlier->isKnown()
        && m_message.cost->currency() == earlier->currency()) {
        const bool estimated = m_message.cost->source() == CostEstimate::Source::Estimated
            || earlier->source() == CostEstimate::Source::Estimated;
        const double sum = m_message.cost->amount() + earlier->amount();
        m_message.cost = estimated ? CostEstimate::estimated(sum, earlier->currency())
                                   : CostEstimate::reported(sum, earlier->currency());
    } else if (earlier && earlier->isKnown()) {
        m_message.cost = CostEstimate::unknown(); // not summable: say nothing rather than half
    }
}

QString ReplySaver::growingContent() const
{
    const QString streamed = m_stream ? m_stream->content() : QString();
    return m_partial ? m_partial->content + streamed : streamed;
}

QString ReplySaver::growingReasoning() const
{
    const QString streamed = m_stream ? m_stream->reasoning() : QString();
    return m_partial ? m_partial->reasoning + streamed : streamed;
}
