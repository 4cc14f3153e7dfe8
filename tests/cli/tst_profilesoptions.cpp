// ProfilesOptions: what `tally-cli profiles`'s arguments say, and the usage errors (exit 2) that
// stop it before any profile is loaded or changed.
#include "ProfilesCommand.h"
#include "ProfilesOptions.h"

#include <QCommandLineParser>
#include <QTest>
#include <QTextStream>

using Action = ProfilesOptions::Action;

class TstProfilesOptions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actions_data();
    void actions();
    void addTakesThePresetAndItsOverrides();
    void onlyAddLooksAtThePreset();
    void rejects_data();
    void rejects();
    void theCommandStopsWithExitTwo();

private:
    static bool read(const QStringList &arguments, ProfilesOptions &options, QString *error);
};

bool TstProfilesOptions::read(const QStringList &arguments, ProfilesOptions &options, QString *error)
{
    QCommandLineParser parser;
    ProfilesOptions::declare(parser);
    if (!parser.parse(QStringList{QStringLiteral("tally-cli profiles")} + arguments)) {
        *error = parser.errorText();
        return false;
    }
    return options.read(parser, error);
}

void TstProfilesOptions::actions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("name");
    const QString name = QStringLiteral("work");
    QTest::newRow("list") << QStringList{QStringLiteral("list")} << Action::List << QString();
    QTest::newRow("show") << QStringList{QStringLiteral("show"), name} << Action::Show << name;
    QTest::newRow("add") << QStringList{QStringLiteral("add"), name, QStringLiteral("--base-url"), QStringLiteral("http://h/v1")}
                         << Action::Add << name;
    QTest::newRow("remove") << QStringList{QStringLiteral("remove"), name} << Action::Remove << name;
    QTest::newRow("default") << QStringList{QStringLiteral("default"), name} << Action::Default << name;
}

void TstProfilesOptions::actions()
{
    QFETCH(QStringList, arguments);
    QFETCH(Action, action);
    QFETCH(QString, name);
    ProfilesOptions options;
    QString error;
    QVERIFY2(read(arguments, options, &error), qPrintable(error));
    QCOMPARE(options.action, action);
    QCOMPARE(options.name, name);
}

void TstProfilesOptions::addTakesThePresetAndItsOverrides()
{
    ProfilesOptions options;
    QString error;
    QVERIFY(read({QStringLiteral("add"), QStringLiteral("mine"), QStringLiteral("--preset"), QStringLiteral("openai")},
                 options, &error));
    QCOMPARE(options.preset.id, QStringLiteral("openai"));
    QVERIFY(!options.baseUrl); // the preset's
    QVERIFY(!options.model);

    ProfilesOptions custom;
    QVERIFY(read({QStringLiteral("add"), QStringLiteral("local"), QStringLiteral("--base-url"),
                  QStringLiteral("http://127.0.0.1:8080/v1"), QStringLiteral("--model"), QStringLiteral("qwen")},
                 custom, &error));
    QCOMPARE(custom.preset.id, QStringLiteral("custom")); // the default preset of add
    QCOMPARE(custom.baseUrl, std::optional<QUrl>(QUrl(QStringLiteral("http://127.0.0.1:8080/v1"))));
    QCOMPARE(custom.model, std::optional<QString>(QStringLiteral("qwen")));
}

void TstProfilesOptions::onlyAddLooksAtThePreset()
{
    ProfilesOptions options;
    QString error;
    QVERIFY(read({QStringLiteral("list"), QStringLiteral("--preset"), QStringLiteral("nope")}, options, &error));
}

void TstProfilesOptions::rejects_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString say = QStringLiteral("Say what to do: list, show NAME, add NAME --base-url URL, remove NAME or default NAME.");
    QTest::newRow("nothing") << QStringList{} << say;
    QTest::newRow("unknown action") << QStringList{QStringLiteral("rename"), QStringLiteral("a")} << say;
    QTest::newRow("list with a name") << QStringList{QStringLiteral("list"), QStringLiteral("a")} << say;
    QTest::newRow("show without a name") << QStringList{QStringLiteral("show")} << say;
    QTest::newRow("remove with two names") << QStringList{QStringLiteral("remove"), QStringLiteral("a"), QStringLiteral("b")}
                                           << say;
    QTest::newRow("unknown preset") << QStringList{QStringLiteral("add"), QStringLiteral("a"), QStringLiteral("--preset"),
                                                   QStringLiteral("nope")}
                                    << QStringLiteral("Unknown preset \"nope\". Presets: ");
    QTest::newRow("custom without a URL") << QStringList{QStringLiteral("add"), QStringLiteral("a")}
                                          << QStringLiteral(" preset needs --base-url.");
}

void TstProfilesOptions::rejects()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    ProfilesOptions options;
    QString error;
    QVERIFY(!read(arguments, options, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TstProfilesOptions::theCommandStopsWithExitTwo()
{
    QString text;
    QTextStream err(&text);
    QCOMPARE(ProfilesCommand(err).run({QStringLiteral("tally-cli profiles"), QStringLiteral("add"), QStringLiteral("a"),
                                       QStringLiteral("--preset"), QStringLiteral("nope")}),
             2);
    err.flush();
    QVERIFY2(text.startsWith(QStringLiteral("Unknown preset \"nope\". Presets: holysheep, ")), qPrintable(text));
    QVERIFY(text.endsWith(QStringLiteral(".\n")));
}

QTEST_GUILESS_MAIN(TstProfilesOptions)
#include "tst_profilesoptions.moc"
