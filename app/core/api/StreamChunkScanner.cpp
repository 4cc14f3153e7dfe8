#include "api/StreamChunkScanner.h"

#include <utility>

namespace {

// Deeper than any chunk a provider sends; deeper input goes to the full parser.
constexpr int kMaxDepth = 64;
// A number this long is still exact as a double and finite; longer ones go to the full parser.
constexpr int kMaxNumberDigits = 15;
// An "index" of up to this many digits fits an int.
constexpr int kMaxIndexDigits = 9;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    return (c | 0x20) - 'a' + 10;
}

bool isContinuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

// The length of the well-formed UTF-8 sequence (RFC 3629: no overlong forms, no surrogates,
// nothing above U+10FFFF) that starts at `p` with a byte >= 0x80, or 0 when it is not one.
int utf8SequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    const qsizetype left = end - p;
    const auto continues = [&](int from, int count) {
        for (int i = from; i < count; ++i) {
            if (!isContinuation(p[i]))
                return false;
        }
        return true;
    };
    if (c >= 0xC2 && c <= 0xDF)
        return left >= 2 && continues(1, 2) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (left < 3 || !continues(1, 3))
            return 0;
        if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] > 0x9F))
            return 0;
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (left < 4 || !continues(1, 4))
            return 0;
        if ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] > 0x8F))
            return 0;
        return 4;
    }
    return 0;
}

} // namespace

std::optional<ChatChunk> StreamChunkScanner::scan(QByteArrayView json, QByteArrayView eventName)
{
    if (eventName == "error")
        return std::nullopt; // an error record: the full parser builds the ApiError
    StreamChunkScanner scanner(json);
    ChatChunk chunk;
    if (!scanner.readChunk(chunk) || chunk.finishReason == u"error")
        return std::nullopt;
    chunk.valid = true;
    return chunk;
}

StreamChunkScanner::StreamChunkScanner(QByteArrayView json)
    : m_p(json.data())
    , m_end(json.data() + json.size())
{
}

void StreamChunkScanner::skipWhitespace()
{
    while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
        ++m_p;
}

bool StreamChunkScanner::expect(char c)
{
    skipWhitespace();
    if (atEnd() || peek() != c)
        return false;
    ++m_p;
    skipWhitespace();
    return true;
}

bool StreamChunkScanner::enterEmpty(char close)
{
    ++m_p; // the opening bracket
    skipWhitespace();
    if (atEnd() || peek() != close)
        return false;
    ++m_p;
    return true;
}

StreamChunkScanner::Next StreamChunkScanner::afterValue(char close)
{
    skipWhitespace();
    if (atEnd())
        return Next::Wrong;
    if (peek() == ',') {
        ++m_p;
        skipWhitespace();
        return Next::More;
    }
    if (peek() != close)
        return Next::Wrong;
    ++m_p;
    return Next::Closed;
}

template <typename ReadMember>
bool StreamChunkScanner::readObject(ReadMember readMember)
{
    if (enterEmpty('}'))
        return true;
    for (;;) {
        QByteArrayView key;
        if (!readKey(&key) || !expect(':') || atEnd() || !readMember(key))
            return false;
        if (const Next next = afterValue('}'); next != Next::More)
            return next == Next::Closed;
    }
}

bool StreamChunkScanner::readChunk(ChatChunk &chunk)
{
    skipWhitespace();
    if (atEnd() || peek() != '{')
        return false;
    bool model = false;
    bool choices = false;
    bool usage = false;
    bool timings = false;
    bool object = false;
    const bool read = readObject([&](QByteArrayView key) {
        if (key == "error")
            return false; // error-shaped, whatever its value
        if (key == "model") // a model that is not a string reads as ""
            return !std::exchange(model, true) && (peek() == '"' ? readString({&chunk.model}) : skipValue(1));
        if (key == "choices") // anything but an array has no choice 0
            return !std::exchange(choices, true) && (peek() == '[' ? readChoices(chunk) : skipValue(1));
        if (key == "usage") // anything but an object is no usage
            return !std::exchange(usage, true) && (peek() == '{' ? readUsage(chunk) : skipValue(1));
        if (key == "timings") // llama.cpp's timings: read by the full parser
            return !std::exchange(timings, true) && peek() != '{' && skipValue(1);
        if (key == "object") {
            QString name;
            return !std::exchange(object, true)
                && (peek() == '"' ? readString({&name}) && name != u"error" : skipValue(1));
        }
        return skipValue(1);
    });
    skipWhitespace();
    return read && atEnd(); // anything after the object makes it no JSON document at all
}

bool StreamChunkScanner::readChoices(ChatChunk &chunk)
{
    if (enterEmpty(']'))
        return true;
    bool found = false;
    for (;;) {
        if (atEnd() || peek() != '{')
            return false; // a choice that is not an object: left to the full parser
        if (found ? !skipValue(2) : !readChoice(chunk, &found))
            return false;
        if (const Next next = afterValue(']'); next != Next::More)
            return next == Next::Closed;
    }
}

