#include "main/PendingDeletes.h"

#include "app/AppContext.h"
#include "app/SingleShotTimer.h"
#include "store/ConversationStore.h"

#include <QTimer>

PendingDeletes::PendingDeletes(AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_timer(singleShotTimer(kUndoMs, this, [this] {
        commitMessage();
        commitConversation();
    }))
{
}

PendingDeletes::~PendingDeletes()
{
    // Signals are not delivered any more; the store is what matters now.
    const QSignalBlocker quiet(this);
    commitMessage();
    commitConversation();
}

void PendingDeletes::deleteMessageLater(qint64 messageId)
{
    commitMessage();
    m_message = messageId;
    m_timer->start();
}

void PendingDeletes::deleteConversationLater(qint64 conversationId)
{
    commitConversation();
    m_conversation = conversationId;
    m_timer->start();
}

PendingDeletes::Undone PendingDeletes::undo()
{
    m_timer->stop();
    return {std::exchange(m_message, 0), std::exchange(m_conversation, 0)};
}

void PendingDeletes::commitMessage()
{
    if (m_message == 0 || !m_context.hasStore())
        return;
    const qint64 id = std::exchange(m_message, 0);
    StoreError error;
    if (!m_context.store().deleteMessage(id, &error) && error.isError())
        Q_EMIT failed(error.message());
    else
        Q_EMIT messageDeleted(id);
}

void PendingDeletes::commitConversation()
{
    if (m_conversation == 0 || !m_context.hasStore())
        return;
    const qint64 id = std::exchange(m_conversation, 0);
    StoreError error;
    if (!m_context.store().deleteConversation(id, &error))
        Q_EMIT failed(error.message());
    else
        Q_EMIT conversationDeleted(id);
}
