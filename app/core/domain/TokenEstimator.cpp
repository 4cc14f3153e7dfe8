#include "domain/TokenEstimator.h"

#include <QChar>

#include <algorithm>
#include <array>

namespace {

// All costs are in thousandths of a token, so fractional rates stay integer arithmetic and the
// sum is rounded once at the end. The names follow the o200k_base pre-tokenizer pattern, whose
// pieces BPE then encodes: most short pieces are exactly one token, which is why so many costs
// are kPiece. The fitted rates come from bench/tokenizer-eval (docs/TOKEN_ESTIMATES.md).
constexpr qint64 kPiece = 1000;

// Letter runs ("words"). A word of up to kWordLettersInOneToken letters is one token in practice;
// each further letter adds a fraction, more when the word is glued to punctuation or starts a line
// (" extinguished" is 2 tokens, "_order" after an identifier often 2), since the vocabulary
// favours the space-prefixed forms of words.
constexpr qsizetype kWordLettersInOneToken = 9;
constexpr qint64 kLongWordLetterAfterSpace = 150;
constexpr qint64 kLongWordLetterGlued = 250;
// A lone punctuation character right before a word is part of the word's piece (".load", "(std",
// "_head"); the pair is often, not always, a single token.
constexpr qint64 kGluedPunctuation = 120;
// "don't", "John's": o200k keeps English contractions inside the word; in code a ' after a word is
// usually a closing quote, a token of its own. This is the blend.
constexpr qint64 kApostropheInWord = 400;
// Letters outside ASCII inside a word: accented Latin costs more than other alphabets, where
// o200k has many whole-word tokens (Cyrillic, Arabic, Hebrew, Devanagari, Greek averaged).
constexpr qint64 kAccentedLatinLetter = 500;
constexpr qint64 kOtherScriptLetter = 160;

// Digits go in groups of at most three ("2480" is "248" + "0").
constexpr qsizetype kDigitsPerToken = 3;

// Whitespace: one token per run; the vocabulary has long space runs (64 spaces are one token),
// shorter tab runs and newline runs.
constexpr qint64 kExtraSpace = 15;
constexpr qint64 kExtraTabOrOtherSpace = 70;
constexpr qint64 kExtraNewline = 80;

// Punctuation runs: ");", "::", "\":" are single tokens, longer mixed runs split; runs of one
// repeated character ("-----", "=====") are nearly free.
constexpr qint64 kExtraPunctuation = 250;
constexpr qint64 kRepeatedPunctuation = 16;

// Scripts without spaces between words, per character.
constexpr qint64 kCjkCharacter = 810;     // Han, kana, Hangul: 0.81 tokens each
constexpr qint64 kCjkPunctuation = 710;   // "，" "。" "（" and full-width forms
constexpr qint64 kThaiCharacter = 420;    // Thai and Lao letters and their combining marks
constexpr qint64 kSymbol = kPiece;        // "→", "—", "“", other BMP symbols
constexpr qint64 kSupplementary = 2000;   // emoji and other astral characters: 4 UTF-8 bytes
constexpr qint64 kSupplementaryCjk = 3000; // CJK extensions B+ (U+20000..U+3FFFF): rare, 3 tokens
constexpr qint64 kZeroWidthJoiner = 1000; // inside emoji sequences, a token of its own
constexpr qint64 kVariationSelector = 200; // U+FE0F mostly merges with its emoji ("❤️" is 1)

// Warn early rather than late: the fitted rates are unbiased on the corpus; this margin (in
// percent) makes the estimate err high, since it guards against context overflows.
constexpr qint64 kMarginPercent = 105;

enum class Ascii : quint8 { Lower, Upper, Digit, Space, Newline, Apostrophe, Punctuation };

constexpr std::array<Ascii, 128> makeAsciiTable()
{
    std::array<Ascii, 128> table{};
    for (int c = 0; c < 128; ++c) {
        Ascii kind = Ascii::Punctuation; // symbols and the C0 controls alike
        if (c >= 'a' && c <= 'z')
            kind = Ascii::Lower;
        else if (c >= 'A' && c <= 'Z')
            kind = Ascii::Upper;
        else if (c >= '0' && c <= '9')
            kind = Ascii::Digit;
        else if (c == ' ' || c == '\t' || c == '\v' || c == '\f')
            kind = Ascii::Space;
        else if (c == '\n' || c == '\r')
            kind = Ascii::Newline;
        else if (c == '\'')
            kind = Ascii::Apostrophe;
        table[static_cast<std::size_t>(c)] = kind;
    }
    return table;
}
constexpr std::array<Ascii, 128> kAsciiTable = makeAsciiTable();

// The kind of piece the walk is in; it decides what the next character costs.
enum class Run : quint8 { None, Space, Newline, Word, Digits, Punctuation, Cjk, Thai, Symbol };

constexpr bool isCjk(char16_t u)
{
    return (u >= 0x4E00 && u <= 0x9FFF)    // CJK unified ideographs
        || (u >= 0x3400 && u <= 0x4DBF)    // extension A
        || (u >= 0x3040 && u <= 0x30FF)    // hiragana, katakana
        || (u >= 0xAC00 && u <= 0xD7AF)    // Hangul syllables
        || (u >= 0x1100 && u <= 0x11FF)    // Hangul jamo
        || (u >= 0x3130 && u <= 0x318F)    // Hangul compatibility jamo
        || (u >= 0xF900 && u <= 0xFAFF);   // compatibility ideographs
}

constexpr bool isAccentedLatin(char16_t u)
{
    return (u >= 0x00C0 && u <= 0x024F) || (u >= 0x1E00 && u <= 0x1EFF);
}

class Walker
{
public:
    qint64 walk(QStringView text) noexcept
    {
        const char16_t *units = text.utf16();
        const qsizetype size = text.size();
        for (qsizetype i = 0; i < size; ++i) {
            const char16_t u = units[i];
            if (u < 0x80) {
                ascii(u);
                // Most of any text is lower-case letters inside words: take the rest of the word
                // in one tight loop instead of dispatching every letter.
                if (m_run == Run::Word) {
                    const qsizetype start = i + 1;
                    qsizetype end = start;
                    while (end < size && units[end] >= u'a' && units[end] <= u'z')
                        ++end;
                    if (end > start) {
                        lowerLetters(end - start);
                        i = end - 1;
                    }
                }
                continue;
            }
            if (u >= 0x0E00 && u <= 0x0EFF) {
                scriptCharacter(Run::Thai, kThaiCharacter);
            } else if (isCjk(u)) {
                scriptCharacter(Run::Cjk, kCjkCharacter);
            } else if ((u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF)) {
                symbol(kCjkPunctuation);
            } else if (QChar::isHighSurrogate(u) && i + 1 < size && QChar::isLowSurrogate(units[i + 1])) {
                // One code point in two units: count it once, never as two broken halves.
                symbol(u >= 0xD840 && u <= 0xD8BF ? kSupplementaryCjk : kSupplementary);
                ++i;
            } else if (QChar::isSurrogate(u)) {
                symbol(kSymbol); // a lone half is sent as U+FFFD, one token
            } else if (u == 0x200D) {
                symbol(kZeroWidthJoiner);
            } else if (u == 0xFE0F || u == 0xFE0E) {
                symbol(kVariationSelector);
            } else if (QChar::isSpace(u)) {
                space(kExtraTabOrOtherSpace);
            } else if (QChar::isLetterOrNumber(u) || QChar::isMark(u)) {
                otherLetter(isAccentedLatin(u) ? kAccentedLatinLetter : kOtherScriptLetter);
            } else {
                symbol(kSymbol);
            }
        }
        return m_cost;
    }

private:
    // A lone space before a piece belongs to that piece (" word", " (", " 你"): the token already
    // counted for the space is the piece's token, so starting it costs that much less.
    qint64 startCost(qint64 cost) const
    {
        if (m_run == Run::Space && m_loneSpace)
            return std::max<qint64>(0, cost - kPiece);
        return cost;
    }