bool StreamChunkScanner::readChoice(ChatChunk &chunk, bool *isChoiceZero)
{
    int index = 0; // missing, or anything but a whole number, reads as 0 (QJsonValue::toInt(0))
    bool seenIndex = false;
    bool seenDelta = false;
    bool seenFinish = false;
    Delta delta;
    QString finishReason;
    const bool read = readObject([&](QByteArrayView key) {
        if (key == "index")
            return !std::exchange(seenIndex, true) && readIndex(&index);
        if (key == "delta")
            return !std::exchange(seenDelta, true) && (peek() == '{' ? readDelta(&delta) : skipValue(2));
        if (key == "finish_reason")
            return !std::exchange(seenFinish, true) && (peek() == '"' ? readString({&finishReason}) : skipValue(2));
        return skipValue(2);
    });
    if (!read)
        return false;
    if (index != 0)
        return true; // another choice's text is not shown (case 23)
    *isChoiceZero = true;
    chunk.content = delta.content;
    // DeepSeek and llama.cpp send reasoning_content, Ollama reasoning.
    chunk.reasoning = delta.reasoningContent.isEmpty() ? delta.reasoning : delta.reasoningContent;
    chunk.finishReason = finishReason;
    return true;
}

bool StreamChunkScanner::readIndex(int *index)
{
    if (peek() != '-' && !isDigit(peek()))
        return skipValue(2);
    const bool negative = peek() == '-';
    if (negative)
        ++m_p;
    const char *digits = m_p;
    while (m_p != m_end && isDigit(*m_p))
        ++m_p;
    const qsizetype count = m_p - digits;
    if (count == 0 || count > kMaxIndexDigits || (count > 1 && *digits == '0')
        || (!atEnd() && (peek() == '.' || peek() == 'e' || peek() == 'E')))
        return false;
    *index = 0;
    for (const char *d = digits; d != m_p; ++d)
        *index = *index * 10 + (*d - '0');
    if (negative)
        *index = -*index;
    return true;
}

bool StreamChunkScanner::readDelta(Delta *delta)
{
    bool seenContent = false;
    bool seenReasoningContent = false;
    bool seenReasoning = false;
    return readObject([&](QByteArrayView field) {
        QString *target = nullptr;
        bool *seen = nullptr;
        if (field == "content") {
            target = &delta->content;
            seen = &seenContent;
        } else if (field == "reasoning_content") {
            target = &delta->reasoningContent;
            seen = &seenReasoningContent;
        } else if (field == "reasoning") {
            target = &delta->reasoning;
            seen = &seenReasoning;
        }
        if (seen && std::exchange(*seen, true))
            return false;
        // A value that is not a string (null, a number) reads as "".
        return target && peek() == '"' ? readString({target}) : skipValue(3);
    });
}

bool StreamChunkScanner::readUsage(ChatChunk &chunk)
{
    TokenUsage usage;
    usage.source = TokenUsage::Source::Reported;
    qint64 cached = 0;
    qint64 deepSeekCache = 0;
    bool seenPrompt = false;
    bool seenCompletion = false;
    bool seenDeepSeek = false;
    bool seenPromptDetails = false;
    bool seenCompletionDetails = false;
    const bool read = readObject([&](QByteArrayView key) {
        if (key == "cost") // no cost is no cost; a reported one is checked by the full parser
            return peek() == 'n' && skipLiteral("null");
        if (key == "prompt_tokens")
            return !std::exchange(seenPrompt, true) && readCount(&usage.promptTokens);
        if (key == "completion_tokens")
            return !std::exchange(seenCompletion, true) && readCount(&usage.completionTokens);
        if (key == "prompt_cache_hit_tokens")
            return !std::exchange(seenDeepSeek, true) && readCount(&deepSeekCache);
        if (key == "prompt_tokens_details")
            return !std::exchange(seenPromptDetails, true) && readDetails("cached_tokens", &cached);
        if (key == "completion_tokens_details")
            return !std::exchange(seenCompletionDetails, true) && readDetails("reasoning_tokens", &usage.reasoningTokens);
        return skipValue(2);
    });
    if (!read)
        return false;
    usage.cachedPromptTokens = cached != 0 ? cached : deepSeekCache; // DeepSeek reports its cache this way
    chunk.usage = usage;
    return true;
}

bool StreamChunkScanner::readCount(qint64 *count)
{
    if (!atEnd() && peek() == 'n') {
        *count = 0;
        return skipLiteral("null");
    }
    const char *digits = m_p;
    while (m_p != m_end && isDigit(*m_p))
        ++m_p;
    const qsizetype length = m_p - digits;
    // Up to 12 digits is always within TokenUsage::kMaxTokens; a sign, a fraction or more digits
    // are for the full parser, which explains what it does not believe.
    if (length == 0 || length > 12 || (length > 1 && *digits == '0')
        || (!atEnd() && (peek() == '.' || peek() == 'e' || peek() == 'E')))
        return false;
    qint64 value = 0;
    for (const char *d = digits; d != m_p; ++d)
        value = value * 10 + (*d - '0');
    *count = value;
    return true;
}

