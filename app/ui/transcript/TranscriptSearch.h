#pragma once

#include <QList>
#include <QString>

class TranscriptModel;

// Find in this conversation: where a text occurs in the messages (case-insensitive, in the
// text as written), counted per message so that the n-th match of thousands is found without
// holding them all, and recounted for one message when it changes (a reply streaming in).
class TranscriptSearch final
{
public:
    struct Match
    {
        int row = -1;
        qsizetype offset = -1; // in the message's text
        bool isValid() const { return row >= 0; }
    };

    void setText(const QString &text, const TranscriptModel &model);
    QString text() const { return m_text; }
    void recount(const TranscriptModel &model);
    void recountRow(int row, const TranscriptModel &model);

    int count() const { return m_total; }
    Match match(int index, const TranscriptModel &model) const;
    // The first match in `row` or after it, or the first of all; -1 without matches.
    int firstFrom(int row) const;
    // The index of the match at `row`/`offset`, if there is one there.
    int indexOf(const Match &match, const TranscriptModel &model) const;

    // How often `needle` occurs in `haystack`, ignoring case (0 for an empty needle).
    static qsizetype countIn(QStringView haystack, const QString &needle);

private:
    QString m_text;
    QList<int> m_perRow;
    int m_total = 0;
};
