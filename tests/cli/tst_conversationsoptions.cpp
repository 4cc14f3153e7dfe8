// ConversationsOptions: what `tally-cli conversations`'s arguments say, and the usage errors
// (exit 2) that stop it before the database is opened.
#include "ConversationsCommand.h"
#include "ConversationsOptions.h"

#include <QCommandLineParser>
#include <QTest>
#include <QTextStream>

using Action = ConversationsOptions::Action;
using Format = ConversationsOptions::Format;

class TstConversationsOptions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data();
    void reads();
    void rejects_data();
    void rejects();
    void theCommandStopsWithExitTwo();

private:
    static bool read(const QStringList &arguments, ConversationsOptions &options, QString *error);
};

bool TstConversationsOptions::read(const QStringList &arguments, ConversationsOptions &options, QString *error)
{
    QCommandLineParser parser;
    ConversationsOptions::declare(parser);
    if (!parser.parse(QStringList{QStringLiteral("tally-cli conversations")} + arguments)) {
        *error = parser.errorText();
        return false;
    }
    return options.read(parser, error);
}

void TstConversationsOptions::reads_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Action>("action");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("file");
    QTest::addColumn<Format>("format");
    QTest::addColumn<QString>("output");
    QTest::newRow("list") << QStringList{QStringLiteral("list")} << Action::List << qint64(0) << QString()
                          << Format::Markdown << QString();
    QTest::newRow("export, Markdown by default")
        << QStringList{QStringLiteral("export"), QStringLiteral("12")} << Action::Export << qint64(12) << QString()
        << Format::Markdown << QString();
    QTest::newRow("export JSON to a file")
        << QStringList{QStringLiteral("export"), QStringLiteral("3"), QStringLiteral("--format"), QStringLiteral("json"),
                       QStringLiteral("--output"), QStringLiteral("out.json")}
        << Action::Export << qint64(3) << QString() << Format::Json << QStringLiteral("out.json");
    QTest::newRow("export usage CSV") << QStringList{QStringLiteral("export"), QStringLiteral("3"),
                                                     QStringLiteral("--format=csv")}
                                      << Action::Export << qint64(3) << QString() << Format::UsageCsv << QString();
    QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("in.json")} << Action::Import
                            << qint64(0) << QStringLiteral("in.json") << Format::Markdown << QString();
}

void TstConversationsOptions::reads()
{
    QFETCH(QStringList, arguments);
    QFETCH(Action, action);
    QFETCH(qint64, id);
    QFETCH(QString, file);
    QFETCH(Format, format);
    QFETCH(QString, output);
    ConversationsOptions options;
    QString error;
    QVERIFY2(read(arguments, options, &error), qPrintable(error));
    QCOMPARE(options.action, action);
    QCOMPARE(options.id, id);
    QCOMPARE(options.file, file);
    QCOMPARE(options.format, format);
    QCOMPARE(options.output.value_or(QString()), output);
    QCOMPARE(bool(options.output), !output.isEmpty());
}

void TstConversationsOptions::rejects_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString say = QStringLiteral("Say what to do: list, export ID or import FILE.");
    QTest::newRow("nothing") << QStringList{} << say;
    QTest::newRow("unknown action") << QStringList{QStringLiteral("delete"), QStringLiteral("1")} << say;
    QTest::newRow("export without an id") << QStringList{QStringLiteral("export")}
                                          << QStringLiteral("export needs exactly one argument.");
    QTest::newRow("import two files") << QStringList{QStringLiteral("import"), QStringLiteral("a"), QStringLiteral("b")}
                                      << QStringLiteral("import needs exactly one argument.");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--format"),
                                                   QStringLiteral("pdf")}
                                    << QStringLiteral("--format must be md, json or csv.");
    QTest::newRow("an id that is no number")
        << QStringList{QStringLiteral("export"), QStringLiteral("first")}
        << QStringLiteral("\"first\" is not a conversation id (see `tally-cli conversations list`).");
}

void TstConversationsOptions::rejects()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    ConversationsOptions options;
    QString error;
    QVERIFY(!read(arguments, options, &error));
    QCOMPARE(error, message);
}

void TstConversationsOptions::theCommandStopsWithExitTwo()
{
    QString text;
    QTextStream err(&text);
    QCOMPARE(ConversationsCommand(err).run({QStringLiteral("tally-cli conversations"), QStringLiteral("export"),
                                            QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("html")}),
             2);
    err.flush();
    QCOMPARE(text, QStringLiteral("--format must be md, json or csv.\n"));
}

QTEST_GUILESS_MAIN(TstConversationsOptions)
#include "tst_conversationsoptions.moc"
