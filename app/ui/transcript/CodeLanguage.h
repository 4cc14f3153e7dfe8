#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// How the code of one programming language looks to the highlighter: its words, comments and
// strings. A table of data, not a parser: good enough to colour what chat replies contain. The
// table is resources/code-languages.json.
struct CodeLanguage
{
    enum class Family {
        CLike,  // identifiers, numbers, strings and comments as in C, Python, Rust, shell...
        Json,   // keys apart from values
        Markup, // tags, attributes and entities (HTML, XML)
    };

    QString name;          // as shown above a code block: "Python", "C++", "JSON"
    QStringList aliases;   // what fences call it: "py", "python3"
    Family family = Family::CLike;
    QSet<QString> keywords;
    QSet<QString> types;
    QSet<QString> literals;     // true, false, null, None...
    QString lineComment;        // "#", "//", "--"
    QString blockCommentStart;  // "/*"
    QString blockCommentEnd;    // "*/"
    QString quotes;             // characters that open a string
    bool tripleQuotes = false;  // Python's """ and '''
    bool preprocessor = false;  // a leading # starts a directive (C, C++)
    bool variables = false;     // $NAME (shell, PHP, Perl)
    bool caseInsensitive = false; // SQL

    // The language a fence's info string names ("py", "C++", "shell"), or nullptr.
    static const CodeLanguage *find(const QString &info);
    // Every language of the table, read afresh (find() reads it once); entries it cannot use are
    // left out with a warning.
    static QList<CodeLanguage> loadAll();
};
