#pragma once

#include "api/ChatChunk.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

// The fast path of ChatChunk::fromStreamData() for the chunks that make up nearly all of a
// stream ({"id":..,"model":..,"choices":[{"index":0,"delta":{"content":".."}}]}): it reads the
// few fields a chunk needs straight from the bytes, without building a JSON document, and
// checks the rest only for being well-formed JSON. It declines (nullopt) everything it is not
// sure to read exactly as QJsonDocument would, and ChatChunk then parses that the full way:
// errors and error-shaped chunks, a usage object with anything but plain token counts (a cost,
// a negative or huge count), timings, a key written with escapes, a key it needs
// given twice, numbers with exponents or many digits, anything outside strict JSON (which
// Qt's parser is more lenient than), invalid UTF-8, deep nesting. tst_chatchunk and fuzz_stream
// check that whenever it answers, the answer is the full parser's.
class StreamChunkScanner final
{
public:
    static std::optional<ChatChunk> scan(QByteArrayView json, QByteArrayView eventName = {});

private:
    // Where a string value goes: nowhere (only checked), or decoded into a QString.
    struct Target
    {
        QString *text = nullptr;
    };

    // The text fields of a choice's "delta".
    struct Delta
    {
        QString content;
        QString reasoningContent;
        QString reasoning;
    };

    explicit StreamChunkScanner(QByteArrayView json);

    // The members of the object whose '{' is next, in strict JSON: `readMember(key)` reads each
    // value (the scanner at its first character) and says whether to go on. False as soon as a
    // member or the object's punctuation is wrong.
    template <typename ReadMember>
    bool readObject(ReadMember readMember);
    bool readChunk(ChatChunk &chunk);
    bool readChoices(ChatChunk &chunk);
    bool readChoice(ChatChunk &chunk, bool *isChoiceZero);
    // "index": a whole number that fits an int; anything else but a malformed number (null, a
    // string) is skipped and leaves it 0.
    bool readIndex(int *index);
    bool readDelta(Delta *delta);
    bool readUsage(ChatChunk &chunk);
    // One token count: a whole number of up to 12 digits, or null (0).
    bool readCount(qint64 *count);
    // {"<field>": count, ...} for the details objects; anything but an object reads as no count.
    bool readDetails(QByteArrayView field, qint64 *count);
    // A key, undecoded; false when it has escapes (or is not a string).
    bool readKey(QByteArrayView *key);
    bool readString(Target target);
    bool skipValue(int depth);
    bool skipNumber();
    bool skipLiteral(QByteArrayView literal);
    bool expect(char c);
    // Steps into the object or array whose opening bracket is next; true when it is empty (its
    // `close` consumed too).
    bool enterEmpty(char close);
    // What follows a member or element: a ',' (skipped, More), `close` (consumed, Closed), or
    // anything else (Wrong).
    enum class Next { More, Closed, Wrong };
    Next afterValue(char close);
    void skipWhitespace();
    bool atEnd() const { return m_p == m_end; }
    char peek() const { return *m_p; }

    const char *m_p = nullptr;
    const char *m_end = nullptr;
};
