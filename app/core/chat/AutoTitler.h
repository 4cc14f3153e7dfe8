#pragma once

#include "chat/ConversationSession.h"
#include "domain/CostEstimate.h"

#include <QObject>
#include <QSet>

class ConversationStore;
class PriceTable;
class ProviderClient;

// Auto-title policy: after a conversation's first exchange, and only while its title is still
// the one made from the first question (never one the user wrote), asks the title model for a
// name, stores it with what the request cost (the ledger counts it even when the title is not
// used) and says so. One request per conversation at a time.
class AutoTitler final : public QObject
{
    Q_OBJECT

public:
    AutoTitler(ConversationStore &store, ProviderClient &client, const PriceTable &prices, QObject *parent = nullptr);

    // `titleModel` empty: the model that answered. Does nothing when the rule says no.
    void maybeName(qint64 conversationId, const Message &reply, const ConversationSession::Settings &settings,
                   const QString &titleModel);

Q_SIGNALS:
    // Stored; `title` is the conversation's title now (unchanged if the user renamed it meanwhile).
    void titled(qint64 conversationId, const QString &title, const CostEstimate &cost);
    void failed(qint64 conversationId, const QString &message);

private:
    ConversationStore &m_store;
    ProviderClient &m_client;
    const PriceTable &m_prices;
    QSet<qint64> m_running;
};
