#include "transcript/CodeHighlighter.h"

namespace {

QTextCharFormat colour(const QColor &light, const QColor &dark, bool isDark, bool italic = false, bool bold = false)
{
    QTextCharFormat format;
    format.setForeground(isDark ? dark : light);
    if (italic)
        format.setFontItalic(true);
    if (bold)
        format.setFontWeight(QFont::DemiBold);
    return format;
}

bool isWordStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

} // namespace

CodeHighlighter::CodeHighlighter(const CodeLanguage &language, bool dark, QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_language(language)
{
    // Colours readable on the code block's light or dark shade (contrast checked by eye against
    // both themes' code backgrounds).
    m_keyword = colour(QColor(0x8b, 0x1e, 0x9b), QColor(0xc6, 0x92, 0xf0), dark, false, true);
    m_type = colour(QColor(0x00, 0x6b, 0x75), QColor(0x56, 0xc8, 0xd8), dark);
    m_literal = colour(QColor(0xa6, 0x45, 0x00), QColor(0xf0, 0xa0, 0x5a), dark);
    m_string = colour(QColor(0x2e, 0x7d, 0x32), QColor(0x9c, 0xd6, 0x8a), dark);
    m_number = colour(QColor(0xa6, 0x45, 0x00), QColor(0xf0, 0xa0, 0x5a), dark);
    m_comment = colour(QColor(0x6a, 0x73, 0x7d), QColor(0x8b, 0x94, 0x9e), dark, true);
    m_function = colour(QColor(0x1a, 0x52, 0xa8), QColor(0x79, 0xb8, 0xff), dark);
    m_directive = colour(QColor(0x9a, 0x3b, 0x6f), QColor(0xe0, 0x8c, 0xc0), dark);
    m_variable = colour(QColor(0x7a, 0x4d, 0x00), QColor(0xe8, 0xc0, 0x70), dark);
    m_key = colour(QColor(0x1a, 0x52, 0xa8), QColor(0x79, 0xb8, 0xff), dark);
    m_tag = colour(QColor(0x8b, 0x1e, 0x9b), QColor(0xc6, 0x92, 0xf0), dark);
    m_attribute = colour(QColor(0x00, 0x6b, 0x75), QColor(0x56, 0xc8, 0xd8), dark);
}

void CodeHighlighter::highlightBlock(const QString &text)
{
    int state = std::max(previousBlockState(), 0);
    int i = 0;
    state = continueState(text, state, &i);
    while (i < text.size() && state == Normal) {
        switch (m_language.family) {
        case CodeLanguage::Family::Json: i = jsonToken(text, i); break;
        case CodeLanguage::Family::Markup: i = markupToken(text, i, &state); break;
        case CodeLanguage::Family::CLike: i = cLikeToken(text, i, &state); break;
        }
    }
    setCurrentBlockState(state);
}

// Finishes what the previous line left open; returns the state after it (Normal once closed).
int CodeHighlighter::continueState(const QString &text, int state, int *position)
{
    QString closer;
    QTextCharFormat format = m_string;
    switch (state) {
    case InBlockComment: closer = m_language.blockCommentEnd; format = m_comment; break;
    case InTripleDouble: closer = QStringLiteral("\"\"\""); break;
    case InTripleSingle: closer = QStringLiteral("'''"); break;
    case InTemplate: closer = QStringLiteral("`"); break;
    case InMarkupComment: closer = QStringLiteral("-->"); format = m_comment; break;
    default: return Normal;
    }
    const qsizetype end = text.indexOf(closer, *position);
    if (end < 0) {
        setFormat(*position, int(text.size()) - *position, format);
        *position = int(text.size());
        return state;
    }
    const int stop = int(end + closer.size());
    setFormat(*position, stop - *position, format);
    *position = stop;
    return Normal;
}

int CodeHighlighter::cLikeToken(const QString &text, int i, int *state)
{
    const QChar c = text.at(i);
    const QStringView rest = QStringView(text).mid(i);
    if (m_language.preprocessor && c == u'#' && QStringView(text).left(i).trimmed().isEmpty()) {
        setFormat(i, int(text.size()) - i, m_directive);
        return int(text.size());
    }
    const bool commentMayStart = m_language.lineComment != u"#" || i == 0 || text.at(i - 1).isSpace();
    if (!m_language.lineComment.isEmpty() && commentMayStart && rest.startsWith(m_language.lineComment)) {
        setFormat(i, int(text.size()) - i, m_comment);
        return int(text.size());
    }
    if (!m_language.blockCommentStart.isEmpty() && rest.startsWith(m_language.blockCommentStart)) {
        int position = i + int(m_language.blockCommentStart.size());
        setFormat(i, position - i, m_comment);
        *state = continueState(text, InBlockComment, &position);
        return position;
    }
    if (m_language.tripleQuotes && (rest.startsWith(u"\"\"\"") || rest.startsWith(u"'''"))) {
        int position = i + 3;
        setFormat(i, 3, m_string);
        *state = continueState(text, c == u'"' ? InTripleDouble : InTripleSingle, &position);
        return position;
    }
    if (c == u'`' && m_language.quotes.contains(u'`')) {
        int position = i + 1;
        setFormat(i, 1, m_string);
        *state = continueState(text, InTemplate, &position);
        return position;
    }
    if (m_language.quotes.contains(c))
        return string(text, i, c);
    if (c.isDigit() || (c == u'.' && i + 1 < text.size() && text.at(i + 1).isDigit()))
        return number(text, i);
    if (m_language.variables && c == u'$' && i + 1 < text.size()) {
        int end = i + 1;
        if (text.at(end) == u'{') {
            const qsizetype close = text.indexOf(u'}', end);
            end = close < 0 ? int(text.size()) : int(close) + 1;
        } else {
            // $NAME, or one of the shell's special parameters ($@, $#, $?, $1...).
            if (QStringView(u"@#?!*$-0123456789").contains(text.at(end)))
                ++end;
            else
                while (end < text.size() && isWordChar(text.at(end)))
                    ++end;
        }
        setFormat(i, end - i, m_variable);
        return std::max(end, i + 1);
    }
    if (c == u'@' && i + 1 < text.size() && isWordStart(text.at(i + 1))) {
        const int end = word(text, i + 1);
        setFormat(i, end - i, m_directive);
        return end;
    }
    if (isWordStart(c))
        return word(text, i);
    return i + 1;
}

int CodeHighlighter::jsonToken(const QString &text, int i)
{
    const QChar c = text.at(i);
    if (c == u'"') {
        const int end = string(text, i, c);
        int after = end;
        while (after < text.size() && text.at(after).isSpace())
            ++after;
        if (after < text.size() && text.at(after) == u':')
            setFormat(i, end - i, m_key);
        return end;
    }
    if (c == u'/' && QStringView(text).mid(i).startsWith(u"//")) {
        setFormat(i, int(text.size()) - i, m_comment);
        return int(text.size());
    }
    if (c.isDigit() || c == u'-')
        return number(text, i);
    if (isWordStart(c))
        return word(text, i);
    return i + 1;
}

int CodeHighlighter::markupToken(const QString &text, int i, int *state)
{
    const QStringView rest = QStringView(text).mid(i);
    if (rest.startsWith(u"<!--")) {
        int position = i + 4;
        setFormat(i, 4, m_comment);
        *state = continueState(text, InMarkupComment, &position);
        return position;
    }
    const QChar c = text.at(i);
    if (c == u'&') {
        const qsizetype end = text.indexOf(u';', i);
        if (end > i && end - i < 12) {
            setFormat(i, int(end - i + 1), m_literal);
            return int(end) + 1;
        }
        return i + 1;
    }
    if (c != u'<')
        return i + 1;
    // A tag: its name, then attribute names and quoted values up to '>'.
    int at = i + 1;
    while (at < text.size() && (text.at(at) == u'/' || text.at(at) == u'?' || text.at(at) == u'!'))
        ++at;
    int nameEnd = at;
    while (nameEnd < text.size() && (isWordChar(text.at(nameEnd)) || text.at(nameEnd) == u'-' || text.at(nameEnd) == u':'))
        ++nameEnd;
    setFormat(i, nameEnd - i, m_tag);
    at = nameEnd;
    while (at < text.size() && text.at(at) != u'>') {
        const QChar d = text.at(at);
        if (d == u'"' || d == u'\'') {
            at = string(text, at, d);
        } else if (isWordStart(d)) {
            int end = at;
            while (end < text.size() && (isWordChar(text.at(end)) || text.at(end) == u'-' || text.at(end) == u':'))
                ++end;
            setFormat(at, end - at, m_attribute);
            at = end;
        } else {
            ++at;
        }
    }
    if (at < text.size()) {
        setFormat(at, 1, m_tag);
        ++at;
    }
    return at;
}

int CodeHighlighter::string(const QString &text, int i, QChar quote)
{
    int end = i + 1;
    while (end < text.size() && text.at(end) != quote)
        end += text.at(end) == u'\\' ? 2 : 1;
    end = std::min<int>(int(text.size()), end + 1);
    setFormat(i, end - i, m_string);
    return end;
}

int CodeHighlighter::number(const QString &text, int i)
{
    int end = i + 1;
    while (end < text.size() && (isWordChar(text.at(end)) || text.at(end) == u'.'))
        ++end;
    setFormat(i, end - i, m_number);
    return end;
}

int CodeHighlighter::word(const QString &text, int i)
{
    int end = i;
    while (end < text.size() && isWordChar(text.at(end)))
        ++end;
    const QString name = m_language.caseInsensitive ? text.mid(i, end - i).toLower() : text.mid(i, end - i);
    if (m_language.keywords.contains(name))
        setFormat(i, end - i, m_keyword);
    else if (m_language.types.contains(name))
        setFormat(i, end - i, m_type);
    else if (m_language.literals.contains(name))
        setFormat(i, end - i, m_literal);
    else if (end < text.size() && text.at(end) == u'(')
        setFormat(i, end - i, m_function);
    return std::max(end, i + 1);
}
