#pragma once

#include "store/StoreError.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

class Database;
struct Message;

// Tally's optional response cache (off unless the user turns it on): an exact-match key over
// the base URL, model, messages and parameters of a request (ChatRequest::cacheKey()), and the
// reply that answered it.
// A cached reply costs nothing. Rows older than the time to live are never returned and are
// removed as new rows arrive. The API key is not part of the key and is never stored.
class ResponseCache final
{
public:
    struct Entry
    {
        QString content;
        QString reasoning;
        QString model;
        qint64 promptTokens = 0;
        qint64 completionTokens = 0;
        bool tokensReported = false;
        QDateTime storedAt;
    };

    explicit ResponseCache(Database &database);

    std::optional<Entry> find(const QByteArray &key, qint64 maxAgeMs, StoreError *error = nullptr) const;
    // Stores a complete reply; replaces an older answer to the same request.
    bool put(const QByteArray &key, const Message &reply, qint64 maxAgeMs, StoreError *error = nullptr);
    // Removes every cached reply; returns how many there were, or nullopt on error.
    std::optional<int> clear(StoreError *error = nullptr);
    int count(StoreError *error = nullptr) const;

private:
    Database &m_database;
};
