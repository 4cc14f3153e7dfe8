#include "transcript/DocumentCache.h"

#include <QHashFunctions>

QTextDocument *DocumentCache::find(const Key &key, qsizetype revision)
{
    Entry *entry = m_cache.object(key);
    return entry && entry->revision == revision ? entry->document.get() : nullptr;
}

QTextDocument *DocumentCache::insert(const Key &key, std::unique_ptr<QTextDocument> document, qsizetype revision)
{
    // A piece is never larger than its segmenter bound, far below the capacity. A laid-out
    // document costs memory beyond its characters, so even a short one counts as kMinimumCost:
    // that bounds how many there can be, not only how much text.
    const qsizetype cost = std::max<qsizetype>(kMinimumCost, document->characterCount());
    QTextDocument *raw = document.get();
    auto *entry = new Entry{std::move(document), revision};
    if (!m_cache.insert(key, entry, cost))
        return nullptr;
    return raw;
}

size_t qHash(const DocumentCache::Key &key, size_t seed)
{
    return qHashMulti(seed, key.message, key.generation, key.part);
}
