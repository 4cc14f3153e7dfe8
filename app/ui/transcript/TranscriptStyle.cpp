#include "transcript/TranscriptStyle.h"

#include <QFontDatabase>

namespace {

QColor mix(const QColor &a, const QColor &b, qreal amount)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amount, a.greenF() + (b.greenF() - a.greenF()) * amount,
                            a.blueF() + (b.blueF() - a.blueF()) * amount);
}

} // namespace

TranscriptStyle TranscriptStyle::from(const QPalette &palette, const QFont &font)
{
    TranscriptStyle style;
    style.body = font;
    style.bold = font;
    style.bold.setBold(true);
    style.small = font;
    style.small.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.85));
    style.mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    style.mono.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.92));
    style.math = style.mono;
    style.math.setItalic(true);

    style.background = palette.color(QPalette::Base);
    style.text = palette.color(QPalette::Text);
    style.dark = style.background.lightnessF() < 0.5;
    style.muted = palette.color(QPalette::PlaceholderText);
    style.link = palette.color(QPalette::Link);
    style.userBubble = mix(style.background, palette.color(QPalette::Highlight), style.dark ? 0.16 : 0.08);
    style.codeBackground = mix(style.background, style.text, style.dark ? 0.08 : 0.045);
    style.codeHeader = mix(style.background, style.text, style.dark ? 0.14 : 0.09);
    style.codeBorder = mix(style.background, style.text, 0.18);
    style.inlineCode = mix(style.background, style.text, style.dark ? 0.12 : 0.07);
    style.mathText = style.dark ? QColor(0x9c, 0xc8, 0xff) : QColor(0x1d, 0x4e, 0x89);
    style.mathBackground = mix(style.background, style.mathText, 0.08);
    style.tableBorder = mix(style.background, style.text, 0.25);
    style.tableHeader = mix(style.background, style.text, style.dark ? 0.14 : 0.09);
    style.tableStripe = mix(style.background, style.text, style.dark ? 0.05 : 0.03);
    style.quoteBar = mix(style.background, style.text, 0.3);
    style.selection = palette.color(QPalette::Highlight);
    style.selectionText = palette.color(QPalette::HighlightedText);
    style.findMatch = style.dark ? QColor(0x80, 0x6a, 0x10) : QColor(0xff, 0xe8, 0x7a);
    style.findCurrent = style.dark ? QColor(0xc0, 0x70, 0x10) : QColor(0xff, 0xa5, 0x30);
    style.highlight = mix(style.background, style.findCurrent, 0.18);
    style.warning = style.dark ? QColor(0xf5, 0xa6, 0x23) : QColor(0xb4, 0x53, 0x09);
    style.buttonHover = mix(style.background, style.text, 0.1);

    style.bodyLine = QFontMetricsF(style.body).lineSpacing();
    style.boldLine = QFontMetricsF(style.bold).lineSpacing();
    style.smallLine = QFontMetricsF(style.small).lineSpacing();
    style.monoLine = QFontMetricsF(style.mono).lineSpacing();
    style.bodyCharWidth = QFontMetricsF(style.body).averageCharWidth();
    style.monoCharAdvance = QFontMetricsF(style.mono).horizontalAdvance(QLatin1Char('m'));
    return style;
}
