#pragma once

#include "api/ChatResult.h"
#include "domain/CostEstimate.h"
#include "pricing/PriceTable.h"
#include "settings/ProviderProfile.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class ApiKeyResolver;
class ChatStream;
class ConversationStore;
class ProviderClient;

// One prompt sent to two to four models at once (any profiles), each answer streaming on its
// own: Tools › Compare. Each column finds its profile's key, streams through the app's
// ProviderClient, and ends with its stats and cost; one failing (a 500, a 401) ends only that
// column. adopt() turns a column into a conversation in the store with the exchange in it,
// so the user can go on with the model they liked.
class CompareRun final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMinColumns = 2;
    static constexpr int kMaxColumns = 4;

    struct Entry
    {
        ProviderProfile profile;
        QString model; // empty: the profile's default model
    };

    struct Column
    {
        Entry entry;
        bool running = false;
        bool finished = false;
        QString text;      // as it streams; the result's content once finished
        ChatResult result; // valid once finished
        CostEstimate cost; // unknown when the provider refused the request (nothing billed)
    };

    CompareRun(ProviderClient &client, ApiKeyResolver &keys, const PriceTable &prices, QObject *parent = nullptr);
    ~CompareRun() override;

    // Sends the prompt to every entry. False (with why) for fewer than two or more than four
    // entries, an empty prompt, or while a run is going.
    bool start(const QString &prompt, const QList<Entry> &entries, QString *error = nullptr);
    void stop();
    bool isRunning() const;

    QString prompt() const { return m_prompt; }
    int columnCount() const { return int(m_columns.size()); }
    const Column &column(int index) const { return m_columns.at(index); }
    // Whether a column has an answer worth continuing with (text that arrived).
    bool canAdopt(int index) const;

    // Stores the prompt and the column's answer (with its stats and cost) as a new
    // conversation on the column's profile and model; returns its id.
    std::optional<qint64> adopt(int index, ConversationStore &store, StoreError *error = nullptr) const;

Q_SIGNALS:
    void columnText(int column, const QString &text);
    void columnFinished(int column);
    void finished();

private:
    void send(int index, const QString &key);
    void onFinished(int index, const ChatResult &result);

    ProviderClient &m_client;
    ApiKeyResolver &m_keys;
    PriceTable m_prices;
    QString m_prompt;
    QList<Column> m_columns;
    QList<QPointer<ChatStream>> m_streams;
    int m_generation = 0; // key lookups of an earlier run are ignored
};
