#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTest>

// Runs the real tally-cli as a child process without blocking this thread's event loop (the
// test server lives on it), with a test key in its environment.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline CliRun runTallyCli(const QStringList &arguments, const QByteArray &stdinData = {}, int timeoutMs = 60000)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TALLY_TEST_KEY"), QStringLiteral("sk-cli-test"));
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("TALLY_CLI"), arguments);
    CliRun run;
    if (!process.waitForStarted(10000))
        return run;
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}