bool StreamChunkScanner::readDetails(QByteArrayView field, qint64 *count)
{
    *count = 0;
    if (peek() != '{')
        return skipValue(3);
    bool seen = false;
    return readObject([&](QByteArrayView key) {
        if (key == field)
            return !std::exchange(seen, true) && readCount(count);
        return skipValue(3);
    });
}

bool StreamChunkScanner::readKey(QByteArrayView *key)
{
    if (atEnd() || peek() != '"')
        return false;
    const char *start = m_p + 1;
    if (!readString({}))
        return false;
    *key = QByteArrayView(start, m_p - 1 - start);
    // A key with escapes may spell one of the keys read here: the full parser decodes it.
    return !key->contains('\\');
}

bool StreamChunkScanner::readString(Target target)
{
    ++m_p; // the opening quote
    const char *const start = m_p;
    bool escapes = false;
    for (;;) {
        if (atEnd())
            return false;
        const auto c = static_cast<unsigned char>(*m_p);
        if (c == '"')
            break;
        if (c < 0x20)
            return false; // Qt's parser takes raw control characters; strict JSON does not
        if (c == '\\') {
            escapes = true;
            if (++m_p == m_end)
                return false;
            const char e = *m_p;
            if (e == 'u') {
                if (m_end - m_p < 5 || !isHex(m_p[1]) || !isHex(m_p[2]) || !isHex(m_p[3]) || !isHex(m_p[4]))
                    return false;
                m_p += 5;
            } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
                ++m_p;
            } else {
                return false;
            }
            continue;
        }
        if (c < 0x80) {
            ++m_p;
            continue;
        }
        const int length = utf8SequenceLength(reinterpret_cast<const unsigned char *>(m_p),
                                               reinterpret_cast<const unsigned char *>(m_end));
        if (length == 0)
            return false;
        m_p += length;
    }
    const char *const end = m_p;
    ++m_p; // the closing quote
    if (!target.text)
        return true;
    if (!escapes) {
        *target.text = QString::fromUtf8(start, end - start);
        return true;
    }
    QString &text = *target.text;
    text.clear();
    text.reserve(end - start);
    const char *run = start;
    for (const char *p = start; p != end;) {
        if (*p != '\\') {
            ++p;
            continue;
        }
        text += QString::fromUtf8(run, p - run);
        const char e = p[1];
        switch (e) {
        case 'b': text += u'\b'; break;
        case 'f': text += u'\f'; break;
        case 'n': text += u'\n'; break;
        case 'r': text += u'\r'; break;
        case 't': text += u'\t'; break;
        case 'u':
            // A lone surrogate stays one, as in Qt's parser; ChatStream replaces it later.
            text += QChar(char16_t((hexValue(p[2]) << 12) | (hexValue(p[3]) << 8) | (hexValue(p[4]) << 4)
                                   | hexValue(p[5])));
            p += 4;
            break;
        default: text += QLatin1Char(e); break; // '"', '\\', '/'
        }
        p += 2;
        run = p;
    }
    text += QString::fromUtf8(run, end - run);
    return true;
}

bool StreamChunkScanner::skipValue(int depth)
{
    if (depth > kMaxDepth || atEnd())
        return false;
    switch (peek()) {
    case '"':
        return readString({});
    case '{': {
        // Unlike readObject(), keys with escapes are fine here: they are only checked.
        if (enterEmpty('}'))
            return true;
        for (;;) {
            if (atEnd() || peek() != '"' || !readString({}) || !expect(':') || !skipValue(depth + 1))
                return false;
            if (const Next next = afterValue('}'); next != Next::More)
                return next == Next::Closed;
        }
    }
    case '[': {
        if (enterEmpty(']'))
            return true;
        for (;;) {
            if (!skipValue(depth + 1))
                return false;
            if (const Next next = afterValue(']'); next != Next::More)
                return next == Next::Closed;
        }
    }
    case 't':
        return skipLiteral("true");
    case 'f':
        return skipLiteral("false");
    case 'n':
        return skipLiteral("null");
    default:
        return skipNumber();
    }
}

bool StreamChunkScanner::skipLiteral(QByteArrayView literal)
{
    if (m_end - m_p < literal.size() || QByteArrayView(m_p, literal.size()) != literal)
        return false;
    m_p += literal.size();
    return true;
}

bool StreamChunkScanner::skipNumber()
{
    // Strict JSON, no exponent, at most kMaxNumberDigits digits: always a finite number that Qt's
    // parser reads too ("1e400" it refuses, "01" and "1." strict JSON does).
    if (peek() == '-')
        ++m_p;
    if (atEnd() || !isDigit(peek()))
        return false;
    int digits = 0;
    if (peek() == '0') {
        ++m_p;
        ++digits;
    } else {
        while (m_p != m_end && isDigit(*m_p)) {
            ++m_p;
            ++digits;
        }
    }
    if (!atEnd() && peek() == '.') {
        ++m_p;
        if (atEnd() || !isDigit(peek()))
            return false;
        while (m_p != m_end && isDigit(*m_p)) {
            ++m_p;
            ++digits;
        }
    }
    if (!atEnd() && (peek() == 'e' || peek() == 'E' || isDigit(peek())))
        return false;
    return digits <= kMaxNumberDigits;
}
