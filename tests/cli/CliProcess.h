#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTest>

#include <functional>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

// Runs the real tally-cli as a child process without blocking this thread's event loop (the
// test server lives on it), with a test key in its environment.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline CliRun runTallyCli(const QStringList &arguments, const QByteArray &stdinData = {}, int timeoutMs = 60000,
                          const std::function<void()> &childSetup = {})
{
    QProcess process;
#ifdef Q_OS_UNIX
    if (childSetup)
        process.setChildProcessModifier(childSetup);
#endif
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

#ifdef Q_OS_UNIX
// tally-cli on a disk that is full once any file it writes reaches `maxFileBytes`:
// RLIMIT_FSIZE, with SIGXFSZ ignored so a write past it fails with EFBIG (which SQLite reports
// as a full disk or an I/O error) instead of killing the process. Needs no privileges, unlike
// a small tmpfs.
inline CliRun runTallyCliOnAFullDisk(const QStringList &arguments, qint64 maxFileBytes, int timeoutMs = 60000)
{
    return runTallyCli(arguments, {}, timeoutMs, [maxFileBytes] {
        const rlimit limit{rlim_t(maxFileBytes), rlim_t(maxFileBytes)};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        ::signal(SIGXFSZ, SIG_IGN);
    });
}
#endif
