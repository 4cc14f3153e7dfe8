#include "chat/AutoTitler.h"

#include "chat/SendSettingsResolver.h"
#include "chat/TitleGenerator.h"
#include "store/ConversationStore.h"

AutoTitler::AutoTitler(ConversationStore &store, ProviderClient &client, const PriceTable &prices, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_prices(prices)
{
}

void AutoTitler::maybeName(qint64 conversationId, const Message &reply, const ConversationSession::Settings &settings,
                           const QString &titleModel)
{
    if (m_running.contains(conversationId) || reply.state != Message::State::Complete)
        return;
    const std::optional<Conversation> conversation = m_store.conversation(conversationId);
    const QList<Message> messages = m_store.messages(conversationId);
    if (!conversation || conversation->titleCost || messages.size() != 2 || messages.constFirst().role != Message::Role::User
        || conversation->title != SendSettingsResolver::titleFromQuestion(messages.constFirst().content))
        return;
    ChatRequest base;
    base.applyProfile(settings.profile);
    base.apiKey = settings.apiKey;
    base.model = titleModel.isEmpty() ? reply.model : titleModel;
    auto *generator = new TitleGenerator(m_client, m_prices, base, messages.constFirst().content, reply.content, this);
    m_running.insert(conversationId);
    const QString placeholder = conversation->title;
    connect(generator, &TitleGenerator::finished, this,
            [this, generator, conversationId, placeholder](const QString &title, const std::optional<CostEstimate> &cost) {
                generator->deleteLater();
                m_running.remove(conversationId);
                std::optional<Conversation> current = m_store.conversation(conversationId);
                if (!current || !cost)
                    return; // deleted meanwhile, or the request failed before it cost anything
                current->titleCost = cost;
                if (!title.isEmpty() && current->title == placeholder)
                    current->title = title;
                StoreError error;
                if (!m_store.updateConversation(*current, &error) || !m_store.recordSpending(conversationId, 0, *cost, {}, &error)) {
                    Q_EMIT failed(conversationId, error.message());
                    return;
                }
                Q_EMIT titled(conversationId, current->title, *cost);
            });
    generator->start();
}
