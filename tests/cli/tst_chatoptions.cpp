// ChatOptions: what `tally-cli chat`'s arguments say, and the usage errors (exit 2, one line on
// stderr) that stop it before anything is read, looked up or sent.
#include "ChatCommand.h"
#include "ChatOptions.h"

#include <QCommandLineParser>
#include <QTest>
#include <QTextStream>

class TstChatOptions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryOption();
    void leavesWhatIsNotGivenUnset();
    void takeSave_data();
    void takeSave();
    void badValues_data();
    void badValues();
    void theCommandStopsWithExitTwo_data();
    void theCommandStopsWithExitTwo();

private:
    static bool read(const QStringList &arguments, ChatOptions &options, QString *error);
};

bool TstChatOptions::read(const QStringList &arguments, ChatOptions &options, QString *error)
{
    QCommandLineParser parser;
    ChatOptions::declare(parser);
    if (!parser.parse(QStringList{QStringLiteral("tally-cli chat")} + arguments)) {
        *error = parser.errorText();
        return false;
    }
    return options.read(parser, error);
}

void TstChatOptions::readsEveryOption()
{
    ChatOptions options;
    QString error;
    QVERIFY(read({QStringLiteral("--model"), QStringLiteral("m1"), QStringLiteral("--system"), QStringLiteral("Be brief."),
                  QStringLiteral("--temperature"), QStringLiteral("0.5"), QStringLiteral("--max-tokens"),
                  QStringLiteral("64"), QStringLiteral("--no-stream"), QStringLiteral("--stats-json"),
                  QStringLiteral("stats.json"), QStringLiteral("--show-reasoning"), QStringLiteral("two"),
                  QStringLiteral("words")},
                 options, &error));
    QCOMPARE(options.model, std::optional<QString>(QStringLiteral("m1")));
    QCOMPARE(options.systemPrompt, std::optional<QString>(QStringLiteral("Be brief.")));
    QCOMPARE(options.temperature, std::optional<double>(0.5));
    QCOMPARE(options.maxTokens, std::optional<int>(64));
    QVERIFY(!options.stream);
    QCOMPARE(options.statsFile, std::optional<QString>(QStringLiteral("stats.json")));
    QVERIFY(options.showReasoning);
    QCOMPARE(options.prompt, QStringLiteral("two words"));
}

void TstChatOptions::leavesWhatIsNotGivenUnset()
{
    ChatOptions options;
    QString error;
    // An empty --system is given (it clears a continued conversation's prompt), unlike none.
    QVERIFY(read({QStringLiteral("--system"), QString()}, options, &error));
    QCOMPARE(options.systemPrompt, std::optional<QString>(QString()));
    QVERIFY(!options.model);
    QVERIFY(!options.temperature);
    QVERIFY(!options.maxTokens);
    QVERIFY(!options.statsFile);
    QVERIFY(options.stream);
    QVERIFY(!options.showReasoning);
    QVERIFY(options.prompt.isEmpty()); // read from stdin
    QVERIFY(!options.save);
}

void TstChatOptions::takeSave_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("save");
    QTest::addColumn<qint64>("into");
    QTest::addColumn<QStringList>("rest");
    const QString prompt = QStringLiteral("hi");
    QTest::newRow("none") << QStringList{prompt} << false << qint64(0) << QStringList{prompt};
    QTest::newRow("bare") << QStringList{QStringLiteral("--save"), prompt} << true << qint64(0) << QStringList{prompt};
    QTest::newRow("with an id") << QStringList{QStringLiteral("--save"), QStringLiteral("42"), prompt} << true
                                << qint64(42) << QStringList{prompt};
    QTest::newRow("with =id") << QStringList{prompt, QStringLiteral("--save=7")} << true << qint64(7)
                              << QStringList{prompt};
    // A word after a bare --save is the prompt, not an id.
    QTest::newRow("then a word") << QStringList{QStringLiteral("--save"), QStringLiteral("42a")} << true << qint64(0)
                                 << QStringList{QStringLiteral("42a")};
}

void TstChatOptions::takeSave()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, save);
    QFETCH(qint64, into);
    QFETCH(QStringList, rest);
    ChatOptions options;
    QString error;
    QCOMPARE(options.takeSave(arguments, &error), std::optional<QStringList>(rest));
    QVERIFY(error.isEmpty());
    QCOMPARE(options.save, save);
    QCOMPARE(options.saveInto, into);
}

void TstChatOptions::badValues_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString temperature = QStringLiteral("--temperature must be a number from 0 to 2.");
    const QString maxTokens = QStringLiteral("--max-tokens must be a whole number of at least 1.");
    QTest::newRow("temperature above 2") << QStringList{QStringLiteral("--temperature"), QStringLiteral("2.5")} << temperature;
    QTest::newRow("temperature below 0") << QStringList{QStringLiteral("--temperature=-1")} << temperature;
    QTest::newRow("temperature nan") << QStringList{QStringLiteral("--temperature"), QStringLiteral("nan")} << temperature;
    QTest::newRow("temperature a word") << QStringList{QStringLiteral("--temperature"), QStringLiteral("warm")} << temperature;
    QTest::newRow("max-tokens 0") << QStringList{QStringLiteral("--max-tokens"), QStringLiteral("0")} << maxTokens;
    QTest::newRow("max-tokens a fraction") << QStringList{QStringLiteral("--max-tokens"), QStringLiteral("1.5")} << maxTokens;
}

void TstChatOptions::badValues()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    ChatOptions options;
    QString error;
    QVERIFY(!read(arguments, options, &error));
    QCOMPARE(error, message);
}

void TstChatOptions::theCommandStopsWithExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString prompt = QStringLiteral("hello");
    QTest::newRow("--save=word") << QStringList{QStringLiteral("--save=abc"), prompt}
                                 << QStringLiteral("--save takes a conversation id (a number), not \"abc\".");
    QTest::newRow("--save=0") << QStringList{QStringLiteral("--save=0"), prompt}
                              << QStringLiteral("--save takes a conversation id (a number), not \"0\".");
    QTest::newRow("temperature") << QStringList{QStringLiteral("--temperature"), QStringLiteral("3"), prompt}
                                 << QStringLiteral("--temperature must be a number from 0 to 2.");
    QTest::newRow("profile and base URL")
        << QStringList{QStringLiteral("--profile"), QStringLiteral("a"), QStringLiteral("--base-url"),
                       QStringLiteral("http://127.0.0.1:1"), prompt}
        << QStringLiteral("Use either --profile or --base-url, not both.");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate"), prompt}
                                    << QStringLiteral("Unknown option 'frobnicate'.");
}

void TstChatOptions::theCommandStopsWithExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QString text;
    QTextStream err(&text);
    QCOMPARE(ChatCommand(err).run(QStringList{QStringLiteral("tally-cli chat")} + arguments), 2);
    err.flush();
    QCOMPARE(text, message + u'\n');
}

QTEST_GUILESS_MAIN(TstChatOptions)
#include "tst_chatoptions.moc"
