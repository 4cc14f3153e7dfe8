#pragma once

#include "transcript/CodeLanguage.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// Syntax colours for one code block: keywords, types, strings, numbers, comments, function
// names, directives, and for JSON its keys, for HTML/XML its tags and attributes. One pass
// per line with a state for what runs across lines (block comments, Python's triple-quoted
// strings, JavaScript's template strings, markup comments).
class CodeHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    CodeHighlighter(const CodeLanguage &language, bool dark, QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    enum State { Normal = 0, InBlockComment, InTripleDouble, InTripleSingle, InTemplate, InMarkupComment };

    int continueState(const QString &text, int state, int *position);
    int cLikeToken(const QString &text, int i, int *state);
    int jsonToken(const QString &text, int i);
    int markupToken(const QString &text, int i, int *state);
    int string(const QString &text, int i, QChar quote);
    int word(const QString &text, int i);
    int number(const QString &text, int i);

    const CodeLanguage &m_language;
    QTextCharFormat m_keyword;
    QTextCharFormat m_type;
    QTextCharFormat m_literal;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_comment;
    QTextCharFormat m_function;
    QTextCharFormat m_directive;
    QTextCharFormat m_variable;
    QTextCharFormat m_key;
    QTextCharFormat m_tag;
    QTextCharFormat m_attribute;
};
