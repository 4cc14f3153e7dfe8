#pragma once

#include <QString>
#include <QStringView>

// Text rules every layer shares for what it keeps. A lone UTF-16 surrogate (a JSON "\ud800"
// from a provider or an import) cannot be written as UTF-8: SQLite would store it changed, so
// what was shown would not be what was kept. It becomes U+FFFD before it goes anywhere.
namespace SafeText {

bool hasLoneSurrogates(QStringView text);
// `text` with each surrogate that is not half of a pair replaced by U+FFFD.
QString withoutLoneSurrogates(const QString &text);

} // namespace SafeText
