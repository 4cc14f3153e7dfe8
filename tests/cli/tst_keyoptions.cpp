// KeyOptions: what `tally-cli key`'s arguments say, and the usage error (exit 2) that stops it
// before a profile or the keychain is looked at.
#include "KeyCommand.h"
#include "KeyOptions.h"

#include <QTest>
#include <QTextStream>

using Action = KeyOptions::Action;

class TstKeyOptions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data();
    void reads();
    void rejects_data();
    void rejects();
    void theCommandStopsWithExitTwo();
};

void TstKeyOptions::reads_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("profile");
    const QString name = QStringLiteral("work");
    QTest::newRow("set") << QStringList{QStringLiteral("set"), name} << Action::Set << name;
    QTest::newRow("delete") << QStringList{QStringLiteral("delete"), name} << Action::Delete << name;
    QTest::newRow("status") << QStringList{QStringLiteral("status"), name} << Action::Status << name;
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << Action::Help << QString();
    QTest::newRow("-h, whatever follows") << QStringList{QStringLiteral("-h"), QStringLiteral("x"), QStringLiteral("y")}
                                          << Action::Help << QString();
}

void TstKeyOptions::reads()
{
    QFETCH(QStringList, arguments);
    QFETCH(Action, action);
    QFETCH(QString, profile);
    KeyOptions options;
    QString error;
    QVERIFY(options.read(QStringList{QStringLiteral("tally-cli key")} + arguments, &error));
    QCOMPARE(options.action, action);
    QCOMPARE(options.profile, profile);
}

void TstKeyOptions::rejects_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing") << QStringList{};
    QTest::newRow("unknown action") << QStringList{QStringLiteral("show"), QStringLiteral("a")};
    QTest::newRow("no name") << QStringList{QStringLiteral("set")};
    // The key is never an argument: `ps` would show it.
    QTest::newRow("a key after the name") << QStringList{QStringLiteral("set"), QStringLiteral("a"), QStringLiteral("sk-1")};
}

void TstKeyOptions::rejects()
{
    QFETCH(QStringList, arguments);
    KeyOptions options;
    QString error;
    QVERIFY(!options.read(QStringList{QStringLiteral("tally-cli key")} + arguments, &error));
    QCOMPARE(error, QStringLiteral("Usage: tally-cli key set NAME | delete NAME | status NAME"));
}

void TstKeyOptions::theCommandStopsWithExitTwo()
{
    QString text;
    QTextStream err(&text);
    QCOMPARE(KeyCommand(err).run({QStringLiteral("tally-cli key"), QStringLiteral("status")}), 2);
    err.flush();
    QCOMPARE(text, QStringLiteral("Usage: tally-cli key set NAME | delete NAME | status NAME\n"));
}

QTEST_GUILESS_MAIN(TstKeyOptions)
#include "tst_keyoptions.moc"
