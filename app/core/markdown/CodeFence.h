#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// One fenced code block's opening line, by CommonMark's rules: at most three spaces of indent,
// then at least three backticks or tildes; a backtick fence's info string holds no backtick.
// A fence is closed by a line of the same character, at least as long, indented at most three
// spaces, with nothing after it but spaces. Every place that needs to know where code starts
// and ends (the transcript, Copy code, the Markdown export) asks this one class.
class CodeFence final
{
public:
    // The fence that `line` opens (without its line break), if it opens one.
    static std::optional<CodeFence> opening(QStringView line);
    // Whether `line` closes this fence.
    bool isClosedBy(QStringView line) const;
    // Whether a line that so far reads `start` (its end not yet arrived) may still close this
    // fence, so that a streaming text can wait for the rest of the line before deciding.
    bool mayBeClosedBy(QStringView start) const;
    // A line of code inside this fence, with the fence's own indent taken off (CommonMark).
    QStringView contentOf(QStringView line) const;

    QChar character() const { return m_char; }
    int length() const { return m_length; }
    int indent() const { return m_indent; }
    // The first word of the info string: the language ("python", "c++"), or empty.
    QString language() const { return m_language; }
    // A closing line for this fence ("```", "~~~~").
    QString closer() const { return QString(m_length, m_char); }

    // The closer a text leaves open (its last fence without a closing line), or empty.
    static QString openCloserAtEnd(QStringView text);

private:
    QChar m_char;
    int m_length = 0;
    int m_indent = 0;
    QString m_language;
};
