// The Tally GUI: parse the command line, show the main window, run.
#include "app/AppContext.h"
#include "app/AppInfo.h"
#include "common/Theme.h"
#include "common/TranslationLoader.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    AppInfo::registerApplication();
    QApplication::setApplicationDisplayName(AppInfo::displayName());
    QApplication::setDesktopFileName(AppInfo::applicationId());

    // The system language until the settings dialog lets people choose one.
    TranslationLoader translations;
    translations.load(QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Tally, a chat client for LLM APIs"));
    parser.addHelpOption();
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QApplication::translate("main", "Print the version and exit."));
    parser.addOption(versionOption);
    parser.process(app);
    if (parser.isSet(versionOption)) {
        // Same line as tally-cli --version, printed to stdout even for a WIN32 GUI build.
        fprintf(stdout, "%s\n", qUtf8Printable(AppInfo::versionLine()));
        return 0;
    }

    AppContext context;
    Theme::apply(context.settings().theme());
    MainWindow window(context);
    window.show();
    return QApplication::exec();
}
