// CodeLanguage on its own: the table in resources/code-languages.json loads whole and without a
// warning, no fence name belongs to two languages, and a fence's info string finds the language
// with the rules the highlighter relies on.
#include "transcript/CodeLanguage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

class TstCodeLanguage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEntryOfTheFileLoadsWithoutAWarning();
    void noFenceNameBelongsToTwoLanguages();
    void aFenceFindsItsLanguage_data();
    void aFenceFindsItsLanguage();
    void anUnknownOrEmptyFenceFindsNone();
};

void TstCodeLanguage::everyEntryOfTheFileLoadsWithoutAWarning()
{
    QFile file(QStringLiteral(":/code-languages.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const qsizetype entries = QJsonDocument::fromJson(file.readAll()).object().value(u"languages").toArray().size();
    QVERIFY(entries >= 20);

    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    const QList<CodeLanguage> all = CodeLanguage::loadAll();
    QCOMPARE(all.size(), entries);
    for (const CodeLanguage &language : all) {
        QVERIFY2(!language.name.isEmpty(), qPrintable(language.aliases.join(u' ')));
        // A C-like language without a way to comment or quote would colour nothing but words.
        if (language.family == CodeLanguage::Family::CLike)
            QVERIFY2(!language.lineComment.isEmpty() && !language.quotes.isEmpty(), qPrintable(language.name));
    }
}

void TstCodeLanguage::noFenceNameBelongsToTwoLanguages()
{
    QHash<QString, QString> owner;
    for (const CodeLanguage &language : CodeLanguage::loadAll()) {
        for (const QString &alias : language.aliases) {
            QVERIFY2(alias == alias.toLower(), qPrintable(alias)); // find() compares lower-case
            QVERIFY2(!owner.contains(alias),
                     qPrintable(QStringLiteral("%1 in %2 and %3").arg(alias, owner.value(alias), language.name)));
            owner.insert(alias, language.name);
        }
    }
}

void TstCodeLanguage::aFenceFindsItsLanguage_data()
{
    QTest::addColumn<QString>("info");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("family");
    QTest::addColumn<QString>("rule"); // one property the highlighter needs for this language

    const int cLike = int(CodeLanguage::Family::CLike);
    QTest::newRow("py") << "py" << "Python" << cLike << "tripleQuotes";
    QTest::newRow("C++ in capitals") << "C++" << "C++" << cLike << "preprocessor";
    QTest::newRow("spaces around") << "  rust " << "Rust" << cLike << "blockComments";
    QTest::newRow("json") << "json" << "JSON" << int(CodeLanguage::Family::Json) << "";
    QTest::newRow("svg") << "svg" << "XML" << int(CodeLanguage::Family::Markup) << "";
    QTest::newRow("bash") << "bash" << "Shell" << cLike << "variables";
    QTest::newRow("postgresql") << "postgresql" << "SQL" << cLike << "caseInsensitive";
}

void TstCodeLanguage::aFenceFindsItsLanguage()
{
    QFETCH(QString, info);
    QFETCH(QString, name);
    QFETCH(int, family);
    QFETCH(QString, rule);
    const CodeLanguage *language = CodeLanguage::find(info);
    QVERIFY(language);
    QCOMPARE(language->name, name);
    QCOMPARE(int(language->family), family);
    if (rule == u"tripleQuotes")
        QVERIFY(language->tripleQuotes);
    else if (rule == u"preprocessor")
        QVERIFY(language->preprocessor && language->keywords.contains(u"constexpr"_qs));
    else if (rule == u"blockComments")
        QCOMPARE(language->blockCommentStart + language->blockCommentEnd, u"/**/"_qs);
    else if (rule == u"variables")
        QVERIFY(language->variables && language->lineComment == u"#");
    else if (rule == u"caseInsensitive")
        QVERIFY(language->caseInsensitive && language->lineComment == u"--");
}

void TstCodeLanguage::anUnknownOrEmptyFenceFindsNone()
{
    QCOMPARE(CodeLanguage::find(QString()), nullptr);
    QCOMPARE(CodeLanguage::find(QStringLiteral("   ")), nullptr);
    QCOMPARE(CodeLanguage::find(QStringLiteral("brainfuck")), nullptr);
    // An info string is a name, not a pattern: "python extra" is not Python.
    QCOMPARE(CodeLanguage::find(QStringLiteral("python extra")), nullptr);
}

QTEST_GUILESS_MAIN(TstCodeLanguage)
#include "tst_codelanguage.moc"
