#pragma once

#include <QCache>
#include <QTextDocument>

#include <memory>

// The laid-out documents of the transcript's pieces, least recently used first out, bounded
// by their characters. A piece's document is asked for by its key and revision (for a growing
// piece, how much text it holds): a stale one is rebuilt. Never keep a pointer across an
// insert(): an insert may evict it.
class DocumentCache final
{
public:
    struct Key
    {
        qint64 message = 0;
        quint32 generation = 0; // bumped when a message's text is replaced, not grown
        int part = 0;
        friend bool operator==(const Key &, const Key &) = default;
    };

    static constexpr qsizetype kMaxCharacters = 600'000;
    static constexpr qsizetype kMinimumCost = 1'000; // so at most 600 documents

    QTextDocument *find(const Key &key, qsizetype revision);
    QTextDocument *insert(const Key &key, std::unique_ptr<QTextDocument> document, qsizetype revision);
    void clear() { m_cache.clear(); }
    int count() const { return int(m_cache.count()); }

private:
    struct Entry
    {
        std::unique_ptr<QTextDocument> document;
        qsizetype revision = 0;
    };
    QCache<Key, Entry> m_cache{kMaxCharacters};
};

size_t qHash(const DocumentCache::Key &key, size_t seed = 0);
