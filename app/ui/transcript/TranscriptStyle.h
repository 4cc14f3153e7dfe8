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
    QColor tableStripe; // every other body row
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

    // Font metrics, measured once: estimating thousands of heights asks for them all the time.
    qreal bodyLine = 0;
    qreal boldLine = 0;
    qreal smallLine = 0;
    qreal monoLine = 0;
    qreal bodyCharWidth = 0;
    qreal monoCharAdvance = 0;

    qreal lineHeight() const { return bodyLine; }
    qreal boldLineHeight() const { return boldLine; }
    qreal smallLineHeight() const { return smallLine; }
    qreal monoLineHeight() const { return monoLine; }
    qreal averageCharWidth() const { return bodyCharWidth; }
    qreal monoCharWidth() const { return monoCharAdvance; }
    qreal codeHeaderHeight() const { return smallLine + 8; }
    qreal buttonRowHeight() const { return smallLine + 8; }

    static TranscriptStyle from(const QPalette &palette, const QFont &font);
};
