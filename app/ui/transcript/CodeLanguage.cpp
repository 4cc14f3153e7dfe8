#include "transcript/CodeLanguage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QtGlobal>

namespace {

// The table is data, kept in a file of its own beside the other data Tally ships (the prices,
// the providers): adding a language is an entry there, not code.
const char *const kResource = ":/code-languages.json";

QStringList wordList(const QJsonObject &entry, const char *key)
{
    return entry.value(QLatin1String(key)).toString().split(u' ', Qt::SkipEmptyParts);
}

QSet<QString> wordSet(const QJsonObject &entry, const char *key)
{
    const QStringList list = wordList(entry, key);
    return QSet<QString>(list.cbegin(), list.cend());
}

std::optional<CodeLanguage::Family> familyNamed(const QString &name)
{
    if (name.isEmpty() || name == u"c-like")
        return CodeLanguage::Family::CLike;
    if (name == u"json")
        return CodeLanguage::Family::Json;
    if (name == u"markup")
        return CodeLanguage::Family::Markup;
    return std::nullopt;
}

// One entry of the file; nullopt, with the reason in `error`, for one the highlighter cannot use.
std::optional<CodeLanguage> languageFrom(const QJsonObject &entry, QString *error)
{
    static const QStringList known = {
        QStringLiteral("name"),        QStringLiteral("aliases"),       QStringLiteral("family"),
        QStringLiteral("keywords"),    QStringLiteral("types"),         QStringLiteral("literals"),
        QStringLiteral("lineComment"), QStringLiteral("blockComments"), QStringLiteral("quotes"),
        QStringLiteral("tripleQuotes"), QStringLiteral("preprocessor"), QStringLiteral("variables"),
        QStringLiteral("caseInsensitive")};
    for (auto it = entry.begin(); it != entry.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = QStringLiteral("unknown key \"%1\"").arg(it.key());
            return std::nullopt;
        }
    }
    CodeLanguage language;
    language.name = entry.value(QLatin1String("name")).toString();
    language.aliases = wordList(entry, "aliases");
    const std::optional<CodeLanguage::Family> family = familyNamed(entry.value(QLatin1String("family")).toString());
    if (language.name.isEmpty() || language.aliases.isEmpty() || !family) {
        *error = QStringLiteral("an entry needs a name, aliases and a known family");
        return std::nullopt;
    }
    language.family = *family;
    language.keywords = wordSet(entry, "keywords");
    language.types = wordSet(entry, "types");
    language.literals = wordSet(entry, "literals");
    language.lineComment = entry.value(QLatin1String("lineComment")).toString();
    if (entry.value(QLatin1String("blockComments")).toBool()) {
        language.blockCommentStart = QStringLiteral("/*");
        language.blockCommentEnd = QStringLiteral("*/");
    }
    language.quotes = entry.value(QLatin1String("quotes")).toString();
    language.tripleQuotes = entry.value(QLatin1String("tripleQuotes")).toBool();
    language.preprocessor = entry.value(QLatin1String("preprocessor")).toBool();
    language.variables = entry.value(QLatin1String("variables")).toBool();
    language.caseInsensitive = entry.value(QLatin1String("caseInsensitive")).toBool();
    return language;
}

} // namespace

QList<CodeLanguage> CodeLanguage::loadAll()
{
    // The file is compiled into the program: a fault in it is Tally's own, found by
    // tst_codelanguage, and costs only colours here (the code is still shown, plain).
    QFile file(QString::fromLatin1(kResource));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("CodeLanguage: %s is missing", kResource);
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        qWarning("CodeLanguage: %s: %s", kResource, qPrintable(parseError.errorString()));
        return {};
    }
    QList<CodeLanguage> all;
    const QJsonArray entries = document.object().value(QLatin1String("languages")).toArray();
    for (const QJsonValue &value : entries) {
        QString error;
        if (std::optional<CodeLanguage> language = languageFrom(value.toObject(), &error))
            all.append(std::move(*language));
        else
            qWarning("CodeLanguage: %s: entry %lld: %s", kResource, qlonglong(all.size()), qPrintable(error));
    }
    return all;
}

const CodeLanguage *CodeLanguage::find(const QString &info)
{
    static const QList<CodeLanguage> languages = loadAll();
    const QString wanted = info.trimmed().toLower();
    if (wanted.isEmpty())
        return nullptr;
    for (const CodeLanguage &language : languages) {
        if (language.aliases.contains(wanted))
            return &language;
    }
    return nullptr;
}
