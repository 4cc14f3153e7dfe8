#include "domain/SafeText.h"

namespace SafeText {

namespace {

// The index of the first lone surrogate at or after `from`, or -1.
qsizetype nextLoneSurrogate(QStringView text, qsizetype from)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                ++i; // a pair
                continue;
            }
            return i;
        }
        if (c.isLowSurrogate())
            return i;
    }
    return -1;
}

} // namespace

bool hasLoneSurrogates(QStringView text)
{
    return nextLoneSurrogate(text, 0) >= 0;
}

QString withoutLoneSurrogates(const QString &text)
{
    qsizetype at = nextLoneSurrogate(text, 0);
    if (at < 0)
        return text; // the common case: no copy
    QString clean = text;
    while (at >= 0) {
        clean[at] = QChar::ReplacementCharacter;
        at = nextLoneSurrogate(clean, at + 1);
    }
    return clean;
}

} // namespace SafeText
