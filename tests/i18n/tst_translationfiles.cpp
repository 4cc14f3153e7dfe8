// The committed .ts files against the sources: lupdate (the same invocation the lead runs,
// scripts/update-translations.cmake) into a temporary copy must find exactly the messages the
// committed files hold, and every message must be translated, keep its placeholders and
// accelerator, and not be empty. Offline and fast: lupdate parses app/ in well under a second.
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString state;             // the translation's type attribute: "", "unfinished", "vanished", ...
    QStringList translations;  // one, or one per plural form

    // What identifies a message to lupdate and QTranslator.
    QString key() const
    {
        return context + u'\x1f' + source + u'\x1f' + comment + (numerus ? u"\x1fnumerus" : u"");
    }
    QString label() const
    {
        QString text = context + u" \"" + source.left(70) + (source.size() > 70 ? u"…\"" : u"\"");
        if (!comment.isEmpty())
            text += u" (" + comment + u')';
        return text.replace(u'\n', QStringLiteral("\\n"));
    }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"context") {
            context.clear();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", {}, {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.state = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        message.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations << xml.readElementText();
            }
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return ts;
}

QString sourceDir()
{
    return QStringLiteral(TALLY_SOURCE_DIR);
}

QString translationsDir()
{
    return sourceDir() + QStringLiteral("/translations");
}

// The files lupdate maintains from tr(); qt_<lang>.ts holds Qt's strings and is checked apart.
const QStringList kTallyFiles{QStringLiteral("tally_en.ts"), QStringLiteral("tally_th.ts"),
                              QStringLiteral("tally_zh_CN.ts")};

QStringList allTsFiles()
{
    return QDir(translationsDir()).entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
}

// %1..%99, %n and %L1/%Ln: each must survive translation, or the figure vanishes from the text.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0).remove(u'L'));
    QStringList list(found.begin(), found.end());
    list.sort();
    return list;
}

// "&File" has one; "Data & privacy" and "&&" have none.
int accelerators(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression pattern(QStringLiteral("&[^\\s&]"));
    return int(text.count(pattern));
}

QString listed(const QStringList &lines, int most = 40)
{
    QString text = lines.mid(0, most).join(u'\n');
    if (lines.size() > most)
        text += QStringLiteral("\n… and %1 more").arg(lines.size() - most);
    return text;
}

} // namespace

class TstTranslationFiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theFilesAreThere();
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void sourcesAndFilesHoldTheSameMessages();
    void qtStringsAreQtsOwn();
};

void TstTranslationFiles::theFilesAreThere()
{
    const QStringList files = allTsFiles();
    for (const QString &name : kTallyFiles + QStringList{QStringLiteral("qt_th.ts")})
        QVERIFY2(files.contains(name), qPrintable(name));
    // The language each file declares is the one its name says (lupdate and Qt Linguist use it
    // for the plural rules).
    for (const QString &name : files) {
        const TsFile ts = readTs(translationsDir() + u'/' + name);
        QVERIFY2(ts.error.isEmpty(), qPrintable(name + u": " + ts.error));
        const QString fromName = name.section(u'_', 1).chopped(3);
        QVERIFY2(ts.language == fromName || ts.language.startsWith(fromName + u'_'),
                 qPrintable(QStringLiteral("%1 says language=\"%2\"").arg(name, ts.language)));
        QVERIFY2(!ts.messages.isEmpty(), qPrintable(name));
    }
}

void TstTranslationFiles::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : allTsFiles())
        QTest::newRow(qPrintable(name)) << name;
}

