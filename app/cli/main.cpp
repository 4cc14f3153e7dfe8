// tally-cli: Tally's command-line companion. All the work is in CliRunner.
#include "CliRunner.h"
#include "ConsoleDevice.h"
#include "app/AppInfo.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppInfo::registerApplication();

    // Through ConsoleDevice, so nothing written to a terminal can drive it (see TerminalFilter).
    ConsoleDevice outDevice(stdout);
    ConsoleDevice errDevice(stderr);
    QTextStream out(&outDevice);
    QTextStream err(&errDevice);
    CliRunner runner(out, err);
    const int code = runner.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}
