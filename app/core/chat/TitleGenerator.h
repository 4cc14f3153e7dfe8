#pragma once

#include "api/ChatRequest.h"
#include "domain/CostEstimate.h"

#include <QObject>
#include <QPointer>

class ChatStream;
class PriceTable;
class ProviderClient;

// Auto-title: asks a model (usually a cheap one) for a short title for a conversation from its
// first question and answer, and reports the title with what the request cost, so the cost can
// be counted with the conversation. Ends once with finished(); the title is empty on failure.
class TitleGenerator final : public QObject
{
    Q_OBJECT

public:
    // `base` carries the profile's URL, key and transport rules; its model is the title model.
    TitleGenerator(ProviderClient &client, const PriceTable &prices, ChatRequest base, const QString &question,
                   const QString &answer, QObject *parent = nullptr);
    ~TitleGenerator() override;

    void start();

    // A model's answer made into a title: first line, no quotes, markdown or final stop, at most 80 characters.
    static QString clean(const QString &answer);

Q_SIGNALS:
    void finished(const QString &title, const std::optional<CostEstimate> &cost);

private:
    ProviderClient &m_client;
    const PriceTable &m_prices;
    ChatRequest m_request;
    QPointer<ChatStream> m_stream;
};