    void ascii(char16_t u)
    {
        switch (kAsciiTable[u]) {
        case Ascii::Lower:
        case Ascii::Upper:
            letter(kAsciiTable[u] == Ascii::Upper);
            return;
        case Ascii::Apostrophe:
            if (m_run == Run::Word) {
                extendWord(kApostropheInWord);
                m_lastLower = false;
                return;
            }
            punctuation(u);
            return;
        case Ascii::Digit:
            if (m_run == Run::Digits) {
                if (m_runLength++ % kDigitsPerToken == 0)
                    m_cost += kPiece;
            } else {
                m_cost += kPiece; // never glued to a space before it: " 3" is two tokens
                m_run = Run::Digits;
                m_runLength = 1;
            }
            return;
        case Ascii::Newline:
            if (m_run == Run::Newline)
                m_cost += kExtraNewline;
            else if (m_run != Run::Space && m_run != Run::Punctuation)
                m_cost += kPiece; // spaces before and punctuation before ("{\n", ";\n") absorb it
            m_run = Run::Newline;
            m_runLength = 1;
            return;
        case Ascii::Space:
            space(u == u' ' ? kExtraSpace : kExtraTabOrOtherSpace);
            return;
        case Ascii::Punctuation:
            punctuation(u);
            return;
        }
    }

