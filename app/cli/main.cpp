// tally-cli: Tally's command-line companion. All the work is in CliRunner.
#include "CliRunner.h"
#include "app/AppInfo.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppInfo::registerApplication();

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliRunner runner(out, err);
    const int code = runner.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}
