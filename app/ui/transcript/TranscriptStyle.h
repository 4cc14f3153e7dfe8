#pragma once

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPalette>

// The look of the transcript, worked out once from the palette and the transcript font: fonts,
// colours and spacing. Everything the transcript draws or renders takes its style from here,
// so a theme or font change is one new style and the documents built with the old one go.
struct TranscriptStyle
{
    QFont body;
    QFont bold;
    QFont small;
    QFont mono;
    QFont math;

    QColor text;
    QColor muted;
    QColor link;
    QColor background;
    QColor userBubble;
    QColor codeBackground;
    QColor codeHeader;
    QColor codeBorder;
    QColor inlineCode;
    QColor mathText;
    QColor mathBackground;
    QColor tableBorder;
    QColor tableHeader;
    QColor quoteBar;
    QColor selection;
    QColor selectionText;
    QColor findMatch;
    QColor findCurrent;
    QColor highlight;   // a message the reader was sent to (a search hit)
    QColor warning;
    QColor buttonHover;
    bool dark = false;

    qreal margin = 16;          // around the column of messages
    qreal maxColumnWidth = 880; // messages never get wider than this, however wide the window
    qreal messageGap = 14;
    qreal partGap = 6;
    qreal bubblePadding = 10;
    qreal codePadding = 8;
    qreal buttonPadding = 6;

    qreal lineHeight() const { return QFontMetricsF(body).lineSpacing(); }
    qreal smallLineHeight() const { return QFontMetricsF(small).lineSpacing(); }
    qreal monoLineHeight() const { return QFontMetricsF(mono).lineSpacing(); }
    qreal averageCharWidth() const { return QFontMetricsF(body).averageCharWidth(); }
    qreal monoCharWidth() const { return QFontMetricsF(mono).horizontalAdvance(QLatin1Char('m')); }
    qreal codeHeaderHeight() const { return smallLineHeight() + 8; }
    qreal buttonRowHeight() const { return smallLineHeight() + 8; }

    static TranscriptStyle from(const QPalette &palette, const QFont &font);
};