    void letter(bool upper)
    {
        // "camelCase" is two pieces in o200k; "HTTPServer" stays one.
        if (m_run == Run::Word && !(upper && m_lastLower)) {
            extendWord(0);
        } else {
            if (m_run == Run::Punctuation && m_runLength == 1 && m_punctuationMayGlue) {
                m_cost += kGluedPunctuation;
                m_wordAfterSpace = false;
            } else {
                m_wordAfterSpace = m_run == Run::None || m_run == Run::Space || m_run == Run::Word
                    || m_run == Run::Cjk || m_run == Run::Thai;
                m_cost += startCost(kPiece);
            }
            m_run = Run::Word;
            m_runLength = 1;
        }
        m_lastLower = !upper;
    }

    void extendWord(qint64 extra)
    {
        ++m_runLength;
        m_cost += extra;
        if (m_runLength > kWordLettersInOneToken)
            m_cost += m_wordAfterSpace ? kLongWordLetterAfterSpace : kLongWordLetterGlued;
    }

    // count lower-case ASCII letters continuing the current word; same as count calls to letter().
    void lowerLetters(qsizetype count)
    {
        const qsizetype before = std::max(m_runLength, kWordLettersInOneToken);
        m_runLength += count;
        if (m_runLength > before)
            m_cost += (m_runLength - before) * (m_wordAfterSpace ? kLongWordLetterAfterSpace : kLongWordLetterGlued);
        m_lastLower = true;
    }

    void otherLetter(qint64 rate)
    {
        if (m_run == Run::Word) {
            ++m_runLength;
            m_cost += rate;
        } else {
            m_cost += startCost(kPiece) + rate;
            m_run = Run::Word;
            m_runLength = 1;
            m_wordAfterSpace = true;
        }
        m_lastLower = false;
    }

    void space(qint64 extra)
    {
        if (m_run == Run::Space) {
            m_cost += extra;
            m_loneSpace = false;
        } else {
            m_cost += kPiece;
            m_run = Run::Space;
            m_loneSpace = true;
        }
    }

    void punctuation(char16_t u)
    {
        if (m_run == Run::Punctuation) {
            m_cost += u == m_lastPunctuation ? kRepeatedPunctuation : kExtraPunctuation;
            ++m_runLength;
        } else {
            // Only a run that starts a piece can glue onto a following word; after a space or a
            // symbol the encoder has already made the punctuation part of another piece.
            m_punctuationMayGlue = m_run != Run::Space && m_run != Run::Symbol;
            m_cost += startCost(kPiece);
            m_run = Run::Punctuation;
            m_runLength = 1;
        }
        m_lastPunctuation = u;
    }

    void scriptCharacter(Run run, qint64 rate)
    {
        m_cost += m_run == run ? rate : startCost(rate);
        m_run = run;
        m_runLength = 1;
    }

    void symbol(qint64 rate)
    {
        m_cost += startCost(rate);
        m_run = Run::Symbol;
        m_runLength = 1;
    }

    qint64 m_cost = 0;
    Run m_run = Run::None;
    qsizetype m_runLength = 0;
    char16_t m_lastPunctuation = 0;
    bool m_loneSpace = false;
    bool m_wordAfterSpace = true;
    bool m_lastLower = false;
    bool m_punctuationMayGlue = false;
};

} // namespace

qint64 TokenEstimator::estimateText(QStringView text)
{
    if (text.isEmpty())
        return 0;
    // Every step above only adds, and this rounding is monotonic, so a longer text never gets a
    // smaller estimate; a non-empty text is at least one token.
    const qint64 milli = Walker().walk(text);
    return std::max<qint64>(1, (milli * kMarginPercent / 100 + kPiece / 2) / kPiece);
}

qint64 TokenEstimator::estimateMessages(const QList<QPair<QString, QString>> &roleAndContent)
{
    if (roleAndContent.isEmpty())
        return 0;
    qint64 total = kReplyPrimingTokens;
    for (const auto &[role, content] : roleAndContent)
        total += kTokensPerMessage + estimateText(role) + estimateText(content);
    return total;
}

TokenUsage TokenEstimator::estimateUsage(qint64 promptTokens, const QString &completionText,
                                         const QString &reasoningText)
{
    TokenUsage usage;
    usage.promptTokens = std::max<qint64>(0, promptTokens);
    usage.reasoningTokens = estimateText(reasoningText);
    usage.completionTokens = estimateText(completionText) + usage.reasoningTokens;
    usage.source = TokenUsage::Source::Estimated;
    return usage;
}