void TstTranslationFiles::everyMessageIsTranslated()
{
    QFETCH(QString, name);
    const TsFile ts = readTs(translationsDir() + u'/' + name);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    const bool english = ts.language.startsWith(u"en");

    QStringList problems;
    for (const TsMessage &message : ts.messages) {
        if (!message.state.isEmpty()) {
            problems << QStringLiteral("%1: %2").arg(message.state, message.label());
            continue;
        }
        if (english && !message.numerus) // English needs only its plural forms (lupdate -pluralonly)
            problems << QStringLiteral("not a plural form: %1").arg(message.label());
        if (message.translations.isEmpty())
            problems << QStringLiteral("no translation: %1").arg(message.label());
        // Thai and Chinese have one plural form, English two.
        const qsizetype forms = !message.numerus ? 1 : english ? 2 : 1;
        if (message.translations.size() != forms)
            problems << QStringLiteral("%1 forms, not %2: %3").arg(message.translations.size()).arg(forms).arg(message.label());
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty() || message.source.isEmpty()) {
                problems << QStringLiteral("empty: %1").arg(message.label());
                continue;
            }
            // %n in a plural source may be written %Ln or %n in the translation; both count.
            if (placeholders(translation) != placeholders(message.source))
                problems << QStringLiteral("placeholders %1 became %2: %3")
                                .arg(placeholders(message.source).join(u' '), placeholders(translation).join(u' '),
                                     message.label());
            if (accelerators(translation) != accelerators(message.source))
                problems << QStringLiteral("accelerator lost or added (\"%1\"): %2").arg(translation, message.label());
            // Command-line texts that end a line (or start one) keep doing so. (Spaces may go:
            // Chinese drops the one before a full-width bracket.)
            if (message.source.startsWith(u'\n') != translation.startsWith(u'\n')
                || message.source.endsWith(u'\n') != translation.endsWith(u'\n'))
                problems << QStringLiteral("line break at the start or end differs (\"%1\"): %2").arg(translation, message.label());
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1: %2 problem(s); run scripts/update-translations.sh "
                                                           "and translate:\n%3")
                                                .arg(name)
                                                .arg(problems.size())
                                                .arg(listed(problems))));
}

void TstTranslationFiles::sourcesAndFilesHoldTheSameMessages()
{
    QTemporaryDir copy;
    QVERIFY(copy.isValid());
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(TALLY_CMAKE_COMMAND),
                  {QStringLiteral("-DLUPDATE=" TALLY_LUPDATE), u"-DTS_DIR=" + copy.path(), QStringLiteral("-P"),
                   sourceDir() + QStringLiteral("/scripts/update-translations.cmake")});
    QVERIFY2(lupdate.waitForFinished(60'000), "lupdate did not finish");
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));

    for (const QString &name : kTallyFiles) {
        const TsFile committed = readTs(translationsDir() + u'/' + name);
        const TsFile fromSources = readTs(copy.filePath(name));
        QVERIFY2(committed.error.isEmpty() && fromSources.error.isEmpty(), qPrintable(name));
        QSet<QString> committedKeys;
        for (const TsMessage &message : committed.messages)
            committedKeys.insert(message.key());
        QSet<QString> sourceKeys;
        for (const TsMessage &message : fromSources.messages) {
            // -no-obsolete: what lupdate keeps in the copy is what the sources say, plus the
            // committed entries that still match; a dropped entry is simply not there.
            sourceKeys.insert(message.key());
        }
        QStringList missing;
        for (const TsMessage &message : fromSources.messages) {
            if (!committedKeys.contains(message.key()))
                missing << message.label();
        }
        QStringList stale;
        for (const TsMessage &message : committed.messages) {
            if (!sourceKeys.contains(message.key()))
                stale << message.label();
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 lacks %2 string(s) the sources use; run scripts/update-translations.sh "
                                           "and translate them:\n%3")
                                .arg(name)
                                .arg(missing.size())
                                .arg(listed(missing))));
        QVERIFY2(stale.isEmpty(),
                 qPrintable(QStringLiteral("%1 holds %2 string(s) no source uses any more; run "
                                           "scripts/update-translations.sh:\n%3")
                                .arg(name)
                                .arg(stale.size())
                                .arg(listed(stale))));
    }
}

void TstTranslationFiles::qtStringsAreQtsOwn()
{
    // qt_th.ts must use Qt's exact contexts and source texts, or its entries silently never
    // match. Qt's own catalog, as Debian ships it for Chinese, is the reference for which strings
    // exist.
    const QString reference = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_zh_CN.qm");
    if (!QFile::exists(reference))
        QSKIP(qPrintable(reference + QStringLiteral(" is missing (Debian: qt6-translations-l10n, see scripts/deps.sh)")));
    QTranslator qt;
    QVERIFY(qt.load(reference));
    const TsFile ours = readTs(translationsDir() + QStringLiteral("/qt_th.ts"));
    QVERIFY(ours.error.isEmpty());
    QStringList unknown;
    for (const TsMessage &message : ours.messages) {
        if (qt.translate(message.context.toUtf8().constData(), message.source.toUtf8().constData()).isEmpty())
            unknown << message.label();
    }
    QVERIFY2(unknown.isEmpty(), qPrintable(u"Not among Qt's strings:\n" + listed(unknown)));
    QVERIFY(ours.messages.size() >= 100);
}

QTEST_GUILESS_MAIN(TstTranslationFiles)
#include "tst_translationfiles.moc"
