// The command-line contract of both executables: --version, --help and usage errors.
#include "app/AppInfo.h"

#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

class TstCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bothExecutablesPrintTheSameVersion();
    void helpListsTheOptions();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();

private:
    QString m_cli;
    QString m_gui;
};

void TstCli::initTestCase()
{
    m_cli = qEnvironmentVariable("TALLY_CLI");
    m_gui = qEnvironmentVariable("TALLY_GUI");
    QVERIFY2(!m_cli.isEmpty() && !m_gui.isEmpty(), "TALLY_CLI and TALLY_GUI come from CTest");
}

void TstCli::bothExecutablesPrintTheSameVersion()
{
    const Run cli = run(m_cli, {QStringLiteral("--version")});
    QCOMPARE(cli.exitCode, 0);
    const Run gui = run(m_gui, {QStringLiteral("--version")});
    QCOMPARE(gui.exitCode, 0);
    QCOMPARE(cli.out, gui.out);
    QVERIFY(cli.out.startsWith(QByteArray("Tally " + AppInfo::version().toUtf8() + ' ')));
    QVERIFY(cli.err.isEmpty());
}

void TstCli::helpListsTheOptions()
{
    const Run help = run(m_cli, {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("Usage: tally-cli"));
    QVERIFY(help.out.contains("--version"));
}

void TstCli::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no command") << QStringList{} << QByteArray("No command given.");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << QByteArray("Unknown command: frobnicate");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")}
                                    << QByteArray("Unknown option 'frobnicate'");
}

void TstCli::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Run result = run(m_cli, arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty()); // diagnostics go to stderr only
    QVERIFY2(result.err.contains(message), result.err.constData());
}

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
