#pragma once

#include <QString>

// Text as a tooltip that Qt shows as it is. Qt renders a tooltip that looks like HTML (and loads
// its images), and titles, model names and figures come from replies and providers.
inline QString plainToolTip(const QString &text)
{
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(text.toHtmlEscaped());
}
