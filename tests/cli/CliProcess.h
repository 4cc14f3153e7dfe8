#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTest>

#include <functional>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <pty.h>
#include <sys/resource.h>
#include <termios.h>
#include <unistd.h>
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

#ifdef Q_OS_UNIX
// tally-cli with its stdout and stderr on a pseudo-terminal, as a person runs it: isatty() is
// true for both. The terminal is in raw mode, so `out` is every byte tally-cli wrote (both
// streams, in order) with no newline translation; `err` stays empty. `ok` is false when no
// pseudo-terminal could be opened.
struct TerminalRun
{
    bool ok = false;
    int exitCode = -1;
    QByteArray out;
};

inline TerminalRun runTallyCliOnATerminal(const QStringList &arguments, int timeoutMs = 60000)
{
    TerminalRun run;
    int master = -1;
    int slave = -1;
    if (::openpty(&master, &slave, nullptr, nullptr, nullptr) != 0)
        return run;
    termios mode{};
    ::tcgetattr(slave, &mode);
    ::cfmakeraw(&mode);
    ::tcsetattr(slave, TCSANOW, &mode);
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TALLY_TEST_KEY"), QStringLiteral("sk-cli-test"));
    process.setProcessEnvironment(environment);
    process.setChildProcessModifier([slave, master] {
        ::dup2(slave, STDOUT_FILENO);
        ::dup2(slave, STDERR_FILENO);
        ::close(slave);
        ::close(master);
    });
    process.start(qEnvironmentVariable("TALLY_CLI"), arguments);
    ::close(slave);
    if (!process.waitForStarted(10000)) {
        ::close(master);
        return run;
    }
    process.closeWriteChannel();
    const auto drain = [&] {
        char buffer[65536];
        for (ssize_t n; (n = ::read(master, buffer, sizeof buffer)) > 0;)
            run.out.append(buffer, n);
    };
    if (!QTest::qWaitFor([&] { drain(); return process.state() == QProcess::NotRunning; }, timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    drain();
    ::close(master);
    run.ok = true;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}
#endif
